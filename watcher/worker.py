"""`watcher worker`: one of any number of processes sharing a PostgreSQL state database.

procrastinate coordinates them. A periodic tick (deferred once per period across the
cluster) defers one poll job per feed shard (a registrable domain, watcher.shards) that
has due feeds and one send job per destination; a job's ``queueing_lock`` keeps one waiting
per key and its ``lock`` one running per key, so a site's request limit holds across the
cluster and each destination has one sender, its windows in order. A poll job claims its
feeds (watcher.store.claims); a send job closes the destination's windows and sends them,
resuming at the first unsent part under the same idempotency key (watcher.pipeline). A
periodic sweep puts back the jobs of workers that stopped sending heartbeats (procrastinate
does not retry those by itself).

This module is imported only by `watcher worker`: the single-process daemon never loads
procrastinate.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import procrastinate
from procrastinate.exceptions import AlreadyEnqueued, UniqueViolation
from procrastinate.jobs import Status
from sqlalchemy import func, select, text

from watcher.app import build_runtime, database_target, load_checked
from watcher.config import Config
from watcher.errors import ConfigError
from watcher.pipeline import Runtime, flush_outbox, poll_due
from watcher.profilesync import SharedProfiles
from watcher.shards import shard_of
from watcher.store import SERVER_SCHEME, Store
from watcher.store.claims import ClaimedStore
from watcher.store.schema import feeds

log = logging.getLogger("watcher")

QUEUE = "watcher"
_SCHEMA_LOCK = 0x7761746369  # advisory lock: one worker installs procrastinate's tables
_SWEEP_LOCK = 0x776174636A  # advisory lock: one sweep for stalled jobs at a time


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass
class Cluster:
    """What the tasks act on: the runtime (claimed store, fetcher, notifiers) of this worker."""

    rt: Runtime

    def due_shards(self, now: datetime) -> list[str]:
        """Shards with at least one due feed (unclaimed, or its lease run out)."""
        query = (select(feeds.c.config_url).where(feeds.c.config_url.in_(self.rt.feed_configs))
                 .where(feeds.c.status != "gone")
                 .where(feeds.c.next_check_at.is_(None) | (feeds.c.next_check_at <= now)))
        with self.rt.store.engine.connect() as conn:
            return sorted({shard_of(url) for url in conn.execute(query).scalars()})

    async def poll(self, shard: str, now: datetime) -> None:
        mine = tuple(f for f in self.rt.feed_configs.values() if shard_of(f.url) == shard)
        rt = replace(self.rt, config=self.rt.config.model_copy(update={"feeds": mine}))
        outcomes = await poll_due(rt, now)
        log.info("shard %s: %d feed(s) polled, %d new item(s)", shard, len(outcomes),
                 sum(o.new_items for o in outcomes))

    async def send(self, destination: str, now: datetime) -> None:
        dest = self.rt.config.destinations.get(destination)
        if dest is None or destination not in self.rt.notifiers:
            return  # removed from this worker's config since the job was deferred
        config = self.rt.config.model_copy(update={"destinations": {destination: dest}})
        rt = replace(self.rt, config=config,
                     notifiers={destination: self.rt.notifiers[destination]})
        log.debug("destination %s: sending", destination)
        for outcome in await flush_outbox(rt, now):
            log.info("window %d to %s: %s", outcome.window.id, destination, outcome.status)
        log.debug("destination %s: done", destination)


@dataclass(frozen=True, slots=True)
class Timing:
    """The cluster's clocks, in seconds."""

    tick: int = 5  # between scheduling ticks (and stalled-job sweeps)
    lease: float = 300.0  # how long a claim on a feed lasts; longer than any poll job
    stalled_after: float = 30.0  # no heartbeat for this long: a worker is gone

    @property
    def heartbeat(self) -> float:
        return self.stalled_after / 3


