"""Start-up: what each command pays before it does its work, ``python -m bench.startup``.

Serves a small topic farm (20 feeds) from a thread, then for each command measures, as
child processes: wall time (median of ``--repeat`` runs; ``python -c pass`` is the
interpreter alone), and one ``python -X importtime`` run whose self times are summed by
package (``watcher.*`` by module), so the table shows where import time goes and which
packages a command loads without needing them. For ``run --once`` it also gives the time
from spawning the process to its first request reaching the farm.

Import times from ``-X importtime`` are inflated by the measuring itself (about 10-20 %);
compare the shares, not the sums, with the plain wall times.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import socket
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from tempfile import TemporaryDirectory

from bench import matchproc, watchconfig
from bench.farm import Farm, FarmOptions, host_address
from bench.farmhttp import serve
from bench.measure import median, run_timed

# Import tracing for the main process only: the environment switch is read at start-up and
# then removed, so the spawned parse workers (which would inherit -X importtime) run untraced.
_MAIN_ONLY = ("import os, runpy, sys; os.environ.pop('PYTHONPROFILEIMPORTTIME', None); "
              "sys.argv[0] = 'watcher'; runpy.run_module('watcher', run_name='__main__')")
_LINE = re.compile(r"^import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)")


def group_of(module: str) -> str:
    """watcher's own modules one by one; everything else by its top-level package."""
    parts = module.split(".")
    if parts[0] == "watcher":
        return ".".join(parts[:2])
    top = parts[0].lstrip("_") if parts[0].lstrip("_") in sys.stdlib_module_names else parts[0]
    return f"stdlib {top}" if top in sys.stdlib_module_names else top


def _entries(stderr: str) -> list[tuple[int, int, str]]:
    """(self microseconds, nesting depth, module) per ``-X importtime`` line, in order."""
    return [(int(m[1]), len(m[3]), m[4]) for m in map(_LINE.match, stderr.splitlines()) if m]


def import_profile(stderr: str) -> Counter[str]:
    """Microseconds of self import time per group, from ``-X importtime`` output."""
    out: Counter[str] = Counter()
    for us, _depth, module in _entries(stderr):
        out[group_of(module)] += us
    return out


def importers(stderr: str) -> dict[str, Counter[str]]:
    """Per group, microseconds by the innermost watcher module whose import pulled it in.

    importtime prints a module after everything it imported, one level less indented: a
    line's parent is the next line with a smaller depth."""
    entries = _entries(stderr)
    parent: list[int | None] = [None] * len(entries)
    pending: list[int] = []  # lines still waiting for their parent, depths increasing
    for i, (_us, depth, _module) in enumerate(entries):
        while pending and entries[pending[-1]][1] > depth:
            parent[pending.pop()] = i
        pending.append(i)
    out: dict[str, Counter[str]] = {}
    for i, (us, _depth, module) in enumerate(entries):
        group = group_of(module)
        if group.startswith("watcher"):
            continue
        up = parent[i]
        while up is not None and not entries[up][2].startswith("watcher."):
            up = parent[up]
        who = entries[up][2] if up is not None else "(an import inside a function)"
        out.setdefault(group, Counter())[who] += us
    return out


