"""The code base stays ruff-clean and mypy --strict clean (the configuration is in pyproject)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)


def test_ruff_clean() -> None:
    """ruff reports nothing over the project, tests and benchmarks."""
    done = run("ruff", "check", "--no-cache", ".")
    assert done.returncode == 0, done.stdout + done.stderr


def test_mypy_strict_clean() -> None:
    """mypy --strict (from pyproject) finds no error in the watcher package."""
    done = run("mypy")
    assert done.returncode == 0, done.stdout + done.stderr
