"""Two versions of watcher in alternation on one farm: ``python -m bench.paired A B``.

Each argument is a folder holding a ``watcher`` package (a checkout, or an exported
commit). Every round runs, for each version in turn, a first poll on a fresh database
(``run --once --force``) and then a steady (all-304) poll on it, as whole processes, and
prints one JSON line per run: wall and CPU seconds and the exact peak RSS (``wait4``, through
the small launcher). Alternating, rather than one version after the other, keeps a shared
machine's drift out of the comparison; the medians per version close the output.

``--steady N`` measures start-up and exit instead: one first poll per version, then N rounds
of steady polls only, each with the time from spawning the process to its first request
reaching the farm, and from the farm's answer to its last request to the process's exit.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.feedgen import WORKLOADS
from bench.measure import FarmProcess, farm_process, run_timed, small_launcher


def _poll(farm: FarmProcess, tree: Path, db: Path) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    # -P: the runner's working directory (this checkout) must not shadow PYTHONPATH.
    timed = run_timed([sys.executable, "-P", "-m", "watcher", "run", "--once", "--force",
                       "--config", str(farm.config), "--db", str(db)], env)
    if timed.returncode:
        raise RuntimeError(f"{tree}: exit {timed.returncode}: {timed.stderr[-2000:]}")
    return {"seconds": round(timed.seconds, 3), "cpu": round(timed.cpu_seconds, 2),
            "peak_mb": round(timed.peak_rss_mb, 1)}


def _steady(farm: FarmProcess, tree: Path, db: Path, delay: float) -> dict[str, Any]:
    """One steady poll with the farm's view of it: start-up until the first request, and
    the time from the answer to the last request (``delay`` after it) until the exit."""
    farm.stats()  # resets the farm's counters and its first and last request times
    start = time.time()
    row = _poll(farm, tree, db)
    end = time.time()
    seen = farm.stats()
    row["to_first_request"] = round(seen["first_request_at"] - start, 3)
    row["after_last_answer"] = round(end - seen["last_request_at"] - delay, 3)
    return row


def steady_rounds(farm: FarmProcess, trees: list[Path], folder: Path,
                  rounds: int) -> dict[str, list[dict[str, Any]]]:
    runs: dict[str, list[dict[str, Any]]] = {str(t): [] for t in trees}
    dbs = {tree: folder / f"steady-{i}.db" for i, tree in enumerate(trees)}
    for tree, db in dbs.items():
        _poll(farm, tree, db)  # fills the database; every later poll is all 304s
    for n in range(rounds):
        for tree, db in dbs.items():
            row = {"tree": str(tree), "round": n, **_steady(farm, tree, db, 0.1),
                   "load": os.getloadavg()[0]}
            runs[str(tree)].append(row)
            print(json.dumps(row), flush=True)
    return runs


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(prog="python -m bench.paired", description=__doc__.split("\n")[0])
    p.add_argument("trees", nargs="+", type=Path)
    p.add_argument("--workload", choices=WORKLOADS, default="topic")
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--feeds", type=int, default=2000)
    p.add_argument("--items", type=int, default=25)
    p.add_argument("--port", type=int, default=8800)
    p.add_argument("--steady", type=int, default=0, metavar="N",
                   help="N rounds of steady polls only, with start-up and exit times")
    a = p.parse_args(argv)
    runs: dict[str, list[dict[str, Any]]] = {str(t): [] for t in a.trees}
    for tree in a.trees:  # as installed: bytecode compiled once, not on every start
        compileall.compile_dir(tree / "watcher", quiet=1)
    with small_launcher(), tempfile.TemporaryDirectory(prefix="bench-paired-") as tmp:
        folder = Path(tmp)
        with farm_process(folder / "farm", feeds=a.feeds, hosts=200, items=a.items,
                          delay=0.1, port=a.port, workload=a.workload) as farm:
            if a.steady:
                _summary(steady_rounds(farm, a.trees, folder, a.steady),
                         ("seconds", "cpu", "to_first_request", "after_last_answer"))
                return
            for n in range(a.rounds):
                for i, tree in enumerate(a.trees):
                    db = folder / f"{n}-{i}.db"
                    first = _poll(farm, tree, db)
                    steady = _poll(farm, tree, db)
                    row = {"tree": str(tree), "round": n, "first": first, "steady": steady,
                           "load": os.getloadavg()[0]}
                    runs[str(tree)].append(row)
                    print(json.dumps(row), flush=True)
    for tree, rows in runs.items():
        summary = {kind: {k: statistics.median(r[kind][k] for r in rows)
                          for k in ("seconds", "cpu", "peak_mb")}
                   for kind in ("first", "steady")}
        print(json.dumps({"tree": tree, "median": summary}))


def _summary(runs: dict[str, list[dict[str, Any]]], keys: tuple[str, ...]) -> None:
    for tree, rows in runs.items():
        print(json.dumps({"tree": tree,
                          "median": {k: statistics.median(r[k] for r in rows) for k in keys}}))


if __name__ == "__main__":
    main()
