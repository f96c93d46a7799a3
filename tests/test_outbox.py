"""outbox end to end: bursts split without loss, 429 storms and day-long outages ridden out,
dead windows revived, SIGKILL mid-send resent under the same id, digests after downtime,
preview and send-test. Real pipeline, store, notifiers and loopback servers; time is simulated
by passing ``now``."""

from __future__ import annotations

import asyncio
import base64
import itertools
import json
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Coroutine, Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

import standardwebhooks
import yaml
from click.testing import CliRunner
from feedgen import rss
from feedserver import FeedServer
from receiver import Answer, Receiver, Recorded
from waiting import wait_for

from watcher.app import build_runtime, open_store
from watcher.cli import main
from watcher.config import Config, parse
from watcher.pipeline import Runtime, flush_outbox, poll_due

T = TypeVar("T")
SECRET = "whsec_" + base64.b64encode(b"outbox tests: thirty-two bytes!!").decode()
ENV = {"HOOK_SECRET": SECRET}
PROFILES = {"defections": {"description": "Defections and escapes",
                           "query": "defect* OR 탈북*", "exclude": '"defect rate"'}}
SLACK_LINK = re.compile(r"<(https://news\.example/[^|>]+)\|")
T0 = datetime(2026, 11, 20, 0, 0, tzinfo=UTC)


def raw_config(tmp_path: Path, feeds: Iterable[str], dests: dict[str, Any]) -> dict[str, Any]:
    return {
        "storage": {"database": str(tmp_path / "w.db")},
        "polling": {"timeout": "2s", "connect_timeout": "1s"},
        "feeds": [{"url": u, "name": f"desk {i}"} for i, u in enumerate(feeds)],
        "profiles": PROFILES,
        "destinations": dests,
    }


def make_config(tmp_path: Path, feeds: Iterable[str], dests: dict[str, Any]) -> Config:
    return parse(raw_config(tmp_path, feeds, dests), ENV, tmp_path)


def drive(config: Config, script: Callable[[Runtime], Coroutine[Any, Any, T]]) -> T:
    """Run ``script`` against a real runtime (store, fetcher, notifiers) in one event loop."""
    store = open_store(config, None)

    async def go() -> T:
        rt = build_runtime(config, store, environ=ENV)
        rt.rng = random.Random(4)  # reproducible jitter
        try:
            return await script(rt)
        finally:
            await rt.aclose()

    try:
        return asyncio.run(go())
    finally:
        store.close()


def expected_links(feed_no: int, count: int) -> list[str]:
    """Links of the stories in rss(feed_no, count) that the profile matches."""
    return [f"https://news.example/{feed_no}/{n}" for n in range(count) if n % 4 in (0, 1)]


def slack_links(requests: Iterable[Recorded | dict[str, Any]]) -> Counter[str]:
    """Each entry's title links to its story once; snippets repeat the title but not the link."""
    payloads = (r.json() if isinstance(r, Recorded) else r for r in requests)
    return Counter(m for p in payloads for b in p["blocks"]
                   for m in SLACK_LINK.findall(b.get("text", {}).get("text", "")))


def webhook_links(request: Recorded) -> list[str]:
    return [e["link"] for g in request.json()["groups"] for e in g["entries"]]


def slack_burst_config(tmp_path: Path, srv: FeedServer, rx: Receiver) -> Config:
    """One feed of 1,000 stories (500 matching) and an instant Slack destination taking
    them all in one window."""
    return make_config(tmp_path, [srv.url("/f.xml")], {"chat": {
        "type": "slack", "url": rx.url("/hook/T1/B2"), "mode": "instant",
        "batch_window": "30s", "max_items": 1000}})


