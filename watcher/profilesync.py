"""Profiles shared by the workers of a cluster (scale-out mode).

A worker that loads a config (at start, or on SIGHUP) publishes its profiles and aliases as
a new version in the database when they differ from the latest (watcher.store.profiles):
the last config loaded wins, as a restart or a reload does with the single daemon. Before
each poll job every worker looks at the latest version and, when it is newer than its own,
compiles it (its parse pool too, whose processes hold a compiled copy), so items fetched
after the change are matched with the new profiles by whichever worker fetches them. One
re-match job then matches the items already stored (within retention) once more, so what
the new profiles find there reaches the outbox once.

A runtime replaced here is closed only after ``grace`` seconds (the claim lease, longer
than any poll job): jobs still running keep the one they started with.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

from watcher.app import build_runtime, load_checked
from watcher.config import Config, ProfileConfig
from watcher.daemon import carry_delivery_state
from watcher.errors import WatcherError
from watcher.match import Matcher, compile_profiles
from watcher.models import Item
from watcher.pipeline import Runtime
from watcher.rows import MatchRow, match_row
from watcher.store import Store
from watcher.workers import start_pool

log = logging.getLogger("watcher")


class Holder(Protocol):
    """What holds this worker's current runtime (watcher.worker.Cluster)."""

    rt: Runtime


def definitions(config: Config) -> dict[str, Any]:
    """The profiles and aliases of ``config`` as JSON-ready data (a version's content)."""
    return {
        "profiles": {name: p.model_dump(mode="json") for name, p in config.profiles.items()},
        "aliases": {name: list(terms) for name, terms in config.aliases.items()},
    }


def with_definitions(config: Config, defs: dict[str, Any]) -> Config:
    """``config`` with a version's profiles and aliases instead of its own."""
    return config.model_copy(
        update={
            "profiles": {n: ProfileConfig.model_validate(p) for n, p in defs["profiles"].items()},
            "aliases": {n: tuple(terms) for n, terms in defs["aliases"].items()},
        }
    )


def match_rows(matcher: Matcher) -> Callable[[Item], list[MatchRow]]:
    """An item's match rows as ingest stores them (no snippet; the order of its terms)."""
    order = matcher.snippet_order
    return lambda item: [
        match_row(m, order(m.profile, m.terms)) for m in matcher.match(item, snippets=False)
    ]


@dataclass
class SharedProfiles:
    """This worker's side of the cluster's profile versions."""

    store: Store
    grace: float  # seconds before a replaced runtime (or parse pool) is closed
    version: int = 0  # the version this worker's matcher was compiled from
    _closers: dict[asyncio.Task[None], Callable[[], Awaitable[None]]] = field(default_factory=dict)

    def publish(self, config: Config, now: datetime) -> bool:
        """Make ``config``'s profiles the cluster's (a no-op when they are the latest);
        True when a version was added that needs a re-match."""
        self.version, added = self.store.publish_profiles(definitions(config), now)
        due = self.store.profile_version(self.version)
        return added and due is not None and not due.rematched

    def rematch_due(self) -> bool:
        """The latest version still waits for its re-match (its publisher died first?)."""
        latest = self.store.profile_version(self.store.latest_profile_version())
        return latest is not None and not latest.rematched

    def adopt_latest(self, holder: Holder) -> None:
        """Compile the latest version into ``holder``'s runtime if it is newer than ours."""
        latest = self.store.latest_profile_version()
        if latest <= self.version:
            return
        found = self.store.profile_version(latest)
        if found is None:
            return
        rt = holder.rt
        config = with_definitions(rt.config, found.definitions)
        try:
            matcher = compile_profiles(config.profiles, config.aliases)
        except WatcherError as exc:  # a newer watcher's query syntax, say
            log.error(
                "profile version %d does not compile here, keeping version %d: %s",
                latest,
                self.version,
                exc,
            )
            self.version = latest
            return
        holder.rt = replace(rt, config=config, matcher_given=matcher,
                            executor=start_pool(config))
        self.version = latest
        if rt.executor is not None:
            old = rt.executor

            async def shut() -> None:
                old.shutdown(wait=False)

            self._retire(shut)
        log.info("profiles: adopted version %d (%d profiles)", latest, len(config.profiles))

    def reload(self, holder: Holder, config_path: Path, environ: Any, now: datetime) -> bool:
        """SIGHUP: load the config as `watcher run` would and make it this worker's, its
        profiles the cluster's; a refused config leaves everything as it was. True when a
        re-match is due."""
        try:
            config, matcher = load_checked(config_path, render_templates=True, environ=environ)
            self.store.sync_feeds((f.url, f.name) for f in config.feeds if f.enabled)
            rt = build_runtime(config, self.store, environ=environ, matcher=matcher)
        except WatcherError as exc:
            log.error(
                "config reload refused, the old config keeps running: %s",
                "; ".join(getattr(exc, "problems", [str(exc)])),
            )
            return False
        old = holder.rt
        carry_delivery_state(old, rt)
        holder.rt = rt
        self._retire(old.aclose)
        due = self.publish(config, now)
        log.info(
            "config reloaded: %d feeds, %d profiles (version %d), %d destinations",
            len(rt.feed_configs),
            len(config.profiles),
            self.version,
            len(config.destinations),
        )
        return due

    async def rematch(self, holder: Holder, now: datetime) -> None:
        """The re-match job: the latest version's matches for items within retention (on
        a thread: matching 90 days of items must not hold up this worker's heartbeats)."""
        self.adopt_latest(holder)
        rt, version = holder.rt, self.version
        since = now - timedelta(days=rt.config.storage.retention_days)
        done = await asyncio.to_thread(
            self.store.rematch, version, since, match_rows(rt.matcher), rt.routes, now
        )
        if done is not None:
            log.info(
                "profiles: version %d re-matched the stored items: %d new match(es), %d queued",
                version,
                *done,
            )

    def _retire(self, close: Callable[[], Awaitable[None]]) -> None:
        async def later() -> None:
            await asyncio.sleep(self.grace)
            await close()

        task = asyncio.get_running_loop().create_task(later())
        self._closers[task] = close
        task.add_done_callback(self._closers.pop)

    async def aclose(self) -> None:
        """Close now what waits to be closed (the worker is stopping)."""
        for task, close in list(self._closers.items()):
            task.cancel()
            await close()
