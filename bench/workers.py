"""The 2,000-feed farm polled by 1, 2 and 3 `watcher worker`s on PostgreSQL, beside one
`watcher run --once` on SQLite, in the same run.

    .venv/bin/python -m bench.workers [postgresql+psycopg://postgres@127.0.0.1/test]

Two phases for each mode, each on its own database (a SQLite file; a fresh PostgreSQL
schema, dropped afterwards): the **first** poll (every feed new: 50,000 items fetched,
parsed, matched against the shipped profiles and stored), timed from the processes' start
(so start-up is inside it, as in the SQLite figure) until every feed has been fetched; then
a **steady** poll (every feed made due again, all answering 304), timed until every feed has
been fetched again. For each phase: requests per second (the farm's count over the phase),
watcher's CPU per item or per feed (every process of the mode, parse pools included; the
farm's and the database server's CPU not included), and on PostgreSQL the database server's
CPU (all its processes: whatever else uses the server counts too) and the rows it wrote
(inserted, updated or deleted, procrastinate's job tables included) per item or per feed.

The farm listens on a port found free on all of its 200 loopback addresses. Prints one
JSON line per mode as it goes, then a Markdown table ready to paste, with the load average.
About 2 minutes on a quiet 2-core machine.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psutil
import psycopg
import yaml

from bench.farm import FarmOptions, host_address

POLL_LIMIT = 300.0  # seconds: a phase that takes longer is reported as failed
COUNTS = (1, 2, 3)
WORKER_ARGS = ("--tick", "1", "--concurrency", "32")


def free_port(hosts: int) -> int:
    """A TCP port nothing listens on at any of the farm's loopback addresses."""
    for _ in range(100):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = int(probe.getsockname()[1])
        try:
            for h in range(hosts):
                with socket.socket() as s:
                    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                    s.bind((host_address(h), port))
        except OSError:
            continue
        return port
    raise RuntimeError("no port free on every farm address")


@contextmanager
def farm(folder: Path) -> Iterator[dict[str, Any]]:
    opts = FarmOptions()
    port = free_port(opts.hosts)
    proc = subprocess.Popen([sys.executable, "-m", "bench.farm", "--out", str(folder),
                             "--port", str(port)], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        ready = json.loads(proc.stdout.readline())
        yield {**ready, "port": port}
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(30)


def farm_requests(port: int) -> int:
    """Requests the farm answered since the last call (its counter is reset)."""
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/_farm/stats?reset=1",
                                timeout=10) as reply:
        return int(json.load(reply)["requests"])


def tree_cpu(pids: list[int]) -> float:
    """CPU seconds of these processes and all their descendants (reaped ones included)."""
    total = 0.0
    for pid in pids:
        try:
            root = psutil.Process(pid)
            procs = [root, *root.children(recursive=True)]
        except psutil.NoSuchProcess:
            continue
        for p in procs:
            try:
                t = p.cpu_times()
            except psutil.NoSuchProcess:
                continue
            total += t.user + t.system + t.children_user + t.children_system
    return total


def server_cpu() -> float:
    """CPU seconds of every PostgreSQL server process on this machine."""
    total = 0.0
    for p in psutil.process_iter(["name", "cpu_times"]):
        if (p.info["name"] or "").startswith("postgres") and p.info["cpu_times"] is not None:
            t = p.info["cpu_times"]
            total += t.user + t.system
    return total


def wait_until(check: Callable[[], bool], limit: float) -> float:
    """Seconds until ``check`` holds (polled every 0.1 s), or raise after ``limit``."""
    start = time.perf_counter()
    while not check():
        if time.perf_counter() - start > limit:
            raise TimeoutError(f"not done after {limit:.0f} s")
        time.sleep(0.1)
    return time.perf_counter() - start


