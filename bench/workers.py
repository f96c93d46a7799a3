"""The 2,000-feed farm polled by 1, 2 and 3 `watcher worker`s on PostgreSQL, beside one
`watcher run --once` on SQLite, in the same run.

    .venv/bin/python -m bench.workers [postgresql+psycopg://postgres@127.0.0.1/test]

For each worker count, on a fresh schema: the first poll (every feed new: 50,000 items
fetched, parsed, matched, stored) timed from the workers' start until every feed has been
fetched, then a steady poll (every feed made due again, all answering 304) timed until
every feed has been fetched again. Worker start-up (imports, migrations) is inside the first
figure, as it is inside the SQLite one. Prints one JSON line per run.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import psycopg
import yaml

POLL_LIMIT = 600.0  # seconds: a run that takes longer is reported as failed


def start_farm(out: Path) -> tuple[subprocess.Popen[str], dict[str, Any]]:
    farm = subprocess.Popen([sys.executable, "-m", "bench.farm", "--out", str(out)],
                            stdout=subprocess.PIPE, text=True)
    assert farm.stdout is not None
    ready = json.loads(farm.stdout.readline())
    return farm, ready


def wait_until(check: Callable[[], bool], limit: float) -> float:
    """Seconds until ``check`` holds (polled every 0.2 s), or raise after ``limit``."""
    start = time.perf_counter()
    while not check():
        if time.perf_counter() - start > limit:
            raise TimeoutError(f"not done after {limit:.0f} s")
        time.sleep(0.2)
    return time.perf_counter() - start


def fetched_since(plain: str, schema: str, mark: str | None, feeds: int) -> Callable[[], bool]:
    def check() -> bool:
        with psycopg.connect(plain, options=f"-csearch_path={schema}") as conn:
            try:
                row = conn.execute("SELECT count(*) FROM feeds WHERE last_fetch_at IS NOT NULL "
                                   "AND (%s::timestamp IS NULL OR last_fetch_at > %s::timestamp)",
                                   (mark, mark)).fetchone()
            except psycopg.errors.UndefinedTable:
                return False
        return bool(row and row[0] >= feeds)
    return check


def workers_run(count: int, url: str, base: dict[str, Any], folder: Path,
                feeds: int) -> dict[str, Any]:
    plain = url.replace("postgresql+psycopg://", "postgresql://")
    schema = f"bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    run = folder / f"workers-{count}"
    run.mkdir()
    doc = {**base, "storage": {"database": f"{url}?options=-csearch_path%3D{schema}"}}
    (run / "config.yaml").write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    procs: list[subprocess.Popen[bytes]] = []
    try:
        procs = [subprocess.Popen([sys.executable, "-m", "watcher", "worker", "--config",
                                   "config.yaml", "--tick", "1", "--concurrency", "32"],
                                  cwd=run, stdout=subprocess.DEVNULL,
                                  stderr=(run / f"w{n}.log").open("wb"))
                 for n in range(count)]
        first = wait_until(fetched_since(plain, schema, None, feeds), POLL_LIMIT)
        with psycopg.connect(plain, options=f"-csearch_path={schema}") as conn:
            mark = conn.execute("SELECT max(last_fetch_at)::text FROM feeds").fetchone()
            conn.execute("UPDATE feeds SET next_check_at = NULL")
        steady = wait_until(fetched_since(plain, schema, mark[0] if mark else None, feeds),
                            POLL_LIMIT)
        return {"mode": "postgresql", "workers": count, "first_poll_s": round(first, 2),
                "steady_poll_s": round(steady, 2)}
    finally:
        for proc in procs:
            proc.send_signal(signal.SIGTERM)
        for proc in procs:
            proc.wait(60)
        with psycopg.connect(plain, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


def sqlite_run(base: dict[str, Any], folder: Path) -> dict[str, Any]:
    run = folder / "sqlite"
    run.mkdir()
    doc = {**base, "storage": {"database": str(run / "watcher.db")}}
    (run / "config.yaml").write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    timings = []
    for args in (["run", "--once"], ["run", "--once", "--force"]):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "watcher", *args, "--config", "config.yaml"],
                       cwd=run, check=True, capture_output=True, timeout=POLL_LIMIT)
        timings.append(round(time.perf_counter() - start, 2))
    return {"mode": "sqlite", "workers": 1, "first_poll_s": timings[0],
            "steady_poll_s": timings[1]}


def main() -> None:
    url = sys.argv[1] if len(sys.argv) > 1 else "postgresql+psycopg://postgres@127.0.0.1/test"
    with tempfile.TemporaryDirectory(prefix="bench-workers-") as tmp:
        folder = Path(tmp)
        farm, ready = start_farm(folder / "farm")
        try:
            base = yaml.safe_load(Path(ready["config"]).read_text(encoding="utf-8"))
            base["destinations"] = {"bench-digest": {"type": "file",
                                                     "path": str(folder / "digests")}}
            print(json.dumps(sqlite_run(base, folder)), flush=True)
            for count in (1, 2, 3):
                print(json.dumps(workers_run(count, url, base, folder, ready["feeds"])),
                      flush=True)
        finally:
            os.kill(farm.pid, signal.SIGTERM)
            farm.wait(30)


if __name__ == "__main__":
    main()
