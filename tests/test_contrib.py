"""contrib: the systemd units are valid for systemd-analyze; the daemon's asks for notify and
watchdog, the workers' template reloads on SIGHUP."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

UNIT = Path(__file__).resolve().parents[1] / "contrib" / "watcher.service"
WORKER_UNIT = UNIT.with_name("watcher-worker@.service")


def test_unit_uses_notify_and_watchdog() -> None:
    """The unit waits for READY (Type=notify) and restarts a daemon that stops pinging."""
    lines = UNIT.read_text(encoding="utf-8").splitlines()
    assert "Type=notify" in lines and "NotifyAccess=main" in lines
    assert any(line.startswith("WatchdogSec=") for line in lines)
    assert "ExecReload=/bin/kill -HUP $MAINPID" in lines


def test_worker_template_runs_watcher_worker_and_reloads_on_sighup() -> None:
    """One instance per worker; `systemctl reload` sends the SIGHUP that shares new profiles."""
    lines = WORKER_UNIT.read_text(encoding="utf-8").splitlines()
    assert any(line.startswith("ExecStart=") and " worker --config " in line for line in lines)
    assert "ExecReload=/bin/kill -HUP $MAINPID" in lines


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="no systemd-analyze here")
@pytest.mark.parametrize(("source", "name"), [(UNIT, "watcher.service"),
                                              (WORKER_UNIT, "watcher-worker@1.service")])
def test_systemd_analyze_verify_finds_nothing(tmp_path: Path, source: Path, name: str) -> None:
    """`systemd-analyze verify` reports no problem (ExecStart pointed at this install; the
    template as one of its instances)."""
    installed = Path(sys.executable).parent / "watcher"
    text = source.read_text(encoding="utf-8").replace("/opt/watcher/.venv/bin/watcher",
                                                      str(installed))
    unit = tmp_path / name
    unit.write_text(text, encoding="utf-8")
    done = subprocess.run(["systemd-analyze", "verify", str(unit)], capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0
    assert str(unit) not in done.stderr + done.stdout, done.stderr
