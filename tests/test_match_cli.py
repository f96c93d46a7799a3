"""`watcher match` and `watcher explain` end to end, with the shipped config and a real store."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from click.testing import CliRunner
from matchsupport import item

import watcher.cli  # noqa: F401  (loads the match commands the way start-up does)
from watcher.cli.matching import explain_command, match_command
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
    # a soldier crossing is a defection; the army itself is not the subject (military-security)
    assert rows[0]["profiles"] == ["defections"]
    # the terms the score counted, in the order the profile names them: "defects across the
    # DMZ" is a crossing, so the line and the soldier count beside the verb
    assert rows[0]["terms"]["defections"] == ["N. Korea*", "DMZ", "defect*", "soldier*"]
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


def test_explain_item_takes_the_key_or_link_that_match_since_prints(tmp_path: Path) -> None:
    """explain --item finds a stored item by the key `match --since` prints, or its link."""
    db = tmp_path / "state.db"
    store = Store.open(db)
    try:
        store.sync_feeds([("https://example.org/feed", "Example")])
        feed = store.feeds()[0]
        batch = [replace(item("Weather", "Sunny in Busan.", link="https://example.org/w"),
                         item_key="id:weather-1"),
                 replace(item("North Korean workers in Qatar go unpaid", "A labour report.",
                              link="https://example.org/qatar"), item_key="id:qatar-7")]
        store.ingest([FeedBatch.of_items(feed.id, batch, {"status": "ok"}, lambda _i: [])],
                     now=datetime.now(UTC), routes=lambda _p: [])
    finally:
        store.close()
    code, out, _ = _run(["match", "--since", "1d", "--config", CONFIG, "--db", str(db)])
    printed = [json.loads(line)["id"] for line in out.splitlines()]
    assert code == 0 and printed == ["id:weather-1", "id:qatar-7"]
    for ref in ("id:qatar-7", "https://example.org/qatar"):
        code, out, _ = _run(["explain", "overseas-labor", "--item", ref, "--config", CONFIG,
                             "--db", str(db)])
        assert code == 0 and "MATCHED" in out, ref
    code, out, _ = _run(["explain", "overseas-labor", "--item", "id:weather-1", "--config",
                         CONFIG, "--db", str(db)])
    assert code == 2 and "did not match" in out
    code, _, err = _run(["explain", "overseas-labor", "--item", "id:nope", "--config", CONFIG,
                         "--db", str(db)])
    assert code == 1 and "no stored item with key or link id:nope" in err


LABELLED = [
    {"id": "hit", "title": "N. Korean soldier defects across the DMZ", "summary": "He is safe.",
     "labels": ["defections"]},
    {"id": "missed", "title": "Escapee opens bakery", "summary": "A new life in Incheon.",
     "labels": ["defections", "lawfare-politics"]},
    {"id": "noise", "title": "N. Korean diplomat defects", "summary": "He reached Seoul.",
     "labels": []},
    {"id": "quiet", "title": "Samsung lowers its defect rate", "summary": "Quality improved.",
     "labels": []},
]


def test_match_labels_scores_each_profile_and_lists_every_miss(tmp_path: Path) -> None:
    """--labels prints P/R/F1 per profile, micro-F1, the false-alert rate and each miss."""
    path = tmp_path / "labelled.jsonl"
    path.write_text("".join(json.dumps(x) + "\n" for x in LABELLED), encoding="utf-8")
    code, out, _ = _run(["match", "--jsonl", str(path), "--labels", "--config", CONFIG])
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["profile", "P", "R", "F1", "tp", "fp", "fn"]
    assert "defections              0.67  1.00  0.80    2    1    0" in lines
    assert "lawfare-politics        1.00  0.00  0.00    0    0    1" in lines
    assert ("items 4, micro P 0.667 R 0.667 F1 0.667 (tp 2 fp 1 fn 1); false alerts 1/2 items "
            "with no label (50.0%)") in lines
    assert "  false positive defections [noise] N. Korean diplomat defects" in lines
    assert "  false negative lawfare-politics [missed] Escapee opens bakery" in lines
    why = lines[lines.index("  false positive defections [noise] N. Korean diplomat defects") + 1]
    assert why.strip().startswith("fired: N. Korea*, defect*")
    why = lines[lines.index("  false negative lawfare-politics [missed] Escapee opens bakery") + 1]
    assert why.strip().startswith("missing: either")


def test_match_labels_needs_a_labels_list_and_a_file(tmp_path: Path) -> None:
    """A line without a labels list is an error naming the line; --labels needs --jsonl."""
    path = tmp_path / "items.jsonl"
    path.write_text(json.dumps({"id": 1, "title": "x", "labels": "defections"}) + "\n",
                    encoding="utf-8")
    code, _, err = _run(["match", "--jsonl", str(path), "--labels", "--config", CONFIG])
    assert code == 1 and 'line 1: --labels needs "labels": a list of profile ids' in err
    code, _, err = _run(["match", "--since", "1d", "--labels", "--config", CONFIG])
    assert code == 2 and "--labels works with --jsonl FILE" in err


def test_result_lines_are_the_json_encoders_bytes_for_their_dictionary() -> None:
    """The result line is written from pieces; it must be what json.dumps (ensure_ascii
    off) makes of the same dictionary, for any id and for names and terms that need
    escaping."""
    from watcher.cli.matching import result_text
    from watcher.models import Match, Snippet, TermHit

    none = Snippet("", ())
    found = [
        Match('say "hi" \\ 북한', 2.5, (TermHit("N. Korea*", ("title",), 1),
                                      TermHit('a "quoted"\tterm', ("summary",), 2)), none),
        Match("p2", 1e-07, (), none),
        Match("p3", 123456789.125, (TermHit("\u2028 ok", ("title",), 1),), none),
    ]
    for item_id in (None, 7, -1.5, "x\"y", "탈북", [1, {"a": None}], True):
        for some in (found, found[1:2], []):
            expected = json.dumps({
                "id": item_id, "profiles": [m.profile for m in some],
                "scores": {m.profile: m.score for m in some},
                "terms": {m.profile: [t.term for t in m.terms] for m in some},
            }, ensure_ascii=False)
            assert result_text(item_id, some) == expected


def test_match_fields_finds_what_match_finds_for_the_same_item() -> None:
    """``match --jsonl`` matches the texts without building an Item: the same matches."""
    from watcher.cli.matching import _setup

    _, matcher = _setup(Path(CONFIG))
    for x in LINES:
        it = item(str(x["title"]), str(x["summary"]), categories=("North Korea",),
                  link="https://news.example/nk/1")
        via_item = matcher.match(it, snippets=False)
        assert via_item == matcher.match_fields(
            it.title, it.summary, it.content, it.author, it.categories, it.link, it.feed_url)
    assert any(matcher.match_fields(str(x["title"]), str(x["summary"])) for x in LINES)


def test_jsonl_values_the_fast_parser_reads_otherwise_come_back_as_written() -> None:
    """Ids are echoed: a 30-digit integer, NaN and the 64-bit limits come back as the
    standard JSON parser reads them, and a broken line still names its line."""
    stdin = ('{"id": 123456789012345678901234567890, "title": "Pyongyang"}\n'
             '{"id": NaN, "title": "x"}\n'
             '{"id": -9223372036854775809, "title": "x"}\n'
             '{"id": 18446744073709551615, "title": "x"}\n'
             '{"id": 1.5e-7, "title": "x"}\n'
             '{"id": 3,, "title": "x"}\n')
    code, out, err = _run(["match", "--jsonl", "-", "--config", CONFIG], stdin)
    assert code == 1
    assert [line.split(",")[0] for line in out.splitlines()] == [
        '{"id": 123456789012345678901234567890', '{"id": NaN',
        '{"id": -9223372036854775809', '{"id": 18446744073709551615', '{"id": 1.5e-07']
    assert "line 6: not valid JSON (Expecting property name enclosed in double quotes)" in err
