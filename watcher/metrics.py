"""Prometheus metrics for the optional HTTP endpoint, in a registry of their own.

Counters and the cycle histogram are kept by the daemon as cycles run; everything the
database holds (feeds by status, items, matches per profile, windows per destination and
state, the oldest match still waiting) is read from it at each scrape by ``StateCollector``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from sqlalchemy import Engine

from watcher.store.stats import Stats, read_stats

CYCLE_BUCKETS = (0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 900)
WINDOW_STATES = ("pending", "retrying", "dead", "sent")


class StateCollector(Collector):
    """Gauges read from the state database at scrape time."""

    def __init__(self, source: Callable[[], tuple[Engine, list[str], list[str]]],
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self._source = source  # the current engine, feed URLs and destinations (reloads)
        self._clock = clock

    def describe(self) -> Iterator[Metric]:
        # Without describe, registering would run collect (the SQL) once just for names.
        return iter(())

    def collect(self) -> Iterator[Metric]:
        engine, urls, destinations = self._source()
        return iter(state_metrics(read_stats(engine, urls), destinations, self._clock()))


def state_metrics(stats: Stats, destinations: Sequence[str], now: datetime) -> list[Metric]:
    feeds = GaugeMetricFamily("watcher_feeds", "Configured feeds by status.",
                              labels=["status"])
    for status in sorted({"new", "ok", "malformed", "error", "gone", *stats.feeds_by_status}):
        feeds.add_metric([status], stats.feeds_by_status.get(status, 0))
    items = GaugeMetricFamily("watcher_items", "Items stored.", value=stats.items)
    matches = GaugeMetricFamily("watcher_matches", "Stored matches by profile.",
                                labels=["profile"])
    for profile, count in sorted(stats.matches_by_profile.items()):
        matches.add_metric([profile], count)
    windows = GaugeMetricFamily("watcher_deliveries", "Message windows by destination and "
                                "state (pending, retrying, dead, sent).",
                                labels=["destination", "state"])
    queued = GaugeMetricFamily("watcher_queued_matches", "Matches waiting for a window to "
                               "close, by destination.", labels=["destination"])
    for dest in sorted(set(destinations) | {d for d, _ in stats.windows}):
        for state in WINDOW_STATES:
            windows.add_metric([dest, state], stats.windows.get((dest, state), 0))
        queued.add_metric([dest], stats.queued_by_destination.get(dest, 0))
    oldest = stats.oldest_pending_match
    age = GaugeMetricFamily("watcher_oldest_pending_match_age_seconds",
                            "Age of the oldest match not yet delivered (0 when none waits).",
                            value=max((now - oldest).total_seconds(), 0) if oldest else 0)
    return [feeds, items, matches, windows, queued, age]


class Metrics:
    """What the daemon counts as it runs, plus the state collector, in one registry."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.fetches = Counter("watcher_fetches", "Feed fetches by outcome (new-items, "
                               "unchanged, error, gone).", ["outcome"], registry=self.registry)
        self.new_items = Counter("watcher_new_items", "New items stored.",
                                 registry=self.registry)
        self.cycle_seconds = Histogram("watcher_cycle_duration_seconds", "Duration of poll "
                                       "cycles that polled at least one feed.",
                                       buckets=CYCLE_BUCKETS, registry=self.registry)
        self.last_cycle = Gauge("watcher_last_cycle_timestamp_seconds", "When the last poll "
                                "cycle completed (Unix time).", registry=self.registry)

    def watch_state(self, collector: StateCollector) -> None:
        self.registry.register(collector)

    def cycle_done(self, outcomes: Sequence[str], new_items: int, seconds: float,
                   now: datetime) -> None:
        for outcome in outcomes:
            self.fetches.labels(outcome).inc()
        self.new_items.inc(new_items)
        if outcomes:
            self.cycle_seconds.observe(seconds)
        self.last_cycle.set(now.timestamp())
