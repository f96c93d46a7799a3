"""cli.outbox: the `watcher outbox` table says which clock its times are on."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

import watcher.cli  # noqa: F401  (loads the outbox commands the way start-up does)
from watcher.cli.outbox import outbox_line
from watcher.store.outbox import OutboxRow

WHEN = datetime(2026, 11, 27, 8, 0, tzinfo=UTC)


def row(state: str, next_attempt_at: datetime) -> OutboxRow:
    return OutboxRow(id=7, destination="desk", window_start=None, window_end=WHEN,
                     state=state, item_count=3, attempts=1, parts_sent=0,
                     next_attempt_at=next_attempt_at, last_error="HTTP 503",
                     created_at=WHEN, sent_at=None)


@pytest.mark.parametrize("at", [WHEN, WHEN.astimezone(timezone(timedelta(hours=9))),
                                WHEN.replace(tzinfo=None)])
def test_next_attempt_is_labelled_utc(at: datetime) -> None:
    """A pending window's next attempt is shown in UTC with the zone named."""
    line = outbox_line(row("pending", at))
    assert "2026-11-27 08:00:00 UTC" in line and line.endswith("HTTP 503")


def test_dead_window_has_no_next_attempt() -> None:
    """A dead window is not retried, so its NEXT ATTEMPT is a dash."""
    assert "UTC" not in outbox_line(row("dead", WHEN))
