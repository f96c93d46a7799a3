"""windows: when digest and instant windows close, and how failed sends back off."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from watcher.windows import digest_due, instant_due, retry_delay

NOW = datetime(2026, 11, 27, 16, 0, tzinfo=UTC)  # 01:00 next day in Seoul


@pytest.mark.parametrize(("last_end", "expected"), [
    (None, NOW),  # never sent: due at once
    (NOW - timedelta(hours=1), None),  # 08:00 Seoul already passed before last_end
    (datetime(2026, 11, 26, 23, 0, tzinfo=UTC), datetime(2026, 11, 26, 23, 0, tzinfo=UTC)),
    (datetime(2026, 11, 20, 0, 0, tzinfo=UTC), datetime(2026, 11, 26, 23, 0, tzinfo=UTC)),
])
def test_digest_due_seoul_morning(last_end: datetime | None, expected: datetime | None) -> None:
    """A 08:00 Asia/Seoul digest closes at the latest fire time missed since the last window."""
    due = digest_due("0 8 * * *", "Asia/Seoul", last_end, NOW)
    if last_end is not None and expected == last_end:
        assert due is None  # the fire time equal to last_end is not due twice
    else:
        assert due == expected


def test_digest_due_after_long_downtime_is_one_window() -> None:
    """After weeks of downtime one window covers everything, ending at the latest fire time."""
    due = digest_due("*/5 * * * *", "UTC", NOW - timedelta(days=30), NOW)
    assert due == NOW


@pytest.mark.parametrize(("age", "due"), [(None, False), (59, False), (60, True), (600, True)])
def test_instant_due(age: int | None, due: bool) -> None:
    """An instant batch closes once its oldest match has waited the batch window."""
    oldest = None if age is None else NOW - timedelta(seconds=age)
    assert instant_due(oldest, 60, NOW) is due


def test_retry_delays_spread_over_about_a_day() -> None:
    """Ten attempts with the default backoff span roughly 16-30 hours, each honouring Retry-After."""
    rng = random.Random(1)
    total = sum(retry_delay(a, None, rng) for a in range(1, 10))
    assert 16 * 3600 < total < 30 * 3600
    assert retry_delay(1, 3600, rng) == 3600


@pytest.mark.parametrize("retry_after", [1e300, float("inf"), float("nan"), 99999999999999.0])
@pytest.mark.parametrize("attempts", [1, 10, 10_000])
def test_retry_delay_is_finite_and_at_most_a_day(retry_after: float, attempts: int) -> None:
    """Absurd Retry-After values and attempt counts give a delay of at most a day, which a
    datetime can always add (1e300 seconds overflowed and aborted the whole flush)."""
    delay = retry_delay(attempts, retry_after, random.Random(3))
    assert 0 < delay <= 86_400
    assert NOW + timedelta(seconds=delay) > NOW
