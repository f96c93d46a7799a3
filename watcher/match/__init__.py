"""Keyword profiles: a small query language compiled into one multi-pattern automaton.

    compile_profiles(profiles, aliases) -> Matcher      raises QueryError (a ConfigError)
    Matcher.match(item, snippets=True) -> list[Match]
    Matcher.snippet_order(profile, terms) -> indexes   kept at ingest, for a later snippet
    snippet_for(title, summary, content, terms) -> Snippet   when a message shows the story
    Matcher.explain(profile, item) -> Explanation       .matched, .render()
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from watcher.config import ProfileConfig
from watcher.match.compiler import compile_all
from watcher.match.explain import Explanation, explain
from watcher.match.matcher import Matcher as _BaseMatcher
from watcher.match.snippet import snippet_for
from watcher.models import Item


class Matcher(_BaseMatcher):
    def explain(self, profile: str, item: Item) -> Explanation:
        """Why ``item`` does or does not match ``profile`` (KeyError if unknown)."""
        return explain(self._c, self.profile(profile), self.scan(item))


def compile_profiles(profiles: Mapping[str, ProfileConfig],
                     aliases: Mapping[str, Sequence[str]]) -> Matcher:
    """Compile every profile at once; QueryError.problems lists each bad query or alias."""
    return Matcher(compile_all(profiles, aliases))


__all__ = ["Explanation", "Matcher", "compile_profiles", "snippet_for"]
