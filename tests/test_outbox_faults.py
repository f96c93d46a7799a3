"""outbox under load, faults and hostile answers: every match reaches every destination once,
whatever max_items, Retry-After, the store or the receiver does. Real pipeline, store,
notifiers and loopback receivers; time is simulated by passing ``now`` except where the
wait itself is what is tested."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest
import standardwebhooks
from feedgen import rss
from feedserver import FeedServer
from receiver import Answer, Receiver
from test_outbox import (
    ENV,
    SECRET,
    T0,
    drive,
    expected_links,
    hook,
    make_config,
    raw_config,
    slack_links,
    webhook_links,
    write_yaml,
)

from watcher.pipeline import Runtime, close_windows, flush_outbox, poll_due


def test_instant_webhook_gets_every_match_past_max_items(tmp_path: Path) -> None:
    """250 matches in one window with the default max_items (100) reach a webhook as three
    signed parts of at most 100 entries, each match exactly once, none left as "more"."""
    with FeedServer() as srv, Receiver() as rx:
        srv.route("/f.xml", rss(0, 500))
        config = make_config(tmp_path, [srv.url("/f.xml")], {"hook": hook(rx, mode="instant")})

        async def script(rt: Runtime) -> None:
            await poll_due(rt, T0, force=True)
            [out] = await flush_outbox(rt, T0 + timedelta(seconds=60))
            assert (out.status, out.parts) == ("sent", 3)

        drive(config, script)
    bodies = [r.json() for r in rx.requests]
    assert [b["part"] for b in bodies] == [1, 2, 3] and {b["more"] for b in bodies} == {0}
    assert all(sum(len(g["entries"]) for g in b["groups"]) <= 100 for b in bodies)
    assert {b["item_count"] for b in bodies} == {250}
    links = Counter(link for r in rx.requests for link in webhook_links(r))
    assert links == Counter(expected_links(0, 500))
    for r in rx.requests:
        standardwebhooks.Webhook(SECRET).verify(r.body, r.headers)


ABSURD = [  # (headers, body, whether the wait asked for is over a day)
    ({"Retry-After": "99999999999999"}, b"slow down", True),
    ({"Retry-After": "9" * 400}, b"slow down", True),  # float() of this is inf
    ({"Content-Type": "application/json"}, b'{"retry_after": 1e300, "global": false}', True),
    ({"Content-Type": "application/json"}, b'{"retry_after": Infinity}', True),
    ({"Content-Type": "application/json"}, b'{"retry_after": NaN}', False),  # ignored
]


@pytest.mark.parametrize(("headers", "body", "capped"), ABSURD)
def test_absurd_retry_after_is_capped_and_spares_the_other_destinations(
        tmp_path: Path, headers: dict[str, str], body: bytes, capped: bool) -> None:
    """A 429 asking to wait for ages (or forever, or NaN) reschedules that window at most a
    day ahead, and the flush goes on: a healthy webhook gets each of its windows once."""
    with FeedServer() as srv, Receiver() as bad, Receiver() as good:
        srv.route("/f.xml", rss(0, 8))
        bad.default = Answer(429, body, headers)
        config = make_config(tmp_path, [srv.url("/f.xml")], {
            "bad": hook(bad, mode="instant"), "good": hook(good, mode="instant")})

        async def script(rt: Runtime) -> None:
            now = T0
            for step in range(4):  # four windows, each flushed a few times
                srv.route("/f.xml", rss(0, 8 * (step + 1)))
                await poll_due(rt, now, force=True)
                for _ in range(3):
                    now += timedelta(seconds=61)
                    for out in await flush_outbox(rt, now):
                        if out.window.destination == "bad":
                            assert out.status == "retry"
                            row = rt.store.window(out.window.id)
                            assert row is not None
                            assert row.next_attempt_at <= now + timedelta(days=1)
            assert [r.state for r in rt.store.outbox(("sent",))] == ["sent"] * 4

        drive(config, script)
    ids = [r.headers["webhook-id"] for r in good.requests]
    assert len(ids) == len(set(ids)) == 4
    bad_ids = [r.headers["webhook-id"] for r in bad.requests]
    assert len(set(bad_ids)) == 4
    if capped:
        assert len(bad_ids) == 4  # each window tried once, then held a day
    links = Counter(link for r in good.requests for link in webhook_links(r))
    assert links == Counter(expected_links(0, 32))


def test_run_once_with_an_absurd_retry_after_exits_cleanly(tmp_path: Path) -> None:
    """`watcher run --once` against a receiver asking for Retry-After: 99999999999999 exits 0
    without a traceback and leaves the window pending for a retry within a day."""
    with FeedServer() as srv, Receiver() as rx:
        srv.route("/f.xml", rss(0, 8))
        rx.answer(429, "slow down", {"Retry-After": "99999999999999"})
        raw = raw_config(tmp_path, [srv.url("/f.xml")], {"hook": hook(rx, mode="instant")})
        write_yaml(tmp_path, raw)
        done = subprocess.run([sys.executable, "-m", "watcher", "run", "--once", "--config",
                               "config.yaml"], cwd=tmp_path, env={**os.environ, **ENV},
                              capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr.decode()
    assert b"Traceback" not in done.stderr and b"HTTP 429" in done.stderr
    with sqlite3.connect(tmp_path / "w.db") as conn:
        [(state, attempts, wait)] = conn.execute(
            "SELECT state, attempts, julianday(next_attempt_at) - julianday(created_at) "
            "FROM digests")
    assert (state, attempts) == ("pending", 1) and 0 < wait <= 1.0


def test_short_retry_after_is_waited_in_place_without_an_attempt(tmp_path: Path) -> None:
    """Slack's `429 Retry-After: 1` twice: the post is repeated after the wait, in the same
    flush, and the window is sent with no attempt counted."""
    with FeedServer() as srv, Receiver() as rx:
        srv.route("/f.xml", rss(0, 8))
        rx.answer(429, "rate_limited", {"Retry-After": "1"}, times=2)
        config = make_config(tmp_path, [srv.url("/f.xml")], {"chat": {
            "type": "slack", "url": rx.url("/hook/T1/B2"), "mode": "instant"}})

        async def script(rt: Runtime) -> None:
            await poll_due(rt, T0, force=True)
            [out] = await flush_outbox(rt, T0 + timedelta(seconds=60))
            assert out.status == "sent"
            row = rt.store.window(out.window.id)
            assert row is not None and row.attempts == 0

        drive(config, script)
    assert len(rx.requests) == 3 and len({r.body for r in rx.requests}) == 1
    assert slack_links(rx.requests[2:]) == Counter(expected_links(0, 8))


def test_burst_of_600_reaches_a_webhook_and_a_rate_limited_slack_in_time(
        tmp_path: Path) -> None:
    """600 matches in one batch window: an instant webhook (default max_items) and a Slack
    webhook answering 429 Retry-After: 1 to its first three posts each get every match once,
    in valid in-limit payloads, from one flush pass, within 60 s of the first attempt."""
    with FeedServer() as srv, Receiver() as hook_rx, Receiver() as slack_rx:
        srv.route("/f.xml", rss(0, 1200))
        slack_rx.answer(429, "rate_limited", {"Retry-After": "1"}, times=3)
        config = make_config(tmp_path, [srv.url("/f.xml")], {
            "hook": hook(hook_rx, mode="instant"),
            "chat": {"type": "slack", "url": slack_rx.url("/hook/T1/B2"), "mode": "instant"}})

        async def script(rt: Runtime) -> float:
            [polled] = await poll_due(rt, T0, force=True)
            assert polled.matches == 600
            started = time.monotonic()
            outs = await flush_outbox(rt, T0 + timedelta(seconds=60))
            assert [o.status for o in outs] == ["sent", "sent"]
            return time.monotonic() - started

        elapsed = drive(config, script)
    assert elapsed < 60, elapsed
    links = Counter(link for r in hook_rx.requests for link in webhook_links(r))
    assert links == Counter(expected_links(0, 1200))
    assert len(hook_rx.requests) == 6
    accepted = slack_rx.requests[3:]  # the first three were refused, then posted again
    assert slack_rx.requests[0].body == slack_rx.requests[3].body
    assert slack_links(accepted) == Counter(expected_links(0, 1200))
    for r in accepted:
        payload = r.json()
        assert isinstance(payload["text"], str) and payload["text"]
        assert len(payload["blocks"]) <= 50
        assert all(b["type"] in ("section", "context") for b in payload["blocks"])
        assert all(len(b["text"]["text"]) <= 3000 for b in payload["blocks"] if "text" in b)


def test_the_cut_is_kept_from_the_first_attempt(tmp_path: Path) -> None:
    """A one-part window whose post failed after reaching the receiver, then rewritten by its
    feed, is retried byte for byte under the same webhook-id (a re-cut would send other
    stories under a key a deduplicating receiver already holds)."""
    with FeedServer() as srv, Receiver() as rx:
        srv.route("/f.xml", rss(0, 8))
        rx.answer(500, "stored, then failed")
        config = make_config(tmp_path, [srv.url("/f.xml")], {"hook": hook(rx, mode="instant")})

        async def script(rt: Runtime) -> None:
            await poll_due(rt, T0, force=True)
            [out] = await flush_outbox(rt, T0 + timedelta(seconds=60))
            assert (out.status, out.parts) == ("retry", 0)
            srv.route("/f.xml", rss(0, 8).replace(b"</title>", b" (updated)</title>"))
            [polled] = await poll_due(rt, T0 + timedelta(seconds=90), force=True)
            assert polled.matches == 0  # updates, not new stories
            [out] = await flush_outbox(rt, T0 + timedelta(hours=1))
            assert out.status == "sent"

        drive(config, script)
    first, second = rx.requests
    assert first.headers["webhook-id"] == second.headers["webhook-id"]
    assert first.body == second.body and b"(updated)" not in second.body


def test_one_oversized_item_is_shortened_and_the_rest_arrive(tmp_path: Path) -> None:
    """A story whose title and summary alone exceed the 512 KB part limit is shortened; its
    window is sent at the first attempt with every other story."""
    huge_title = "Defector testimony " + "이야기 " * 150_000
    huge = (f"<item><title>{huge_title}</title><link>https://news.example/huge</link>"
            f"<guid>huge</guid><description>{'defect ' * 100_000}</description></item>")
    feed = rss(0, 8).replace(b"</channel>", huge.encode() + b"</channel>")
    with FeedServer() as srv, Receiver() as rx:
        srv.route("/f.xml", feed)
        config = make_config(tmp_path, [srv.url("/f.xml")], {"hook": hook(rx, mode="instant")})

        async def script(rt: Runtime) -> None:
            await poll_due(rt, T0, force=True)
            [out] = await flush_outbox(rt, T0 + timedelta(seconds=60))
            assert out.status == "sent", out.message

        drive(config, script)
    [request] = rx.requests
    assert len(request.body) <= 512_000
    links = Counter(webhook_links(request))
    assert links == Counter([*expected_links(0, 8), "https://news.example/huge"])


DISK_FULL = ("CREATE TRIGGER disk_full BEFORE UPDATE OF parts_sent, attempts, state ON digests "
             "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")


def test_failed_write_after_a_send_backs_off_instead_of_resending(tmp_path: Path) -> None:
    """The receiver takes the post but the database cannot record it (disk full): the window
    is not posted again on every tick, only after the retry delay, under the same id; once
    the disk has room it is recorded as sent and never posted again."""
    with FeedServer() as srv, Receiver() as rx:
        srv.route("/f.xml", rss(0, 8))
        config = make_config(tmp_path, [srv.url("/f.xml")], {"hook": hook(rx, mode="instant")})
        db = tmp_path / "w.db"

        async def script(rt: Runtime) -> None:
            await poll_due(rt, T0, force=True)
            with sqlite3.connect(db) as conn:
                conn.execute(DISK_FULL)
            now = T0 + timedelta(seconds=60)
            for _ in range(8):  # a flush every 5 s, within the first retry delay (>= 48 s)
                outs = await flush_outbox(rt, now)
                assert all(o.status == "held" for o in outs)
                now += timedelta(seconds=5)
            assert len(rx.requests) == 1
            with sqlite3.connect(db) as conn:
                conn.execute("DROP TRIGGER disk_full")
            [out] = await flush_outbox(rt, now + timedelta(minutes=5))
            assert out.status == "sent"
            assert await flush_outbox(rt, now + timedelta(hours=2)) == []

        drive(config, script)
    first, second = rx.requests
    assert first.headers["webhook-id"] == second.headers["webhook-id"]
    assert first.body == second.body


def test_idempotency_keys_differ_between_databases_and_hold_within_one(tmp_path: Path) -> None:
    """Two fresh databases sending their first window use different webhook-ids; one database
    reopened keeps its instance id."""
    ids = []
    with FeedServer() as srv, Receiver() as rx:
        srv.route("/f.xml", rss(0, 8))
        for name in ("one", "two"):
            folder = tmp_path / name
            folder.mkdir()
            config = make_config(folder, [srv.url("/f.xml")],
                                 {"hook": hook(rx, mode="instant")})

            async def script(rt: Runtime) -> str:
                await poll_due(rt, T0, force=True)
                await flush_outbox(rt, T0 + timedelta(seconds=60))
                return rt.store.instance_id()

            ids.append(drive(config, script))
            assert drive(config, lambda rt: _instance(rt)) == ids[-1]
    keys = [r.headers["webhook-id"] for r in rx.requests]
    assert len(keys) == 2 and keys[0] != keys[1]
    assert [k.startswith("1-0.") for k in keys] == [True, True]
    assert ids[0] != ids[1] and all(ids[i] in keys[i] for i in range(2))
    assert json.loads(rx.requests[0].body)["digest_id"] == 1


async def _instance(rt: Runtime) -> str:
    return rt.store.instance_id()


def test_a_one_message_window_recorded_by_an_older_version_is_not_sent_again(
        tmp_path: Path) -> None:
    """A window with a part recorded as sent but no kept cut (an older version kept only
    split messages) is marked sent at the next flush, not re-cut and re-posted."""
    with FeedServer() as srv, Receiver() as rx:
        srv.route("/f.xml", rss(0, 8))
        config = make_config(tmp_path, [srv.url("/f.xml")], {"hook": hook(rx, mode="instant")})

        async def script(rt: Runtime) -> None:
            await poll_due(rt, T0, force=True)
            [window_id] = close_windows(rt, T0 + timedelta(seconds=60))
            rt.store.mark_part_sent(window_id, 1)
            [out] = await flush_outbox(rt, T0 + timedelta(seconds=61))
            assert out.status == "sent"

        drive(config, script)
    assert rx.requests == []