@contextmanager
def small_farm(folder: Path) -> Iterator[Farm]:
    """A 20-feed topic farm on two loopback hosts, served from a thread."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    opts = FarmOptions(feeds=20, hosts=2, items=25, delay=0.01, port=port, workload="topic")
    farm = Farm(opts, datetime.now(UTC))
    loop = asyncio.new_event_loop()
    started, stop = asyncio.Event(), asyncio.Event()
    hosts = [host_address(h) for h in range(opts.hosts)]
    thread = threading.Thread(target=loop.run_until_complete,
                              args=(serve(farm, hosts, port, started, stop),), daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not started.is_set() and time.monotonic() < deadline:
        time.sleep(0.01)
    try:
        yield farm
    finally:
        loop.call_soon_threadsafe(stop.set)
        thread.join(5)


def commands(folder: Path, farm: Farm) -> dict[str, list[str]]:
    config = watchconfig.write(folder, farm.urls)
    items = folder / "items.jsonl"
    matchproc.write_items(items, "topic", 4, 25)
    cfg = ["--config", str(config)]
    return {
        "python -c pass": ["-c", "pass"],
        "watcher --help": ["-m", "watcher", "--help"],
        "watcher check": ["-m", "watcher", "check", *cfg],
        "watcher match --jsonl (100 items)": ["-m", "watcher", "match", "--jsonl", str(items),
                                              *cfg],
        "watcher run --once --force (20 feeds)": ["-m", "watcher", "run", "--once", "--force",
                                                  *cfg, "--db", str(folder / "w.db")],
    }


def measure(repeat: int) -> dict[str, dict[str, object]]:
    """Per command: median wall seconds, import microseconds by group, and for ``run`` the
    seconds from spawn to the first request."""
    results: dict[str, dict[str, object]] = {}
    with TemporaryDirectory(prefix="bench-startup-") as tmp, small_farm(Path(tmp)) as farm:
        for name, args in commands(Path(tmp), farm).items():
            walls: list[float] = []
            firsts: list[float] = []
            for _ in range(repeat):
                farm.first_request = None
                start = time.time()
                timed = run_timed([sys.executable, *args])
                if timed.returncode:
                    raise RuntimeError(f"{name}: exit {timed.returncode}: {timed.stderr[-500:]}")
                walls.append(timed.seconds)
                if farm.first_request is not None:
                    firsts.append(farm.first_request - start)
            imports, by_whom = _main_imports(args, repeat)
            results[name] = {"seconds": median(walls), "imports_us": imports,
                             "importers": by_whom,
                             "to_first_request": median(firsts) if firsts else None}
            if name.startswith("watcher run"):  # on a fresh database, so the workers parse
                fresh = [str(Path(tmp) / "fresh.db") if a.endswith("w.db") else a for a in args]
                every = run_timed([sys.executable, "-X", "importtime", *fresh])
                results[name]["all_processes_us"] = sum(import_profile(every.stderr).values())
    return results


def _main_imports(args: list[str], repeat: int) -> tuple[Counter[str], dict[str, Counter[str]]]:
    """Median self import microseconds per group over ``repeat`` traced runs (the main
    process only), and who imported each group in the last run."""
    runs: list[Counter[str]] = []
    stderr = ""
    for _ in range(repeat):
        if args[:2] != ["-m", "watcher"]:
            traced = run_timed([sys.executable, "-X", "importtime", *args])
        else:
            env = {**os.environ, "PYTHONPROFILEIMPORTTIME": "1"}
            traced = run_timed([sys.executable, "-c", _MAIN_ONLY, *args[2:]], env=env)
        if traced.returncode:
            raise RuntimeError(f"{args}: exit {traced.returncode}: {traced.stderr[-500:]}")
        runs.append(import_profile(traced.stderr))
        stderr = traced.stderr
    groups = set().union(*runs)
    med = Counter({g: round(median([float(r.get(g, 0)) for r in runs])) for g in groups})
    return med, importers(stderr)


def report(results: dict[str, dict[str, object]], top: int) -> str:
    lines = ["| command | wall (median) | imports, main process (-X importtime) | "
             "to first request | largest import groups (ms) |", "|---|---|---|---|---|"]
    for name, r in results.items():
        imports = r["imports_us"]
        assert isinstance(imports, Counter)
        groups = ", ".join(f"{g} {us / 1000:.0f}" for g, us in imports.most_common(top))
        first = r["to_first_request"]
        every = r.get("all_processes_us")
        also = (f" ({every / 1e6:.3f} s in all processes, parse workers included, on a fresh "
                "database)" if isinstance(every, int) else "")
        lines.append(f"| {name} | {r['seconds']:.3f} s | {sum(imports.values()) / 1e6:.3f} s"
                     f"{also} | "
                     f"{f'{first:.3f} s' if isinstance(first, float) else '-'} | {groups} |")
    return "\n".join(lines)


def importer_report(results: dict[str, dict[str, object]], min_ms: float) -> str:
    """Per command, each outside package costing ``min_ms`` or more and which of watcher's
    modules imported it (the innermost on the chain)."""
    lines: list[str] = []
    for name, r in results.items():
        imports, by_whom = r["imports_us"], r["importers"]
        assert isinstance(imports, Counter) and isinstance(by_whom, dict)
        heavy = [(g, us) for g, us in imports.most_common()
                 if us >= min_ms * 1000 and not g.startswith("watcher")]
        if not heavy:
            continue
        lines.append(f"- {name}:")
        for group, us in heavy:
            who = ", ".join(f"{w} {v / 1000:.0f}" for w, v in by_whom.get(group, Counter())
                            .most_common(3))
            lines.append(f"  - {group} {us / 1000:.0f} ms, via {who}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(prog="python -m bench.startup", description=__doc__.split("\n")[0])
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--top", type=int, default=12, help="import groups shown per command")
    p.add_argument("--min-ms", type=float, default=5.0,
                   help="outside packages at least this costly are traced to their importer")
    a = p.parse_args(argv)
    results = measure(a.repeat)
    print(report(results, a.top))
    print()
    print(importer_report(results, a.min_ms))


if __name__ == "__main__":
    main()