def test_burst_of_500_matches_is_split_for_slack_without_loss(tmp_path: Path) -> None:
    """500 matches in one instant window reach Slack as several in-limit messages, in order,
    with every story exactly once even when a 429 interrupts the third message: the retry
    resumes at that part, and the window is marked sent."""
    with FeedServer() as srv, Receiver() as rx:
        srv.route("/f.xml", rss(0, 1000))
        config = slack_burst_config(tmp_path, srv, rx)

        async def script(rt: Runtime) -> None:
            [polled] = await poll_due(rt, T0, force=True)
            assert (polled.new_items, polled.matches) == (1000, 500)
            assert await flush_outbox(rt, T0 + timedelta(seconds=29)) == []  # window still open
            assert rx.requests == []
            rx.answer(200, times=2)
            rx.answer(429, "rate limited", {"Retry-After": "120"})
            [out] = await flush_outbox(rt, T0 + timedelta(seconds=30))
            assert (out.status, out.parts, len(rx.requests)) == ("retry", 2, 3)
            assert await flush_outbox(rt, T0 + timedelta(seconds=149)) == []
            [out] = await flush_outbox(rt, T0 + timedelta(seconds=150))
            assert out.status == "sent" and out.parts == len(rx.requests) - 1 > 3
            window = rt.store.window(out.window.id)
            assert window is not None and window.state == "sent"
            assert (window.item_count, window.parts_sent, window.attempts) == (500, out.parts, 1)
            assert await flush_outbox(rt, T0 + timedelta(hours=1)) == []

        drive(config, script)
    assert rx.requests[2].body == rx.requests[3].body  # the refused part, sent again
    accepted = rx.requests[:2] + rx.requests[3:]
    assert slack_links(accepted) == Counter(expected_links(0, 1000))
    parts = len(accepted)
    for i, request in enumerate(accepted):
        blocks = request.json()["blocks"]
        assert len(blocks) <= 50
        assert all(len(b["text"]["text"]) <= 3000 for b in blocks if "text" in b)
        assert blocks[0]["text"]["text"].endswith(f"({i + 1}/{parts})")
    assert "Sent by watcher to chat" in accepted[-1].body.decode()


def test_split_message_resumes_with_the_parts_as_first_cut(tmp_path: Path) -> None:
    """Stories rewritten and redated by their feed between two attempts of a split message
    do not move between parts: the parts still owed go out as first cut, so every story
    arrives exactly once (re-cut in the new order, parts 3 and on repeated stories of parts
    1 and 2 and lost others)."""
    with FeedServer() as srv, Receiver() as rx:
        srv.route("/f.xml", rss(0, 1000))
        config = slack_burst_config(tmp_path, srv, rx)

        async def script(rt: Runtime) -> None:
            await poll_due(rt, T0, force=True)
            rx.answer(200, times=2)
            rx.answer(429, "rate limited", {"Retry-After": "120"})
            [out] = await flush_outbox(rt, T0 + timedelta(seconds=30))
            assert (out.status, out.parts) == ("retry", 2)
            # Every story retitled and redated, newest first becoming oldest first.
            dates = re.findall(rb"<pubDate>[^<]*</pubDate>", rss(0, 1000))[::-1]
            rewritten = re.sub(rb"<pubDate>[^<]*</pubDate>", lambda _m: dates.pop(0),
                               rss(0, 1000)).replace(
                b"</title><link>", b" - now with a much longer headline, as rewrites go,"
                b" that fills the layout</title><link>")
            srv.route("/f.xml", rewritten)
            [polled] = await poll_due(rt, T0 + timedelta(seconds=60), force=True)
            assert (polled.new_items, polled.matches) == (0, 0)  # updates, not new stories
            [out] = await flush_outbox(rt, T0 + timedelta(seconds=150))
            assert out.status == "sent"

        drive(config, script)
    assert rx.requests[2].body == rx.requests[3].body
    assert slack_links(rx.requests[:2] + rx.requests[3:]) == Counter(expected_links(0, 1000))
    assert b"much longer headline" not in b"".join(r.body for r in rx.requests)


def hook(rx: Receiver, **extra: Any) -> dict[str, Any]:
    return {"type": "webhook", "url": rx.url("/in"), "secret": "${HOOK_SECRET}", **extra}


