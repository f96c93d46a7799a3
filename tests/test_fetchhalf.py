"""fetchhalf: a forked child fetches half the hosts' feeds; what it got (or why not) comes back whole."""

from __future__ import annotations

import asyncio
import os
import signal
from datetime import UTC, datetime
from pathlib import Path

import pytest
from feedgen import rss
from feedserver import FeedServer

from watcher.app import build_runtime, open_store
from watcher.config import PollingConfig, parse
from watcher.errors import FetchError
from watcher.fetch import Fetcher
from watcher.fetchhalf import HELP_FROM_FEEDS, HelperFetch, split_by_host, wanted
from watcher.models import FeedState, FetchResult
from watcher.pipeline import poll_due
from watcher.twocores import spare_core

POLLING = PollingConfig(timeout=5, connect_timeout=2)


def feed(n: int, url: str, status: str = "ok", etag: str | None = None) -> FeedState:
    return FeedState(id=n, url=url, config_url=url, name=f"feed {n}", status=status,
                     etag=etag)


@pytest.mark.parametrize(("hosts", "sides"), [
    ([1, 1, 1, 1], (2, 2)),
    ([5, 1, 1, 1], (5, 3)),
    ([3, 3, 2, 2, 2], (7, 5)),
    ([4], (4, 0)),
])
def test_split_keeps_each_host_on_one_side(hosts: list[int], sides: tuple[int, int]) -> None:
    """Every host's feeds go to one side (the biggest hosts first, each to the smaller side), in order."""
    feeds = [feed(i * 10 + j, f"http://host{i}.example/f{j}.xml")
             for j in range(max(hosts)) for i, n in enumerate(hosts) if j < n]
    ours, theirs = split_by_host(feeds)
    assert (len(ours), len(theirs)) == sides
    assert {f.url.split("/")[2] for f in ours}.isdisjoint(f.url.split("/")[2] for f in theirs)
    for side in (ours, theirs):
        assert side == [f for f in feeds if f in side]


def test_wanted_only_for_known_feeds_in_numbers() -> None:
    """A poll is split when it is big, its feeds were polled before and a core is spare."""
    known = [feed(i, f"http://h{i % 7}.example/{i}") for i in range(HELP_FROM_FEEDS)]
    assert wanted(known, POLLING) is spare_core()
    assert not wanted(known[:-1], POLLING)
    assert not wanted([*known, feed(999, "http://h.example/new", status="new")], POLLING)
    assert not wanted(known, PollingConfig(max_connections=1))


def _servers() -> tuple[FeedServer, FeedServer]:
    return FeedServer("127.0.0.1"), FeedServer("127.0.0.2")


def test_child_results_are_used_and_failures_keep_their_fields() -> None:
    """The child's 304s, bodies and errors (410 gone, 429 Retry-After) arrive as if fetched
    here, even once the host has gone away (so they are the child's, not refetched)."""
    a, b = _servers()
    with a, b:
        b.route("/same.xml", rss(1, 3), etag='"s1"')
        b.route("/new.xml", rss(2, 3), etag='"n2"')
        b.route("/gone.xml", status=410)
        b.route("/busy.xml", status=429, headers={"Retry-After": "120"})
        theirs = [feed(1, b.url("/same.xml"), etag='"s1"'), feed(2, b.url("/new.xml")),
                  feed(3, b.url("/gone.xml")), feed(4, b.url("/busy.xml"))]

        async def go() -> tuple[list[FetchResult], list[FetchError]]:
            async with Fetcher(POLLING) as fallback:
                helper = await HelperFetch.start(POLLING, theirs, fallback)
                try:
                    first = await helper.fetch(theirs[0])
                    b.stop()  # whatever comes now was fetched by the child
                    second = await helper.fetch(theirs[1])
                    errors = []
                    for f in theirs[2:]:
                        with pytest.raises(FetchError) as caught:
                            await helper.fetch(f)
                        errors.append(caught.value)
                    return [first, second], errors
                finally:
                    helper.close()

        (same, new), (gone, busy) = asyncio.run(go())
    assert same.not_modified and same.etag == '"s1"'
    assert new.status == 200 and new.body == rss(2, 3) and new.etag == '"n2"'
    assert new.content_hash and len(new.content_hash) == 64
    assert gone.gone and gone.status == 410 and gone.url == theirs[2].url
    assert busy.retry_after == 120 and busy.status == 429 and "429" in str(busy)


def test_a_child_that_dies_costs_only_time() -> None:
    """A killed child gives nothing back: this process fetches its feeds itself."""
    a, b = _servers()
    with a, b:
        b.route("/f.xml", rss(1, 2), etag='"v"')
        theirs = [feed(1, b.url("/f.xml"), etag='"v"')]

        async def go() -> FetchResult:
            async with Fetcher(POLLING) as fallback:
                helper = await HelperFetch.start(POLLING, theirs, fallback)
                try:
                    child = helper._child
                    assert child is not None
                    os.kill(child.pid, signal.SIGKILL)
                    return await helper.fetch(theirs[0])
                finally:
                    helper.close()

        result = asyncio.run(go())
        assert result.not_modified
        assert b.hits("/f.xml") >= 1


@pytest.mark.skipif(not spare_core(), reason="a single core: polls are never split")
def test_split_poll_stores_what_one_process_would(tmp_path: Path) -> None:
    """Over two hosts, a split steady poll records every 304 and stores a changed feed's new
    items with their matches, as an unsplit poll does."""
    a, b = _servers()
    with a, b:
        urls = []
        for n in range(HELP_FROM_FEEDS):
            srv = a if n % 2 else b
            srv.route(f"/f{n}.xml", rss(n, 2), etag=f'"v{n}"')
            urls.append(srv.url(f"/f{n}.xml"))
        config = parse({
            "storage": {"database": str(tmp_path / "w.db")},
            "polling": {"timeout": "5s", "connect_timeout": "2s", "parse_workers": 0},
            "feeds": [{"url": u} for u in urls],
            "profiles": {"defections": {"query": "defect*"}},
            "destinations": {"digest": {"type": "file", "path": str(tmp_path / "d")}},
        }, {}, tmp_path)
        store = open_store(config, None)

        async def once(now: datetime) -> list[str]:
            rt = build_runtime(config, store, environ={})
            try:
                polled = await poll_due(rt, now, force=True, help_fetch=True)
                return [f"{p.status}:{p.new_items}" for p in polled]
            finally:
                await rt.aclose()

        first = asyncio.run(once(datetime(2026, 1, 1, tzinfo=UTC)))
        assert sorted(set(first)) == ["new-items:2"]
        b.route("/f0.xml", rss(0, 4), etag='"v0b"')  # two more items
        a.route("/f1.xml", rss(1, 3), etag='"v1b"')
        second = asyncio.run(once(datetime(2026, 1, 2, tzinfo=UTC)))
        assert second.count("unchanged:0") == HELP_FROM_FEEDS - 2
        assert sorted(s for s in second if s != "unchanged:0") == ["new-items:1", "new-items:2"]
        assert store.count_items() == 2 * HELP_FROM_FEEDS + 3
        # Every feed was asked once per poll, with its validators the second time.
        asked = [r for srv in (a, b) for r in srv.requests]
        assert len(asked) == 2 * HELP_FROM_FEEDS
        assert sum("if-none-match" in r.headers for r in asked) == HELP_FROM_FEEDS
        store.close()
