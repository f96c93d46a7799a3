"""daemon: real subprocesses — SIGKILL mid-cycle loses nothing, SIGTERM stops cleanly, SIGHUP reloads."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import yaml
from feedgen import matching_titles, rss
from feedserver import FeedServer
from smtpserver import SmtpServer
from waiting import wait_for

from watcher.config import Config

FEEDS, ITEMS = 30, 6


def write_config(path: Path, srv: FeedServer, smtp_port: int, feeds: int = FEEDS) -> None:
    config = {
        "storage": {"database": "w.db"},
        "polling": {"per_host": 2, "timeout": "5s"},
        "smtp": {"host": "127.0.0.1", "port": smtp_port, "security": "none",
                 "from": "watcher <alerts@example.org>"},
        "feeds": [{"url": srv.url(f"/f{n}.xml"), "name": f"desk {n}"} for n in range(feeds)],
        "profiles": {"defections": {"query": "defect* OR 탈북*", "exclude": '"defect rate"'}},
        "destinations": {"desk": {"type": "email", "to": ["desk@example.org"],
                                  "max_items": 1000, "schedule": "0 8 * * *"}},
    }
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")


def start(tmp_path: Path, *args: str) -> subprocess.Popen[bytes]:
    log = (tmp_path / "daemon.log").open("ab")
    return subprocess.Popen([sys.executable, "-m", "watcher", *args, "--config", "config.yaml"],
                            cwd=tmp_path, stdout=log, stderr=log)


def item_count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db) as conn:
            return int(conn.execute("SELECT count(*) FROM items").fetchone()[0])
    except sqlite3.OperationalError:
        return 0


def body_text(msg: object) -> str:
    part = msg.get_body(("plain",))  # type: ignore[attr-defined]
    return str(part.get_content())


def test_sigkill_mid_cycle_loses_nothing_and_sends_once(tmp_path: Path) -> None:
    """Killed with SIGKILL halfway through polling, a restart stores every item once and sends
    one digest containing every matching story exactly once."""
    with FeedServer() as srv, SmtpServer() as smtp:
        for n in range(FEEDS):
            srv.route(f"/f{n}.xml", rss(n, ITEMS), delay=0.15)
        write_config(tmp_path / "config.yaml", srv, smtp.port)
        db = tmp_path / "w.db"
        proc = start(tmp_path, "run")
        try:
            wait_for(lambda: item_count(db) >= ITEMS * 3)
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(10)
        finally:
            proc.kill()
        stored = item_count(db)
        assert ITEMS * 3 <= stored < FEEDS * ITEMS, "the kill did not land mid-cycle"
        assert stored % ITEMS == 0, "a feed was half-written"
        assert smtp.messages == []
        done = subprocess.run([sys.executable, "-m", "watcher", "run", "--once", "--config",
                               "config.yaml"], cwd=tmp_path, capture_output=True, timeout=60)
        assert done.returncode == 0, done.stderr.decode()
        assert item_count(db) == FEEDS * ITEMS
        sent = len(smtp.messages)  # one digest, in as many emails as its size needs
        text = "".join(body_text(m) for m in smtp.messages)
        for n in range(FEEDS):
            for title in matching_titles(n, ITEMS):
                assert text.count(title) == 1, title
        again = subprocess.run([sys.executable, "-m", "watcher", "run", "--once", "--force",
                                "--config", "config.yaml"], cwd=tmp_path, capture_output=True,
                               timeout=60)
        assert again.returncode == 0, again.stderr.decode()
        assert item_count(db) == FEEDS * ITEMS and len(smtp.messages) == sent


def test_sigterm_stops_gracefully(tmp_path: Path) -> None:
    """SIGTERM while feeds are in flight finishes or rolls back and exits 0 with a log line."""
    with FeedServer() as srv, SmtpServer() as smtp:
        for n in range(FEEDS):
            srv.route(f"/f{n}.xml", rss(n, ITEMS), delay=0.15)
        write_config(tmp_path / "config.yaml", srv, smtp.port)
        proc = start(tmp_path, "run")
        wait_for(lambda: item_count(tmp_path / "w.db") > 0)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(30) == 0
    assert item_count(tmp_path / "w.db") % ITEMS == 0
    log = (tmp_path / "daemon.log").read_text(encoding="utf-8")
    assert "received SIGTERM" in log and "watcher stopped" in log


def running_daemon(tmp_path: Path, srv: FeedServer, smtp: SmtpServer) -> subprocess.Popen[bytes]:
    """Three feeds served, two configured; returns once the daemon says it runs."""
    for n in range(3):
        srv.route(f"/f{n}.xml", rss(n, 2))
    write_config(tmp_path / "config.yaml", srv, smtp.port, feeds=2)
    proc = start(tmp_path, "run")
    try:
        wait_for(lambda: "watcher running" in (tmp_path / "daemon.log").read_text("utf-8"))
    except AssertionError:
        proc.kill()
        raise
    return proc


def test_sighup_reload_refuses_broken_config(tmp_path: Path) -> None:
    """SIGHUP with a broken config logs the reason and keeps running; a good one is applied."""
    with FeedServer() as srv, SmtpServer() as smtp:
        proc = running_daemon(tmp_path, srv, smtp)
        cfg, log = tmp_path / "config.yaml", tmp_path / "daemon.log"
        try:
            good = cfg.read_text(encoding="utf-8")
            cfg.write_text(good.replace("per_host: 2", "per_hots: 2"), encoding="utf-8")
            proc.send_signal(signal.SIGHUP)
            wait_for(lambda: "reload refused" in log.read_text(encoding="utf-8"))
            assert "polling.per_hots: unknown key" in log.read_text(encoding="utf-8")
            assert proc.poll() is None
            write_config(cfg, srv, smtp.port, feeds=3)
            proc.send_signal(signal.SIGHUP)
            wait_for(lambda: "config reloaded: 3 feeds" in log.read_text(encoding="utf-8"))
            wait_for(lambda: srv.hits("/f2.xml") == 1)
            proc.send_signal(signal.SIGTERM)
            assert proc.wait(30) == 0
        finally:
            proc.kill()


def test_sighup_refuses_what_start_up_refuses(tmp_path: Path) -> None:
    """A reload whose destination names a template file that does not exist is refused, as
    `watcher run` would refuse it, and the old config keeps polling."""
    with FeedServer() as srv, SmtpServer() as smtp:
        proc = running_daemon(tmp_path, srv, smtp)
        cfg, log = tmp_path / "config.yaml", tmp_path / "daemon.log"
        try:
            write_config(cfg, srv, smtp.port, feeds=3)
            broken = yaml.safe_load(cfg.read_text(encoding="utf-8"))
            broken["destinations"]["desk"]["template"] = "no-such-template.html"
            cfg.write_text(yaml.safe_dump(broken), encoding="utf-8")
            start_up = subprocess.run([sys.executable, "-m", "watcher", "check", "--config",
                                       "config.yaml"], cwd=tmp_path, capture_output=True,
                                      text=True, timeout=60)
            assert start_up.returncode == 1 and "no-such-template.html" in start_up.stderr
            proc.send_signal(signal.SIGHUP)
            wait_for(lambda: "reload refused" in log.read_text(encoding="utf-8"))
            refused = [ln for ln in log.read_text(encoding="utf-8").splitlines()
                       if "reload refused" in ln]
            assert "destinations.desk.template" in refused[0]
            assert "config reloaded" not in log.read_text(encoding="utf-8")
            assert proc.poll() is None and srv.hits("/f2.xml") == 0
            proc.send_signal(signal.SIGTERM)
            assert proc.wait(30) == 0
        finally:
            proc.kill()


def test_second_watcher_on_the_same_database_is_refused(tmp_path: Path) -> None:
    """While a daemon runs, `run --once` on its database exits 1 naming the holder's pid;
    after the daemon is killed with SIGKILL the lock is free again."""
    with FeedServer() as srv, SmtpServer() as smtp:
        proc = running_daemon(tmp_path, srv, smtp)
        try:
            second = subprocess.run([sys.executable, "-m", "watcher", "run", "--once",
                                     "--config", "config.yaml"], cwd=tmp_path,
                                    capture_output=True, text=True, timeout=60)
            assert second.returncode == 1
            assert f"another watcher (pid {proc.pid}) is already running" in second.stderr
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(10)
        finally:
            proc.kill()
        again = subprocess.run([sys.executable, "-m", "watcher", "run", "--once", "--config",
                                "config.yaml"], cwd=tmp_path, capture_output=True, timeout=60)
    assert again.returncode == 0, again.stderr.decode()


def test_a_reload_keeps_holds_and_pacing(tmp_path: Path) -> None:
    """The runtime a SIGHUP builds inherits what the old one promised: a destination held
    after a failed store write stays held, and a webhook URL that stays keeps the gap (or
    Retry-After) its platform asked for; a destination the reload removed is forgotten."""
    from watcher.app import build_runtime, open_store
    from watcher.config import load as load_config
    from watcher.daemon import carry_delivery_state

    def write(names: list[str]) -> Config:
        dests = "".join(f"  {n}:\n    type: slack\n    url: http://127.0.0.1:9/hook/{n}\n"
                        "    mode: instant\n" for n in names)
        path = tmp_path / "config.yaml"
        path.write_text(f"storage:\n  database: {tmp_path / 'w.db'}\nfeeds: []\n"
                        "profiles:\n  p:\n    query: word\n"
                        f"destinations:\n{dests}", encoding="utf-8")
        return load_config(path, environ={})

    now = datetime.now(UTC)
    first = write(["kept", "dropped"])
    store = open_store(first, None)
    try:
        old = build_runtime(first, store, environ={})
        old.holds["kept"] = (2, now + timedelta(minutes=5))
        old.holds["dropped"] = (1, now + timedelta(minutes=5))
        old.notifiers["kept"].poster.pacer.defer(30.0)  # type: ignore[attr-defined]
        new = build_runtime(write(["kept"]), store, environ={})
        pacer = new.notifiers["kept"].poster.pacer  # type: ignore[attr-defined]
        assert not new.held("kept", now) and pacer._next == 0.0
        carry_delivery_state(old, new)
        assert new.held("kept", now) and "dropped" not in new.holds
        assert pacer._next - time.monotonic() > 25.0
    finally:
        store.close()
