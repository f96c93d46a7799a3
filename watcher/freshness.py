"""When to poll a feed next: pure decisions over the clock, headers and error history.

Nothing here reads the clock or draws its own randomness: ``now`` and a ``random.Random``
are passed in, so a test can pin both and a scheduler can reproduce a decision.

After a success the next check is ``now + max(interval, floor)`` where the floor is what the
server or the feed asked for (Cache-Control max-age, Expires, RSS ``<ttl>``), capped at
``polling.max_interval`` so a feed that says "cache me for a year" is still looked at daily.
After a failure the delay doubles with each consecutive error, capped at
``polling.max_backoff``; a transient error never stops polling for good. A Retry-After from a
429/503 is a lower bound (capped too). Only 410 Gone stops polling: the result is ``None``.
"""

from __future__ import annotations

import random
import re
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

from watcher.config import PollingConfig

_MAX_AGE = re.compile(r"(?:^|,)\s*max-age\s*=\s*\"?(\d+)\"?", re.IGNORECASE)
_NO_CACHE = re.compile(r"(?:^|,)\s*(no-cache|no-store)\b", re.IGNORECASE)
_MAX_EXPONENT = 40  # 2**40 intervals is far past any cap; avoids float overflow on huge counts


def parse_http_date(value: str | None) -> datetime | None:
    """An HTTP date as an aware UTC datetime, or None when absent or unreadable."""
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        return None
    if parsed.tzinfo is None:  # RFC 9110 dates are GMT; some servers omit the zone
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def parse_retry_after(value: str | None, now: datetime) -> float | None:
    """Retry-After as seconds from ``now``: delay-seconds or an HTTP date; None if unreadable.

    A date in the past means "now" (0.0) rather than a negative delay.
    """
    if value is None or not value.strip():
        return None
    text = value.strip()
    if text.isdigit():
        return float(text)
    when = parse_http_date(text)
    if when is None:
        return None
    return max(0.0, (when - now).total_seconds())


def cache_lifetime(headers: Mapping[str, str], now: datetime) -> float | None:
    """Seconds the response says it stays fresh, from Cache-Control max-age or Expires.

    max-age wins over Expires (as in HTTP caching); Age is subtracted. Expires is measured
    against the response's own Date when present, so a server with a wrong clock still gets
    the lifetime it meant. no-cache/no-store give no floor.
    """
    cache_control = headers.get("cache-control", "")
    if _NO_CACHE.search(cache_control):
        return None
    match = _MAX_AGE.search(cache_control)
    if match:
        age = headers.get("age", "0").strip()
        return max(0.0, float(match.group(1)) - (float(age) if age.isdigit() else 0.0))
    expires = parse_http_date(headers.get("expires"))
    if expires is None:
        return None  # includes "Expires: 0" and other invalid dates, meaning already stale
    reference = parse_http_date(headers.get("date")) or now
    return max(0.0, (expires - reference).total_seconds())


def interval_floor(
    headers: Mapping[str, str], ttl_minutes: int | None, now: datetime, polling: PollingConfig
) -> float:
    """The longest of the cache lifetime and the RSS ttl, capped at ``polling.max_interval``."""
    candidates = [cache_lifetime(headers, now) or 0.0]
    if ttl_minutes is not None and ttl_minutes > 0:
        candidates.append(ttl_minutes * 60.0)
    return min(max(candidates), polling.max_interval)


def jittered(delay: float, fraction: float, rng: random.Random) -> float:
    """``delay`` moved by a uniform ±fraction, so feeds on one host do not poll in step."""
    return delay * (1.0 + rng.uniform(-fraction, fraction))


def next_check_after_success(
    now: datetime,
    *,
    interval: float,
    headers: Mapping[str, str],
    ttl_minutes: int | None,
    polling: PollingConfig,
    rng: random.Random,
) -> datetime:
    """Next check after a 200 or 304: the interval, or the server's/feed's floor if longer.

    Jitter never takes the delay below the floor: the floor is what the publisher asked for.
    """
    floor = interval_floor(headers, ttl_minutes, now, polling)
    delay = max(jittered(max(interval, floor), polling.jitter, rng), floor)
    return now + timedelta(seconds=delay)


def backoff_delay(interval: float, error_count: int, polling: PollingConfig) -> float:
    """interval × 2^(errors-1), capped at ``polling.max_backoff``; error 1 waits one interval."""
    exponent = min(max(error_count, 1) - 1, _MAX_EXPONENT)
    return min(interval * 2.0**exponent, polling.max_backoff)


def next_check_after_failure(
    now: datetime,
    *,
    interval: float,
    error_count: int,
    retry_after: float | None,
    gone: bool,
    polling: PollingConfig,
    rng: random.Random,
) -> datetime | None:
    """Next check after a failed fetch; None only for a feed that is gone (410).

    ``error_count`` counts consecutive failures including this one. The jittered backoff is
    kept under ``polling.max_backoff``; Retry-After is honoured as a lower bound, itself capped
    at ``max_backoff`` so a hostile or mistaken header cannot park a feed for a year.
    """
    if gone:
        return None
    delay = min(
        jittered(backoff_delay(interval, error_count, polling), polling.jitter, rng),
        polling.max_backoff,
    )
    if retry_after is not None:
        delay = max(delay, min(retry_after, polling.max_backoff))
    return now + timedelta(seconds=delay)