def build_app(conninfo: str, cluster: Cluster, timing: Timing,
              profiles: SharedProfiles | None = None) -> procrastinate.App:
    """The procrastinate app: the tick, the poll and send jobs, the stalled-job sweep, and
    (with ``profiles``) the re-match after a profile change."""
    app = procrastinate.App(connector=procrastinate.PsycopgConnector(
        conninfo=conninfo, min_size=1, max_size=4))

    @app.task(name="watcher.poll", queue=QUEUE)
    async def poll(shard: str) -> None:
        if profiles is not None:
            profiles.adopt_latest(cluster)  # a reload elsewhere: its profiles, before polling
        await cluster.poll(shard, utcnow())

    @app.task(name="watcher.send", queue=QUEUE)
    async def send(destination: str) -> None:
        # On a thread with an event loop of its own: rendering a large window and the store
        # writes around each part are synchronous, and a slow destination's send must not
        # hold up this worker's heartbeats (a silent worker's jobs are put back) or polls.
        # Nothing a send touches is bound to a loop (a client per post, asyncio.sleep).
        await asyncio.to_thread(asyncio.run, cluster.send(destination, utcnow()))

    if profiles is not None:
        add_rematch_task(app, cluster, profiles)

    every = f"*/{timing.tick} * * * * *"

    @app.periodic(cron=every, periodic_id="tick")
    # One tick waiting and one running: a slow tick is not overtaken by the next. (A tick
    # whose worker died holds its lock until the sweep puts it back.)
    @app.task(name="watcher.tick", queue=QUEUE, queueing_lock="watcher.tick",
              lock="watcher.tick")
    async def tick(timestamp: int) -> None:
        await defer_all(app, poll, {f"poll:{s}": {"shard": s}
                                    for s in cluster.due_shards(utcnow())})
        await defer_all(app, send, {f"send:{d}": {"destination": d}
                                    for d in cluster.rt.notifiers})

    @app.periodic(cron=every, periodic_id="sweep")
    @app.task(name="watcher.sweep", queue=QUEUE, queueing_lock="watcher.sweep")
    async def sweep(timestamp: int) -> None:
        # One sweep at a time, so two never put back the same job. Not a procrastinate
        # lock: a sweep whose worker died would hold that lock until a sweep put it back.
        # A session's advisory lock goes with the session.
        with cluster.rt.store.engine.connect() as conn:
            if conn.execute(select(func.pg_try_advisory_xact_lock(_SWEEP_LOCK))).scalar():
                await put_back_stalled()

    async def put_back_stalled() -> None:
        stalled = await app.job_manager.get_stalled_jobs(
            seconds_since_heartbeat=timing.stalled_after)
        for job in stalled:
            try:
                await app.job_manager.retry_job(job)
                log.warning("job %s of a worker gone silent: put back", job.call_string)
            except UniqueViolation:
                # A job for the same shard or destination waits already (queueing lock)
                # and will do this one's work: close the dead one, releasing its lock.
                await app.job_manager.finish_job(job, Status.FAILED, delete_job=False)
                log.warning("job %s of a worker gone silent: dropped, another is queued",
                            job.call_string)

    return app


async def defer_all(app: procrastinate.App, task: Any, jobs: Mapping[str, dict[str, str]]) -> None:
    """Defer one job of ``task`` per key (its lock and queueing lock) in one statement,
    leaving out the keys that have one waiting already: 200 shards took 15 ms so, against
    250 ms one by one (a tick a second). A job deferred meanwhile by someone else (a sweep
    putting one back) fails the statement: then one by one, each AlreadyEnqueued ignored."""
    if not jobs:
        return
    waiting = {row["queueing_lock"] for row in await app.connector.execute_query_all_async(
        "SELECT queueing_lock FROM procrastinate_jobs "
        "WHERE status = 'todo' AND queueing_lock = ANY(%(keys)s)", keys=list(jobs))}
    todo = {key: kwargs for key, kwargs in jobs.items() if key not in waiting}
    if not todo:
        return
    try:
        await app.job_manager.batch_defer_jobs_async(
            [task.configure(lock=key, queueing_lock=key).make_new_job(**kwargs)
             for key, kwargs in todo.items()])
    except AlreadyEnqueued:
        for key, kwargs in todo.items():
            with contextlib.suppress(AlreadyEnqueued):
                await task.configure(lock=key, queueing_lock=key).defer_async(**kwargs)


