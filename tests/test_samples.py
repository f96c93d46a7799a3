"""The bundled sample feeds for `watcher demo`: all parse, with valid keys, in our own words."""

from __future__ import annotations

import re
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest

from watcher.models import Item
from watcher.normalize import normalize_feed
from watcher.parse import parse_feed

SAMPLES = Path(__file__).resolve().parents[1] / "watcher" / "samples"
SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seed"
TYPES = {
    ".xml": "application/rss+xml",
    ".rss": "application/rss+xml",
    ".atom": "application/atom+xml",
    ".json": "application/feed+json",
}
NOW = datetime(2026, 11, 27, tzinfo=UTC)
FILES = sorted(p for p in SAMPLES.iterdir() if p.suffix in TYPES)
KEY = re.compile(r"^(id:.+|url:https?://\S+|hash:[0-9a-f]{64})$")


def _items(path: Path) -> list[Item]:
    base = "http://127.0.0.1:8080/"
    parsed = parse_feed(path.read_bytes(), {"content-type": TYPES[path.suffix]}, base + path.name)
    assert parsed.malformed is None
    return normalize_feed(parsed, feed_url=base + path.name, now=NOW)


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_sample_parses_to_items_with_valid_keys(path: Path) -> None:
    """Each sample is a well-formed feed whose items have unique keys, links, text and dates."""
    items = _items(path)
    assert len(items) >= 6
    assert len({i.item_key for i in items}) == len(items)
    for item in items:
        assert KEY.match(item.item_key), item.item_key
        assert item.title and item.summary + item.content
        # absolute; a relative one resolves against the document's (loopback) URL
        assert item.link is not None and item.link.startswith(("https://", "http://"))
        assert item.published.tzinfo is UTC and item.published <= NOW


def test_sample_set_covers_formats_languages_and_size() -> None:
    """About 40 items over >= 2 RSS, >= 2 Atom and 1 JSON Feed 1.1 file, some in Korean."""
    kinds = Counter(TYPES[p.suffix] for p in FILES)
    assert kinds["application/rss+xml"] >= 2 and kinds["application/atom+xml"] >= 2
    assert any(b"jsonfeed.org/version/1.1" in p.read_bytes() for p in FILES if p.suffix == ".json")
    items = [i for p in FILES for i in _items(p)]
    assert 36 <= len(items) <= 50
    assert sum(1 for i in items if re.search("[가-힣]", i.title)) >= 6
    assert sum(1 for i in items if not i.published_from_feed) == 1  # the deliberate undated one


def test_samples_include_off_topic_decoys() -> None:
    """Off-topic stories exist so profiles have something to leave out."""
    titles = " ".join(i.title.lower() for p in FILES for i in _items(p))
    for decoy in ("defect rate", "iran", "marathon", "cup final", "비…"):
        assert decoy in titles


def _shingles(text: str, size: int = 7) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


def test_samples_share_no_sentences_with_the_seed() -> None:
    """No run of seven words in the samples also appears in the seed posts."""
    if not SEED.is_dir():
        pytest.skip(f"seed posts not found at {SEED}")
    seed = set().union(*(_shingles(p.read_text(errors="replace")) for p in SEED.iterdir()))
    for path in FILES:
        shared = _shingles(path.read_text(encoding="utf-8")) & seed
        assert not shared, f"{path.name} repeats seed wording: {sorted(shared)[:3]}"
