"""`watcher run`: the daemon, or one full cycle with --once."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import click

from watcher.cli import options
from watcher.cli.options import config_option, db_option, finish

if TYPE_CHECKING:
    from watcher.app import CycleReport
    from watcher.config import Config
    from watcher.models import FeedState
    from watcher.store import Store


@click.command("run")
@config_option
@db_option
@click.option("--once", is_flag=True, help="Run one full cycle (poll due feeds, deliver what "
              "is due) and exit.")
@click.option("--force", is_flag=True, help="With --once: poll every feed whatever its "
              "schedule (still sending conditional requests).")
@click.option("--strict", is_flag=True, help="With --once: exit 2 when a feed or a "
              "destination failed (plain --once exits 0 for a completed cycle).")
def run(config_path: Path, db: str | None, once: bool, force: bool, strict: bool) -> None:
    """Run the daemon (or one cycle with --once)."""
    for flag, given in (("--force", force), ("--strict", strict)):
        if given and not once:
            raise click.UsageError(f"{flag} only applies to one cycle: use `run --once {flag}`")
    if once:
        finish(lambda: run_once(config_path, db, force, strict), closed=True)
    finish(lambda: run_forever(config_path, db))


@contextmanager
def _start_up() -> Iterator[None]:
    """Start-up (imports, the config, the profiles, the fetcher's HTTP client) with the
    cyclic garbage collector off, then every object alive so far moved out of its sight.

    Start-up makes hundreds of thousands of objects (the modules of SQLAlchemy, pydantic,
    aiohttp; the parsed profiles) and almost no garbage, yet the collector ran a pass every
    700 of them: with it off, the work before the first request took 0.595 -> 0.548 s (five
    alternating runs on the benchmark's 2,000-feed config). Frozen, they are never walked
    again by a full collection either: they live as long as the process (`run --once` over
    2,000 feeds answering 304, ten paired runs: 2.02 -> 1.94 s, CPU 1.58 -> 1.50 s)."""
    with _long_lived():
        yield
        from watcher.aiohttp_loader import load_aiohttp

        load_aiohttp()  # (the Fetcher would import it on its first request)


@contextmanager
def _long_lived() -> Iterator[None]:
    """The collector off while objects that live as long as the process are made, then
    those objects frozen (see ``_start_up``; also the store, with SQLAlchemy's modules, that
    `run --once` opens in the middle of its poll)."""
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        # A young-generation collection every 10,000 new objects instead of 700: a poll
        # makes many objects that live a few awaits (futures, tasks, responses), and at 700
        # they were collected and promoted, then walked again by the older generations. An
        # all-304 poll of 2,000 feeds spent 120-160 ms of CPU in the collector, 30 ms with
        # this (six alternating runs each; the whole process 1.18-1.30 -> 1.10 CPU-seconds).
        # The garbage left waiting is at most those 10,000 objects.
        gc.set_threshold(10_000, 10, 10)
        gc.enable()


def run_once(config_path: Path, db: str | None, force: bool, strict: bool = False) -> int:
    """One cycle; the exit code is 0 for a completed cycle, or with ``strict`` 2 when a feed
    or a destination failed in it.

    When the database already holds every configured feed, their validators are read with
    the sqlite3 module alone (``watcher.store.state``) and the requests go out before the
    store is opened (SQLAlchemy imported, the schema checked, the feeds synced): it is opened
    while the last answers are awaited. An all-304 poll of 2,000 feeds, ten alternating
    runs: first request 0.42 -> 0.29 s after the start, the whole process 1.32 -> 1.22 s.
    (Opened in a thread from the start instead, it gained less and cost 0.06-0.2 CPU-s
    more: the two threads took turns at the interpreter lock in every round of answers.)"""
    import asyncio
    from datetime import UTC, datetime

    with _start_up():
        from watcher.app import build_runtime, database_path, load_checked, run_cycle
        from watcher.lock import exclusive
        from watcher.store.state import read_due

        config, matcher = load_checked(config_path, remember=True, db=db)

    async def cycle(store: Store | _Opening, due: list[FeedState] | None) -> CycleReport:
        rt = build_runtime(config, store, matcher=matcher)
        try:
            report = await run_cycle(rt, force=force, last=True, due=due)
        except BaseException:
            await rt.aclose()
            raise
        if options.ENDS_PROCESS:  # the process ends with this cycle: leave it the sockets
            rt.fetcher.abandon()
        await rt.aclose()
        return report

    path = database_path(config, db)
    with exclusive(path):
        configured = [(f.url, f.name) for f in config.feeds if f.enabled]
        due = read_due(path, configured, datetime.now(UTC), force=force)
        opening = _Opening(config, db)
        try:
            # Feeds to add or a schema to migrate: the store first.
            report = asyncio.run(cycle(opening if due is not None else opening(), due))
        finally:
            if opening.store is not None:
                opening.store.close()
    click.echo(report.summary())
    return 2 if strict and report.failed else 0


class _Opening:
    """The store of `run --once`, opened when the cycle first uses it: once its last
    requests are out (``watcher.pipeline.poll_due``), or at its first write."""

    def __init__(self, config: Config, db: str | None) -> None:
        self._config = config
        self._db = db
        self.store: Store | None = None

    def __call__(self) -> Store:
        if self.store is None:
            from watcher.app import open_store

            # Made once, kept for the process (the in-flight requests' objects are frozen
            # with it: a few hundred, in a process that ends with the cycle).
            with _long_lived():
                self.store = open_store(self._config, self._db)
        return self.store


def run_forever(config_path: Path, db: str | None) -> int:
    import os

    with _start_up():
        from watcher.app import load_checked

        # Refuse a broken config with every problem listed.
        load_checked(config_path, render_templates=True)
        from watcher.daemon import run_daemon  # APScheduler's scheduler only for the daemon

    return run_daemon(config_path, db, os.environ)


COMMANDS = [run]
