"""`watcher match` and `watcher explain` end to end, with the shipped config and a real store."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from click.testing import CliRunner
from matchsupport import item

import watcher.cli  # noqa: F401  (loads cli_match the way start-up does)
from watcher.cli_match import explain_command, match_command
from watcher.store import Store
from watcher.store.items import FeedBatch

CONFIG = str(Path(__file__).resolve().parents[1] / "config.yaml")
LINES = [
    {"id": 1, "title": "N. Korean soldier defects across the DMZ", "summary": "He is safe."},
    {"id": "b", "title": "Samsung lowers its defect rate", "summary": "Quality improved."},
    {"id": 3, "title": "대북제재 위반 선박 적발", "summary": "북한산 석탄을 실은 선박"},
]


def _run(args: list[str], stdin: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(match_command if args[0] == "match" else explain_command,
                                args[1:], input=stdin)
    return result.exit_code, result.stdout, result.stderr


def test_match_jsonl_from_stdin_writes_one_line_per_item() -> None:
    """Each input line gives one output line with profiles, scores and terms."""
    stdin = "\n".join(json.dumps(x, ensure_ascii=False) for x in LINES) + "\n"
    code, out, _ = _run(["match", "--jsonl", "-", "--config", CONFIG], stdin)
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in rows] == [1, "b", 3]
    assert "defections" in rows[0]["profiles"] and "military-security" in rows[0]["profiles"]
    assert rows[0]["terms"]["defections"] == ["N. Korea*", "defect*", "DMZ"]
    assert rows[0]["scores"]["defections"] > 0
    assert rows[1] == {"id": "b", "profiles": [], "scores": {}, "terms": {}}
    assert rows[2]["profiles"] == ["sanctions-finance"]


def test_match_jsonl_file_and_bad_json(tmp_path: Path) -> None:
    """A file works like stdin; a broken line is an error naming the line."""
    path = tmp_path / "items.jsonl"
    path.write_text(json.dumps(LINES[0]) + "\n{not json\n", encoding="utf-8")
    code, out, err = _run(["match", "--jsonl", str(path), "--config", CONFIG])
    assert code == 1
    assert len(out.splitlines()) == 1
    assert "line 2: not valid JSON" in err


def test_bad_query_in_config_exits_1_with_caret(tmp_path: Path) -> None:
    """An invalid profile query is reported on stderr with its caret, exit status 1."""
    cfg = tmp_path / "config.yaml"
    cfg.write_text("profiles:\n  p: {query: 'defect* AND (a1 OR'}\n", encoding="utf-8")
    code, _, err = _run(["match", "--jsonl", "-", "--config", str(cfg)], "")
    assert code == 1
    assert "profiles.p.query: expected a term, phrase, @alias or '(' after OR" in err
    assert "defect* AND (a1 OR" in err and err.rstrip().endswith("^")


def test_explain_text_exit_status_follows_the_verdict() -> None:
    """explain prints the tree; exit 0 when it matches, 2 when it does not."""
    code, out, _ = _run(["explain", "defections", "DPRK diplomat defects\nHe flew to Seoul.",
                         "--config", CONFIG])
    assert code == 0 and out.startswith("profile defections: MATCHED")
    code, out, _ = _run(["explain", "defections", "Samsung defect rate", "--config", CONFIG])
    assert code == 2 and "did not match" in out
    code, _, err = _run(["explain", "nope", "text", "--config", CONFIG])
    assert code == 1 and "unknown profile 'nope'" in err


def _store_with_items(db: Path, now: datetime) -> None:
    store = Store.open(db)
    try:
        store.sync_feeds([("https://example.org/feed", "Example")])
        feed = store.feeds()[0]
        batch = [item("North Korean workers in Qatar go unpaid", "A labour group report."),
                 item("Weather", "Sunny in Busan.")]
        batch = [replace(i, item_key=str(n)) for n, i in enumerate(batch)]
        store.ingest([FeedBatch.of_items(feed.id, batch, {"status": "ok"}, lambda _i: [])], now=now,
                     routes=lambda _p: [])
    finally:
        store.close()


def test_match_since_reruns_profiles_over_stored_items(tmp_path: Path) -> None:
    """--since re-matches items stored within the window; explain --item reads one."""
    db = tmp_path / "state.db"
    _store_with_items(db, datetime.now(UTC) - timedelta(days=2))
    code, out, _ = _run(["match", "--since", "30d", "--config", CONFIG, "--db", str(db)])
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["profiles"] for r in rows] == [["overseas-labor"], []]
    code, out, _ = _run(["match", "--since", "1d", "--config", CONFIG, "--db", str(db)])
    assert code == 0 and out == ""
    code, out, _ = _run(["explain", "overseas-labor", "--item", "1", "--config", CONFIG,
                         "--db", str(db)])
    assert code == 0 and "MATCHED" in out
    code, _, err = _run(["explain", "overseas-labor", "--item", "99", "--config", CONFIG,
                         "--db", str(db)])
    assert code == 1 and "no stored item with id 99" in err
