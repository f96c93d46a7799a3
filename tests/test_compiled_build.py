"""The compiled matching modules (setup.py) are built from the sources beside them.

An editable install compiles watcher/match/ once; editing a module afterwards leaves the old
compiled one in charge until the next `pip install -e .`. These tests fail in that state,
so a change is never tested against code it did not reach, and check that a build without
a compiler falls back to plain Python with the same results.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RECORD = ROOT / "watcher" / "match" / "_built_from.json"


def _compiled_modules() -> list[str]:
    """Sources (as paths from the project root) whose module was imported from a build."""
    found = []
    for source in sorted((ROOT / "watcher" / "match").glob("*.py")):
        name = "watcher.match." + source.stem
        origin = importlib.import_module(name).__file__ or ""
        if not origin.endswith(".py"):
            found.append(source.relative_to(ROOT).as_posix())
    return found


def test_compiled_modules_are_built_from_the_sources_beside_them() -> None:
    compiled = _compiled_modules()
    if not compiled:
        pytest.skip("matching runs as plain Python (no C compiler at install time)")
    assert RECORD.exists(), f"{RECORD.name} is missing: install again (pip install -e .)"
    built = json.loads(RECORD.read_text(encoding="utf-8"))
    assert sorted(built) == compiled, "the build record and the compiled modules differ"
    stale = [path for path in compiled
             if built[path] != hashlib.sha256((ROOT / path).read_bytes()).hexdigest()]
    assert not stale, f"changed since they were compiled: {stale}; run `pip install -e .` again"


_PROBE = """
import json, sys
from datetime import UTC, datetime
from watcher.cli.matching import item_from_json
from watcher.config import load
from watcher.match import compile_profiles
from watcher.match.scan import __file__ as where
config = load(sys.argv[1], {"SMTP_PASSWORD": "x"})
matcher = compile_profiles(config.profiles, config.aliases)
now = datetime(2024, 1, 1, tzinfo=UTC)
items = [
    ("1", "North Korean defector family arrives in Seoul after fleeing via China", ""),
    ("2", "탈북민 3명 제3국 거쳐 입국", "통일부는 탈북민 세 명이 입국했다고 밝혔다."),
    ("3", "Pyongyang factories fulfil the plan ahead of schedule", "KCNA reported output."),
    ("4", "UN panel says DPRK workers abroad still earn for the regime", "Laborers in Russia."),
]
out = []
for id_, title, summary in items:
    item = item_from_json({"id": id_, "title": title, "summary": summary}, now)
    out.append([id_, [(m.profile, round(m.score, 6)) for m in matcher.match(item)]])
print(json.dumps({"compiled": not where.endswith(".py"), "matches": out}))
"""


def _probe(where: Path) -> dict[str, object]:
    """The probe's matches, run from ``where`` (as the working directory: `python -c` looks
    there first for the package)."""
    done = subprocess.run([sys.executable, "-B", "-c", _PROBE, str(ROOT / "config.yaml")],
                          capture_output=True, text=True, cwd=where, timeout=120)
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout)
    return result


@pytest.fixture(scope="module")
def plain_sources(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The package's sources without any compiled module, as a build without a compiler
    installs them."""
    folder = tmp_path_factory.mktemp("plain")
    shutil.copytree(ROOT / "watcher", folder / "watcher",
                    ignore=shutil.ignore_patterns("*.so", "__pycache__"))
    return folder


def test_plain_python_matches_as_the_compiled_build_does(plain_sources: Path) -> None:
    pure = _probe(plain_sources)
    assert pure["compiled"] is False
    installed = _probe(ROOT)
    assert installed["matches"] == pure["matches"]
    matched = [profiles for _, profiles in pure["matches"]]  # type: ignore[attr-defined]
    assert matched[0] and matched[1] and matched[3], "the probe items must match something"
