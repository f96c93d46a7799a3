"""alerts: alerts_to hears once when a source breaks and once when it recovers."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from feedgen import rss
from feedserver import FeedServer
from receiver import Receiver

from watcher import alerts
from watcher.app import build_runtime, open_store, run_cycle
from watcher.config import AlertsConfig, Config, parse
from watcher.store.alerts import FeedHealth

NOW = datetime(2026, 12, 6, 3, 0, tzinfo=UTC)
SETTINGS = AlertsConfig()


def health(**changes: object) -> FeedHealth:
    base: dict[str, object] = {
        "config_url": "https://a.example/rss", "url": "https://a.example/rss", "name": "Desk",
        "status": "ok", "last_error": None, "failing_since": None,
        "last_published": NOW - timedelta(hours=3), "published_before": 30}
    return FeedHealth(**{**base, **changes})  # type: ignore[arg-type]


def test_detect_names_each_kind_of_incident() -> None:
    """Failing past the threshold, gone, moved, silent after daily publishing, dead window."""
    feeds = [
        health(config_url="https://f.example/1", url="https://f.example/1", status="error",
               last_error="HTTP 500", failing_since=NOW - timedelta(hours=25)),
        health(config_url="https://f.example/2", url="https://f.example/2", status="error",
               last_error="HTTP 500", failing_since=NOW - timedelta(hours=23)),
        health(config_url="https://f.example/3", url="https://f.example/3", status="gone"),
        health(config_url="https://f.example/4", url="https://new.example/4"),
        health(config_url="https://f.example/5", url="https://f.example/5",
               last_published=NOW - timedelta(days=8), published_before=28),
        health(config_url="https://f.example/6", url="https://f.example/6",
               last_published=NOW - timedelta(days=8), published_before=3),
    ]
    found = alerts.detect(feeds, [(7, "desk", "HTTP 404")], NOW, SETTINGS)
    assert sorted(found) == [
        ("dead-window", "desk window 7"), ("failing", "https://f.example/1"),
        ("gone", "https://f.example/3"), ("moved", "https://f.example/4"),
        ("silent", "https://f.example/5")]
    assert found["failing", "https://f.example/1"] == (
        "feed Desk (https://f.example/1) has failed for 25.0 h: HTTP 500")
    assert "moved permanently to https://new.example/4" in found["moved", "https://f.example/4"]
    assert "published nothing for 8 d" in found["silent", "https://f.example/5"]
    assert "`watcher outbox retry 7`" in found["dead-window", "desk window 7"]


def config(tmp_path: Path, feed_url: str, hook_url: str) -> Config:
    return parse({
        "storage": {"database": str(tmp_path / "w.db")},
        "polling": {"timeout": "5s"},
        "feeds": [{"url": feed_url, "name": "Desk"}],
        "profiles": {"defections": {"query": "defect*"}},
        "destinations": {"ops": {"type": "slack", "url": hook_url, "profiles": []}},
        "alerts_to": "ops",
        "alerts": {"failing_after": "1h"},
    }, {}, tmp_path)


def test_failing_feed_is_told_once_and_its_recovery_once(tmp_path: Path) -> None:
    """A feed failing past failing_after is posted to alerts_to once however often the check
    runs; when it works again one recovery message follows, and then nothing."""
    with FeedServer() as srv, Receiver() as rx:
        srv.route("/f.xml", status=500)
        cfg = config(tmp_path, srv.url("/f.xml"), rx.url("/services/T/B/alerts"))
        store = open_store(cfg, None)
        rt = build_runtime(cfg, store, environ={})

        async def scenario() -> list[list[tuple[str, str]]]:
            changes = []
            try:
                await run_cycle(rt, now=NOW, force=True)
                changes.append(await alerts.check(rt, store.engine, NOW + timedelta(minutes=30)))
                for minutes in (61, 66, 120):
                    changes.append(await alerts.check(rt, store.engine,
                                                      NOW + timedelta(minutes=minutes)))
                srv.route("/f.xml", rss(0, 2))
                await run_cycle(rt, now=NOW + timedelta(minutes=121), force=True)
                for minutes in (125, 130):
                    changes.append(await alerts.check(rt, store.engine,
                                                      NOW + timedelta(minutes=minutes)))
            finally:
                await rt.aclose()
            return changes

        changes = asyncio.run(scenario())
    url = srv.url("/f.xml")
    assert changes == [[], [("failing", url)], [], [], [("failing", url)], []]
    assert len(rx.requests) == 2
    problem, recovery = (json.dumps(r.json(), ensure_ascii=False) for r in rx.requests)
    assert "source problem" in problem and "has failed for 61 m: HTTP 500 from" in problem
    assert "problem(s) over" in recovery and "works again" in recovery


def test_unsent_alert_is_tried_again_at_the_next_check(tmp_path: Path) -> None:
    """When alerts_to refuses the post, the next check sends the alert (once)."""
    with FeedServer() as srv, Receiver() as rx:
        srv.route("/f.xml", status=410)
        cfg = config(tmp_path, srv.url("/f.xml"), rx.url("/services/T/B/alerts"))
        store = open_store(cfg, None)
        rt = build_runtime(cfg, store, environ={})
        rx.answer(500)

        async def scenario() -> None:
            try:
                await run_cycle(rt, now=NOW, force=True)
                for minutes in (5, 10, 15):
                    await alerts.check(rt, store.engine, NOW + timedelta(minutes=minutes))
            finally:
                await rt.aclose()

        asyncio.run(scenario())
    assert len(rx.requests) == 2  # the refused one, then the one that went through
    assert "is gone (HTTP 410)" in rx.requests[1].body.decode()


def test_alerts_to_must_name_a_destination(tmp_path: Path) -> None:
    """alerts_to naming no destination is a config problem with a suggestion."""
    import pytest

    from watcher.errors import ConfigError

    with pytest.raises(ConfigError) as info:
        parse({"destinations": {"ops": {"type": "file"}}, "alerts_to": "opz"}, {}, tmp_path)
    assert "alerts_to: unknown destination 'opz' (did you mean 'ops'?)" in info.value.problems
