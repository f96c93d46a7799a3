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
    gc.disable()
    try:
        yield
        from watcher.aiohttp_loader import load_aiohttp

        load_aiohttp()  # (the Fetcher would import it on its first request)
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
    or a destination failed in it."""
    import asyncio

    with _start_up():
        from watcher.app import build_runtime, database_path, load_checked, open_store, run_cycle
        from watcher.lock import exclusive

        config, matcher = load_checked(config_path, remember=True, db=db)

    async def cycle(store: Store) -> CycleReport:
        rt = build_runtime(config, store, matcher=matcher)
        try:
            report = await run_cycle(rt, force=force, last=True)
        except BaseException:
            await rt.aclose()
            raise
        if options.ENDS_PROCESS:  # the process ends with this cycle: leave it the sockets
            rt.fetcher.abandon()
        await rt.aclose()
        return report

    with exclusive(database_path(config, db)):
        store = open_store(config, db)
        try:
            report = asyncio.run(cycle(store))
        finally:
            store.close()
    click.echo(report.summary())
    return 2 if strict and report.failed else 0


def run_forever(config_path: Path, db: str | None) -> int:
    import os

    with _start_up():
        from watcher.app import load_checked

        # Refuse a broken config with every problem listed.
        load_checked(config_path, render_templates=True)
        from watcher.daemon import run_daemon  # APScheduler's scheduler only for the daemon

    return run_daemon(config_path, db, os.environ)


COMMANDS = [run]
