"""The profile check record: `run --once` skips the check only for the very profiles, aliases
and code that passed it, and never matches with anything but the config in hand."""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from feedgen import rss
from feedserver import FeedServer
from matchsupport import item

import watcher.profilecheck as profilecheck
from watcher.cli import main
from watcher.config import ProfileConfig
from watcher.errors import QueryError
from watcher.match import compile_profiles
from watcher.profilecheck import checked_profiles, fingerprint, record_path

PROFILES = {"defections": ProfileConfig(query="@nk AND defect*"),
            "camps": ProfileConfig(query='"prison camp" OR gulag*', min_score=0.5)}
ALIASES = {"nk": ['"North Korea"', "DPRK"]}


def test_a_passed_check_is_recorded_and_the_next_skips_it(tmp_path: Path) -> None:
    record = record_path(tmp_path / "watcher.db")
    assert record == tmp_path / "watcher.db.checked-profiles"
    checked_profiles(PROFILES, ALIASES, record)
    assert json.loads(record.read_text(encoding="utf-8")) == {
        "format": 1, "profiles": fingerprint(PROFILES, ALIASES)}
    # Recorded: nothing is parsed until the first item is matched.
    skipped = checked_profiles(PROFILES, ALIASES, record)
    assert skipped.profiles == ("defections", "camps")
    assert type(skipped._checked).__name__ == "Unchecked"


def test_a_skipped_check_matches_exactly_as_the_compiled_profiles(tmp_path: Path) -> None:
    record = tmp_path / "watcher.db.checked-profiles"
    checked_profiles(PROFILES, ALIASES, record)
    skipped = checked_profiles(PROFILES, ALIASES, record)
    compiled = compile_profiles(PROFILES, ALIASES)
    for title in ["DPRK soldier defects at the border", "A gulag survivor speaks",
                  "Defectors meet in Seoul", "Weather in Pyongyang"]:
        assert skipped.match(item(title)) == compiled.match(item(title))
    assert skipped.match(item("DPRK soldier defects"))[0].profile == "defections"


def test_a_failed_check_records_nothing(tmp_path: Path) -> None:
    record = tmp_path / "watcher.db.checked-profiles"
    with pytest.raises(QueryError):
        checked_profiles({"bad": ProfileConfig(query="defect* AND (")}, {}, record)
    assert not record.exists()


@pytest.mark.parametrize(("profiles", "aliases"), [
    ({**PROFILES, "defections": ProfileConfig(query="@nk AND (defect*")}, ALIASES),
    (PROFILES, {"nk": ['"North Korea', "DPRK"]}),
    ({**PROFILES, "camps": ProfileConfig(query="gulag*", weights={"camp": 2})}, ALIASES),
])
def test_a_changed_profile_or_alias_is_checked_again(
        tmp_path: Path, profiles: dict[str, ProfileConfig], aliases: dict[str, list[str]]) -> None:
    """A record of other profiles never lets a broken query through."""
    record = tmp_path / "watcher.db.checked-profiles"
    checked_profiles(PROFILES, ALIASES, record)
    with pytest.raises(QueryError):
        checked_profiles(profiles, aliases, record)
    assert fingerprint(profiles, aliases) != fingerprint(PROFILES, ALIASES)


def test_every_field_of_a_profile_is_in_the_fingerprint() -> None:
    base = fingerprint(PROFILES, ALIASES)
    for change in [{"min_score": 0.6}, {"exclude": "camp fire"}, {"description": "x"},
                   {"weights": {"gulag": 2.0}}, {"field_boosts": {"title": 2.0}}]:
        camps = PROFILES["camps"].model_copy(update=change)
        assert fingerprint({**PROFILES, "camps": camps}, ALIASES) != base, change


