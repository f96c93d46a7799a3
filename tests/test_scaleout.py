"""The scale-out proof: 600 feeds on 60 loopback hosts polled by three `watcher worker`s on
one PostgreSQL while the farm publishes for several intervals; a webhook that takes 2 s per
post; the worker in the middle of a post killed with SIGKILL and a fresh one started.

Then, from the farm's request log, the database and the receiver: no feed fetched twice
within an interval, none left unpolled for two; every item stored once and every match
queued once; each match in exactly one window; one post repeated (the killed one, under its
own webhook-id and body) and never two posts at once; no job of the dead worker left
running. One process on SQLite delivers the same stories from the same farm."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from pgsupport import fresh_schema
from prooffarm import Farm, gaps
from receiver import Answer, Receiver
from sqlalchemy import create_engine, text
from test_outbox import ENV, hook, raw_config, webhook_links, write_yaml
from test_worker import start_worker as start_plain
from test_worker import stop
from waiting import wait_for

HOSTS, PER_HOST = 60, 10
INTERVAL = 12.0  # seconds between polls of a feed (no jitter)
ROUNDS, NEW = 4, 4  # publications one interval apart, stories per feed in each
POST_TAKES = 2.0  # the receiver's answer time


def start_worker(tmp_path: Path, n: int) -> subprocess.Popen[bytes]:
    # A claim lasts an interval (far longer than a poll job takes): a feed fetched by the
    # killed worker, its result never written, is fetched again an interval after its
    # claim, not sooner. The dead worker's silence is noticed after 3 s.
    lease = f"{INTERVAL:g}"
    return start_plain(tmp_path, n, "-vv", "--lease", lease, "--stalled-after", "3")


def sending(tmp_path: Path, n: int) -> bool:
    """Worker n is inside a send job (its log opened one it has not closed)."""
    lines = (tmp_path / f"worker{n}.log").read_text(errors="replace")
    return lines.count("destination hook: sending") > lines.count("destination hook: done")


def config(home: Path, farm: Farm, database: str, rx: Receiver) -> dict[str, Any]:
    raw = raw_config(
        home, farm.urls(), {"hook": hook(rx, mode="instant", batch_window="3s", max_items=5000)}
    )
    raw["storage"]["database"] = database
    raw["polling"].update(interval=f"{INTERVAL}s", jitter=0, timeout="10s")
    return raw


def query(url: str, sql: str) -> list[Any]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return list(conn.execute(text(sql)).all())
    finally:
        engine.dispose()


def one_process_on_sqlite(tmp_path: Path, farm: Farm) -> set[str]:
    """The links `watcher run --once` on SQLite delivers from the same farm."""
    home = tmp_path / "single"
    home.mkdir()
    with Receiver() as rx:
        write_yaml(home, config(home, farm, str(home / "w.db"), rx))
        done = subprocess.run(
            [sys.executable, "-m", "watcher", "run", "--once", "--config", "config.yaml"],
            cwd=home,
            capture_output=True,
            timeout=180,
            env={**os.environ, **ENV},
        )
        assert done.returncode == 0, done.stderr.decode()
        return {link for r in rx.requests for link in webhook_links(r)}


def test_three_workers_one_killed_mid_send_fetch_store_and_send_each_thing_once(
    tmp_path: Path,
) -> None:
    farm = Farm(HOSTS, PER_HOST)
    with fresh_schema() as url, Receiver() as rx:
        rx.default = Answer(200, b"ok", delay=POST_TAKES)
        farm.start()
        procs: list[subprocess.Popen[bytes]] = []
        try:
            farm.publish(NEW)
            write_yaml(tmp_path, config(tmp_path, farm, url, rx))
            began = time.monotonic()
            procs = [start_worker(tmp_path, n) for n in range(3)]
            for round_no in range(2, ROUNDS + 1):
                time.sleep(max(0.0, began + (round_no - 1) * INTERVAL - time.monotonic()))
                farm.publish(NEW * round_no)
                if round_no == 2:
                    # A post is in flight: kill its sender, start a new worker.
                    wait_for(
                        lambda: rx.in_flight > 0 and any(sending(tmp_path, n) for n in range(3)),
                        timeout=60,
                    )
                    victim = next(n for n in range(3) if sending(tmp_path, n))
                    killed_post = rx.requests[-1].headers["webhook-id"]
                    killed_jobs = query(
                        url,
                        "SELECT id FROM procrastinate_jobs WHERE "
                        "status = 'doing' AND task_name = 'watcher.send'",
                    )
                    os.kill(procs[victim].pid, signal.SIGKILL)
                    procs[victim].wait(10)
                    procs.append(start_worker(tmp_path, 3))
            want = farm.wanted()
            wait_for(lambda: {x for r in rx.requests for x in webhook_links(r)} >= want, timeout=90)
            wait_for(
                lambda: (
                    query(url, "SELECT count(*) FROM digests WHERE state = 'pending'")[0][0] == 0
                ),
                timeout=30,
            )
            time.sleep(POST_TAKES + 1)  # a late duplicate would arrive now
            # jobs running now, and the worker's heartbeat age in seconds (None: no worker)
            running = query(
                url,
                "SELECT j.id, extract(epoch FROM now() - w.last_heartbeat) "
                "FROM procrastinate_jobs j LEFT JOIN procrastinate_workers w "
                "ON w.id = j.worker_id WHERE j.status = 'doing'",
            )
            ended = time.monotonic()
            stop(procs)
            fetched = farm.fetches()  # the workers' requests only
            single = one_process_on_sqlite(tmp_path, farm)
        finally:
            stop(procs)
            farm.stop()
        stored = query(url, "SELECT count(*), count(DISTINCT (feed_id, item_key)) FROM items")
        queued = query(url, "SELECT count(*), count(DISTINCT match_id) FROM deliveries")
    logs = "\n".join((tmp_path / f"worker{n}.log").read_text() for n in range(4))
    feeds = HOSTS * PER_HOST
    # The farm: no feed fetched twice within one interval. The interval runs from the poll
    # job's start and a shard's ten feeds are fetched two at a time, so the fetches of a
    # feed may stand a little less than an interval apart; a feed claimed twice (two jobs
    # at one tick) would be fetched twice within milliseconds.
    assert set(fetched) == set(farm.urls())
    refetch = min(min(gaps(ats), default=INTERVAL) for ats in fetched.values())
    assert refetch >= 0.75 * INTERVAL, refetch
    # ...and none left unpolled for more than two intervals, from the start to the end.
    unpolled = max(max(gaps([began, *ats, ended])) for ats in fetched.values())
    assert unpolled <= 2 * INTERVAL, unpolled
    # Every item stored once, every match queued once.
    assert tuple(stored[0]) == (feeds * ROUNDS * NEW,) * 2
    assert tuple(queued[0]) == (len(want), len(want))
    # One post repeated: the killed one, under its own webhook-id with the same body.
    by_id: dict[str, list[bytes]] = defaultdict(list)
    for r in rx.requests:
        by_id[r.headers["webhook-id"]].append(r.body)
    assert len(rx.requests) - len(by_id) <= 1
    assert len(by_id[killed_post]) == 2 and len(set(by_id[killed_post])) == 1
    # Each match in exactly one window; never two posts at once to the destination.
    windows: dict[str, set[str]] = defaultdict(set)
    for r in rx.requests:
        for link in webhook_links(r):
            windows[link].add(r.headers["webhook-id"])
    assert set(windows) == want and all(len(ids) == 1 for ids in windows.values())
    assert rx.max_in_flight == 1
    # The dead worker's job was put back and done: only live workers run jobs.
    assert "gone silent: put back" in logs or "gone silent: dropped" in logs
    assert len(killed_jobs) == 1 and killed_jobs[0][0] not in {job for job, _ in running}
    assert all(age is not None and age < 3 for _, age in running), running
    assert single == want  # one process on SQLite delivers the same stories
    print(
        f"\nmin refetch gap {refetch:.1f} s, max unpolled {unpolled:.1f} s "
        f"(interval {INTERVAL:g} s); {stored[0][0]} items, {queued[0][0]} matches, "
        f"{len(rx.requests)} posts, {len(by_id)} webhook-ids"
    )
