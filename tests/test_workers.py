"""workers: parsing in a process pool gives the same result as inline, and survives a worker dying."""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import signal
from datetime import UTC, datetime
from pathlib import Path

from feedgen import rss
from feedserver import FeedServer

from watcher.app import build_runtime, open_store, run_cycle
from watcher.config import Config, parse
from watcher.pipeline import Runtime, poll_due
from watcher.store import Store

PROFILES = {"defections": {"query": "defect* OR 탈북*", "exclude": '"defect rate"'}}


def config(tmp_path: Path, urls: list[str], workers: int, db: str) -> Config:
    return parse({"storage": {"database": str(tmp_path / db)},
                  "polling": {"parse_workers": workers, "timeout": "5s"},
                  "feeds": [{"url": u} for u in urls], "profiles": PROFILES}, {}, tmp_path)


async def cycles(rt: Runtime, between: list[object]) -> list[str]:
    out = []
    try:
        for step in between:
            if callable(step):
                step()
            out.append((await run_cycle(rt, force=True)).summary())
    finally:
        await rt.aclose()
    return out


def stored(store: Store) -> list[tuple[str, str]]:
    with store.engine.connect() as conn:
        return sorted((r[0], r[1]) for r in conn.exec_driver_sql(
            "SELECT items.item_key, matches.profile FROM items "
            "LEFT JOIN matches ON matches.item_id = items.id"))


def test_pool_matches_inline(tmp_path: Path) -> None:
    """Two workers store exactly the items and matches that inline parsing stores."""
    with FeedServer() as srv:
        for n in range(6):
            srv.route(f"/f{n}.xml", rss(n, 8))
        urls = [srv.url(f"/f{n}.xml") for n in range(6)]
        results = []
        for workers, db in ((0, "inline.db"), (2, "pool.db")):
            cfg = config(tmp_path, urls, workers, db)
            store = open_store(cfg, None)
            rt = build_runtime(cfg, store, environ={})
            assert (rt.executor is None) == (workers == 0)
            asyncio.run(cycles(rt, [None]))
            results.append(stored(store))
    assert results[0] == results[1] and len(results[0]) == 48


def test_workers_start_only_when_there_is_something_to_parse(tmp_path: Path) -> None:
    """A first poll starts the workers; a cycle in which nothing changed starts none."""
    with FeedServer() as srv:
        for n in range(3):
            srv.route(f"/f{n}.xml", rss(n, 2), delay=1.0)
        cfg = config(tmp_path, [srv.url(f"/f{n}.xml") for n in range(3)], 2, "w.db")
        store = open_store(cfg, None)

        async def poll_and_count() -> tuple[list[str], int]:
            """Statuses, and the workers running while the first responses are awaited."""
            rt = build_runtime(cfg, store, environ={})
            try:
                poll = asyncio.create_task(poll_due(rt, datetime.now(UTC), force=True))
                await asyncio.sleep(0.6)
                workers = len(multiprocessing.active_children())
                return [o.status for o in await poll], workers
            finally:
                await rt.aclose()

        # Never-fetched feeds: the workers start before any body has arrived.
        assert asyncio.run(poll_and_count()) == (["new-items"] * 3, 2)
        assert asyncio.run(poll_and_count()) == (["unchanged"] * 3, 0)
        store.close()


def test_dead_worker_is_replaced_and_costs_no_feed(tmp_path: Path) -> None:
    """After a worker is killed, the next cycle parses every feed (and later ones use new workers)."""
    with FeedServer() as srv:
        for n in range(4):
            srv.route(f"/f{n}.xml", rss(n, 4))
        cfg = config(tmp_path, [srv.url(f"/f{n}.xml") for n in range(4)], 1, "w.db")
        store = open_store(cfg, None)
        rt = build_runtime(cfg, store, environ={})

        def kill_worker_and_grow_feeds() -> None:
            for child in multiprocessing.active_children():
                os.kill(child.pid or 0, signal.SIGKILL)
                child.join(5)
            for n in range(4):
                srv.route(f"/f{n}.xml", rss(n, 8))

        summaries = asyncio.run(cycles(rt, [None, kill_worker_and_grow_feeds, None]))
    assert "16 new item(s)" in summaries[0]
    assert "16 new item(s)" in summaries[1] and "error" not in summaries[1]
    assert all(f.status == "ok" and f.item_count == 8 for f in store.feeds())


def children_of(pid: int) -> set[int]:
    """Live (not zombie) processes whose parent is ``pid``, read from /proc."""
    found = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()
        if fields[0] != "Z" and int(fields[1]) == pid:
            found.add(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat[stat.rindex(")") + 2:].split()[0] != "Z"


def test_workers_exit_when_the_daemon_is_sigkilled(tmp_path: Path) -> None:
    """SIGKILL the daemon (which ignores nothing it cannot): its parse workers are gone within
    a few seconds instead of living on as orphans."""
    import subprocess
    import sys

    import yaml
    from waiting import wait_for

    with FeedServer() as srv:
        for n in range(3):
            srv.route(f"/f{n}.xml", rss(n, 2))
        (tmp_path / "config.yaml").write_text(yaml.safe_dump({
            "storage": {"database": "w.db"}, "polling": {"parse_workers": 2},
            "feeds": [{"url": srv.url(f"/f{n}.xml")} for n in range(3)],
            "profiles": PROFILES}), encoding="utf-8")
        log = (tmp_path / "daemon.log").open("ab")
        daemon = subprocess.Popen([sys.executable, "-m", "watcher", "run", "--config",
                                   "config.yaml"], cwd=tmp_path, stdout=log, stderr=log)
        try:
            wait_for(lambda: len(children_of(daemon.pid)) >= 2, timeout=30)
            workers = children_of(daemon.pid)
            os.kill(daemon.pid, signal.SIGKILL)
            daemon.wait(10)
            wait_for(lambda: not any(alive(w) for w in workers), timeout=10)
        finally:
            daemon.kill()
            daemon.wait(10)
