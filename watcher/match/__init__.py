"""Keyword profiles: a small query language compiled into one multi-pattern automaton.

    compile_profiles(profiles, aliases) -> Matcher      raises QueryError (a ConfigError)
    check_profiles(profiles, aliases) -> Matcher        the same checks; built on first use
    passed_profiles(profiles, aliases) -> Matcher       checked in an earlier run: all on first use
    Matcher.match(item, snippets=True) -> list[Match]
    Matcher.snippet_order(profile, terms) -> indexes   kept at ingest, for a later snippet
    snippet_for(title, summary, content, terms) -> Snippet   when a message shows the story
    Matcher.explain(profile, item) -> Explanation       .matched, .render()
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from watcher.config import ProfileConfig
from watcher.match.compiler import Unchecked, check_all, compile_all
from watcher.match.explain import Explanation
from watcher.match.matcher import Matcher
from watcher.match.snippet import snippet_for


def compile_profiles(profiles: Mapping[str, ProfileConfig],
                     aliases: Mapping[str, Sequence[str]]) -> Matcher:
    """Compile every profile at once; QueryError.problems lists each bad query or alias."""
    return Matcher(compile_all(profiles, aliases))


def check_profiles(profiles: Mapping[str, ProfileConfig],
                   aliases: Mapping[str, Sequence[str]]) -> Matcher:
    """Every profile parsed and checked now (QueryError as compile_profiles raises it), the
    matcher itself built on its first use."""
    return Matcher(check_all(profiles, aliases))


def passed_profiles(profiles: Mapping[str, ProfileConfig],
                    aliases: Mapping[str, Sequence[str]]) -> Matcher:
    """A matcher for profiles that passed ``check_profiles`` in an earlier run, as the same
    profiles and aliases checked by the same code (``watcher.profilecheck`` tells): nothing
    is parsed now; the first item matched parses, checks and builds them."""
    return Matcher(Unchecked(profiles, aliases))


__all__ = ["Explanation", "Matcher", "check_profiles", "compile_profiles", "passed_profiles",
           "snippet_for"]
