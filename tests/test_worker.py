"""`watcher worker`: several workers on one PostgreSQL poll each feed once and deliver each
match once; `watcher run` and `watcher worker` each refuse the other mode's database."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections import Counter
from pathlib import Path

from click.testing import CliRunner
from feedgen import rss
from feedserver import FeedServer
from pgsupport import fresh_schema
from receiver import Receiver
from test_outbox import ENV, expected_links, hook, raw_config, webhook_links, write_yaml
from waiting import wait_for

from watcher.cli import main

URL = "postgresql+psycopg://nobody@127.0.0.1:1/nowhere"


def start_worker(tmp_path: Path, n: int, *extra: str) -> subprocess.Popen[bytes]:
    """`watcher worker` on tmp_path/config.yaml, ticking every second, logging to workerN.log."""
    log = (tmp_path / f"worker{n}.log").open("ab")
    return subprocess.Popen([sys.executable, "-m", "watcher", "worker", *extra, "--config",
                             "config.yaml", "--tick", "1"], cwd=tmp_path, stdout=log,
                            stderr=log, env={**os.environ, **ENV})


def stop(procs: list[subprocess.Popen[bytes]]) -> None:
    """SIGTERM every worker still running, then wait for each (SIGKILL after 20 s)."""
    for proc in procs:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
    for proc in procs:
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()


def test_two_workers_poll_each_feed_once_and_deliver_each_match_once(tmp_path: Path) -> None:
    """Two workers share six feeds on three hosts: each feed is fetched once in its interval,
    and every matching story reaches the webhook once, under distinct webhook-ids."""
    hosts = [FeedServer(f"127.0.0.{n}") for n in (1, 2, 3)]
    with fresh_schema() as url, Receiver() as rx:
        for srv in hosts:
            srv.start()
        try:
            feeds = [(srv, f"/f{i}.xml", 3 * h + i) for h, srv in enumerate(hosts)
                     for i in range(2)]
            for srv, path, no in feeds:
                srv.route(path, rss(no, 8))
            raw = raw_config(tmp_path, [srv.url(p) for srv, p, _ in feeds],
                             {"hook": hook(rx, mode="instant", batch_window="1s")})
            raw["storage"]["database"] = url
            write_yaml(tmp_path, raw)
            procs = [start_worker(tmp_path, n) for n in range(2)]
            want = Counter(link for _, _, no in feeds for link in expected_links(no, 8))
            try:
                wait_for(lambda: sum(len(webhook_links(r)) for r in rx.requests)
                         >= sum(want.values()), timeout=60)
                assert [p.poll() for p in procs] == [None, None]  # both still working
            finally:
                stop(procs)
            story = expected_links(feeds[0][2], 8)[0]
            looked = [CliRunner(env=ENV).invoke(main, [*args, "--config", str(tmp_path / "config.yaml")])
                      for args in (["feeds"], ["outbox"], ["match", "--since", "1d"], ["check"],
                                   ["explain", "defections", "--item", story])]
        finally:
            for srv in hosts:
                srv.stop()
    got = Counter(link for r in rx.requests for link in webhook_links(r))
    assert got == want
    ids = [r.headers["webhook-id"] for r in rx.requests]
    assert len(ids) == len(set(ids))
    assert [srv.hits(path) for srv, path, _ in feeds] == [1] * len(feeds)
    # the commands that look work on PostgreSQL too
    assert [r.exit_code for r in looked] == [0, 0, 0, 0, 0], [r.output for r in looked]
    assert looked[0].output.count(" ok ") == len(feeds)
    assert len(looked[2].output.splitlines()) == 8 * len(feeds)  # every stored item, once
    assert "MATCHED" in looked[4].output and "defect*  found in title" in looked[4].output


def test_run_on_a_postgresql_database_says_to_start_workers(tmp_path: Path) -> None:
    """`watcher run` given a PostgreSQL URL exits 1 naming `watcher worker`, connecting nowhere."""
    write_yaml(tmp_path, raw_config(tmp_path, [], {}))
    for args in (["run", "--once"], ["run"]):
        result = CliRunner().invoke(main, [*args, "--config", str(tmp_path / "config.yaml"),
                                           "--db", URL])
        assert result.exit_code == 1
        assert "`watcher worker`" in result.output and "nobody@127.0.0.1:1" in result.output


def test_worker_on_a_sqlite_file_says_to_use_run(tmp_path: Path) -> None:
    """`watcher worker` on the default SQLite file exits 1 pointing to `watcher run`."""
    write_yaml(tmp_path, raw_config(tmp_path, [], {}))
    result = CliRunner().invoke(main, ["worker", "--config", str(tmp_path / "config.yaml")])
    assert result.exit_code == 1
    assert "`watcher run`" in result.output and "w.db" in result.output


def test_the_single_process_daemon_never_imports_procrastinate() -> None:
    """The CLI and the SQLite daemon load neither procrastinate nor psycopg."""
    probe = ("import sys, watcher.cli, watcher.daemon, watcher.cli.run, watcher.app; "
             "print(sorted(m for m in ('procrastinate', 'psycopg') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=60, check=True)
    assert done.stdout.strip() == "[]"
