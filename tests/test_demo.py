"""demo: reports exactly the digest files its own run wrote."""

from __future__ import annotations

import asyncio
import os
import time
from pathlib import Path

from watcher.demo import run_demo

ROOT = Path(__file__).resolve().parents[1]


def test_demo_names_only_the_files_it_wrote(tmp_path: Path) -> None:
    """Older files in --out (even with a newer mtime) are not claimed as this run's digest."""
    out = tmp_path / "digests"
    out.mkdir()
    old = [out / "old-digest.html", out / "old-digest.eml"]
    for path in old:
        path.write_text("from an earlier run", encoding="utf-8")
        future = time.time() + 3600
        os.utime(path, (future, future))
    lines: list[str] = []
    asyncio.run(run_demo(ROOT / "config.yaml", out, lines.append))
    wrote = [ln.removeprefix("wrote ") for ln in lines if ln.startswith("wrote ")]
    assert wrote and not {str(p) for p in old} & set(wrote)
    assert {Path(w).suffix for w in wrote} == {".html", ".eml"}
    assert all(Path(w).exists() for w in wrote)
