"""`watcher status` on PostgreSQL: the cluster's workers and jobs where the daemon's pid
would be, then the same feed and outbox lines as on SQLite."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from click.testing import CliRunner, Result
from feedgen import rss
from feedserver import FeedServer
from pgsupport import fresh_schema
from receiver import Receiver
from test_outbox import ENV, hook, raw_config, webhook_links, write_yaml
from test_worker import start_worker, stop
from waiting import wait_for

from watcher.cli import main
from watcher.store.cluster import ClusterState, describe


def status(tmp_path: Path) -> Result:
    return CliRunner(env=ENV).invoke(main, ["status", "--config", str(tmp_path / "config.yaml")])


def test_status_shows_the_workers_and_their_jobs(tmp_path: Path) -> None:
    with fresh_schema() as url, FeedServer() as srv, Receiver() as rx:
        srv.route("/a.xml", rss(0, 4))
        srv.route("/b.xml", rss(1, 4))
        raw = raw_config(
            tmp_path,
            [srv.url("/a.xml"), srv.url("/b.xml")],
            {"hook": hook(rx, mode="instant", batch_window="1s")},
        )
        raw["storage"]["database"] = url
        write_yaml(tmp_path, raw)
        procs = [start_worker(tmp_path, 0)]
        try:
            wait_for(lambda: sum(len(webhook_links(r)) for r in rx.requests) == 4, timeout=60)
            working = status(tmp_path)
        finally:
            stop(procs)
        stopped = status(tmp_path)
    assert working.exit_code == 0, working.output
    lines = working.output.splitlines()
    assert lines[0].startswith("workers   1 alive (last heartbeats ")
    assert lines[1].startswith("jobs      ") and lines[1].endswith(f", 0 failed; database {url}")
    assert "feeds     2 configured: 2 ok" in working.output
    assert "hook (webhook): 0 queued" in working.output
    # a worker stopping cleanly leaves the cluster
    assert stopped.exit_code == 0, stopped.output
    assert stopped.output.startswith("workers   0 alive\njobs      ")


def test_a_silent_worker_and_a_database_no_worker_has_used_are_said_so() -> None:
    state = ClusterState(
        installed=True,
        heartbeats=[1.2, 4.0, 95.0],
        jobs=Counter(todo=3, doing=2, failed=1),
        running=Counter(poll=1, send=1),
    )
    assert describe(state) == [
        "workers   2 alive (last heartbeats 1-4 s ago), 1 silent for over 30 s "
        "(their jobs are put back)",
        "jobs      3 waiting, 2 running (poll 1, send 1), 1 failed",
    ]
    assert describe(ClusterState(installed=False)) == [
        "workers   none has run on this database yet (`watcher worker`)"
    ]