@dataclass
class Phase:
    seconds: float
    requests: int
    cpu: float  # watcher's processes
    units: int  # items stored (first poll) or feeds fetched (steady poll)
    db_cpu: float | None = None
    db_writes: int | None = None

    def figures(self) -> dict[str, Any]:
        out = {"s": round(self.seconds, 2), "req_per_s": round(self.requests / self.seconds),
               "cpu_us_per_unit": round(self.cpu / self.units * 1e6)}
        if self.db_cpu is not None and self.db_writes is not None:
            out["db_cpu_us_per_unit"] = round(self.db_cpu / self.units * 1e6)
            out["db_writes_per_unit"] = round(self.db_writes / self.units, 2)
        return out


def sqlite_run(base: dict[str, Any], folder: Path, port: int) -> dict[str, Any]:
    run = folder / "sqlite"
    run.mkdir()
    db = run / "watcher.db"
    doc = {**base, "storage": {"database": str(db)}}
    (run / "config.yaml").write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    phases = []
    farm_requests(port)
    for args in (["run", "--once"], ["run", "--once", "--force"]):
        used = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "watcher", *args, "--config", "config.yaml"],
                       cwd=run, check=True, capture_output=True, timeout=POLL_LIMIT)
        took = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = after.ru_utime + after.ru_stime - used.ru_utime - used.ru_stime
        phases.append((took, farm_requests(port), cpu))
    import sqlite3

    with sqlite3.connect(db) as conn:
        items = int(conn.execute("SELECT count(*) FROM items").fetchone()[0])
        feeds = int(conn.execute("SELECT count(*) FROM feeds").fetchone()[0])
        stored = sum(int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
                     for t in ("items", "matches", "deliveries"))
    first = Phase(*phases[0], units=items)
    steady = Phase(*phases[1], units=feeds)
    return {"mode": "SQLite, `run --once`", "items": items,
            "stored_rows_per_item": round(stored / items, 2),
            "first": first.figures(), "steady": steady.figures()}


def row_writes(conn: psycopg.Connection[Any], schema: str) -> int:
    row = conn.execute("SELECT coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0) "
                       "FROM pg_stat_user_tables WHERE schemaname = %s", (schema,)).fetchone()
    return int(row[0]) if row else 0


def fetched(conn: psycopg.Connection[Any], mark: datetime | None) -> int:
    try:
        row = conn.execute("SELECT count(*) FROM feeds WHERE last_fetch_at IS NOT NULL "
                           "AND (%(m)s::timestamp IS NULL OR last_fetch_at > %(m)s::timestamp)",
                           {"m": mark}).fetchone()
    except psycopg.errors.UndefinedTable:  # the first worker has not created it yet
        conn.rollback()
        return 0
    conn.commit()  # a new snapshot for the next look
    return int(row[0]) if row else 0


STATS_SETTLE = 1.2  # seconds: a backend reports its row counts at most once a second


