"""Pure scheduling decisions: cache floors, jitter, backoff, Retry-After, gone."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from watcher.config import PollingConfig
from watcher.freshness import (
    backoff_delay,
    cache_lifetime,
    interval_floor,
    next_check_after_failure,
    next_check_after_success,
    parse_http_date,
    parse_retry_after,
)

NOW = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
NO_JITTER = PollingConfig(jitter=0.0)
DAY = 86400.0


def http_date(seconds_from_now: float) -> str:
    return format_datetime(NOW + timedelta(seconds=seconds_from_now), usegmt=True)


def seconds_until(when: datetime | None) -> float:
    assert when is not None
    return (when - NOW).total_seconds()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        ("", None),
        ("120", 120.0),
        ("  7 ", 7.0),
        ("0", 0.0),
        (http_date(300), 300.0),
        (http_date(-300), 0.0),
        ("Wed, 01 May 2024 12:02:00", 120.0),  # no zone: read as GMT
        ("-5", None),
        ("1.5", None),
        ("tomorrow", None),
    ],
)
def test_parse_retry_after(value: str | None, expected: float | None) -> None:
    """Retry-After is delay-seconds or an HTTP date; the past is 0 and junk is None."""
    assert parse_retry_after(value, NOW) == expected


def test_parse_http_date_is_utc() -> None:
    """HTTP dates in other offsets come back as UTC."""
    assert parse_http_date("Wed, 01 May 2024 14:00:00 +0200") == NOW


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({}, None),
        ({"cache-control": "max-age=600"}, 600.0),
        ({"cache-control": "public, max-age=3600, must-revalidate"}, 3600.0),
        ({"cache-control": "max-age=600", "age": "100"}, 500.0),
        ({"cache-control": "max-age=60", "age": "600"}, 0.0),
        ({"cache-control": "s-maxage=900"}, None),  # for shared caches, not for us
        ({"cache-control": "no-cache, max-age=600"}, None),
        ({"cache-control": "no-store"}, None),
        ({"expires": http_date(1800)}, 1800.0),
        ({"expires": http_date(-1800)}, 0.0),
        ({"expires": "0"}, None),
        # Expires is read against the server's Date, so a skewed server clock does no harm.
        ({"expires": http_date(7200), "date": http_date(3600)}, 3600.0),
        ({"cache-control": "max-age=60", "expires": http_date(7200)}, 60.0),
    ],
)
def test_cache_lifetime(headers: dict[str, str], expected: float | None) -> None:
    """max-age (minus Age) wins over Expires; no-cache/no-store give no lifetime."""
    assert cache_lifetime(headers, NOW) == expected


@pytest.mark.parametrize(
    ("headers", "ttl", "expected"),
    [
        ({}, None, 0.0),
        ({}, 60, 3600.0),
        ({}, 0, 0.0),
        ({"cache-control": "max-age=7200"}, 60, 7200.0),
        ({"cache-control": "max-age=600"}, 60, 3600.0),
        ({"cache-control": "max-age=31536000"}, None, DAY),  # a year is capped at max_interval
        ({}, 100_000, DAY),
    ],
)
def test_interval_floor(headers: dict[str, str], ttl: int | None, expected: float) -> None:
    """The floor is the longest of cache lifetime and <ttl>, capped at max_interval."""
    assert interval_floor(headers, ttl, NOW, NO_JITTER) == expected


@pytest.mark.parametrize(
    ("interval", "headers", "ttl", "expected"),
    [
        (900.0, {}, None, 900.0),
        (900.0, {"cache-control": "max-age=60"}, None, 900.0),
        (900.0, {"cache-control": "max-age=3600"}, None, 3600.0),
        (900.0, {}, 30, 1800.0),
        (900.0, {"expires": http_date(10 * DAY)}, None, DAY),
        (600.0, {"cache-control": "no-store"}, 5, 600.0),
    ],
)
def test_next_check_after_success(
    interval: float, headers: dict[str, str], ttl: int | None, expected: float
) -> None:
    """Without jitter the next check is max(interval, floor) from now."""
    when = next_check_after_success(
        NOW,
        interval=interval,
        headers=headers,
        ttl_minutes=ttl,
        polling=NO_JITTER,
        rng=random.Random(1),
    )
    assert seconds_until(when) == expected


def test_success_jitter_stays_within_the_fraction_and_varies() -> None:
    """Jitter spreads checks over ±10 % of the interval, never the same for every feed."""
    rng = random.Random(42)
    polling = PollingConfig(jitter=0.1)
    delays = [
        seconds_until(
            next_check_after_success(
                NOW, interval=900.0, headers={}, ttl_minutes=None, polling=polling, rng=rng
            )
        )
        for _ in range(500)
    ]
    assert all(810.0 <= d <= 990.0 for d in delays)
    assert min(delays) < 830.0 and max(delays) > 970.0


def test_success_jitter_never_goes_below_the_floor() -> None:
    """A publisher's floor is respected even when jitter pulls earlier."""
    rng = random.Random(7)
    polling = PollingConfig(jitter=0.5)
    for _ in range(200):
        when = next_check_after_success(
            NOW,
            interval=60.0,
            headers={"cache-control": "max-age=3600"},
            ttl_minutes=None,
            polling=polling,
            rng=rng,
        )
        assert seconds_until(when) >= 3600.0


