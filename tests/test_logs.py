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
