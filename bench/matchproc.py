"""``watcher match --jsonl`` over a workload's items, whole process, beside the naive matcher.

The items are the ones the farm serves at its first version (feeds x items), written as
JSON lines with the summary as plain text. Each repetition runs ``watcher match --jsonl``
and then ``python -m bench.naivematch`` as child processes on the same file; the share of
items given at least one profile is read from watcher's own output.
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench import feedgen, watchconfig
from bench.measure import Timed, median, run_timed


def write_items(path: Path, workload: str, feeds: int, items: int) -> int:
    """The farm's first-version items of ``workload`` as JSON lines; returns the count."""
    make = feedgen.item_maker(workload)
    t0 = feedgen.default_t0(datetime.now(UTC))
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for feed_id in range(feeds):
            for n in range(items):
                it = make(feed_id, n, t0)
                out.write(json.dumps({"id": f"{feed_id}/{n}", "title": it.title,
                                      "summary": feedgen.plain_text(it)}, ensure_ascii=False))
                out.write("\n")
                count += 1
    return count


def matched_share(stdout: str) -> tuple[int, int]:
    """(lines with at least one profile, lines) in match --jsonl output."""
    lines = [json.loads(line) for line in stdout.splitlines() if line.startswith("{")]
    return sum(1 for obj in lines if obj["profiles"]), len(lines)


def watcher_cmd(config: Path, items: Path) -> list[str]:
    return [sys.executable, "-m", "watcher", "match", "--jsonl", str(items),
            "--config", str(config)]


def run(workload: str, folder: Path, *, feeds: int, items: int, repeat: int) -> dict[str, Any]:
    """Median items/s of both processes over ``repeat`` paired runs, and the match rate."""
    folder.mkdir(parents=True, exist_ok=True)
    config = watchconfig.write(folder, [])
    path = folder / f"{workload}.jsonl"
    count = write_items(path, workload, feeds, items)
    ours: list[Timed] = []
    naive: list[Timed] = []
    for _ in range(repeat):
        ours.append(run_timed(watcher_cmd(config, path)))
        naive.append(run_timed([sys.executable, "-m", "bench.naivematch", str(config),
                                str(path)]))
    failed = next((t for t in ours + naive if t.returncode), None)
    if failed is not None:
        return {"error": f"exit {failed.returncode}: {failed.stderr[-1000:]}"}
    matched, lines = matched_share(ours[-1].stdout)
    naive_matched, _ = matched_share(naive[-1].stdout)
    return {
        "items": count, "lines_out": lines, "matched": matched, "match_rate": matched / count,
        "naive_match_rate": naive_matched / count,
        "seconds": median([t.seconds for t in ours]),
        "items_per_second": count / median([t.seconds for t in ours]),
        "naive_seconds": median([t.seconds for t in naive]),
        "naive_items_per_second": count / median([t.seconds for t in naive]),
        "runs": [{"seconds": t.seconds, "cpu_seconds": t.cpu_seconds,
                  "peak_rss_mb": t.peak_rss_mb} for t in ours],
        "naive_runs": [{"seconds": t.seconds, "cpu_seconds": t.cpu_seconds} for t in naive],
    }