@pytest.mark.parametrize(
    ("errors", "expected"),
    [
        (0, 900.0),
        (1, 900.0),
        (2, 1800.0),
        (3, 3600.0),
        (5, 14400.0),
        (7, 57600.0),
        (8, DAY),
        (50, DAY),
        (10**6, DAY),
    ],
)
def test_backoff_doubles_and_is_capped(errors: int, expected: float) -> None:
    """Backoff is interval × 2^(errors-1), capped at max_backoff even for huge counts."""
    assert backoff_delay(900.0, errors, NO_JITTER) == expected


@pytest.mark.parametrize(
    ("errors", "retry_after", "expected"),
    [
        (1, None, 900.0),
        (3, None, 3600.0),
        (1, 7200.0, 7200.0),  # Retry-After longer than the backoff wins
        (3, 60.0, 3600.0),  # shorter Retry-After is only a lower bound
        (1, 0.0, 900.0),
        (1, 10 * DAY, DAY),  # an absurd Retry-After is capped
        (40, None, DAY),
    ],
)
def test_next_check_after_failure(errors: int, retry_after: float | None, expected: float) -> None:
    """Failures back off exponentially; Retry-After is a capped lower bound."""
    when = next_check_after_failure(
        NOW,
        interval=900.0,
        error_count=errors,
        retry_after=retry_after,
        gone=False,
        polling=NO_JITTER,
        rng=random.Random(1),
    )
    assert seconds_until(when) == expected


def test_gone_means_no_next_check() -> None:
    """A 410 Gone feed gets no next check at all."""
    assert (
        next_check_after_failure(
            NOW,
            interval=900.0,
            error_count=1,
            retry_after=None,
            gone=True,
            polling=NO_JITTER,
            rng=random.Random(1),
        )
        is None
    )


def test_failure_jitter_varies_within_bounds() -> None:
    """Backoff is jittered ±fraction so failing feeds do not retry in lockstep."""
    rng = random.Random(3)
    polling = PollingConfig(jitter=0.2)
    delays = {
        seconds_until(
            next_check_after_failure(
                NOW,
                interval=900.0,
                error_count=2,
                retry_after=None,
                gone=False,
                polling=polling,
                rng=rng,
            )
        )
        for _ in range(100)
    }
    assert len(delays) > 50
    assert all(1440.0 <= d <= 2160.0 for d in delays)


@given(
    errors=st.integers(min_value=0, max_value=10**9),
    retry_after=st.none() | st.floats(min_value=0, max_value=1e12),
    interval=st.floats(min_value=1, max_value=1e6),
    seed=st.integers(min_value=0, max_value=2**32),
)
def test_failure_always_schedules_a_retry_within_the_cap(
    errors: int, retry_after: float | None, interval: float, seed: int
) -> None:
    """Whatever the history, a transient failure schedules a retry, never past max_backoff."""
    polling = PollingConfig()
    when = next_check_after_failure(
        NOW,
        interval=interval,
        error_count=errors,
        retry_after=retry_after,
        gone=False,
        polling=polling,
        rng=random.Random(seed),
    )
    assert 0 < seconds_until(when) <= polling.max_backoff
