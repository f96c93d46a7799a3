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
import sys
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench import baselines, report
from bench.measure import REPO, FarmProcess, farm_process, machine_info, median, run_timed

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


def _watcher(farm: FarmProcess, db: Path) -> list[str]:
    return [sys.executable, "-m", "watcher", "run", "--once", "--force",
            "--config", str(farm.config), "--db", str(db)]


def measure_baselines(farm: FarmProcess, s: Settings) -> dict[str, Any]:
    """Sequential feedparser loop on a sample (extrapolated) and the naive httpx poller."""
    sample = farm.urls[: s.sample]
    scale = len(farm.urls) / len(sample)
    seq_first = baselines.sequential(sample)
    seq_steady = baselines.sequential(sample, seq_first.validators)
    farm.stats()
    naive_first = baselines.naive_poll(farm.urls)
    naive_first_farm = farm.stats()
    steady = [baselines.naive_poll(farm.urls, naive_first.validators) for _ in range(s.repeat)]
    naive_steady_farm = farm.stats()
    return {
        "sequential_first": {**seq_first.summary(), "extrapolated": seq_first.seconds * scale},
        "sequential_steady": {**seq_steady.summary(),
                              "extrapolated": seq_steady.seconds * scale},
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
    farm.stats()
    firsts = []
    for n in range(s.repeat):
        db = folder / f"bench-{n}.db"
        firsts.append(run_timed(_watcher(farm, db)))
    first_farm = farm.stats()
    first = sorted(firsts, key=lambda t: t.seconds)[len(firsts) // 2]
    steady = [run_timed(_watcher(farm, db)) for _ in range(s.repeat)]
    steady_farm = farm.stats()
    inproc = run_timed([sys.executable, "-m", "bench.inproc", str(farm.config), str(db),
                        str(s.repeat)])
    cycles = [json.loads(line) for line in inproc.stdout.splitlines() if line.startswith("{")]
    return {
        "first": {**_timed(first, first_farm), "runs": [_timed(t) for t in firsts],
                  "returncode": max(t.returncode for t in firsts)},
        "steady_process": {"seconds": median([t.seconds for t in steady]),
                           "runs": [_timed(t) for t in steady], "farm": steady_farm,
                           "returncode": max(t.returncode for t in steady)},
        "steady_inproc": {"seconds": median([c["seconds"] for c in cycles]) if cycles else None,
                          "runs": cycles, "returncode": inproc.returncode,
                          "stderr": inproc.stderr[-2000:] if inproc.returncode else ""},
        "peak_rss_mb": max([*(t.peak_rss_mb for t in firsts), *(t.peak_rss_mb for t in steady)]),
    }


def _timed(t: Any, farm: dict[str, Any] | None = None) -> dict[str, Any]:
    out = {"seconds": t.seconds, "cpu_seconds": t.cpu_seconds, "peak_rss_mb": t.peak_rss_mb,
           "returncode": t.returncode, "summary": t.stdout.strip()[-500:]}
    if t.returncode:
        out["stderr"] = t.stderr[-2000:]
    if farm is not None:
        out["farm"] = farm
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


def measure_rendering(quick: bool) -> dict[str, Any]:
    try:
        from bench import rendering

        return rendering.run(quick=quick)
    except Exception as exc:  # as above
        return {"error": f"{type(exc).__name__}: {exc}"}


def run(s: Settings) -> dict[str, Any]:
    results: dict[str, Any] = {"date": datetime.now(UTC).isoformat(timespec="seconds"),
                               "machine": machine_info(), "settings": dataclasses.asdict(s)}
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        folder = Path(tmp)
        with farm_process(folder / "farm", feeds=s.feeds, hosts=s.hosts, items=s.items,
                          delay=s.delay, port=s.port) as farm:
            print(f"farm: {s.feeds} feeds on {s.hosts} hosts, {s.delay * 1000:.0f} ms delay",
                  file=sys.stderr)
            results["baselines"] = measure_baselines(farm, s)
            print("baselines done", file=sys.stderr)
            results["watcher"] = measure_watcher(farm, s, folder)
            print("watcher polls done", file=sys.stderr)
    results["matching"] = measure_matching(s.quick)
    results["rendering"] = measure_rendering(s.quick)
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
    p.add_argument("--out", type=Path, default=RESULTS)
    a = p.parse_args(argv)
    return Settings(a.feeds, a.hosts, a.items, a.delay, a.port, sample=20 if a.quick else 100,
                    repeat=1 if a.quick else 3, quick=a.quick), a.out


def main(argv: list[str] | None = None) -> None:
    settings, out = _settings(argv)
    results = run(settings)
    out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(report.table(results))
    print(f"\nwritten to {out.relative_to(REPO) if out.is_relative_to(REPO) else out}")


if __name__ == "__main__":
    main()
