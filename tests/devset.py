"""The development set for the default profiles: loading, the fixed split, and scoring.

Three files of JSON lines, labelled by PROFILES.md (the yardstick for the default profiles):
devset_en.jsonl and devset_ko.jsonl (field ``labels``) and the older labelled.jsonl (field
``expected``). Each item belongs to one half for good, decided by a hash of its id: the
first byte of sha256(id) even puts it in the tuning half, odd in the checking half. Profiles
are tuned on the tuning half only; the checking half is what the tests report.

    python tests/devset.py [en|ko]      the tuning half's report (the checking half is
                                        printed by tests/test_match_devset.py, not here)
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from watcher.cli.matching import item_from_json  # noqa: E402
from watcher.config import load  # noqa: E402
from watcher.match import Matcher, compile_profiles  # noqa: E402
from watcher.match.labels import LabelledItem, Scores, score  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "match"
FILES = ("devset_en.jsonl", "devset_ko.jsonl", "labelled.jsonl")
TUNING, CHECKING = "tuning", "checking"
_NOW = datetime(2024, 1, 1, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class Row:
    id: str
    lang: str
    style: str
    title: str
    summary: str
    labels: frozenset[str]
    source: str  # the file it came from

    @property
    def half(self) -> str:
        return half(self.id)

    def labelled(self) -> LabelledItem:
        obj = {"id": self.id, "title": self.title, "summary": self.summary}
        return self.id, item_from_json(obj, _NOW), self.labels


def half(item_id: str) -> str:
    """The half an id belongs to, fixed for good: sha256(id)'s first byte even -> tuning."""
    return TUNING if hashlib.sha256(item_id.encode()).digest()[0] % 2 == 0 else CHECKING


def load_rows(folder: Path = FIXTURES) -> list[Row]:
    """Every row of the three files that exist; ids must be unique across them."""
    rows: list[Row] = []
    for name in FILES:
        path = folder / name
        if not path.exists():
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            obj = json.loads(line)
            labels = obj.get("labels", obj.get("expected", []))
            rows.append(Row(str(obj["id"]), str(obj.get("lang", "")),
                            str(obj.get("style", "")), str(obj.get("title", "")),
                            str(obj.get("summary") or ""), frozenset(labels),
                            f"{name}:{number}"))
    seen: dict[str, str] = {}
    for row in rows:
        if row.id in seen:
            raise ValueError(f"duplicate id {row.id!r} in {seen[row.id]} and {row.source}")
        seen[row.id] = row.source
    return rows


def shipped_matcher() -> Matcher:
    config = load(ROOT / "config.yaml", {**os.environ, "SMTP_PASSWORD": "x"})
    return compile_profiles(config.profiles, config.aliases)


def scores(matcher: Matcher, rows: list[Row], which: str, lang: str | None = None) -> Scores:
    """Score one half (optionally one language) with ``matcher``."""
    chosen = [r for r in rows if r.half == which and (lang is None or r.lang == lang)]
    return score(matcher, [r.labelled() for r in chosen])


if __name__ == "__main__":
    language = sys.argv[1] if len(sys.argv) > 1 else None
    print(scores(shipped_matcher(), load_rows(), TUNING, language).render())