REMATCH = "watcher.rematch"


def add_rematch_task(app: procrastinate.App, cluster: Cluster, profiles: SharedProfiles) -> None:
    """The re-match job: one waiting and one running across the cluster."""

    @app.task(name=REMATCH, queue=QUEUE, queueing_lock=REMATCH, lock=REMATCH)
    async def rematch() -> None:
        await profiles.rematch(cluster, utcnow())


async def defer_rematch(app: procrastinate.App) -> None:
    with contextlib.suppress(AlreadyEnqueued):  # one waiting will match with the latest
        await app.configure_task(REMATCH, queue=QUEUE, queueing_lock=REMATCH,
                                 lock=REMATCH).defer_async()


def install_queue_schema(store: Store, app: procrastinate.App) -> None:
    """procrastinate's tables, once per database (workers starting together take turns)."""
    with store.engine.begin() as conn:
        conn.execute(select(func.pg_advisory_xact_lock(_SCHEMA_LOCK)))
        if conn.execute(text("SELECT to_regclass('procrastinate_jobs')")).scalar() is None:
            conn.exec_driver_sql(app.schema_manager.get_schema().replace("%", "%%"))


def server_url(config: Config, db: str | None) -> str:
    """The PostgreSQL URL this worker runs on; a SQLite file is refused, naming `run`."""
    target = database_target(config, db)
    if not isinstance(target, str):
        raise ConfigError(f"storage.database is the SQLite file {target}: `watcher worker` "
                          f"needs a {SERVER_SCHEME}… URL; on one machine run `watcher run`")
    return target


async def run_worker(config_path: Path, db: str | None, *, concurrency: int = 4,
                     timing: Timing = Timing(),
                     environ: Mapping[str, str] | None = None) -> None:
    """Run until SIGINT/SIGTERM (procrastinate's handlers finish running jobs first)."""
    env = os.environ if environ is None else environ
    config, matcher = load_checked(config_path, render_templates=True, environ=env)
    url = server_url(config, db)
    store = ClaimedStore(Store.open(url).engine, lease=timedelta(seconds=timing.lease))
    store.sync_feeds((f.url, f.name) for f in config.feeds if f.enabled)
    rt = build_runtime(config, store, environ=env, matcher=matcher)
    cluster = Cluster(rt)
    profiles = SharedProfiles(store, grace=timing.lease)
    app = build_app(url.replace(SERVER_SCHEME, "postgresql://", 1), cluster, timing, profiles)
    install_queue_schema(store, app)
    try:
        async with app.open_async():
            await watch_profiles(app, cluster, profiles, config_path, env)
            await app.run_worker_async(
                queues=[QUEUE], concurrency=concurrency, name=f"watcher-{os.getpid()}",
                delete_jobs="successful", update_heartbeat_interval=timing.heartbeat,
                stalled_worker_timeout=timing.stalled_after)
    finally:
        await profiles.aclose()
        await cluster.rt.aclose()
        store.close()


async def watch_profiles(app: procrastinate.App, cluster: Cluster, profiles: SharedProfiles,
                         config_path: Path, environ: Mapping[str, str]) -> None:
    """Publish this worker's profiles, defer the re-match if one is due, and reload the
    config on SIGHUP (watcher.profilesync)."""
    if profiles.publish(cluster.rt.config, utcnow()) or profiles.rematch_due():
        await defer_rematch(app)
    loop = asyncio.get_running_loop()
    pending: set[asyncio.Task[None]] = set()

    async def reload() -> None:
        if profiles.reload(cluster, config_path, environ, utcnow()):
            await defer_rematch(app)
            log.info("profiles: version %d published, its re-match deferred", profiles.version)

    def on_sighup() -> None:
        task = loop.create_task(reload())
        pending.add(task)
        task.add_done_callback(pending.discard)

    loop.add_signal_handler(signal.SIGHUP, on_sighup)


def main(config_path: Path, db: str | None, concurrency: int, timing: Timing) -> None:
    asyncio.run(run_worker(config_path, db, concurrency=concurrency, timing=timing))
