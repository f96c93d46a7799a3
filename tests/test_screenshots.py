"""scripts/screenshots.py: draws the demo digest at two widths, or says why it cannot."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "screenshots.py"


def test_without_chromium_it_skips_with_a_message(tmp_path: Path) -> None:
    """With no browser on PATH the script exits 0, says it skipped and writes nothing."""
    done = subprocess.run([sys.executable, str(SCRIPT), "--out", str(tmp_path / "shots")],
                          env={"PATH": str(tmp_path)}, capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert "screenshots skipped: no Chromium found" in done.stdout
    assert not (tmp_path / "shots").exists()


@pytest.mark.skipif(shutil.which("chromium") is None, reason="no chromium installed")
def test_with_chromium_it_writes_both_widths(tmp_path: Path) -> None:
    """With Chromium the demo digest is drawn at 1,200 and 400 px, beside its .eml."""
    out = tmp_path / "shots"
    done = subprocess.run([sys.executable, str(SCRIPT), "--out", str(out)],
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    for name in ("digest-1200.png", "digest-400.png", "digest-1200-full.png",
                 "digest-400-full.png"):
        assert (out / name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(list(out.glob("*.eml"))) == 1
