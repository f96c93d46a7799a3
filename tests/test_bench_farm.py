"""The benchmark feed farm serves valid feeds on distinct hosts, with 304s, changes and faults."""

from __future__ import annotations

import asyncio
import json
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

from bench.farm import Farm, FarmOptions, host_address
from bench.farmhttp import serve


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