def test_other_checking_code_is_another_fingerprint(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """An upgrade that changes the query language checks again, even at the same version."""
    base = fingerprint(PROFILES, ALIASES)
    package = tmp_path / "watcher"
    shutil.copytree(Path(profilecheck.__file__).parent, package,
                    ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(profilecheck, "_PACKAGE", package)
    assert fingerprint(PROFILES, ALIASES) == base
    parser = package / "match" / "parser.py"
    parser.write_text(parser.read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")
    assert fingerprint(PROFILES, ALIASES) != base
    (package / "config.py").unlink()  # code that cannot be read: nothing is remembered
    assert fingerprint(PROFILES, ALIASES) is None
    record = tmp_path / "watcher.db.checked-profiles"
    checked_profiles(PROFILES, ALIASES, record)
    assert not record.exists()


@pytest.mark.parametrize("text", ["", "{not json", '["a list"]', '{"format": 1}',
                                  '{"format": 1, "profiles": 7}', "\udcff"])
def test_a_corrupt_record_is_named_then_checked_again_and_replaced(
        tmp_path: Path, caplog: pytest.LogCaptureFixture, text: str) -> None:
    record = tmp_path / "watcher.db.checked-profiles"
    record.write_bytes(text.encode("utf-8", "surrogateescape"))
    with caplog.at_level(logging.WARNING, logger="watcher"):
        with pytest.raises(QueryError):
            checked_profiles({"bad": ProfileConfig(query="defect* AND (")}, {}, record)
        assert f"the profile check record {record}" in caplog.text or \
            f"cannot read the profile check record {record}" in caplog.text
        assert "checking the profiles again" in caplog.text
        caplog.clear()
        checked_profiles(PROFILES, ALIASES, record)
    assert json.loads(record.read_text(encoding="utf-8"))["profiles"] == \
        fingerprint(PROFILES, ALIASES)


def test_a_record_of_another_format_is_replaced_quietly(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    record = tmp_path / "watcher.db.checked-profiles"
    record.write_text(json.dumps({"format": 99, "profiles": fingerprint(PROFILES, ALIASES)}),
                      encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="watcher"):
        checked_profiles(PROFILES, ALIASES, record)
    assert caplog.text == ""
    assert json.loads(record.read_text(encoding="utf-8"))["format"] == 1


def test_an_unwritable_folder_only_costs_the_next_run_a_check(tmp_path: Path) -> None:
    record = tmp_path / "missing" / "watcher.db.checked-profiles"
    matcher = checked_profiles(PROFILES, ALIASES, record)
    assert not record.exists()
    assert matcher.match(item("DPRK soldier defects"))[0].profile == "defections"


def test_run_once_refuses_a_query_broken_after_a_recorded_run(tmp_path: Path) -> None:
    """End to end: the second run skips the check and still matches; a profile edited into a
    bad query afterwards is refused with its message, as without a record."""
    config = tmp_path / "config.yaml"

    def write(query: str) -> None:
        config.write_text(yaml.safe_dump({
            "feeds": [{"url": srv.url("/f.xml")}],
            "profiles": {"defections": {"query": query}},
            "destinations": {"d": {"type": "file", "path": "out"}},
            "polling": {"parse_workers": 0}}, allow_unicode=True), encoding="utf-8")

    runner = CliRunner()
    with FeedServer() as srv:
        srv.route("/f.xml", rss(0, 4))
        write("defect* OR 탈북*")
        first = runner.invoke(main, ["run", "--once", "--config", str(config)])
        assert first.exit_code == 0, first.output
        assert "4 new item(s), 3 match(es)" in first.output
        assert (tmp_path / "watcher.db.checked-profiles").is_file()
        srv.route("/f.xml", rss(0, 8))
        second = runner.invoke(main, ["run", "--once", "--force", "--config", str(config)])
        assert second.exit_code == 0, second.output
        assert "4 new item(s), 3 match(es)" in second.output
        write("defect* AND (탈북*")
        third = runner.invoke(main, ["run", "--once", "--force", "--config", str(config)])
    assert third.exit_code == 1
    assert "profiles.defections.query" in third.output
