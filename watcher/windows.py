"""Pure decisions about when a delivery window closes and when a failed send is retried."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from apscheduler.triggers.cron import CronTrigger

# 60 s x 2.3^k over 9 gaps adds up to about 23 h: ten attempts spread over about a day.
RETRY_BASE = 60.0
RETRY_FACTOR = 2.3
# No wait is longer than a day, whatever the attempt count or the receiver's Retry-After
# (an absurd one, 1e300 or inf, overflowed the schedule and aborted the flush).
MAX_RETRY_DELAY = 86_400.0
_MAX_MISSED_FIRES = 100_000  # bounds the walk over fire times missed during downtime


def digest_due(schedule: str, timezone: str, last_end: datetime | None,
               now: datetime) -> datetime | None:
    """The window end to close now, or None if the schedule has not fired since ``last_end``.

    A destination that never sent is due at once; after downtime, the latest missed fire
    time closes one window covering everything since the last one sent.
    """
    if last_end is None:
        return now
    trigger = CronTrigger.from_crontab(schedule, timezone=timezone)
    fire = trigger.get_next_fire_time(None, last_end + timedelta(seconds=1))
    if fire is None or fire > now:
        return None
    for _ in range(_MAX_MISSED_FIRES):
        following = trigger.get_next_fire_time(fire, fire + timedelta(seconds=1))
        if following is None or following > now:
            break
        fire = following
    result: datetime = fire
    return result


def instant_due(oldest_queued: datetime | None, batch_window: float, now: datetime) -> bool:
    """An instant destination sends once its oldest queued match has waited a batch window."""
    return oldest_queued is not None and now - oldest_queued >= timedelta(seconds=batch_window)


def retry_delay(attempts: int, retry_after: float | None, rng: random.Random) -> float:
    """Seconds before attempt ``attempts + 1``: exponential with jitter, never below
    Retry-After, never above MAX_RETRY_DELAY."""
    steps = min(max(attempts - 1, 0), 20)  # 2.3^20 is far past the cap; no float overflow
    delay = min(RETRY_BASE * RETRY_FACTOR ** steps, MAX_RETRY_DELAY) * rng.uniform(0.8, 1.2)
    asked = retry_after if retry_after is not None and retry_after == retry_after else 0.0
    return min(max(delay, asked), MAX_RETRY_DELAY)
