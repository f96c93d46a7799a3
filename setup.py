"""Build: the matching modules compiled to C with mypyc where a C compiler is at hand.

Everything else about the package is in pyproject.toml. Matching is the one place where the
daemon spends Python per word and per hit of every item (watcher/match/scan.py, evaluate.py);
compiled, the same source runs about 1.6 times faster (README, "Benchmarks"). The
compilation is optional: without a C compiler or Python's headers, or with
WATCHER_PURE_PYTHON=1, the package installs as plain Python and behaves the same, slower.

A compiled module is built from its source at install time: after editing one of
COMPILED, install again (`pip install -e .`), or the old build keeps running.
tests/test_compiled_build.py fails while a build is older than its source; the hashes it
compares are written here, to watcher/match/_built_from.json.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path
from typing import Any

from setuptools import setup
from setuptools.command.build_ext import build_ext

ROOT = Path(__file__).resolve().parent
COMPILED = [f"watcher/match/{name}.py" for name in (
    "scan", "evaluate", "matcher", "compiler", "normalize_text", "nodes", "parser", "lexer",
    "snippet", "explain")]
RECORD = ROOT / "watcher" / "match" / "_built_from.json"


def _say(message: str) -> None:
    print(f"watcher: {message}", file=sys.stderr)


class OptionalBuildExt(build_ext):
    """build_ext that falls back to plain Python when compiling fails.

    mypyc's modules share one library: if any of them cannot be built, none is kept,
    so the package never mixes a compiled module with a missing one."""

    def run(self) -> None:
        try:
            super().run()
        except Exception as exc:  # no compiler, no Python.h, a compiler error
            self._fall_back(exc)
        else:
            RECORD.write_text(json.dumps(_source_hashes(), indent=1) + "\n", encoding="utf-8")

    def _fall_back(self, exc: BaseException) -> None:
        _say(f"matching stays plain Python, compiling it failed: {exc}")
        for ext in self.extensions:
            for path in {Path(self.get_ext_fullpath(ext.name)),
                         ROOT / self.get_ext_filename(ext.name)}:
                path.unlink(missing_ok=True)
        RECORD.unlink(missing_ok=True)


def _source_hashes() -> dict[str, str]:
    return {path: hashlib.sha256((ROOT / path).read_bytes()).hexdigest() for path in COMPILED}


def _extensions() -> list[Any]:
    if os.environ.get("WATCHER_PURE_PYTHON", "") not in ("", "0"):
        _say("WATCHER_PURE_PYTHON is set: matching stays plain Python")
        return []
    try:
        from mypyc.build import mypycify
    except ImportError as exc:  # a build without the declared build requirements
        _say(f"matching stays plain Python, mypyc is not installed: {exc}")
        return []
    try:
        # The build runs in pip's isolated environment, without the runtime dependencies:
        # their types are unknown there (Any), and only the compiled modules are checked
        # (the whole package is held to mypy --strict by the tests, with them installed).
        return list(mypycify(["--ignore-missing-imports", "--follow-imports=silent",
                              *COMPILED], opt_level="3", group_name="watcher_match"))
    except (Exception, SystemExit) as exc:  # mypyc exits on a type error it cannot compile
        _say(f"matching stays plain Python, mypyc refused the sources: {exc}")
        return []


def _builds() -> bool:
    """False when setuptools only asks for metadata (pip runs this file several times per
    install): mypyc then has nothing to compile for, and takes seconds."""
    commands = [arg for arg in sys.argv[1:] if not arg.startswith("-")]
    return not set(commands) <= {"egg_info", "dist_info", "sdist"}


if _builds():
    RECORD.unlink(missing_ok=True)  # written again only by a build that succeeds
setup(ext_modules=_extensions() if _builds() else [],
      cmdclass={"build_ext": OptionalBuildExt})
