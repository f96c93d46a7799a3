"""Time watcher's cycle inside one process: ``python -m bench.inproc CONFIG DB [REPEAT]``.

Loads the config and opens the store once (not timed), then times ``run_cycle(force=True)``
``REPEAT`` times, printing one JSON line per cycle with the process's peak RSS so far.
It runs as its own child so the runner's memory and event loop do not blur the figures.
"""

from __future__ import annotations

import asyncio
import json
import os
import resource
import sys
import time
from pathlib import Path

from watcher.app import build_runtime, open_store, run_cycle
from watcher.config import load


def main(argv: list[str]) -> None:
    config = load(Path(argv[0]), os.environ)
    store = open_store(config, argv[1])
    repeat = int(argv[2]) if len(argv) > 2 else 1

    async def cycle() -> tuple[float, str]:
        rt = build_runtime(config, store)
        try:
            start = time.perf_counter()
            report = await run_cycle(rt, force=True)
            return time.perf_counter() - start, report.summary()
        finally:
            await rt.aclose()

    try:
        for _ in range(repeat):
            seconds, summary = asyncio.run(cycle())
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(json.dumps({"seconds": seconds, "summary": summary, "peak_rss_mb": peak}),
                  flush=True)
    finally:
        store.close()


if __name__ == "__main__":
    main(sys.argv[1:])
