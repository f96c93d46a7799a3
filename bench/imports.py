"""Start-up cost of the command line: whole-process wall time of short commands.

    python -m bench.imports [--runs 10]

Times `watcher --help`, `watcher match --jsonl` on a 20-line file and `watcher run --once
--force` on a one-feed config served from loopback, each as a fresh process, and prints the
median of the runs and the heavy libraries each command imported. Not part of the suite run
(`bench.run`): it measures the import graph, not throughput.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from threading import Thread

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "watcher" / "samples"
HEAVY = ("aiohttp", "httpx", "jinja2", "css_inline", "sqlalchemy", "apscheduler",
         "feedparser", "lxml", "ruamel", "prometheus_client", "apprise")
# Runs the CLI in-process, then prints which heavy libraries it left in sys.modules.
PROBE = ("import sys\nfrom watcher.cli import main\ntry:\n    main(sys.argv[1:], 'watcher')\n"
         "except SystemExit:\n    pass\n"
         "print(' '.join(sorted(m for m in sys.modules if m in {heavy!r})), file=sys.stderr)")


def _serve(folder: Path) -> ThreadingHTTPServer:
    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), lambda *a: Quiet(*a, directory=str(folder)))
    Thread(target=server.serve_forever, daemon=True).start()
    return server


def _setup(work: Path, port: int) -> dict[str, list[str]]:
    feed = next(SAMPLES.glob("*.rss")).name
    (work / "config.yaml").write_text(
        f"feeds:\n  - url: http://127.0.0.1:{port}/{feed}\n"
        "profiles:\n  defections:\n    query: defect* OR 탈북*\n"
        "destinations:\n  d:\n    type: file\n    path: out\n", encoding="utf-8")
    lines = [json.dumps({"id": i, "title": f"Defector number {i} reaches Seoul",
                         "summary": "A short story about the weather."}) for i in range(20)]
    (work / "items.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {"--help": ["--help"],
            "match --jsonl": ["match", "--jsonl", "items.jsonl"],
            "run --once": ["run", "--once", "--force"]}


def _time(args: list[str], work: Path, runs: int) -> tuple[float, str]:
    times = []
    loaded = ""
    probe = PROBE.format(heavy=set(HEAVY))
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", probe, *args], cwd=work,
                              capture_output=True, text=True, check=False)
        times.append(time.perf_counter() - start)
        loaded = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else ""
    return statistics.median(times), loaded


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    opts = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        server = _serve(SAMPLES)
        try:
            commands = _setup(Path(tmp), server.server_address[1])
            print("| command | median wall s | heavy modules imported |\n|---|---|---|")
            for name, args in commands.items():
                median, loaded = _time(args, Path(tmp), opts.runs)
                print(f"| `watcher {name}` | {median:.3f} | {loaded or '-'} |")
        finally:
            server.shutdown()


if __name__ == "__main__":
    main()
