"""The benchmark runner: ``python -m bench.run [--quick]``.

Starts the feed farm in its own process, measures the baselines and watcher on it in the same
run, prints one table and writes bench/results.json. Medians of 3 where a measurement is
cheap, 1 where it is expensive (or with --quick). See bench/README.md for what each row means.
"""

from __future__ import annotations

import argparse
import compileall
import dataclasses
import importlib
import json
import os
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench import baselines, matchproc, report
from bench.feedgen import WORKLOADS
from bench.measure import (
    REPO,
    FarmProcess,
    Timed,
    farm_process,
    machine_info,
    median,
    run_timed,
    small_launcher,
)

RESULTS = Path(__file__).resolve().parent / "results.json"


@dataclass(frozen=True, slots=True)
class Settings:
    feeds: int
    hosts: int
    items: int
    delay: float
    port: int
    sample: int  # feeds timed by the sequential baseline, extrapolated to all
    repeat: int  # repetitions of cheap measurements
    quick: bool
    workloads: tuple[str, ...] = WORKLOADS


def _watcher(farm: FarmProcess, db: Path) -> list[str]:
    return [sys.executable, "-m", "watcher", "run", "--once", "--force",
            "--config", str(farm.config), "--db", str(db)]


def measure_baselines(farm: FarmProcess, s: Settings, sequential: bool) -> dict[str, Any]:
    """The naive httpx poller and (if ``sequential``) the feedparser loop on a sample,
    extrapolated: the loop's figures do not depend on how many items match."""
    out: dict[str, Any] = {}
    if sequential:
        sample = farm.urls[: s.sample]
        scale = len(farm.urls) / len(sample)
        seq_first = baselines.sequential(sample)
        seq_steady = baselines.sequential(sample, seq_first.validators)
        out["sequential_first"] = {**seq_first.summary(),
                                   "extrapolated": seq_first.seconds * scale}
        out["sequential_steady"] = {**seq_steady.summary(),
                                    "extrapolated": seq_steady.seconds * scale}
    farm.stats()
    naive_first = baselines.naive_poll(farm.urls)
    naive_first_farm = farm.stats()
    steady = [baselines.naive_poll(farm.urls, naive_first.validators) for _ in range(s.repeat)]
    naive_steady_farm = farm.stats()
    return {
        **out,
        "naive_first": {**naive_first.summary(), "farm": naive_first_farm},
        "naive_steady": {"seconds": median([r.seconds for r in steady]),
                         "runs": [r.summary() for r in steady], "farm": naive_steady_farm},
    }


