"""Pace posts to one webhook below its platform's published rate limit.

A burst of instant alerts should rarely meet a 429 at all: each destination waits a minimum
gap between posts, and honours the rate-limit headers Discord (and others) send with every
answer (``X-RateLimit-Remaining: 0`` with ``X-RateLimit-Reset-After``). The clock and the
sleep are parameters, so the decisions are tested without waiting.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field

# Minimum seconds between two posts to one webhook, below each platform's published limit:
# Slack about one message per second per webhook (short bursts tolerated); Google Chat 60
# writes per minute per space; Teams and Mattermost a few per second; Discord announces its
# limits in headers (followed below), 0.5 s keeps a burst from using them up at once.
MIN_GAP = {"slack": 1.05, "googlechat": 1.05, "discord": 0.5, "teams": 0.5,
           "mattermost": 0.2, "webhook": 0.0}
MAX_HEADER_WAIT = 60.0  # a rate-limit header asking for longer is not trusted that far


def _seconds(value: str | None) -> float | None:
    try:
        seconds = float(value) if value is not None else None
    except ValueError:
        return None
    return seconds if seconds is not None and math.isfinite(seconds) and seconds >= 0 else None


@dataclass
class Pacer:
    """Mutable per-destination state: the earliest time the next post may start."""

    min_gap: float = 0.0
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
    _next: float = field(default=0.0, init=False)

    async def wait(self) -> float:
        """Sleep until the next post may start; returns the seconds waited."""
        delay = self._next - self.clock()
        if delay > 0:
            await self.sleep(delay)
        self._next = max(self._next, self.clock()) + self.min_gap
        return max(delay, 0.0)

    def defer(self, seconds: float) -> None:
        """Hold the next post back at least ``seconds`` from now (a Retry-After, a reset)."""
        self._next = max(self._next, self.clock() + min(seconds, MAX_HEADER_WAIT))

    def inherit(self, other: Pacer) -> None:
        """Keep ``other``'s promise (a config reload builds new notifiers for the same URL:
        the gap or Retry-After the old one was keeping must still hold)."""
        self._next = max(self._next, other._next)

    def observe(self, headers: Mapping[str, str]) -> None:
        """Follow X-RateLimit-Remaining / X-RateLimit-Reset-After when the answer has them."""
        remaining = _seconds(headers.get("x-ratelimit-remaining"))
        reset_after = _seconds(headers.get("x-ratelimit-reset-after"))
        if remaining is not None and remaining < 1 and reset_after is not None:
            self.defer(reset_after)
