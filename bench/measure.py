"""Measuring helpers for the runner: the machine, the farm process, timed child processes."""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]


def machine_info() -> dict[str, Any]:
    """Cores, CPU model, memory, Python and the commit measured."""
    model = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        memory_gb: float | None = round(
            os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1)
    except (ValueError, OSError):
        memory_gb = None
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO,
                            capture_output=True, text=True, check=False).stdout.strip()
    dirty = subprocess.run(["git", "status", "--porcelain", "--", "watcher"], cwd=REPO,
                           capture_output=True, text=True, check=False).stdout.strip()
    return {"cores": os.cpu_count(), "cpu": model, "memory_gb": memory_gb,
            "python": platform.python_version(), "platform": platform.platform(),
            "commit": (commit + ("+uncommitted" if dirty else "")) if commit else None}


def median(values: list[float]) -> float:
    return float(statistics.median(values))


@dataclass(frozen=True, slots=True)
class Timed:
    """A child process run to completion: wall time, peak RSS, CPU, exit code, output.

    ``cpu_seconds`` (user + system, the child and the workers it reaped) does not move with
    a busy neighbour the way wall time does on a shared machine."""

    seconds: float
    peak_rss_mb: float
    returncode: int
    stdout: str
    stderr: str
    cpu_seconds: float = 0.0


class Launcher:
    """``bench/launcher.py`` running beside the runner: it starts the timed children, so
    their peak RSS does not include the runner's own (see that module)."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen([sys.executable, "-m", "bench.launcher"], cwd=REPO,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)

    def run(self, cmd: list[str], env: dict[str, str] | None) -> Timed:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        with tempfile.TemporaryDirectory(prefix="bench-child-") as tmp:
            out, err = Path(tmp) / "stdout", Path(tmp) / "stderr"
            self.proc.stdin.write(json.dumps({"cmd": cmd, "env": env, "cwd": str(REPO),
                                              "stdout": str(out), "stderr": str(err)}) + "\n")
            self.proc.stdin.flush()
            line = self.proc.stdout.readline()
            if not line:
                raise RuntimeError(f"the launcher exited (code {self.proc.wait()})")
            r = json.loads(line)
            return Timed(r["seconds"], r["maxrss_kb"] / 1024, r["returncode"],
                         out.read_text(errors="replace"), err.read_text(errors="replace"),
                         r["cpu_seconds"])

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(10)


_launcher: Launcher | None = None


@contextmanager
def small_launcher() -> Iterator[Launcher]:
    """Route ``run_timed`` through a launcher started now, while this process is small."""
    global _launcher
    launcher = _launcher = Launcher()
    try:
        yield launcher
    finally:
        _launcher = None
        launcher.close()


def run_timed(cmd: list[str], env: dict[str, str] | None = None) -> Timed:
    """Run ``cmd`` and read that child's peak RSS from wait4 (exact, no sampling); through
    the launcher when one is running (``small_launcher``), else directly, and then the
    figure includes this process's resident size at the spawn."""
    if _launcher is not None:
        return _launcher.run(cmd, env)
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, env=env, cwd=REPO)
        _pid, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Timed(seconds, usage.ru_maxrss / 1024, proc.returncode,
                     out.read().decode(errors="replace"), err.read().decode(errors="replace"),
                     usage.ru_utime + usage.ru_stime)


class FarmProcess:
    """The feed farm running in its own process, and its control endpoints."""

    def __init__(self, proc: subprocess.Popen[str], info: dict[str, Any], port: int) -> None:
        self.proc = proc
        self.info = info
        self.base = f"http://127.0.0.1:{port}"
        self.config = Path(info["config"])
        self.urls = Path(info["urls"]).read_text(encoding="utf-8").split()

    def control(self, path: str) -> dict[str, Any]:
        with urllib.request.urlopen(self.base + path, timeout=60) as resp:
            doc: dict[str, Any] = json.loads(resp.read())
            return doc

    def stats(self) -> dict[str, Any]:
        """Requests and farm CPU seconds since the last call (the counters reset)."""
        return self.control("/_farm/stats?reset=1")


@contextmanager
def farm_process(folder: Path, *, feeds: int, hosts: int, items: int, delay: float,
                 port: int, workload: str = "mixed") -> Iterator[FarmProcess]:
    """Start ``python -m bench.farm`` and wait for its ready line; stop it afterwards."""
    cmd = [sys.executable, "-m", "bench.farm", "--feeds", str(feeds), "--hosts", str(hosts),
           "--items", str(items), "--delay", str(delay), "--port", str(port),
           "--out", str(folder), "--workload", workload]
    proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if not line:
            raise RuntimeError(f"the farm did not start (exit code {proc.wait()})")
        yield FarmProcess(proc, json.loads(line), port)
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
