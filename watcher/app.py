"""Build a Runtime from a Config, and run one full cycle (``watcher run --once``)."""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import httpx

from watcher.config import Config
from watcher.deliver import build_notifier
from watcher.fetch import Fetcher
from watcher.match import Matcher, compile_profiles
from watcher.pipeline import PollOutcome, Runtime, SendOutcome, flush_outbox, poll_due
from watcher.store import Store
from watcher.workers import start_pool

log = logging.getLogger("watcher")


def database_path(config: Config, override: str | None) -> Path:
    return Path(override) if override else config.resolve(config.storage.database)


def open_store(config: Config, override: str | None) -> Store:
    store = Store.open(database_path(config, override))
    store.sync_feeds((f.url, f.name) for f in config.feeds if f.enabled)
    return store


def build_runtime(config: Config, store: Store, *, environ: Mapping[str, str] | None = None,
                  transport: httpx.AsyncBaseTransport | None = None,
                  matcher: Matcher | None = None) -> Runtime:
    """Compile profiles (unless given) and build notifiers; raises ConfigError before
    anything runs."""
    env = os.environ if environ is None else environ
    matcher = matcher or compile_profiles(config.profiles, config.aliases)
    notifiers = {name: build_notifier(name, dest, config, environ=env, transport=transport)
                 for name, dest in config.destinations.items()}
    return Runtime(config=config, store=store, fetcher=Fetcher(config.polling),
                   matcher=matcher, notifiers=notifiers, executor=start_pool(config))


@dataclass(frozen=True, slots=True)
class CycleReport:
    polled: list[PollOutcome]
    sent: list[SendOutcome]

    def summary(self) -> str:
        by_status: dict[str, int] = {}
        for p in self.polled:
            by_status[p.status] = by_status.get(p.status, 0) + 1
        new = sum(p.new_items for p in self.polled)
        matches = sum(p.matches for p in self.polled)
        sent = [s for s in self.sent if s.status == "sent"]
        failed = [s for s in self.sent if s.status != "sent"]
        parts = ", ".join(f"{k} {v}" for k, v in sorted(by_status.items())) or "none due"
        return (f"polled {len(self.polled)} feed(s) ({parts}); {new} new item(s), "
                f"{matches} match(es); sent {len(sent)} message window(s)"
                + (f", {len(failed)} failed (see `watcher outbox`)" if failed else ""))


async def run_cycle(rt: Runtime, *, force: bool = False, now: datetime | None = None,
                    flush_instant: bool = True, last: bool = False) -> CycleReport:
    """One full cycle: every due feed polled, then everything due delivered.

    ``last``: no cycle follows (``run --once``), so the parse workers are told to stop as
    soon as polling is done and exit while the digest is built (0.2 s sooner at the end)."""
    polled = await poll_due(rt, now or datetime.now(UTC), force=force)
    if last and rt.executor is not None:
        rt.executor.shutdown(wait=False)
    sent = await flush_outbox(rt, now or datetime.now(UTC), flush_instant=flush_instant)
    return CycleReport(polled, sent)
