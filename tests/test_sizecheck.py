"""`watcher check` warns when a destination's max_items makes a digest too large for one email."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from watcher.cli import main
from watcher.config import load
from watcher.sizecheck import email_size_warnings

BASE = {
    "feeds": [{"url": "https://a.example/feed"}],
    "profiles": {"defections": {"query": "defect*"}, "labour": {"query": "worker*"}},
}


def config_file(tmp_path: Path, dest: dict[str, object]) -> Path:
    path = tmp_path / "config.yaml"
    data = {**BASE, "destinations": {"desk": {"type": "file", "path": "out", **dest}}}
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(("max_items", "warned"), [(40, False), (100, False), (400, True)])
def test_warns_only_when_max_items_stories_exceed_one_email(
        tmp_path: Path, max_items: int, warned: bool) -> None:
    """A warning names the destination's max_items and the number of emails it would take."""
    config = load(config_file(tmp_path, {"max_items": max_items}), os.environ)
    warnings = email_size_warnings(config, os.environ)
    assert bool(warnings) == warned, warnings
    if warned:
        [line] = warnings
        assert line.startswith("destinations.desk.max_items: 400 ordinary stories")
        assert "would arrive as" in line and "nothing is lost" in line


def test_chat_and_instant_destinations_are_not_measured(tmp_path: Path) -> None:
    """Only digest emails and files are held to the mail clients' 100 KB."""
    config = load(config_file(tmp_path, {"max_items": 400, "mode": "instant"}), os.environ)
    assert email_size_warnings(config, os.environ) == []


def test_check_prints_the_warning_and_still_passes(tmp_path: Path) -> None:
    """`watcher check` shows the warning above its OK line and exits 0."""
    path = config_file(tmp_path, {"max_items": 400})
    result = CliRunner().invoke(main, ["check", "--config", str(path)])
    assert result.exit_code == 0, result.output
    assert "warning: destinations.desk.max_items: 400" in result.output
    assert result.output.strip().splitlines()[-1].endswith("1 destinations")
