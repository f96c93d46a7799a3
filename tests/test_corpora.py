"""Every feed in the shared corpora goes through parse + normalize without an unexpected error.

The corpora (feedparser's own suite and captured real-world feeds) live outside the project,
next to it; these tests skip when the folder is absent. Run with ``-s`` to see the summary.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pytest

from watcher.errors import ParseError
from watcher.normalize import normalize_feed
from watcher.parse import parse_feed
from watcher.text import collapse_whitespace

CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"
FEEDPARSER = CORPORA / "feedparser" / "tests"
RSS_PARSER = CORPORA / "realworld" / "rss-parser" / "test"
MINIFLUX = CORPORA / "realworld" / "miniflux" / "internal" / "reader"
SUFFIXES = {".xml", ".rss", ".atom", ".rdf", ".json", ".html"}
NOW = datetime(2026, 11, 27, tzinfo=UTC)
# "Header: Name: value" lines in the comment at the top of feedparser's test files.
HEADER_LINE = re.compile(rb"^\s*Header:\s*([A-Za-z-]+):[ \t]*(.*?)\s*$", re.MULTILINE)
GROUPS = {
    "feedparser-wellformed": FEEDPARSER / "wellformed",
    "feedparser-illformed": FEEDPARSER / "illformed",
    "feedparser-encoding": FEEDPARSER / "encoding",
    "feedparser-entities": FEEDPARSER / "entities",
    "feedparser-json": FEEDPARSER / "json",
    "rss-parser": RSS_PARSER / "input",
    "miniflux": MINIFLUX,
}

needs_corpora = pytest.mark.skipif(
    not CORPORA.is_dir(), reason=f"shared corpora not found at {CORPORA} (tests skipped)"
)


@dataclass
class Outcome:
    files: int = 0
    with_items: int = 0
    items: int = 0
    empty: int = 0
    malformed: int = 0
    reasons: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)


def headers_of(body: bytes) -> dict[str, str]:
    """HTTP headers a feedparser test file asks to be served with."""
    return {
        m.group(1).decode("ascii").lower(): m.group(2).decode("latin-1")
        for m in HEADER_LINE.finditer(body[:4096])
    }


def run_file(path: Path, outcome: Outcome) -> None:
    """Parse and normalise one file, recording what happened; only ParseError is allowed."""
    body = path.read_bytes()
    url = f"http://corpus.example/{path.name}"
    outcome.files += 1
    try:
        parsed = parse_feed(body, headers_of(body), url)
        items = normalize_feed(parsed, feed_url=url, now=NOW)
    except ParseError as exc:
        reason = str(exc)
        if not reason.strip():
            outcome.failures.append(f"{path}: ParseError without a reason")
        outcome.reasons[re.sub(r"line \d+", "line N", reason.replace(url, "<url>"))] += 1
        return
    except Exception as exc:  # the point of the test: nothing else may escape
        outcome.failures.append(f"{path}: {type(exc).__name__}: {exc}")
        return
    outcome.malformed += parsed.malformed is not None
    if items:
        outcome.with_items += 1
        outcome.items += len(items)
    else:
        outcome.empty += 1


def report(name: str, outcome: Outcome) -> str:
    lines = [
        f"{name}: {outcome.files} files, {outcome.with_items} with items ({outcome.items} items),"
        f" {outcome.empty} valid but empty, {outcome.malformed} flagged malformed,"
        f" {sum(outcome.reasons.values())} ParseError"
    ]
    lines += [f"    {n:5d}  {reason}" for reason, n in outcome.reasons.most_common()]
    return "\n".join(lines)


@needs_corpora
@pytest.mark.parametrize("group", sorted(GROUPS))
def test_corpus_group_yields_items_or_a_reason(group: str) -> None:
    """No exception but ParseError escapes; every ParseError carries a reason."""
    files = sorted(p for p in GROUPS[group].rglob("*") if p.suffix in SUFFIXES and p.is_file())
    if not files:
        pytest.skip(f"no files under {GROUPS[group]}")
    outcome = Outcome()
    for path in files:
        run_file(path, outcome)
    print("\n" + report(group, outcome))
    assert not outcome.failures, "\n".join(outcome.failures[:20])
    assert outcome.with_items > 0


def _rss_parser_expectations() -> list[tuple[str, str]]:
    """(input file name, first item title) from rss-parser's recorded outputs."""
    chosen = {
        "guardian": ".rss",
        "heise": ".atom",
        "reddit": ".rss",
        "rss-1": ".rss",
        "feedburner": ".atom",
        "customfields": ".rss",
        "giantbomb-podcast": ".rss",
        "itunes-keywords-astext": ".rss",
    }
    if not RSS_PARSER.is_dir():
        return []
    cases = []
    for stem, suffix in sorted(chosen.items()):
        output = json.loads((RSS_PARSER / "output" / f"{stem}.json").read_text("utf-8"))
        cases.append((stem + suffix, output["feed"]["items"][0]["title"]))
    return cases


@needs_corpora
@pytest.mark.parametrize(("name", "title"), _rss_parser_expectations())
def test_first_titles_match_rss_parser(name: str, title: str) -> None:
    """Our first item's title equals the one rss-parser recorded for the same capture."""
    body = (RSS_PARSER / "input" / name).read_bytes()
    url = f"http://corpus.example/{name}"
    items = normalize_feed(parse_feed(body, {}, url), feed_url=url, now=NOW)
    assert items[0].title == collapse_whitespace(title)


@needs_corpora
@pytest.mark.parametrize(
    ("relative", "feed_title", "first_title", "malformed"),
    [
        ("encoding/testdata/utf8-incorrect-prolog.xml", "테스트 피드", "Café", "UTF-8"),
        ("encoding/testdata/invalid-prolog.xml", "테스트 피드", "Café", "UTF-8"),
        ("encoding/testdata/utf8.xml", "테스트 피드", "Café", None),
        ("encoding/testdata/koi8r.xml", "Пример RSS ленты", "Первая новость", None),
        ("parser/testdata/encoding_WINDOWS-1251.xml", "iBash.Org.Ru", "Цитата #17703", None),
    ],
)
def test_miniflux_charset_cases(
    relative: str, feed_title: str, first_title: str, malformed: str | None
) -> None:
    """Wrong or missing encoding declarations still decode to the right script."""
    body = (MINIFLUX / relative).read_bytes()
    parsed = parse_feed(body, {}, "http://corpus.example/feed")
    assert parsed.title == feed_title
    assert parsed.entries[0]["title"] == first_title
    assert (parsed.malformed is None) == (malformed is None)
    if malformed is not None:
        assert parsed.malformed is not None and malformed in parsed.malformed


@needs_corpora
def test_windows_1252_mislabel_without_items_is_valid_and_flagged() -> None:
    """A UTF-8 body under a windows-1252 prolog decodes the euro sign; zero items is fine."""
    body = (MINIFLUX / "encoding/testdata/windows-1252-incorrect-prolog.xml").read_bytes()
    parsed = parse_feed(body, {}, "http://corpus.example/feed")
    assert (parsed.title, parsed.entries) == ("Euro €", ())
    assert parsed.malformed is not None


@needs_corpora
def test_html_capture_is_rejected_as_not_a_feed() -> None:
    """rss-parser's 'unrecognized' capture is an HTML page and is rejected as such."""
    body = (RSS_PARSER / "input" / "unrecognized.rss").read_bytes()
    with pytest.raises(ParseError, match="not a feed: got text/html"):
        parse_feed(body, {}, "http://corpus.example/unrecognized.rss")