def workers_run(count: int, url: str, base: dict[str, Any], folder: Path, feeds: int,
                port: int) -> dict[str, Any]:
    plain = url.replace("postgresql+psycopg://", "postgresql://", 1)
    schema = f"bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(plain, autocommit=True) as admin:
        admin.execute(f"CREATE SCHEMA {schema}")
    run = folder / f"workers-{count}"
    run.mkdir()
    doc = {**base, "storage": {"database": f"{url}?options=-csearch_path%3D{schema}"}}
    (run / "config.yaml").write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    procs: list[subprocess.Popen[bytes]] = []
    try:
        with psycopg.connect(plain, options=f"-csearch_path={schema}") as conn:
            farm_requests(port)
            db_cpu = server_cpu()
            procs = [subprocess.Popen([sys.executable, "-m", "watcher", "worker", "--config",
                                       "config.yaml", *WORKER_ARGS], cwd=run,
                                      stdout=subprocess.DEVNULL,
                                      stderr=(run / f"w{n}.log").open("wb"))
                     for n in range(count)]
            pids = [p.pid for p in procs]
            took = wait_until(lambda: fetched(conn, None) >= feeds, POLL_LIMIT)
            cpu, requests = tree_cpu(pids), farm_requests(port)
            db_cpu = server_cpu() - db_cpu
            items = int(conn.execute("SELECT count(*) FROM items").fetchone()[0])  # type: ignore[index]
            stored = int(conn.execute(
                "SELECT (SELECT count(*) FROM items) + (SELECT count(*) FROM matches) "
                "+ (SELECT count(*) FROM deliveries)").fetchone()[0])  # type: ignore[index]
            time.sleep(STATS_SETTLE)
            writes = row_writes(conn, schema)
            first = Phase(took, requests, cpu, items, db_cpu, writes)
            conn.commit()

            row = conn.execute("SELECT max(last_fetch_at) FROM feeds").fetchone()
            mark = row[0] if row else None
            conn.execute("UPDATE feeds SET next_check_at = NULL")
            conn.commit()
            time.sleep(STATS_SETTLE)
            cpu0, db0, writes0 = tree_cpu(pids), server_cpu(), row_writes(conn, schema)
            farm_requests(port)
            conn.commit()
            took = wait_until(lambda: fetched(conn, mark) >= feeds, POLL_LIMIT)
            cpu, requests, db_cpu = tree_cpu(pids) - cpu0, farm_requests(port), server_cpu() - db0
            time.sleep(STATS_SETTLE)
            steady = Phase(took, requests, cpu, feeds, db_cpu, row_writes(conn, schema) - writes0)
        return {"mode": f"PostgreSQL, {count} worker{'s' if count > 1 else ''}", "items": items,
                "stored_rows_per_item": round(stored / items, 2),
                "first": first.figures(), "steady": steady.figures()}
    finally:
        for proc in procs:
            proc.send_signal(signal.SIGTERM)
        for proc in procs:
            try:
                proc.wait(60)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        with psycopg.connect(plain, autocommit=True) as admin:
            admin.execute(f"DROP SCHEMA {schema} CASCADE")


def table(results: list[dict[str, Any]]) -> str:
    head = ("| mode | first poll | req/s | CPU/item | DB CPU/item | DB rows written/item "
            "| steady poll (all 304) | req/s | CPU/feed | DB CPU/feed | DB rows written/feed |")
    lines = [head, "|" + "---|" * 11]
    for r in results:
        f, s = r["first"], r["steady"]

        def us(d: dict[str, Any], key: str) -> str:
            return f"{d[key]} µs" if key in d else "–"

        lines.append(
            f"| {r['mode']} | {f['s']} s | {f['req_per_s']:,} | {us(f, 'cpu_us_per_unit')} "
            f"| {us(f, 'db_cpu_us_per_unit')} | {f.get('db_writes_per_unit', '–')} "
            f"| {s['s']} s | {s['req_per_s']:,} | {us(s, 'cpu_us_per_unit')} "
            f"| {us(s, 'db_cpu_us_per_unit')} | {s.get('db_writes_per_unit', '–')} |")
    return "\n".join(lines)


def loadavg() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> None:
    url = sys.argv[1] if len(sys.argv) > 1 else "postgresql+psycopg://postgres@127.0.0.1/test"
    began, load_before = time.perf_counter(), loadavg()
    results: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="bench-workers-") as tmp:
        folder = Path(tmp)
        with farm(folder / "farm") as ready:
            base = yaml.safe_load(Path(ready["config"]).read_text(encoding="utf-8"))
            base["destinations"] = {"bench-digest": {"type": "file",
                                                     "path": str(folder / "digests")}}
            results.append(sqlite_run(base, folder, ready["port"]))
            print(json.dumps(results[-1]), flush=True)
            for count in COUNTS:
                results.append(workers_run(count, url, base, folder, ready["feeds"],
                                           ready["port"]))
                print(json.dumps(results[-1]), flush=True)
    items = results[0]["items"]
    rows = sorted({r["stored_rows_per_item"] for r in results})
    print()
    print(table(results))
    print()
    print(f"{ready['feeds']:,} feeds on {ready['hosts']} loopback hosts, {items:,} items in the "
          f"first poll; rows stored per item (the item, its matches and outbox rows): "
          f"{' / '.join(map(str, rows))}. CPU: watcher's processes; DB CPU: every PostgreSQL "
          f"process on the machine. "
          f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {os.cpu_count()} cores, load average "
          f"{load_before} before and {loadavg()} after; "
          f"{time.perf_counter() - began:.0f} s in all.")


if __name__ == "__main__":
    main()
