"""pipeline: one cycle from loopback feeds to a written digest; bad feeds never stop the rest."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from feedgen import matching_titles, rss
from feedserver import FeedServer

from watcher.app import build_runtime, open_store, run_cycle
from watcher.config import Config, parse
from watcher.match import Matcher, compile_profiles
from watcher.pipeline import Runtime
from watcher.store import Store
from watcher.store.state import read_due

PROFILES = {"defections": {"description": "Defections and escapes",
                           "query": "defect* OR 탈북*", "exclude": '"defect rate"'}}


def make_config(tmp_path: Path, urls: list[str], mode: str = "digest", **polling: Any) -> Config:
    raw = {
        "storage": {"database": str(tmp_path / "w.db")},
        "polling": {"timeout": "2s", "connect_timeout": "1s", "max_bytes": "1MB", **polling},
        "feeds": [{"url": u, "name": f"feed {i}"} for i, u in enumerate(urls)],
        "profiles": PROFILES,
        "destinations": {"digest": {"type": "file", "path": str(tmp_path / "digests"),
                                    "max_items": 1000, "mode": mode}},
    }
    return parse(raw, {}, tmp_path)


def cycle(config: Config, force: bool = True) -> tuple[str, Store]:
    store = open_store(config, None)

    async def go() -> str:
        rt = build_runtime(config, store, environ={})
        try:
            return (await run_cycle(rt, force=force)).summary()
        finally:
            await rt.aclose()

    return asyncio.run(go()), store


def test_once_is_idempotent(tmp_path: Path) -> None:
    """A second cycle over unchanged feeds stores nothing new and writes no new digest."""
    with FeedServer() as srv:
        for n in range(3):
            srv.route(f"/f{n}.xml", rss(n, 8), etag=f'"v{n}"')
        config = make_config(tmp_path, [srv.url(f"/f{n}.xml") for n in range(3)])
        summary, store = cycle(config)
        assert "24 new item(s)" in summary and "12 match(es)" in summary
        files = sorted((tmp_path / "digests").iterdir())
        assert [p.suffix for p in files] == [".eml", ".html"]
        html = files[1].read_text(encoding="utf-8")
        for n in range(3):
            for title in matching_titles(n, 8):
                assert html.count(title.split(" (")[0]) >= 1
        assert "defect rate" not in html.lower()
        summary2, store2 = cycle(config)
        store.close()
        assert "0 new item(s)" in summary2 and "sent 0" in summary2
        assert sorted((tmp_path / "digests").iterdir()) == files
        assert store2.count_items() == 24
        assert all(r.headers.get("if-none-match") for r in srv.requests[3:])


def test_bad_feeds_are_recorded_and_isolated(tmp_path: Path) -> None:
    """Each broken feed gets a status and a readable error; the good feed is ingested anyway."""
    with FeedServer() as srv:
        srv.route("/good.xml", rss(0, 4))
        srv.route("/500.xml", b"oops", status=500)
        srv.route("/410.xml", b"", status=410)
        srv.route("/html.xml", b"<!doctype html><html><body>hi</body></html>",
                  headers={"Content-Type": "text/html"})
        srv.route("/empty.xml", b"")
        srv.route("/truncated.xml", rss(1, 4)[:-300])
        srv.route("/loop.xml", b"", status=302, headers={"Location": "/loop2.xml"})
        srv.route("/loop2.xml", b"", status=302, headers={"Location": "/loop.xml"})
        srv.route("/moved.xml", b"", status=301, headers={"Location": "/good2.xml"})
        srv.route("/good2.xml", rss(2, 4))
        srv.route("/429.xml", b"", status=429, headers={"Retry-After": "3600"})
        srv.route("/hang.xml", hang=True)
        paths = ["/good.xml", "/404.xml", "/500.xml", "/410.xml", "/html.xml", "/empty.xml",
                 "/truncated.xml", "/loop.xml", "/moved.xml", "/429.xml", "/hang.xml"]
        config = make_config(tmp_path, [srv.url(p) for p in paths])
        cycle(config)
        feeds = {f.config_url.rsplit("/", 1)[1]: f for f in Store.open(tmp_path / "w.db").feeds()}
    assert (feeds["good.xml"].status, feeds["good.xml"].item_count) == ("ok", 4)
    assert feeds["404.xml"].last_error == f"HTTP 404 from {srv.url('/404.xml')}"
    assert "HTTP 500" in (feeds["500.xml"].last_error or "")
    assert feeds["410.xml"].status == "gone" and feeds["410.xml"].next_check_at is None
    assert "not a feed" in (feeds["html.xml"].last_error or "")
    assert "empty" in (feeds["empty.xml"].last_error or "")
    assert feeds["truncated.xml"].item_count >= 1 and feeds["truncated.xml"].status == "malformed"
    assert "redirect loop" in (feeds["loop.xml"].last_error or "")
    assert feeds["moved.xml"].url == srv.url("/good2.xml") and feeds["moved.xml"].item_count == 4
    assert "429" in (feeds["429.xml"].last_error or "")
    assert "timed out" in (feeds["hang.xml"].last_error or "")
    for name in ("404.xml", "500.xml", "html.xml", "loop.xml", "429.xml", "hang.xml"):
        feed = feeds[name]
        assert feed.status == "error" and feed.error_count == 1 and feed.next_check_at
        assert feed.last_fetch_at and feed.next_check_at > feed.last_fetch_at


def test_retry_after_is_honoured(tmp_path: Path) -> None:
    """A 429 with Retry-After: 3600 is not polled again for at least an hour."""
    with FeedServer() as srv:
        srv.route("/429.xml", b"", status=429, headers={"Retry-After": "3600"})
        config = make_config(tmp_path, [srv.url("/429.xml")])
        cycle(config)
        [feed] = Store.open(tmp_path / "w.db").feeds()
        assert feed.next_check_at and feed.last_fetch_at
        assert (feed.next_check_at - feed.last_fetch_at).total_seconds() >= 3600
        cycle(config, force=False)
        assert srv.hits("/429.xml") == 1


def test_new_items_after_change_are_delivered(tmp_path: Path) -> None:
    """When a feed gains items, only the new ones are stored and sent in the next window."""
    with FeedServer() as srv:
        srv.route("/f.xml", rss(0, 4))
        config = make_config(tmp_path, [srv.url("/f.xml")], mode="instant")
        cycle(config)
        srv.route("/f.xml", rss(0, 8))
        summary, store = cycle(config)
    assert "4 new item(s)" in summary
    rows = store.outbox(("sent",))
    assert [r.item_count for r in rows] == [2, 2]


def test_store_failure_costs_only_that_feed(tmp_path: Path) -> None:
    """When one feed's items cannot be written, the others in its batch are stored and it
    is retried on the next cycle with a readable error meanwhile."""
    with FeedServer() as srv:
        for n in range(3):
            srv.route(f"/f{n}.xml", rss(n, 4))
        config = make_config(tmp_path, [srv.url(f"/f{n}.xml") for n in range(3)])
        store = open_store(config, None)
        bad = next(f.id for f in store.feeds() if f.config_url.endswith("/f1.xml"))
        with store.engine.begin() as conn:
            conn.exec_driver_sql(
                f"CREATE TRIGGER refuse BEFORE INSERT ON items WHEN NEW.feed_id = {bad} "
                "BEGIN SELECT RAISE(ABORT, 'disk says no'); END")
        summary, store = cycle(config)
        feeds = {f.id: f for f in store.feeds()}
        assert "8 new item(s)" in summary
        assert feeds[bad].status == "error" and feeds[bad].item_count == 0
        assert "could not store items" in (feeds[bad].last_error or "")
        assert "disk says no" in (feeds[bad].last_error or "")
        with store.engine.begin() as conn:
            conn.exec_driver_sql("DROP TRIGGER refuse")
        summary, store = cycle(config)
    assert "4 new item(s)" in summary
    assert all(f.item_count == 4 and f.status == "ok" for f in store.feeds())


def test_quiet_digest_time_keeps_the_schedule(tmp_path: Path) -> None:
    """After a first digest, a match arriving after a quiet 08:00 waits for the next 08:00."""
    day1 = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)

    async def at(rt: Runtime, when: datetime) -> list[str]:
        return [s.status for s in (await run_cycle(rt, force=True, now=when)).sent]

    with FeedServer() as srv:
        srv.route("/f.xml", rss(0, 4))
        config = make_config(tmp_path, [srv.url("/f.xml")])
        store = open_store(config, None)

        async def scenario() -> list[list[str]]:
            rt = build_runtime(config, store, environ={})
            try:
                first = await at(rt, day1)  # the first digest goes out at once
                quiet = await at(rt, day1.replace(day=21, hour=8))  # nothing new at 08:00
                srv.route("/f.xml", rss(0, 8))
                later = await at(rt, day1.replace(day=21, hour=14))  # new matches, 14:00
                next_morning = await at(rt, day1.replace(day=22, hour=8))
                return [first, quiet, later, next_morning]
            finally:
                await rt.aclose()

        assert asyncio.run(scenario()) == [["sent"], [], [], ["sent"]]
    assert [r.state for r in store.outbox(("sent", "empty"))] == ["sent", "empty", "sent"]


def test_feeds_in_flight_are_bounded_and_each_polled_once(tmp_path: Path) -> None:
    """Seven slow feeds under max_connections 2: each is polled once, two at a time."""
    with FeedServer() as srv:
        for n in range(7):
            srv.route(f"/f{n}.xml", rss(n, 2), etag=f'"v{n}"', delay=0.05)
        urls = [srv.url(f"/f{n}.xml") for n in range(7)]
        config = make_config(tmp_path, urls, max_connections=2, per_host=4)
        summary, store = cycle(config)
        assert "polled 7 feed(s) (new-items 7)" in summary
        assert sorted(r.path for r in srv.requests) == sorted(f"/f{n}.xml" for n in range(7))
        assert srv.max_in_flight == 2
        store.close()


def test_a_cancelled_poll_stops_its_fetches_and_records_nothing(tmp_path: Path) -> None:
    """Cancelling a poll (the daemon's stop after its grace) cancels the fetches in flight
    and starts no others: no feed is recorded as failed or fetched after it."""
    with FeedServer() as srv:
        for n in range(4):
            srv.route(f"/f{n}.xml", hang=True)
        config = make_config(tmp_path, [srv.url(f"/f{n}.xml") for n in range(4)],
                             max_connections=2, per_host=4, timeout="0.5s")
        store = open_store(config, None)

        async def go() -> None:
            from watcher.pipeline import poll_due

            rt = build_runtime(config, store, environ={})
            poll = asyncio.create_task(poll_due(rt, datetime.now(UTC), force=True))
            for _ in range(200):  # until both slots hold a request (at most 2 s)
                if len(srv.requests) == 2:
                    break
                await asyncio.sleep(0.01)
            poll.cancel()
            with pytest.raises(asyncio.CancelledError):
                await poll
            await asyncio.sleep(0.8)  # past the 0.5 s timeout the fetches would have hit
            await rt.aclose()

        asyncio.run(go())
        assert len(srv.requests) == 2
        assert all(f.status == "new" and f.last_fetch_at is None for f in store.feeds())
        store.close()


def test_a_deferred_matcher_is_made_once_and_only_for_a_changed_body(tmp_path: Path) -> None:
    """A runtime given a function for its matcher (`run --once` after a remembered check)
    makes no matcher in a cycle of 304s, makes it for the first changed body, then keeps
    it, and matches with it as with one given ready."""
    with FeedServer() as srv:
        srv.route("/f.xml", rss(0, 8), etag='"v0"')
        config = make_config(tmp_path, [srv.url("/f.xml")])
        summary, store = cycle(config)
        assert "4 match(es)" in summary
        made: list[int] = []

        def make() -> Matcher:
            made.append(1)
            return compile_profiles(config.profiles, config.aliases)

        async def go() -> list[str]:
            rt = build_runtime(config, store, environ={}, matcher=make)
            try:
                steady = (await run_cycle(rt, force=True)).summary()
                assert made == []
                srv.route("/f.xml", rss(1, 8), etag='"v1"')
                changed = (await run_cycle(rt, force=True)).summary()
                srv.route("/f.xml", rss(2, 8), etag='"v2"')
                again = (await run_cycle(rt, force=True)).summary()
                return [steady, changed, again]
            finally:
                await rt.aclose()

        steady, changed, again = asyncio.run(go())
        store.close()
    assert "(unchanged 1)" in steady
    assert "(new-items 1)" in changed and "(new-items 1)" in again
    assert " 0 match(es)" not in changed and " 0 match(es)" not in again
    assert made == [1]


def test_a_store_given_as_a_function_opens_once_every_request_is_out(tmp_path: Path) -> None:
    """`run --once`'s order: the due feeds read without the store (``read_due``), the store
    opened by the cycle once every request has reached the servers, and everything written
    as usual: a changed feed's new items, a failing feed's error, the 304s' schedules."""
    with FeedServer() as srv:
        for n in range(6):
            srv.route(f"/f{n}.xml", rss(n, 3), etag=f'"v{n}"')
        urls = [srv.url(f"/f{n}.xml") for n in range(6)]
        config = make_config(tmp_path, urls, max_connections=2)
        cycle(config)[1].close()
        srv.route("/f0.xml", rss(0, 5), etag='"v0b"')  # two new items
        srv.route("/f5.xml", b"down", status=503)  # (a failure writes at once: the last)
        configured = [(f.url, f.name) for f in config.feeds]
        due = read_due(tmp_path / "w.db", configured, datetime.now(UTC), force=True)
        assert due is not None and [f.etag for f in due] == [f'"v{n}"' for n in range(6)]
        seen_at_open: list[int] = []
        sent_before = len(srv.requests)

        def opening() -> Store:
            # The event loop waits here: a request it has not written yet never arrives.
            deadline = time.monotonic() + 2
            while len(srv.requests) - sent_before < 6 and time.monotonic() < deadline:
                time.sleep(0.01)
            seen_at_open.append(len(srv.requests) - sent_before)
            return open_store(config, None)

        async def go() -> str:
            rt = build_runtime(config, opening, environ={})
            try:
                return (await run_cycle(rt, force=True, due=due)).summary()
            finally:
                await rt.aclose()

        summary = asyncio.run(go())
        store = open_store(config, None)
        feeds = {f.config_url: f for f in store.feeds()}
        store.close()
    assert seen_at_open == [6]  # once, after the last request went out (two at a time)
    assert "polled 6 feed(s) (error 1, new-items 1, unchanged 4); 2 new item(s)" in summary
    assert feeds[urls[0]].item_count == 5 and feeds[urls[0]].etag == '"v0b"'
    assert feeds[urls[5]].status == "error" and "503" in (feeds[urls[5]].last_error or "")
    assert all(feeds[u].last_fetch_at == feeds[urls[0]].last_fetch_at for u in urls)
