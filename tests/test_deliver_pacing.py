"""Pacing: posts to one webhook keep below the platform's rate limit, follow Discord's
rate-limit headers, and wait out a short Retry-After in place (clock and sleep simulated)."""

from __future__ import annotations

import asyncio

import pytest
from receiver import Receiver

from watcher.config import PollingConfig
from watcher.deliver.http import Poster, make_poster
from watcher.deliver.pacing import MAX_HEADER_WAIT, MIN_GAP, Pacer
from watcher.errors import DeliveryError


class FakeTime:
    """A clock that moves only when slept on; records every sleep asked for."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(round(seconds, 3))
        self.now += seconds


def paced(kind: str, url: str, fake: FakeTime) -> Poster:
    poster = make_poster("chat", url, kind, PollingConfig(timeout=5, connect_timeout=5), None)
    poster.pacer.clock, poster.pacer.sleep = fake.clock, fake.sleep
    return poster


def post_all(poster: Poster, count: int) -> None:
    async def run() -> None:
        for n in range(count):
            await poster.post(b'{"n": %d}' % n, {"content-type": "application/json"})

    asyncio.run(run())


def test_slack_posts_are_spaced_about_a_second_apart() -> None:
    """Four back-to-back Slack posts: the first at once, each next one after a gap of just
    over a second (Slack's published rate is one message per second per webhook)."""
    fake = FakeTime()
    with Receiver() as rx:
        post_all(paced("slack", rx.url("/hook/T/B/x"), fake), 4)
    assert len(rx.requests) == 4
    assert fake.sleeps == [MIN_GAP["slack"]] * 3 and MIN_GAP["slack"] > 1.0


@pytest.mark.parametrize(("kind", "gap"), [("googlechat", 1.05), ("teams", 0.5),
                                           ("mattermost", 0.2)])
def test_each_platform_has_its_own_gap(kind: str, gap: float) -> None:
    """Google Chat (60 writes a minute per space), Teams and Mattermost keep their gaps."""
    fake = FakeTime()
    with Receiver() as rx:
        post_all(paced(kind, rx.url("/hook"), fake), 3)
    assert fake.sleeps == [gap, gap]


def test_discord_rate_limit_headers_are_followed() -> None:
    """An answer saying no requests remain for 3.5 s holds the next post back 3.5 s."""
    fake = FakeTime()
    with Receiver() as rx:
        rx.answer(204, headers={"X-RateLimit-Remaining": "0",
                                "X-RateLimit-Reset-After": "3.5"})
        post_all(paced("discord", rx.url("/api/webhooks/1/tok"), fake), 2)
    assert fake.sleeps == [3.5]


@pytest.mark.parametrize(("remaining", "reset_after", "waits"), [
    ("3", "2.0", []),  # requests remain: no extra wait
    ("0", "nonsense", []),
    ("0", "nan", []),
    ("0", "1e300", [MAX_HEADER_WAIT]),
])
def test_rate_limit_headers_are_read_defensively(remaining: str, reset_after: str,
                                                 waits: list[float]) -> None:
    """Unreadable or absurd rate-limit headers never cause a wait over MAX_HEADER_WAIT."""
    fake = FakeTime()
    pacer = Pacer(0.0, clock=fake.clock, sleep=fake.sleep)
    pacer.observe({"x-ratelimit-remaining": remaining, "x-ratelimit-reset-after": reset_after})
    asyncio.run(pacer.wait())
    assert fake.sleeps == waits


def test_short_retry_after_is_waited_then_posted_again() -> None:
    """429 Retry-After: 1 twice, then 200: the post succeeds after two one-second waits."""
    fake = FakeTime()
    with Receiver() as rx:
        rx.answer(429, "rate_limited", {"Retry-After": "1"}, times=2)
        post_all(paced("webhook", rx.url("/in"), fake), 1)
    assert len(rx.requests) == 3 and fake.sleeps == [1.0, 1.0]


def test_a_long_retry_after_or_an_endless_storm_is_raised() -> None:
    """Retry-After: 30 is not waited in place; nor are short ones beyond the 30 s budget."""
    fake = FakeTime()
    with Receiver() as rx:
        rx.answer(429, "slow", {"Retry-After": "30"})
        with pytest.raises(DeliveryError) as info:
            post_all(paced("webhook", rx.url("/in"), fake), 1)
        assert info.value.retry_after == 30 and len(rx.requests) == 1
        rx.answer(429, "slow", {"Retry-After": "5"}, times=10)
        with pytest.raises(DeliveryError):
            post_all(paced("webhook", rx.url("/in"), fake), 1)
    assert len(rx.requests) == 1 + 7 and sum(fake.sleeps) == 30  # six waits of 5 s


def test_retry_after_zero_forever_does_not_spin() -> None:
    """A receiver answering 429 Retry-After: 0 to everything gets a bounded number of
    posts, a quarter second apart, then the error is raised for the retry policy."""
    fake = FakeTime()
    with Receiver() as rx:
        rx.answer(429, "again", {"Retry-After": "0"}, times=50)
        with pytest.raises(DeliveryError):
            post_all(paced("webhook", rx.url("/in"), fake), 1)
    assert len(rx.requests) == 11 and fake.sleeps == [0.25] * 10