def test_429_storm_is_ridden_out_with_each_window_delivered_once(tmp_path: Path) -> None:
    """Seven 429s with Retry-After: 120 delay but never lose: no window is retried before
    Retry-After, attempts are counted, and each window part is accepted exactly once under one
    webhook-id with an unchanged, verifiable body."""
    storm = 7
    with FeedServer() as srv, Receiver() as rx:
        srv.route("/f.xml", rss(0, 8))
        rx.answer(429, "slow down", {"Retry-After": "120"}, times=storm)
        config = make_config(tmp_path, [srv.url("/f.xml")], {"hook": hook(rx, mode="instant")})
        attempts_at: dict[str, list[datetime]] = {}

        async def script(rt: Runtime) -> list[int]:
            now = T0
            for step in range(300):
                if step in (0, 3, 7):  # the feed gains four matching stories each time
                    srv.route("/f.xml", rss(0, 8 * (step // 3 + 1)))
                    await poll_due(rt, now, force=True)
                seen = len(rx.requests)
                for out in await flush_outbox(rt, now):
                    row = rt.store.window(out.window.id)
                    assert row is not None and row.attempts == out.window.attempts + (
                        out.status != "sent")
                    if out.status == "retry":
                        assert row.next_attempt_at >= now + timedelta(seconds=120)
                    assert out.status != "dead"
                for r in rx.requests[seen:]:
                    attempts_at.setdefault(r.headers["webhook-id"], []).append(now)
                if step > 7 and not rt.store.outbox(("pending", "dead")):
                    break
                now += timedelta(seconds=60)
            return [r.item_count for r in rt.store.outbox(("sent",))]

        counts = drive(config, script)
    assert counts == [4, 4, 4]
    assert len(attempts_at) == 3  # one webhook-id per window part
    for times in attempts_at.values():
        assert all(b - a >= timedelta(seconds=120) for a, b in itertools.pairwise(times))
    assert sum(len(t) for t in attempts_at.values()) == storm + 3
    accepted = rx.requests[storm:]
    assert len({r.headers["webhook-id"] for r in accepted}) == len(accepted) == 3
    by_id: dict[str, set[bytes]] = {}
    for r in rx.requests:
        by_id.setdefault(r.headers["webhook-id"], set()).add(r.body)
    assert all(len(bodies) == 1 for bodies in by_id.values())
    for r in accepted:
        standardwebhooks.Webhook(SECRET).verify(r.body, r.headers)
    links = Counter(link for r in accepted for link in webhook_links(r))
    assert sorted(links) == sorted(expected_links(0, 24)) and set(links.values()) == {1}


def test_destination_down_for_a_day_then_back_receives_everything(tmp_path: Path) -> None:
    """A Slack webhook answering 500 for 20 hours while new stories keep arriving: nothing
    goes dead before its attempt budget, and once it answers again every story arrives once."""
    with FeedServer() as srv, Receiver() as rx:
        rx.default = Answer(500, b"internal error")
        srv.route("/f.xml", rss(0, 8))
        config = make_config(tmp_path, [srv.url("/f.xml")], {"chat": {
            "type": "slack", "url": rx.url("/hook/x"), "mode": "instant"}})

        async def script(rt: Runtime) -> None:
            now = T0
            for hour in range(21):
                if hour % 4 == 0:
                    srv.route("/f.xml", rss(0, 8 * (hour // 4 + 1)))
                await poll_due(rt, now, force=True)
                await flush_outbox(rt, now + timedelta(seconds=90))
                rows = rt.store.outbox()
                assert all(r.state == "pending" and r.attempts < 10 for r in rows)
                now += timedelta(hours=1)
            rows = rt.store.outbox()
            assert len(rows) == 6 and rows[0].attempts >= 8
            assert rows[0].last_error and "HTTP 500" in rows[0].last_error
            deadline = max(r.next_attempt_at for r in rows)
            rx.default = Answer()
            back = len(rx.requests)
            while pending := rt.store.outbox(("pending",)):
                now = max(now, min(r.next_attempt_at for r in pending))
                assert all(o.status == "sent" for o in await flush_outbox(rt, now))
            assert now == deadline and len(rx.requests) == back + 6  # each at its next try
            assert [r.item_count for r in rt.store.outbox(("sent",))] == [4] * 6
            links = slack_links(rx.requests[back:])
            assert sorted(links) == sorted(expected_links(0, 48))
            assert set(links.values()) == {1}

        drive(config, script)


def write_yaml(tmp_path: Path, data: dict[str, Any]) -> Path:
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_dead_window_is_listed_then_revived_and_delivered(tmp_path: Path) -> None:
    """After max_attempts failures a window is dead; `watcher outbox` shows it with its last
    error, `watcher outbox retry --all-dead` revives it and the next flush delivers it."""
    start = datetime.now(UTC).replace(microsecond=0)  # revive stamps the real clock
    with FeedServer() as srv, Receiver() as rx:
        rx.default = Answer(503, b"maintenance")
        srv.route("/f.xml", rss(0, 8))
        raw = raw_config(tmp_path, [srv.url("/f.xml")], {"chat": {
            "type": "slack", "url": rx.url("/hook/x"), "mode": "instant", "max_attempts": 3}})
        cfg_path = write_yaml(tmp_path, raw)
        config = parse(raw, ENV, tmp_path)
        args = ["--config", str(cfg_path), "--db", str(tmp_path / "w.db")]

        async def fail_three_times(rt: Runtime) -> datetime:
            await poll_due(rt, start, force=True)
            now = start + timedelta(seconds=60)
            states = []
            for _ in range(3):
                [out] = await flush_outbox(rt, now)
                states.append(out.status)
                row = rt.store.window(out.window.id)
                assert row is not None
                now = row.next_attempt_at
            assert states == ["retry", "retry", "dead"]
            assert await flush_outbox(rt, now + timedelta(days=2)) == []
            return now + timedelta(days=2)

        later = drive(config, fail_three_times)
        assert len(rx.requests) == 3
        listed = CliRunner().invoke(main, ["outbox", *args])
        assert listed.exit_code == 0, listed.output
        [line] = [ln for ln in listed.output.splitlines() if " dead " in ln]
        assert line.split()[:5] == ["1", "chat", "dead", "4", "3"]
        assert "HTTP 503: maintenance" in line
        revived = CliRunner().invoke(main, ["outbox", "retry", "--all-dead", *args])
        assert revived.exit_code == 0 and "revived 1 dead window" in revived.output
        rx.default = Answer()

        async def flush_again(rt: Runtime) -> None:
            [out] = await flush_outbox(rt, later)
            assert out.status == "sent"

        drive(config, flush_again)
        assert CliRunner().invoke(main, ["outbox", *args]).output.strip() == \
            "outbox: nothing pending or dead"
    assert sorted(slack_links(rx.requests[3:])) == sorted(expected_links(0, 8))


def sent_parts(db: Path) -> set[str]:
    """The webhook-ids the outbox says it delivered: one per (window, part)."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT id, parts_sent FROM digests WHERE state = 'sent'").fetchall()
        [(instance,)] = conn.execute("SELECT value FROM meta WHERE key = 'instance_id'")
    return {f"{wid}-{part}.{instance}" for wid, parts in rows for part in range(parts)}


def test_sigkill_during_a_send_then_restart_resends_under_the_same_id(tmp_path: Path) -> None:
    """The daemon killed while its webhook POST hangs: `run --once` resends that window with the
    same webhook-id, every story arrives, and no window goes out under two ids."""
    with FeedServer() as srv, Receiver() as rx:
        srv.route("/f0.xml", rss(0, 8))
        srv.route("/f1.xml", rss(1, 12))
        raw = raw_config(tmp_path, [srv.url("/f0.xml"), srv.url("/f1.xml")],
                         {"hook": hook(rx, schedule="0 8 * * *", timezone="Asia/Seoul")})
        raw["storage"]["database"] = "w.db"
        raw["polling"]["timeout"] = "30s"  # longer than the test waits: the POST really hangs
        write_yaml(tmp_path, raw)
        rx.hang()
        env = {**os.environ, **ENV}
        log = (tmp_path / "daemon.log").open("ab")
        proc = subprocess.Popen([sys.executable, "-m", "watcher", "run", "--config",
                                 "config.yaml"], cwd=tmp_path, stdout=log, stderr=log, env=env)
        try:
            wait_for(lambda: len(rx.requests) == 1)
            time.sleep(0.2)  # nothing else is on its way
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(10)
        finally:
            proc.kill()
        assert sent_parts(tmp_path / "w.db") == set()
        done = subprocess.run([sys.executable, "-m", "watcher", "run", "--once", "--config",
                               "config.yaml"], cwd=tmp_path, env=env, capture_output=True,
                              timeout=60)
        assert done.returncode == 0, done.stderr.decode()
        again = subprocess.run([sys.executable, "-m", "watcher", "run", "--once", "--force",
                                "--config", "config.yaml"], cwd=tmp_path, env=env,
                               capture_output=True, timeout=60)
        assert again.returncode == 0, again.stderr.decode()
    ids = [r.headers["webhook-id"] for r in rx.requests]
    assert len(ids) == 2 and ids[0] == ids[1], ids  # a duplicate a receiver can drop
    assert set(ids) == sent_parts(tmp_path / "w.db")
    assert rx.requests[0].body == rx.requests[1].body
    standardwebhooks.Webhook(SECRET).verify(rx.requests[1].body, rx.requests[1].headers)
    links = Counter(webhook_links(rx.requests[1]))
    assert links == Counter(expected_links(0, 8) + expected_links(1, 12))


def test_missed_digest_after_downtime_is_sent_once_and_empty_windows_stay_quiet(
        tmp_path: Path) -> None:
    """A 08:00 Asia/Seoul digest down for three days sends one digest at start-up covering
    everything since the last one, nothing on a second flush; an empty window sends nothing
    unless send_empty asks for a "nothing new" message."""
    seoul = {"mode": "digest", "schedule": "0 8 * * *", "timezone": "Asia/Seoul"}
    first = datetime(2026, 11, 20, 23, 30, tzinfo=UTC)  # 08:30 on the 21st in Seoul
    restart = first + timedelta(days=3, hours=2)
    missed = datetime(2026, 11, 23, 23, 0, tzinfo=UTC)  # the latest 08:00 Seoul before it
    with FeedServer() as srv, Receiver() as rx:
        srv.route("/f.xml", rss(0, 8))
        config = make_config(tmp_path, [srv.url("/f.xml")], {
            "quiet": {"type": "slack", "url": rx.url("/quiet"), **seoul},
            "chatty": {"type": "slack", "url": rx.url("/chatty"), "send_empty": True, **seoul}})

        def received(path: str) -> list[Recorded]:
            return [r for r in rx.requests if r.path == path]

        async def script(rt: Runtime) -> None:
            await poll_due(rt, first, force=True)
            assert {o.status for o in await flush_outbox(rt, first)} == {"sent"}
            assert sorted(slack_links(received("/quiet"))) == sorted(expected_links(0, 8))
            for day, size in ((1, 16), (2, 24)):  # stories that arrive while nobody sends
                srv.route("/f.xml", rss(0, size))
                await poll_due(rt, first + timedelta(days=day), force=True)
            seen = len(rx.requests)
            outs = await flush_outbox(rt, restart)
            assert [o.status for o in outs] == ["sent", "sent"]
            for out in outs:
                assert (out.window.window_start, out.window.window_end) == (first, missed)
                assert out.window.item_count == 8
            new = rx.requests[seen:]
            assert slack_links(new) == Counter(expected_links(0, 24)[4:] * 2)
            assert "08:00 KST" in new[0].json()["text"]  # times in the destination's zone
            assert await flush_outbox(rt, restart) == []
            assert await flush_outbox(rt, restart + timedelta(hours=12)) == []
            seen = len(rx.requests)
            [empty] = await flush_outbox(rt, restart + timedelta(days=1))
            assert empty.window.destination == "chatty" and empty.window.item_count == 0
            [message] = rx.requests[seen:]
            assert message.path == "/chatty" and slack_links([message]) == Counter()
            assert "nothing new" in message.json()["text"]

        drive(config, script)
    assert len(received("/quiet")) == 2 and len(received("/chatty")) == 3


def test_preview_renders_without_sending_and_send_test_sends_one(tmp_path: Path) -> None:
    """`watcher preview` prints the Slack JSON and the email's decoded text of what is queued
    (`--raw` the MIME, `--html FILE` the HTML) without sending anything; `watcher send-test`
    posts exactly one small message."""
    with FeedServer() as srv, Receiver() as rx:
        srv.route("/f.xml", rss(0, 8))
        raw = raw_config(tmp_path, [srv.url("/f.xml")], {
            "chat": {"type": "slack", "url": rx.url("/hook/x")},
            "archive": {"type": "file", "path": str(tmp_path / "out")}})
        cfg_path = write_yaml(tmp_path, raw)
        config = parse(raw, ENV, tmp_path)

        async def poll_only(rt: Runtime) -> None:
            await poll_due(rt, T0, force=True)

        drive(config, poll_only)
        args = ["--config", str(cfg_path), "--db", str(tmp_path / "w.db")]
        shown = CliRunner().invoke(main, ["preview", "chat", *args])
        assert shown.exit_code == 0, shown.output
        payload = json.loads(shown.output)  # four stories: one message
        assert sorted(slack_links([payload])) == sorted(expected_links(0, 8))
        assert len(payload["blocks"]) <= 50
        text = CliRunner().invoke(main, ["preview", "archive", *args])
        assert text.exit_code == 0, text.output
        assert text.output.startswith("Subject: ") and "Border guard defects" in text.output
        assert "<html" not in text.output.lower() and "base64" not in text.output
        raw = CliRunner().invoke(main, ["preview", "archive", "--raw", *args])
        assert "multipart/alternative" in raw.output and "Content-Transfer-Encoding" in raw.output
        page = tmp_path / "page.html"
        shown_html = CliRunner().invoke(main, ["preview", "archive", "--html", str(page), *args])
        assert shown_html.exit_code == 0, shown_html.output
        assert "<html" in page.read_text(encoding="utf-8").lower()
        assert "Border guard defects" in page.read_text(encoding="utf-8")
        refused = CliRunner().invoke(main, ["preview", "chat", "--html", str(page), *args])
        assert refused.exit_code != 0 and "sends no email" in refused.output
        assert rx.requests == [] and not (tmp_path / "out").exists()
        tested = CliRunner().invoke(main, ["send-test", "chat", "--config", str(cfg_path)])
        assert tested.exit_code == 0, tested.output
        assert "sent a test message to chat" in tested.output
        assert len(rx.requests) == 1 and rx.requests[0].json()["blocks"]


def test_broken_user_template_costs_its_window_not_the_outbox(tmp_path: Path) -> None:
    """A user template naming a missing field fails only its own window, which retries and goes
    dead with the template error; the other destination is delivered on the same flush."""
    builtin = Path(__file__).resolve().parents[1] / "templates" / "slack.j2"
    source = builtin.read_text(encoding="utf-8")
    (tmp_path / "mine.j2").write_text(source.replace("e.title|link", "e.headline|link"),
                                      encoding="utf-8")
    with FeedServer() as srv, Receiver() as rx:
        srv.route("/f.xml", rss(0, 8))
        config = make_config(tmp_path, [srv.url("/f.xml")], {
            "broken": {"type": "slack", "url": rx.url("/broken"), "mode": "instant",
                       "template": "mine.j2", "max_attempts": 2},
            "good": {"type": "slack", "url": rx.url("/good"), "mode": "instant"}})

        async def script(rt: Runtime) -> None:
            await poll_due(rt, T0, force=True)
            now = T0 + timedelta(minutes=1)
            outs = await flush_outbox(rt, now)
            assert [(o.window.destination, o.status) for o in outs] == [
                ("broken", "retry"), ("good", "sent")]
            [row] = rt.store.outbox()
            [out] = await flush_outbox(rt, row.next_attempt_at)
            assert out.status == "dead" and "headline" in (out.message or "")
            [dead] = rt.store.outbox(("dead",))
            assert dead.last_error and dead.last_error.startswith("UndefinedError")

        drive(config, script)
    assert [r.path for r in rx.requests] == ["/good"]
