"""The long-running service: APScheduler ticks, signals, graceful stop and config reload.

A poll tick asks the store which feeds are due (so a restart resumes where it stopped); a
delivery tick closes due windows and sends, and each digest destination also gets a cron
job in its own time zone so the digest leaves on the minute. SIGTERM/SIGINT let in-flight
work finish (or cancel it at an await point, where no transaction is open); SIGHUP reloads
config.yaml and keeps the old config when the new one is refused.
"""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Callable, Coroutine, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from watcher.app import ALL_FEEDS_FAILED, build_runtime, database_path, load_checked, open_store
from watcher.config import Config, load
from watcher.deliver.http import Poster
from watcher.errors import WatcherError
from watcher.httpd import StatusServer, health, unwritable
from watcher.lock import exclusive
from watcher.metrics import Metrics, StateCollector
from watcher.pipeline import PollOutcome, Runtime, flush_outbox, poll_due
from watcher.sdnotify import Notifier
from watcher.store import Store

log = logging.getLogger("watcher")

POLL_TICK = 10.0  # seconds between looks at which feeds are due
SEND_TICK = 5.0  # seconds between outbox passes (instant windows, retries)
PRUNE_EVERY = timedelta(hours=6)
GRACE = 20.0  # seconds in-flight work gets to finish on SIGTERM


class Daemon:
    def __init__(self, config_path: Path, db_override: str | None,
                 environ: Mapping[str, str]) -> None:
        self.config_path = config_path
        self.db_override = db_override
        self.environ = environ
        self.stopping = asyncio.Event()
        self.inflight: set[asyncio.Task[Any]] = set()
        self.poll_lock = asyncio.Lock()
        self.send_lock = asyncio.Lock()
        self.scheduler = AsyncIOScheduler(timezone=UTC)
        self.metrics = Metrics()
        self.systemd = Notifier(environ)
        self.http: StatusServer | None = None
        self.started = datetime.now(UTC)
        self.last_cycle: datetime | None = None
        self.first_cycle_seen = False

    async def run(self) -> int:
        config = load(self.config_path, self.environ)
        self.store = open_store(config, self.db_override)
        self.database = database_path(config, self.db_override)
        self.rt = build_runtime(config, self.store, environ=self.environ)
        self.metrics.watch_state(StateCollector(lambda: (
            self.store.engine, list(self.rt.feed_configs), list(self.rt.config.destinations))))
        if config.http.enabled:
            self.http = StatusServer(config.http, self.metrics, self.health)
            await self.http.start()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, self._stop, sig)
        loop.add_signal_handler(signal.SIGHUP, lambda: self._spawn(self.reload()))
        now = datetime.now(UTC)
        self.scheduler.add_job(self._tracked(self.poll_tick), IntervalTrigger(seconds=POLL_TICK),
                               id="poll", next_run_time=now, max_instances=1, coalesce=True)
        self.scheduler.add_job(self._tracked(self.send_tick), IntervalTrigger(seconds=SEND_TICK),
                               id="send", next_run_time=now, max_instances=1, coalesce=True)
        self.scheduler.add_job(self._tracked(self.prune_tick), IntervalTrigger(
            seconds=PRUNE_EVERY.total_seconds()), id="prune", next_run_time=now)
        # Always scheduled: a reload may name alerts_to; the tick does nothing without it.
        self.scheduler.add_job(self._tracked(self.alert_tick), IntervalTrigger(
            seconds=config.alerts.check_every), id="alerts", next_run_time=now)
        if self.systemd.watchdog_interval:
            self.scheduler.add_job(self.watchdog, IntervalTrigger(
                seconds=self.systemd.watchdog_interval), id="watchdog")
        self._schedule_digests(config)
        self.scheduler.start()
        log.info("watcher running: %d feeds, %d profiles, %d destinations; database %s%s",
                 len(self.rt.feed_configs), len(config.profiles), len(config.destinations),
                 self.store.engine.url.database,
                 f"; http://{config.http.host}:{config.http.port}/healthz and /metrics"
                 if self.http else "")
        self.systemd.notify("READY=1", f"STATUS=polling {len(self.rt.feed_configs)} feeds")
        await self.stopping.wait()
        return await self._shutdown()

    def _stop(self, sig: signal.Signals) -> None:
        log.info("received %s: finishing in-flight work, then stopping", sig.name)
        self.systemd.notify("STOPPING=1")
        self.stopping.set()

    def health(self) -> tuple[int, dict[str, Any]]:
        # A first poll of thousands of feeds can take longer than stale_after; a fetch
        # finishing shows it is moving, so only a poll that makes no progress is stale.
        progress = [t for t in (self.last_cycle, self.rt.fetcher.last_activity) if t]
        return health(datetime.now(UTC), max(progress, default=None), self.started,
                      self.rt.config.http.stale_after, unwritable(self.database))

    async def watchdog(self) -> None:
        """Tell systemd we are alive only while cycles complete: a poll that hangs stops
        the pings, and systemd restarts the service after WatchdogSec."""
        if self.health()[0] == 200:
            self.systemd.notify("WATCHDOG=1")

    async def _shutdown(self) -> int:
        self.scheduler.shutdown(wait=False)
        if self.http is not None:
            await self.http.stop()
        pending = {t for t in self.inflight if not t.done()}
        if pending:
            _, late = await asyncio.wait(pending, timeout=GRACE)
            for task in late:
                task.cancel()  # cancelled at an await: no transaction is open there
            if late:
                await asyncio.wait(late)
        await self.rt.aclose()
        self.store.close()
        log.info("watcher stopped")
        return 0

    def _spawn(self, coro: Coroutine[Any, Any, None]) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self.inflight.add(task)
        task.add_done_callback(self.inflight.discard)

    def _tracked(self, job: Callable[[], Coroutine[Any, Any, None]]
                 ) -> Callable[[], Coroutine[Any, Any, None]]:
        async def run() -> None:
            if self.stopping.is_set():
                return
            task = asyncio.current_task()
            if task is not None:
                self.inflight.add(task)
            try:
                await job()
            except Exception:
                log.exception("%s failed; the next tick tries again", job.__name__)
            finally:
                if task is not None:
                    self.inflight.discard(task)
        run.__name__ = job.__name__
        return run

    async def poll_tick(self) -> None:
        async with self.poll_lock:
            loop = asyncio.get_running_loop()
            started = loop.time()
            outcomes = await poll_due(self.rt, datetime.now(UTC))
            new = sum(o.new_items for o in outcomes)
            self.last_cycle = datetime.now(UTC)
            self.metrics.cycle_done([o.status for o in outcomes], new,
                                    loop.time() - started, self.last_cycle)
            if cycle_did_something(outcomes):
                log.info("%s", cycle_line(outcomes))
                self.systemd.notify(f"STATUS={cycle_line(outcomes)}")
            else:
                log.debug("%s", cycle_line(outcomes))
            if not self.first_cycle_seen and outcomes:
                self.first_cycle_seen = True
                if all(o.status == "error" for o in outcomes):
                    log.warning("first cycle: %s", ALL_FEEDS_FAILED)
        if any(o.new_items for o in outcomes):
            await self.send_tick()

    async def send_tick(self) -> None:
        async with self.send_lock:
            await flush_outbox(self.rt, datetime.now(UTC))

    async def alert_tick(self) -> None:
        """Source alerts (alerts_to): open and close incidents, tell the destination."""
        from watcher import alerts

        if self.rt.config.alerts_to:
            await alerts.check(self.rt, self.store.engine, datetime.now(UTC))

    async def prune_tick(self) -> None:
        days = self.rt.config.storage.retention_days
        pruned = self.store.prune(datetime.now(UTC) - timedelta(days=days))
        if pruned:
            log.info("pruned %d item(s) older than %d days", pruned, days)

    def _schedule_digests(self, config: Config) -> None:
        for job in self.scheduler.get_jobs():
            if job.id.startswith("digest:"):
                job.remove()
        for name, dest in config.destinations.items():
            if dest.mode == "digest":
                trigger = CronTrigger.from_crontab(dest.schedule, timezone=dest.timezone)
                self.scheduler.add_job(self._tracked(self.send_tick), trigger,
                                       id=f"digest:{name}", misfire_grace_time=3600)

    async def reload(self) -> None:
        """SIGHUP: load and check the new config; keep the old one running if it is refused."""
        try:
            # The same checks as start-up (every notifier built, custom templates rendered):
            # a config `watcher run` would refuse must not replace one that works.
            config, matcher = load_checked(self.config_path, render_templates=True,
                                           environ=self.environ)
            self.store.sync_feeds((f.url, f.name) for f in config.feeds if f.enabled)
            rt = build_runtime(config, self.store, environ=self.environ, matcher=matcher)
        except WatcherError as exc:
            problems = getattr(exc, "problems", [str(exc)])
            log.error("config reload refused, the old config keeps running: %s",
                      "; ".join(problems))
            return
        async with self.poll_lock, self.send_lock:
            old: Runtime = self.rt
            carry_delivery_state(old, rt)
            self.rt = rt
            self._schedule_digests(config)
        await old.aclose()
        log.info("config reloaded: %d feeds, %d profiles, %d destinations",
                 len(rt.feed_configs), len(config.profiles), len(config.destinations))


