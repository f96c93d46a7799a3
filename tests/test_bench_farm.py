"""The benchmark feed farm serves valid feeds on distinct hosts, with 304s, changes and faults."""

from __future__ import annotations

import asyncio
import json
import re
import socket
import sys
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import feedparser
import httpx
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/ is not an installed package

from bench import feedgen, topicgen
from bench.farm import Farm, FarmOptions, host_address
from bench.farmhttp import serve
from bench.rendering import all_matches, shipped_config


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture()
def farm() -> Iterator[Farm]:
    opts = FarmOptions(feeds=9, hosts=3, items=5, delay=0.01, port=_free_port(), step=2,
                       hang=0.5, oversize=300_000)
    f = Farm(opts, datetime(2026, 1, 10, tzinfo=UTC))
    loop = asyncio.new_event_loop()
    started, stop = asyncio.Event(), asyncio.Event()
    hosts = [host_address(h) for h in range(opts.hosts)]
    thread = threading.Thread(
        target=loop.run_until_complete, args=(serve(f, hosts, opts.port, started, stop),),
        daemon=True)
    thread.start()
    for _ in range(200):
        if started.is_set():
            break
        threading.Event().wait(0.01)
    yield f
    loop.call_soon_threadsafe(stop.set)
    thread.join(5)


def _entries(resp: httpx.Response) -> int:
    if resp.headers["content-type"].startswith("application/feed+json"):
        return len(json.loads(resp.content)["items"])
    parsed = feedparser.parse(resp.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    return len(parsed.entries)


def test_feeds_are_valid_and_answer_304_until_changed(farm: Farm) -> None:
    """Each feed parses with 5 items, a conditional GET is a 304, an advance makes a 200."""
    assert {httpx.URL(u).host for u in farm.urls} == {"127.0.0.1", "127.0.0.2", "127.0.0.3"}
    with httpx.Client(timeout=5) as client:
        first = [client.get(u) for u in farm.urls]
        assert [r.status_code for r in first] == [200] * 9
        assert [_entries(r) for r in first] == [5] * 9
        again = [client.get(u, headers={"If-None-Match": r.headers["etag"]})
                 for u, r in zip(farm.urls, first, strict=True)]
        assert {r.status_code for r in again} == {304}
        since = client.get(farm.urls[0],
                           headers={"If-Modified-Since": first[0].headers["last-modified"]})
        assert since.status_code == 304
        changed = client.get(farm.urls[0].rsplit("/", 2)[0] + "/_farm/advance?fraction=1")
        assert changed.json() == {"changed": 9}
        after = [client.get(u, headers={"If-None-Match": r.headers["etag"]})
                 for u, r in zip(farm.urls, first, strict=True)]
        assert {r.status_code for r in after} == {200}
        assert after[0].headers["etag"] != first[0].headers["etag"]
        stats = client.get(farm.urls[0].rsplit("/", 2)[0] + "/_farm/stats").json()
    assert stats["by_status"] == {"200": 18, "304": 10}


@pytest.mark.parametrize(("fault", "expected"), [
    ("error", {500, 503}), ("ratelimit", {429}), ("gone", {410}), ("redirect", {301, 302}),
])
def test_fault_statuses(farm: Farm, fault: str, expected: set[int]) -> None:
    """A feed given a fault answers with that fault's status."""
    farm.faults = {1: fault}
    with httpx.Client(timeout=5, base_url=farm.urls[1].rsplit("/", 2)[0]) as client:
        resp = client.get(farm.urls[1])
        assert resp.status_code in expected
        if fault == "ratelimit":
            assert resp.headers["retry-after"] == "120"
        if fault == "redirect":
            assert client.get(resp.headers["location"]).status_code == 200


def test_truncated_oversize_and_hang(farm: Farm) -> None:
    """Truncated XML does not parse cleanly, oversize streams its size, a hang times out."""
    farm.faults = {0: "truncated", 1: "oversize", 2: "hang"}
    with httpx.Client(timeout=5) as client:
        assert feedparser.parse(client.get(farm.urls[0]).content).bozo
        assert len(client.get(farm.urls[1]).content) == 300_000
    with httpx.Client(timeout=0.2) as client, pytest.raises(httpx.ReadTimeout):
        client.get(farm.urls[2])


def test_topic_workload_is_deterministic() -> None:
    """The topic generator gives the same item for the same (feed, number), others differ."""
    t0 = datetime(2026, 1, 10, tzinfo=UTC)
    first = [topicgen.make_item(f, n, t0) for f in range(6) for n in range(25)]
    again = [topicgen.make_item(f, n, t0) for f in range(6) for n in range(25)]
    assert first == again
    assert len({(it.title, it.summary_html) for it in first}) > 100
    spec = feedgen.FeedSpec(4, "atom", "http://127.0.0.5:8800", 25, 5, t0, "topic")
    assert feedgen.render(spec, 1) == feedgen.render(spec, 1)
    assert feedgen.render(spec, 1) != feedgen.render(
        feedgen.FeedSpec(4, "atom", "http://127.0.0.5:8800", 25, 5, t0), 1)


def test_topic_workload_is_on_topic() -> None:
    """Served and read as the daemon reads them, nine in ten topic items match the shipped
    profiles, and nine in ten of those written for a profile carry that profile."""
    now = datetime(2026, 1, 10, tzinfo=UTC)
    pairs, read = all_matches(shipped_config(), now, workload="topic", feeds=12)
    matched: dict[tuple[int, int], set[str]] = {}
    for item, match in pairs:
        found = re.search(r"/story/(\d+)/(\d+)", item.link or "")
        assert found, item.link
        matched.setdefault((int(found[1]), int(found[2])), set()).add(match.profile)
    assert read == 12 * 25
    assert len(matched) >= 0.9 * read
    written = {(f, n): topicgen.topic_of(f, n) for f in range(12) for n in range(25)}
    meant = {key: p for key, p in written.items() if p is not None}
    assert len(meant) >= 0.8 * read
    kept = sum(1 for key, p in meant.items() if p in matched.get(key, set()))
    assert kept >= 0.9 * len(meant)
