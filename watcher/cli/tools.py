"""One-shot looks: `watcher check` (the config), `watcher status` (the database), `watcher
poll` (one URL) and `watcher demo` (the whole pipeline, offline)."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import click

from watcher.cli.options import config_option, db_option, finish, show


@click.command("check")
@config_option
def check_command(config_path: Path) -> None:
    """Validate the config: schema, env vars, cron, time zones, profile queries."""
    show(lambda: check(config_path))


@click.command("status")
@config_option
@db_option
def status_command(config_path: Path, db: str | None) -> None:
    """One screen: daemon, feeds ok/failing/gone, last and next check, outbox, next digests."""
    show(lambda: status(config_path, db))


@click.command("poll")
@click.argument("url")
@click.option("--limit", default=20, show_default=True, help="Items to print.")
def poll_command(url: str, limit: int) -> None:
    """Fetch and parse one URL and print its items (try a feed before adding it)."""
    import asyncio

    show(lambda: asyncio.run(poll_url(url, limit)))


@click.command("demo")
@config_option
@click.option("--out", default="digests", show_default=True, type=click.Path(path_type=Path),
              help="Folder the demo digest is written to.")
def demo_command(config_path: Path, out: Path) -> None:
    """Offline demo: serve bundled sample feeds on loopback, run one cycle, write a digest."""
    import asyncio

    from watcher.demo import run_demo

    def produce() -> int:
        asyncio.run(run_demo(config_path, out, click.echo))
        return 0

    finish(produce)


def check(config_path: Path) -> str:
    from watcher.app import load_checked
    from watcher.sizecheck import email_size_warnings

    config, _ = load_checked(config_path, render_templates=True)
    warnings = [f"warning: {w}" for w in email_size_warnings(config, os.environ)]
    return "\n".join([*warnings,
                      f"{config_path}: OK — {len(config.feeds)} feeds, "
                      f"{len(config.profiles)} profiles, {len(config.aliases)} alias sets, "
                      f"{len(config.destinations)} destinations"])


def status(config_path: Path, db: str | None) -> str:
    """`watcher status`: read-only, like `feeds`."""
    from watcher import status as status_screen
    from watcher.app import database_target, open_readonly
    from watcher.config import load
    from watcher.lock import holder
    from watcher.store import shown
    from watcher.store.cluster import describe, read_cluster
    from watcher.store.stats import read_stats

    config = load(config_path, os.environ)
    target = database_target(config, db)
    # before the store opens the file (see lock.holder); a cluster has no single holder
    running = holder(target) if isinstance(target, Path) else None
    store = open_readonly(config, db)
    try:
        stats = read_stats(store.engine, [f.url for f in config.feeds])
        cluster = None if isinstance(target, Path) else describe(read_cluster(store.engine))
    finally:
        store.close()
    return status_screen.render(config, stats, datetime.now(UTC), running, shown(target),
                                cluster=cluster)


async def poll_url(url: str, limit: int) -> str:
    from watcher.config import PollingConfig, check_http_url
    from watcher.errors import FetchError
    from watcher.fetch import Fetcher
    from watcher.workers import parse_feed_items

    try:
        check_http_url(url)
    except ValueError as exc:
        raise FetchError(url, f"cannot poll: {exc}") from None
    async with Fetcher(PollingConfig()) as fetcher:
        result = await fetcher.fetch(url)
    # The daemon's own parse step, so `poll` shows exactly what `run` would store.
    parsed, items = parse_feed_items(result, result.final_url, "", datetime.now(UTC))
    lines = [f"{parsed.title or '(untitled feed)'} — {len(items)} item(s) from "
             f"{result.final_url}"]
    if result.permanent_url:
        lines.append(f"note: permanently redirected to {result.permanent_url}")
    if parsed.malformed:
        lines.append(f"warning: malformed feed, items recovered anyway: {parsed.malformed}")
    for item in items[:limit]:
        when = item.published.strftime("%Y-%m-%d %H:%M") + ("" if item.published_from_feed
                                                             else " (no date)")
        lines.append(f"- {when}  {item.title or '(no title)'}")
        if item.link:
            lines.append(f"    {item.link}")
    if len(items) > limit:
        lines.append(f"... and {len(items) - limit} more")
    return "\n".join(lines)


COMMANDS = [check_command, status_command, poll_command, demo_command]
