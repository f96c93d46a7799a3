"""A small process that starts the timed children, so their peak RSS is their own.

On Linux a child's ``ru_maxrss`` starts from its parent's resident size at the moment it
is spawned (``exec`` keeps the high-water mark of the memory it replaces): a child spawned
by a runner that has parsed 50,000 items in-process reports the runner's 200 MB as its own
peak. This launcher is started first, while it is small (about 10 MB, less than any watcher
process), imports nothing heavy, and keeps children's output in files, so it stays small.

Protocol: one JSON request a line on stdin, ``{"cmd": [...], "env": {...} | null,
"cwd": "...", "stdout": PATH, "stderr": PATH}``; one JSON line back, ``{"seconds",
"maxrss_kb", "cpu_seconds", "returncode"}``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time


def run(request: dict[str, object]) -> dict[str, object]:
    env = request.get("env")
    with open(str(request["stdout"]), "wb") as out, open(str(request["stderr"]), "wb") as err:
        start = time.perf_counter()
        proc = subprocess.Popen([str(c) for c in request["cmd"]],  # type: ignore[attr-defined]
                                stdout=out, stderr=err, cwd=str(request["cwd"]),
                                env=env if isinstance(env, dict) else None)
        _pid, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return {"seconds": seconds, "maxrss_kb": usage.ru_maxrss, "returncode": proc.returncode,
            "cpu_seconds": usage.ru_utime + usage.ru_stime}


def main() -> None:
    for line in sys.stdin:
        print(json.dumps(run(json.loads(line))), flush=True)


if __name__ == "__main__":
    main()