def carry_delivery_state(old: Runtime, new: Runtime) -> None:
    """What a reload must not forget: a destination held after a failed store write stays
    held, and a webhook URL kept across the reload keeps its pacing (the platform's gap, a
    Retry-After or rate-limit reset it asked for), so a SIGHUP cannot start a burst."""
    new.holds.update((name, hold) for name, hold in old.holds.items() if name in new.notifiers)
    old_pacers = {poster.url: poster.pacer for poster in map(_poster, old.notifiers.values())
                  if poster is not None}
    for poster in map(_poster, new.notifiers.values()):
        if poster is not None and poster.url in old_pacers:
            poster.pacer.inherit(old_pacers[poster.url])


def _poster(notifier: object) -> Poster | None:
    """The HTTP poster of a webhook or chat notifier; email, file and apprise have none."""
    poster = getattr(notifier, "poster", None)
    return poster if isinstance(poster, Poster) else None


def cycle_did_something(outcomes: Sequence[PollOutcome]) -> bool:
    """Worth an INFO line: new items, or a feed that failed or went away. A cycle where
    every feed answered 304 (most of them, all day) is logged at debug level only."""
    return any(o.new_items or o.status in ("error", "gone") for o in outcomes)


def cycle_line(outcomes: Sequence[PollOutcome]) -> str:
    """'cycle: 300 feeds (296 unchanged, 3 new-items, 1 error); 12 new items, 4 matches'."""
    by_status: dict[str, int] = {}
    for o in outcomes:
        by_status[o.status] = by_status.get(o.status, 0) + 1
    parts = ", ".join(f"{n} {s}" for s, n in sorted(by_status.items()))
    return (f"cycle: {len(outcomes)} feed(s) ({parts or 'none due'}); "
            f"{sum(o.new_items for o in outcomes)} new item(s), "
            f"{sum(o.matches for o in outcomes)} match(es)")


def run_daemon(config_path: Path, db_override: str | None, environ: Mapping[str, str]) -> int:
    database = database_path(load(config_path, environ), db_override)
    with exclusive(database):
        return asyncio.run(Daemon(config_path, db_override, environ).run())


__all__ = ["Daemon", "Store", "run_daemon"]
