"""logs: secrets in webhook URLs never reach the log, at any verbosity, in either format."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from feedgen import rss
from feedserver import FeedServer
from receiver import Receiver

from watcher import logs
from watcher.daemon import cycle_did_something, cycle_line
from watcher.models import FeedState
from watcher.pipeline import PollOutcome

TOKEN = "T0AAAA/B0BBBB/zQ9sEcReTtOkEn"
DISCORD = "1234567/dIsCoRdSeCrEtToKeN"


def write_config(tmp_path: Path, srv: FeedServer, rx: Receiver) -> None:
    config = {
        "storage": {"database": "w.db"},
        "feeds": [{"url": srv.url("/f.xml"), "name": "desk"}],
        "profiles": {"defections": {"query": "defect* OR 탈북*"}},
        "destinations": {
            "breaking": {"type": "slack", "url": rx.url(f"/services/{TOKEN}"),
                         "mode": "instant", "batch_window": "1s"},
            "team": {"type": "discord", "url": rx.url(f"/api/webhooks/{DISCORD}"),
                     "mode": "instant", "batch_window": "1s"},
        },
    }
    (tmp_path / "config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")


def watcher(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "watcher", *args], cwd=tmp_path,
                          capture_output=True, text=True, timeout=60)


def assert_no_secret(output: str) -> None:
    for secret in ("zQ9sEcReTtOkEn", "dIsCoRdSeCrEtToKeN", "B0BBBB", "1234567"):
        assert secret not in output


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_run_at_debug_level_never_logs_a_webhook_token(tmp_path: Path, fmt: str) -> None:
    """`run --once -vv` posting to Slack and Discord logs the requests without their tokens."""
    with FeedServer() as srv, Receiver() as rx:
        srv.route("/f.xml", rss(0, 4))
        write_config(tmp_path, srv, rx)
        done = watcher(tmp_path, "-vv", "--log-format", fmt, "run", "--once", "--config",
                       "config.yaml")
        assert done.returncode == 0, done.stderr
        assert len(rx.requests) >= 2, "nothing was posted: the test proves nothing"
    assert "HTTP Request: POST" in done.stderr  # httpx did log, redacted
    assert_no_secret(done.stdout + done.stderr)


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_send_test_at_debug_level_never_logs_the_token(tmp_path: Path, fmt: str) -> None:
    """`send-test -vv` shows the request in the log with the webhook's path hidden."""
    with FeedServer() as srv, Receiver() as rx:
        write_config(tmp_path, srv, rx)
        done = watcher(tmp_path, "-vv", "--log-format", fmt, "send-test", "breaking",
                       "--config", "config.yaml")
        assert done.returncode == 0, done.stderr
        assert len(rx.requests) == 1
    assert "HTTP Request: POST" in done.stderr
    assert_no_secret(done.stdout + done.stderr)


def test_registered_secret_is_hidden_in_message_and_traceback() -> None:
    """A registered URL is replaced in the message, its arguments and a logged traceback."""
    redactor = logs.Redactor()
    url = f"https://hooks.slack.com/services/{TOKEN}"
    redactor.hide([url, "hunter2-password"])
    try:
        raise ValueError(f"cannot post to {url}")
    except ValueError:
        record = logging.LogRecord("x", logging.ERROR, __file__, 1, "posting %s with %s",
                                   (url, "hunter2-password"), sys.exc_info())
    redactor.filter(record)
    text = logging.Formatter().format(record)
    assert "zQ9sEcReTtOkEn" not in text and "hunter2" not in text
    assert "https://hooks.slack.com/…" in text


def feed(n: int) -> FeedState:
    return FeedState(n, f"https://f{n}.example/rss", f"https://f{n}.example/rss", "", "ok")


def test_a_cycle_where_nothing_changed_is_not_an_info_line() -> None:
    """Only a cycle with new items or a failure earns an INFO summary; all-304 cycles don't."""
    quiet = [PollOutcome(feed(n), "unchanged") for n in range(300)]
    busy = [*quiet[:296], PollOutcome(feed(7), "new-items", new_items=12, matches=4),
            PollOutcome(feed(8), "error", message="HTTP 500")]
    assert not cycle_did_something(quiet) and not cycle_did_something([])
    assert cycle_did_something(busy)
    assert cycle_line(busy) == ("cycle: 298 feed(s) (1 error, 1 new-items, 296 unchanged); "
                                "12 new item(s), 4 match(es)")


def test_text_log_lines_are_one_line_each() -> None:
    """A multi-line message is joined; a traceback is cut to its last line unless -vv."""
    try:
        raise ValueError("broken\nacross lines")
    except ValueError:
        record = logging.LogRecord("watcher", logging.ERROR, __file__, 1,
                                   "reload refused:\n  a: bad\n  b: worse", None,
                                   sys.exc_info())
    short = logs.TextFormatter(tracebacks=False).format(record)
    assert "\n" not in short
    assert short.endswith("reload refused:; a: bad; b: worse (across lines; -vv shows the "
                          "traceback)")
    record.exc_text = None
    full = logs.TextFormatter(tracebacks=True).format(record)
    assert "Traceback (most recent call last)" in full


def test_failing_feed_warning_names_its_url_once(tmp_path: Path) -> None:
    """A 404 feed's warning names the URL once; every feed failing adds the offline hint."""
    with FeedServer() as srv, Receiver() as rx:
        write_config(tmp_path, srv, rx)
        done = watcher(tmp_path, "run", "--once", "-v", "--config", "config.yaml")
    url = srv.url("/f.xml")
    warning = next(line for line in done.stderr.splitlines() if "WARNING" in line)
    assert warning.count(url) == 1, warning
    assert done.returncode == 0
    assert done.stdout.splitlines()[-1] == ("every feed failed: the network may be down or "
                                            "blocked here; `watcher demo` works offline")


def test_daemon_hints_at_the_network_when_every_feed_fails_at_start(tmp_path: Path) -> None:
    """A daemon whose every feed fails in its first cycle logs the offline hint, once."""
    import signal

    from waiting import wait_for

    with FeedServer() as srv, Receiver() as rx:
        write_config(tmp_path, srv, rx)
        log = (tmp_path / "daemon.log").open("ab")
        proc = subprocess.Popen([sys.executable, "-m", "watcher", "run", "--config",
                                 "config.yaml"], cwd=tmp_path, stdout=log, stderr=log)
        try:
            wait_for(lambda: "first cycle: every feed failed" in
                     (tmp_path / "daemon.log").read_text("utf-8"))
            proc.send_signal(signal.SIGTERM)
            assert proc.wait(30) == 0
        finally:
            proc.kill()
    text = (tmp_path / "daemon.log").read_text("utf-8")
    assert text.count("the network may be down") == 1
