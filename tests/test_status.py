"""status: one screen from the state database, read-only, with next digests in their zones."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import yaml
from click.testing import CliRunner
from feedgen import rss
from feedserver import FeedServer
from waiting import wait_for

from watcher.cli import main
from watcher.config import parse
from watcher.status import render
from watcher.store.stats import Stats

NOW = datetime(2026, 12, 6, 3, 0, tzinfo=UTC)


def write_config(tmp_path: Path, srv: FeedServer) -> Path:
    config = {
        "storage": {"database": "w.db"},
        "feeds": [{"url": srv.url("/a.xml")}, {"url": srv.url("/missing.xml")}],
        "profiles": {"defections": {"query": "defect* OR 탈북*"}},
        "destinations": {"desk": {"type": "file", "path": "out", "schedule": "0 8 * * *",
                                  "timezone": "Asia/Seoul"}},
    }
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(config), encoding="utf-8")
    return path


def test_status_after_a_cycle_and_while_the_daemon_runs(tmp_path: Path) -> None:
    """After `run --once` status counts ok and failing feeds, items, matches and the outbox;
    while a daemon runs on the database it names the daemon's pid."""
    with FeedServer() as srv:
        srv.route("/a.xml", rss(0, 4))
        path = write_config(tmp_path, srv)
        assert CliRunner().invoke(main, ["run", "--once", "--config", str(path)]).exit_code == 0
        screen = CliRunner().invoke(main, ["status", "--config", str(path)])
        assert screen.exit_code == 0, screen.output
        log = (tmp_path / "daemon.log").open("ab")
        daemon = subprocess.Popen([sys.executable, "-m", "watcher", "run", "--config",
                                   "config.yaml"], cwd=tmp_path, stdout=log, stderr=log)
        try:
            wait_for(lambda: "watcher running" in (tmp_path / "daemon.log").read_text("utf-8"))
            running = subprocess.run([sys.executable, "-m", "watcher", "status"], cwd=tmp_path,
                                     capture_output=True, text=True, timeout=60)
        finally:
            daemon.terminate()
            daemon.wait(30)
    lines = screen.output.splitlines()
    assert lines[0].startswith("daemon    not running; database ")
    assert lines[1].startswith("feeds     2 configured: 1 ok, 1 failing, 0 malformed, 0 gone")
    assert lines[3].startswith("stored    4 items; matches: defections ")
    assert "desk (file): 0 queued, 0 pending, 0 retrying, 0 dead" in screen.output
    assert running.stdout.startswith(f"daemon    running (pid {daemon.pid})")


def test_status_never_creates_a_database(tmp_path: Path) -> None:
    """With no database yet, status says so, exits 1 and writes nothing."""
    with FeedServer() as srv:
        path = write_config(tmp_path, srv)
        result = CliRunner().invoke(main, ["status", "--config", str(path)])
    assert result.exit_code == 1 and "no state database at" in result.output
    assert not (tmp_path / "w.db").exists()


def test_next_digest_in_the_destination_time_zone() -> None:
    """The next digest is shown in the destination's zone, with how long until it."""
    config = parse({"feeds": [{"url": "https://a.example/f"}],
                    "destinations": {"desk": {"type": "file", "schedule": "0 8 * * *",
                                              "timezone": "Asia/Seoul"},
                                     "hook": {"type": "slack", "mode": "instant",
                                              "url": "https://hooks.example/T/B/x"}}},
                   {}, Path("."))
    stats = Stats({"ok": 1}, 10, {"defections": 3}, {("hook", "retrying"): 2}, {"desk": 5},
                  NOW - timedelta(minutes=30), NOW - timedelta(minutes=2),
                  NOW + timedelta(minutes=13))
    screen = render(config, stats, NOW, None, "w.db")
    assert "polling   last fetch 2 m ago, next check in 13 m" in screen
    assert "waiting   oldest undelivered match since 30 m ago" in screen
    # 03:00 UTC is 12:00 in Seoul: the next 08:00 there is tomorrow, 20 hours away.
    assert ("desk (file): 5 queued, 0 pending, 0 retrying, 0 dead; next digest "
            "Mon 2026-12-07 08:00 KST (in 20.0 h)") in screen
    assert "hook (slack): 0 queued, 0 pending, 2 retrying, 0 dead; instant" in screen
