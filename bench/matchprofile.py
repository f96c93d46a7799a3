"""Where ``watcher match --jsonl`` spends its time: ``python -m bench.matchprofile``.

Two views of the same 50,000 items (the topic workload unless ``--workload mixed``):

* stages timed in one process without a profiler, each a pass over all the items: reading
  the JSON lines into items, the automaton scan alone, ``Matcher.match(item,
  snippets=False)`` as the command calls it (scan + evaluate + score), the full
  ``Matcher.match`` with snippets, and the full command's loop (``result_line`` printed to a
  buffer);
* a cProfile run of the whole command in a child process, its top functions by
  cumulative time with their share of the total (cProfile inflates functions that make
  many small calls, so read the shares beside the stage timings).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import pstats
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any

from bench import matchproc, watchconfig
from bench.measure import REPO
from watcher.cli.matching import item_from_json, result_line
from watcher.config import load
from watcher.match import compile_profiles
from watcher.models import Item


def _timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def stages(config_path: Path, lines: list[str], rounds: int) -> dict[str, float]:
    """Seconds per pass over all the items, for each stage (the best of ``rounds``)."""
    config = load(config_path, os.environ)
    matcher = compile_profiles(config.profiles, config.aliases)
    now = datetime.now(UTC)
    items: list[Item] = [item_from_json(json.loads(line), now) for line in lines]

    def command_loop() -> None:
        out = io.StringIO()
        for line in lines:
            obj = json.loads(line)
            out.write(result_line(obj.get("id"), matcher, item_from_json(obj, now)) + "\n")

    def each(fn: Callable[[Any], object], xs: list[Any]) -> Callable[[], None]:
        # Nothing kept: 50,000 live Hits would have the collector walk them again and again,
        # a cost the command (one item at a time) never pays.
        def run() -> None:
            for x in xs:
                fn(x)
        return run

    passes: dict[str, Callable[[], object]] = {
        "read lines into items": each(lambda x: item_from_json(json.loads(x), now), lines),
        "scan only (automaton, tokens)": each(matcher.scan, items),
        "match without snippets": each(lambda x: matcher.match(x, snippets=False), items),
        "match (as shipped)": each(matcher.match, items),
        "command loop (read, match, write)": command_loop,
    }
    best: dict[str, float] = {}
    for _ in range(rounds):  # round-robin, so a busy spell does not fall on one stage only
        for name, fn in passes.items():
            best[name] = min(best.get(name, float("inf")), _timed(fn))
    return best


def cprofile(config_path: Path, items_path: Path, folder: Path, top: int) -> list[dict[str, Any]]:
    """Top functions by cumulative time in a profiled ``watcher match --jsonl`` run."""
    out = folder / "match.prof"
    subprocess.run([sys.executable, "-m", "cProfile", "-o", str(out), "-m", "watcher", "match",
                    "--jsonl", str(items_path), "--config", str(config_path),
                    "--workers", "1"], cwd=REPO,  # one process: the profiler sees no workers
                   stdout=subprocess.DEVNULL, check=True)
    stats = pstats.Stats(str(out))
    total = stats.total_tt  # type: ignore[attr-defined]
    rows = []
    for (path, line, name), (_cc, calls, tottime, cumtime, _callers) in \
            stats.stats.items():  # type: ignore[attr-defined]
        short = path.replace(str(REPO) + "/", "")
        if not short.startswith("watcher/") or short.startswith("watcher/cli.py"):
            continue
        rows.append({"function": f"{short}:{line}({name})", "calls": calls,
                     "cumulative_share": cumtime / total, "self_share": tottime / total})
    rows.sort(key=lambda r: -r["cumulative_share"])
    return [{"total_seconds": total}, *rows[:top]]


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(prog="python -m bench.matchprofile",
                                description=__doc__.split("\n")[0])
    p.add_argument("--workload", default="topic")
    p.add_argument("--feeds", type=int, default=2000)
    p.add_argument("--top", type=int, default=20)
    p.add_argument("--rounds", type=int, default=3, help="passes per stage (best is shown)")
    a = p.parse_args(argv)
    with TemporaryDirectory(prefix="bench-matchprofile-") as tmp:
        folder = Path(tmp)
        config = watchconfig.write(folder, [])
        items = folder / "items.jsonl"
        count = matchproc.write_items(items, a.workload, a.feeds, 25)
        lines = items.read_text(encoding="utf-8").splitlines()
        timed = stages(config, lines, a.rounds)
        full = timed["command loop (read, match, write)"]
        print(f"{count:,} {a.workload} items, one process, no profiler (share of the loop):")
        for name, seconds in timed.items():
            print(f"  {name:36} {seconds:6.2f} s  {100 * seconds / full:5.1f} %  "
                  f"{count / seconds:9,.0f} items/s")
        rows = cprofile(config, items, folder, a.top)
        print(f"\ncProfile of the whole command ({rows[0]['total_seconds']:.1f} s profiled),"
              " watcher's functions by cumulative share:")
        for r in rows[1:]:
            print(f"  {100 * r['cumulative_share']:5.1f} %  (self {100 * r['self_share']:4.1f} %)"
                  f"  {r['calls']:>8,}  {r['function']}")


if __name__ == "__main__":
    main()
