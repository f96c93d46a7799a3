"""chat templates: line breaks survive Jinja's trim_blocks; an empty window says 'nothing new'."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from watcher.config import parse
from watcher.deliver import build_notifier
from watcher.digest import sample_digest

NOW = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


def payload_text(kind: str, empty: bool = False) -> str:
    config = parse({"destinations": {"d": {"type": kind, "url": "http://127.0.0.1:9/hook"}}},
                   {}, Path("."))
    notifier = build_notifier("d", config.destinations["d"], config, environ={})
    digest = sample_digest("d", "UTC", NOW)
    if empty:
        digest = replace(digest, groups=())
    [message] = notifier.render(digest)
    return json.dumps(json.loads(message.body), ensure_ascii=False)


@pytest.mark.parametrize("kind", ["slack", "discord", "mattermost", "teams"])
def test_entry_lines_are_separate(kind: str) -> None:
    """Source/time, snippet and matched terms sit on their own lines, not run together."""
    text = payload_text(kind)
    assert "2026-11-27 09:00 UTC\\n" in text
    assert "\\nMatched: test" in text or "\\n  Matched: test" in text


@pytest.mark.parametrize("kind", ["slack", "discord", "mattermost", "teams", "googlechat"])
def test_empty_window_says_nothing_new(kind: str) -> None:
    """A send_empty window reads 'nothing new' rather than '0 stories'."""
    text = payload_text(kind, empty=True)
    assert "nothing new" in text and "0 stories" not in text
