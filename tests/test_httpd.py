"""httpd: /healthz and Prometheus /metrics from a real daemon, scraped by a real HTTP client;
the systemd notify protocol (READY, WATCHDOG, STOPPING) over a real datagram socket."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import yaml
from feedgen import rss
from feedserver import FeedServer
from prometheus_client.parser import text_string_to_metric_families
from waiting import wait_for

from watcher.config import Config
from watcher.httpd import health

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def write_config(tmp_path: Path, srv: FeedServer, port: int) -> None:
    config = {
        "storage": {"database": "w.db"},
        "http": {"enabled": True, "port": port},
        "feeds": [{"url": srv.url("/a.xml")}, {"url": srv.url("/b.xml")},
                  {"url": srv.url("/missing.xml")}],
        "profiles": {"defections": {"query": "defect* OR 탈북*"}},
        "destinations": {"desk": {"type": "file", "path": "out", "mode": "instant",
                                  "batch_window": "1s"}},
    }
    (tmp_path / "config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")


def samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """Every sample of a scrape, parsed by prometheus_client's own parser."""
    return {(s.name, tuple(sorted(s.labels.items()))): s.value
            for family in text_string_to_metric_families(text) for s in family.samples}


def test_daemon_serves_health_and_metrics_and_speaks_to_systemd(tmp_path: Path) -> None:
    """With http.enabled the daemon answers /healthz 200 and /metrics with feeds by status,
    fetches by outcome, matches per profile, windows per destination and state, the oldest
    pending match and cycle durations; it tells systemd READY, WATCHDOG and STOPPING."""
    port = free_port()
    notify = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    notify.bind(str(tmp_path / "notify.sock"))
    notify.settimeout(10)
    env = {**os.environ, "NOTIFY_SOCKET": str(tmp_path / "notify.sock"),
           "WATCHDOG_USEC": "1000000"}
    with FeedServer() as srv:
        srv.route("/a.xml", rss(0, 4))
        srv.route("/b.xml", rss(1, 4))
        write_config(tmp_path, srv, port)
        log = (tmp_path / "daemon.log").open("ab")
        proc = subprocess.Popen([sys.executable, "-m", "watcher", "run", "--config",
                                 "config.yaml"], cwd=tmp_path, stdout=log, stderr=log, env=env)
        try:
            messages = [notify.recv(4096).decode()]
            while "WATCHDOG=1" not in messages:  # each recv waits at most 10 s
                messages.append(notify.recv(4096).decode())
            assert messages[0].startswith("READY=1\nSTATUS=polling 3 feeds")
            base = f"http://127.0.0.1:{port}"

            def delivered() -> bool:
                scrape = samples(httpx.get(f"{base}/metrics", timeout=5).text)
                return scrape.get(("watcher_deliveries", (("destination", "desk"),
                                                          ("state", "sent")))) == 1.0
            wait_for(delivered, timeout=30)
            answer = httpx.get(f"{base}/healthz", timeout=5)
            assert answer.status_code == 200 and answer.json()["status"] == "ok"
            scrape = httpx.get(f"{base}/metrics", timeout=5)
            assert scrape.headers["content-type"].startswith("text/plain; version=")
            got = samples(scrape.text)
            proc.send_signal(signal.SIGTERM)
            while (message := notify.recv(4096).decode()) != "STOPPING=1":
                messages.append(message)

            assert proc.wait(30) == 0
        finally:
            proc.kill()
            proc.wait(10)
            notify.close()
    assert "STATUS=cycle: 3 feed(s) (1 error, 2 new-items); 8 new item(s)" in " ".join(messages)
    assert got[("watcher_feeds", (("status", "ok"),))] == 2
    assert got[("watcher_feeds", (("status", "error"),))] == 1
    assert got[("watcher_fetches_total", (("outcome", "new-items"),))] == 2
    assert got[("watcher_fetches_total", (("outcome", "error"),))] >= 1
    assert got[("watcher_items", ())] == 8
    assert got[("watcher_matches", (("profile", "defections"),))] > 0
    assert got[("watcher_deliveries", (("destination", "desk"), ("state", "dead")))] == 0
    assert got[("watcher_oldest_pending_match_age_seconds", ())] == 0
    assert got[("watcher_cycle_duration_seconds_count", ())] >= 1


def test_port_in_use_is_one_line(tmp_path: Path) -> None:
    """An http.port another program holds: exit 1, one line naming host, port and cause."""
    with FeedServer() as srv, socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        srv.route("/a.xml", rss(0, 2))
        write_config(tmp_path, srv, port)
        done = subprocess.run([sys.executable, "-m", "watcher", "run", "--config",
                               "config.yaml"], cwd=tmp_path, capture_output=True, text=True,
                              timeout=60)
    assert done.returncode == 1
    assert done.stderr.strip() == (f"error: http: cannot listen on 127.0.0.1:{port}: "
                                   "Address already in use")


def test_endpoint_is_off_by_default_and_on_loopback_when_on() -> None:
    """No http section: no endpoint; enabled without a host: 127.0.0.1."""
    assert Config().http.enabled is False
    assert Config.model_validate({"http": {"enabled": True}}).http.host == "127.0.0.1"


def test_health_is_stale_when_no_cycle_completes_in_time() -> None:
    """200 within stale_after of the last cycle (or of start-up before the first), 503 after."""
    started = NOW - timedelta(minutes=10)
    assert health(NOW, NOW - timedelta(seconds=30), started, 300, None)[0] == 200
    assert health(NOW, None, NOW - timedelta(seconds=60), 300, None)[0] == 200
    status, body = health(NOW, NOW - timedelta(minutes=6), started, 300, None)
    assert (status, body["status"], body["last_progress_age_seconds"]) == (503, "stale", 360.0)
    assert health(NOW, None, started, 300, None)[0] == 503


def test_health_is_503_when_the_database_cannot_be_written() -> None:
    """An unwritable database makes /healthz 503 with the reason, however fresh the cycle."""
    status, body = health(NOW, NOW, NOW, 300, "/var/lib/watcher/w.db is not writable")
    assert status == 503 and body["status"] == "database not writable"
    assert body["detail"] == "/var/lib/watcher/w.db is not writable"
