"""Side by side with feedparser on the shared corpora: watcher keeps every item and link.

Skips when the corpora folder beside the project is absent. Run with ``-s`` for figures.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus_compare import Tally, compare
from test_corpora import FEEDPARSER, MINIFLUX, RSS_PARSER, SUFFIXES, headers_of, needs_corpora

REALWORLD = {"rss-parser": RSS_PARSER / "input", "miniflux": MINIFLUX}
SUITE = {"feedparser": FEEDPARSER}


def _tally(roots: dict[str, Path]) -> Tally:
    total = Tally()
    for name, root in roots.items():
        part = Tally()
        for path in sorted(p for p in root.rglob("*") if p.suffix in SUFFIXES and p.is_file()):
            body = path.read_bytes()
            url = f"http://corpus.example/{path.relative_to(root).as_posix()}"
            part.add(compare(body, headers_of(body), url))
        print("\n" + part.line(name))
        total.add(part)
    return total


@needs_corpora
def test_realworld_feeds_keep_items_and_links() -> None:
    """Of the distinct items feedparser finds in the captured real feeds, watcher stores at
    least 99 %, each with feedparser's link bar removed tracking parameters."""
    total = _tally(REALWORLD)
    if not total.feedparser_items:
        pytest.skip("no captured real-world feeds found")
    print(total.line("real-world, in all"))
    assert total.stored >= 0.99 * total.feedparser_items, "\n".join(total.lost[:20])
    assert not total.bent_links, "\n".join(total.bent_links[:20])


@needs_corpora
def test_feedparser_suite_loses_nothing_with_substance() -> None:
    """Every distinct entry of feedparser's test suite that has a title, a link or text is
    stored by watcher."""
    total = _tally(SUITE)
    print(total.line("feedparser suite, in all"))
    assert total.feedparser_items > 0
    assert not total.lost, "\n".join(total.lost[:20])