def measure_watcher(farm: FarmProcess, s: Settings, folder: Path) -> dict[str, Any]:
    """First polls, each on a fresh DB (the median is reported), then all-304 passes on the
    last one as whole processes and in-process."""
    # An installed watcher runs from bytecode that pip compiled; a checkout under
    # PYTHONDONTWRITEBYTECODE would compile every module on every start instead.
    compileall.compile_dir(REPO / "watcher", quiet=1)
    firsts = [_polled(farm, folder / f"bench-{n}.db") for n in range(s.repeat)]
    first_farm = _sum_farm([f for _, f in firsts])
    first = sorted(firsts, key=lambda t: t[0].seconds)[len(firsts) // 2]
    db = folder / f"bench-{s.repeat - 1}.db"
    steady_runs = [_polled(farm, db) for _ in range(s.repeat)]
    steady = [t for t, _ in steady_runs]
    steady_farm = _sum_farm([f for _, f in steady_runs])
    inproc = run_timed([sys.executable, "-m", "bench.inproc", str(farm.config), str(db),
                        str(s.repeat)])
    cycles = [json.loads(line) for line in inproc.stdout.splitlines() if line.startswith("{")]
    return {
        "first": {**_timed(*first), "runs": [_timed(*t) for t in firsts],
                  "farm": first_farm, "returncode": max(t.returncode for t, _ in firsts)},
        "steady_process": {"seconds": median([t.seconds for t in steady]),
                           "runs": [_timed(*t) for t in steady_runs], "farm": steady_farm,
                           "returncode": max(t.returncode for t in steady),
                           "to_first_request": _median_to_first_request(
                               [f for _, f in steady_runs])},
        "steady_inproc": {"seconds": median([c["seconds"] for c in cycles]) if cycles else None,
                          "runs": cycles, "returncode": inproc.returncode,
                          "stderr": inproc.stderr[-2000:] if inproc.returncode else ""},
        "peak_rss_mb": max([*(t.peak_rss_mb for t, _ in firsts),
                            *(t.peak_rss_mb for t in steady)]),
    }


def _polled(farm: FarmProcess, db: Path) -> tuple[Timed, dict[str, Any]]:
    """One whole ``run --once --force``, and the farm's view of it (counters reset before)
    with ``started_at``, the wall clock just before the child was spawned."""
    farm.stats()
    started_at = time.time()
    timed = run_timed(_watcher(farm, db))
    return timed, {**farm.stats(), "started_at": started_at}


def _to_first_request(farm: dict[str, Any]) -> float | None:
    """Seconds from spawning watcher to its first feed request reaching the farm (None:
    no request came, e.g. watcher failed first)."""
    if farm.get("first_request_at") is None:
        return None
    return float(farm["first_request_at"] - farm["started_at"])


def _median_to_first_request(runs: list[dict[str, Any]]) -> float | None:
    values = [v for v in map(_to_first_request, runs) if v is not None]
    return median(values) if values else None


def _sum_farm(runs: list[dict[str, Any]]) -> dict[str, Any]:
    return {"requests": sum(r["requests"] for r in runs),
            "cpu_seconds": sum(r["cpu_seconds"] for r in runs),
            "to_first_request": [_to_first_request(r) for r in runs]}


def _timed(t: Timed, farm: dict[str, Any]) -> dict[str, Any]:
    out = {"seconds": t.seconds, "cpu_seconds": t.cpu_seconds, "peak_rss_mb": t.peak_rss_mb,
           "returncode": t.returncode, "summary": t.stdout.strip()[-500:], "farm": farm,
           "to_first_request": _to_first_request(farm)}
    if t.returncode:
        out["stderr"] = t.stderr[-2000:]
    return out


def measure_matching(quick: bool) -> dict[str, Any]:
    """bench/match.py (the matching engineer's) run(); absent or failing is reported."""
    try:
        match = importlib.import_module("bench.match")
    except ImportError as exc:
        return {"error": f"bench/match.py not available: {exc}"}
    try:
        result: dict[str, Any] = match.run(quick=quick)
        return result
    except Exception as exc:  # a broken sibling benchmark must not lose the other figures
        return {"error": f"{type(exc).__name__}: {exc}"}


def measure_rendering(quick: bool, workload: str | None = None,
                      s: Settings | None = None) -> dict[str, Any]:
    """The 1,000-item digest, or (given a workload) the digest of its first poll's matches."""
    try:
        from bench import rendering

        if workload is None or s is None:
            return rendering.run(quick=quick)
        return rendering.run_all(workload, feeds=s.feeds, items=s.items, quick=quick)
    except Exception as exc:  # as above
        return {"error": f"{type(exc).__name__}: {exc}"}


def measure_workload(workload: str, s: Settings, folder: Path) -> dict[str, Any]:
    """Polls and their baselines on a farm serving ``workload``, then match --jsonl over the
    same items beside the naive matcher, then the digest of all their matches."""
    out: dict[str, Any] = {}
    with farm_process(folder / "farm", feeds=s.feeds, hosts=s.hosts, items=s.items,
                      delay=s.delay, port=s.port, workload=workload) as farm:
        print(f"{workload}: farm of {s.feeds} feeds on {s.hosts} hosts, "
              f"{s.delay * 1000:.0f} ms delay", file=sys.stderr)
        out["baselines"] = measure_baselines(farm, s, sequential=workload == "mixed")
        print(f"{workload}: baselines done", file=sys.stderr)
        out["watcher"] = measure_watcher(farm, s, folder)
        print(f"{workload}: watcher polls done", file=sys.stderr)
    out["match_jsonl"] = matchproc.run(workload, folder / "match", feeds=s.feeds,
                                       items=s.items, repeat=s.repeat)
    out["digest_all"] = measure_rendering(s.quick, workload, s)
    print(f"{workload}: match --jsonl and digest done", file=sys.stderr)
    return out


def run(s: Settings) -> dict[str, Any]:
    results: dict[str, Any] = {"date": datetime.now(UTC).isoformat(timespec="seconds"),
                               "machine": machine_info(), "settings": dataclasses.asdict(s),
                               "workloads": {}}
    started = time.perf_counter()
    # The machine is shared: the load average beside the figures says how busy it was.
    results["load_average"] = {"start": os.getloadavg()}
    with small_launcher():  # before this process grows: children's peak RSS is their own
        for workload in s.workloads:
            with tempfile.TemporaryDirectory(prefix=f"bench-{workload}-") as tmp:
                results["workloads"][workload] = measure_workload(workload, s, Path(tmp))
    results["matching"] = measure_matching(s.quick)
    results["rendering"] = measure_rendering(s.quick)
    results["suite_seconds"] = time.perf_counter() - started
    results["load_average"]["end"] = os.getloadavg()
    results["table"] = report.rows(results)
    return results


def _settings(argv: list[str] | None) -> tuple[Settings, Path]:
    p = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n")[0])
    p.add_argument("--quick", action="store_true",
                   help="one repetition, a 20-feed sequential sample, quick matching")
    p.add_argument("--feeds", type=int, default=2000)
    p.add_argument("--hosts", type=int, default=200)
    p.add_argument("--items", type=int, default=25)
    p.add_argument("--delay", type=float, default=0.1)
    p.add_argument("--port", type=int, default=8800)
    p.add_argument("--workload", choices=[*WORKLOADS, "both"], default="both",
                   help="mixed: about a third of items match; topic: nine in ten")
    p.add_argument("--out", type=Path, default=RESULTS)
    a = p.parse_args(argv)
    workloads = WORKLOADS if a.workload == "both" else (a.workload,)
    return Settings(a.feeds, a.hosts, a.items, a.delay, a.port, sample=20 if a.quick else 100,
                    repeat=1 if a.quick else 3, quick=a.quick, workloads=workloads), a.out


def main(argv: list[str] | None = None) -> None:
    settings, out = _settings(argv)
    results = run(settings)
    out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(report.table(results))
    print(f"\nwritten to {out.relative_to(REPO) if out.is_relative_to(REPO) else out}")


if __name__ == "__main__":
    main()
