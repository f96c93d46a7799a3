"""The scale-out proof, reduced: three `watcher worker`s on one PostgreSQL, a loopback farm
publishing for several intervals, a slow webhook, one worker killed with SIGKILL mid-send.
Nothing is fetched twice within an interval, every match goes out in exactly one window,
and at most one post repeats, under its own webhook-id; one process on SQLite delivers the
same stories from the same farm."""

from __future__ import annotations

import itertools
import os
import signal
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from feedgen import rss
from feedserver import FeedServer, Request
from pgsupport import fresh_schema
from receiver import Answer, Receiver
from sqlalchemy import create_engine, text
from test_outbox import ENV, expected_links, hook, raw_config, webhook_links, write_yaml
from test_worker import start_worker as start_plain
from test_worker import stop
from waiting import wait_for

INTERVAL = 3.0  # seconds between polls of a feed (no jitter)
HOSTS = ("127.0.0.1", "127.0.0.2", "127.0.0.3")
PER_HOST = 4
ROUNDS = 3  # publications, one interval apart
NEW = 2  # stories per feed per round


class TimedFarm(FeedServer):
    """A feed server that also notes when each request arrived."""

    def __init__(self, host: str) -> None:
        super().__init__(host)
        self.arrivals: list[tuple[float, str]] = []

    def _record(self, request: Request) -> None:
        self.arrivals.append((time.monotonic(), request.path))
        super()._record(request)


def start_worker(tmp_path: Path, n: int) -> subprocess.Popen[bytes]:
    return start_plain(tmp_path, n, "-vv", "--lease", "6", "--stalled-after", "3")


def sending(tmp_path: Path, n: int) -> bool:
    """Worker n is inside a send job (its log opened one it has not closed)."""
    lines = (tmp_path / f"worker{n}.log").read_text(errors="replace")
    return lines.count("destination hook: sending") > lines.count("destination hook: done")


def pending(url: str) -> int:
    """Windows not sent yet."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM digests "
                                         "WHERE state = 'pending'")).scalar_one())
    finally:
        engine.dispose()


def one_process_on_sqlite(tmp_path: Path, farms: list[TimedFarm]) -> set[str]:
    """The links `watcher run --once` on SQLite delivers from the same farm."""
    home = tmp_path / "single"
    home.mkdir()
    with Receiver() as rx:
        raw = config(home, farms, str(home / "w.db"), rx)
        write_yaml(home, raw)
        done = subprocess.run([sys.executable, "-m", "watcher", "run", "--once", "--config",
                               "config.yaml"], cwd=home, capture_output=True, timeout=120,
                              env={**os.environ, **ENV})
        assert done.returncode == 0, done.stderr.decode()
        return {link for r in rx.requests for link in webhook_links(r)}


def publish(farms: list[TimedFarm], count: int) -> None:
    for h, farm in enumerate(farms):
        for i in range(PER_HOST):
            farm.route(f"/f{i}.xml", rss(h * PER_HOST + i, count))


def config(tmp_path: Path, farms: list[TimedFarm], url: str, rx: Receiver) -> dict[str, Any]:
    raw = raw_config(tmp_path, [f.url(f"/f{i}.xml") for f in farms for i in range(PER_HOST)],
                     {"hook": hook(rx, mode="instant", batch_window="1s")})
    raw["storage"]["database"] = url
    raw["polling"].update(interval=f"{INTERVAL}s", jitter=0)
    return raw


def test_three_workers_one_killed_mid_send_lose_and_double_nothing(tmp_path: Path) -> None:
    """Three workers, a 1.5 s webhook, SIGKILL to the sender mid-post and a fresh worker:
    no feed fetched twice within an interval, every stored item and queued match once, each
    match in exactly one window, and at most one post repeated under the same id and body."""
    farms = [TimedFarm(h) for h in HOSTS]
    total = NEW * ROUNDS
    with fresh_schema() as url, Receiver() as rx:
        rx.default = Answer(200, b"ok", delay=1.5)
        for farm in farms:
            farm.start()
        procs: list[subprocess.Popen[bytes]] = []
        try:
            publish(farms, NEW)
            write_yaml(tmp_path, config(tmp_path, farms, url, rx))
            procs = [start_worker(tmp_path, n) for n in range(3)]
            for done in range(2, ROUNDS + 1):
                time.sleep(INTERVAL)
                publish(farms, NEW * done)
            wait_for(lambda: any(sending(tmp_path, n) for n in range(3))
                     and len(rx.requests) > 0, timeout=60)
            posts = len(rx.requests)
            wait_for(lambda: len(rx.requests) > posts, timeout=60)  # a post now in flight
            victim = next(n for n in range(3) if sending(tmp_path, n))
            os.kill(procs[victim].pid, signal.SIGKILL)
            procs[victim].wait(10)
            procs.append(start_worker(tmp_path, 3))
            want = {link for h in range(len(HOSTS)) for i in range(PER_HOST)
                    for link in expected_links(h * PER_HOST + i, total)}
            wait_for(lambda: {x for r in rx.requests for x in webhook_links(r)} >= want,
                     timeout=60)
            # the dead worker's job is swept, and its window resent, before looking
            wait_for(lambda: any("gone silent" in (tmp_path / f"worker{n}.log").read_text()
                                 for n in range(4) if n != victim), timeout=30)
            wait_for(lambda: pending(url) == 0, timeout=30)
            time.sleep(2)  # a late duplicate would arrive now
            stop(procs)
            polled = [list(farm.arrivals) for farm in farms]  # the workers' fetches
            single = one_process_on_sqlite(tmp_path, farms)
        finally:
            stop(procs)
            for farm in farms:
                farm.stop()
        engine = create_engine(url)
        with engine.connect() as conn:
            stored = conn.execute(text("SELECT count(*), count(DISTINCT (feed_id, item_key)) "
                                       "FROM items")).one()
            queued = conn.execute(text("SELECT count(*), count(DISTINCT match_id) "
                                       "FROM deliveries")).one()
            running = conn.execute(text("SELECT task_name, args, worker_id FROM "
                                        "procrastinate_jobs WHERE status = 'doing'")).all()
        engine.dispose()
    # The farm: no feed fetched twice within one interval. The interval runs from the poll
    # job's start, and a loaded machine can take a second to reach a feed's fetch, so two
    # fetches may stand less than an interval apart at the farm; a feed claimed twice at
    # once (two workers at one tick) would be fetched twice within milliseconds.
    for arrivals in polled:
        times: dict[str, list[float]] = defaultdict(list)
        for at, path in arrivals:
            times[path].append(at)
        for path, ats in times.items():
            gaps = [b - a for a, b in itertools.pairwise(ats)]
            assert min(gaps, default=INTERVAL) >= 0.5 * INTERVAL, (path, gaps)
    feeds = len(HOSTS) * PER_HOST
    assert tuple(stored) == (feeds * total, feeds * total)
    assert tuple(queued) == (len(want), len(want))
    # every match in exactly one window; at most one post repeated, same id and same body
    by_id: dict[str, list[bytes]] = defaultdict(list)
    for r in rx.requests:
        by_id[r.headers["webhook-id"]].append(r.body)
    assert len(rx.requests) - len(by_id) <= 1
    assert all(len(set(bodies)) == 1 for bodies in by_id.values())
    windows: dict[str, set[str]] = defaultdict(set)
    for r in rx.requests:
        for link in webhook_links(r):
            windows[link].add(r.headers["webhook-id"])
    assert set(windows) == want and all(len(ids) == 1 for ids in windows.values())
    assert running == []  # the dead worker's job was put back and finished
    assert single == want  # one process on SQLite delivers the same stories
