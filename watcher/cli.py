"""The `watcher` command line: parses arguments and calls one function each; no logic here."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import click

from watcher import logs
from watcher.cli_options import Main, config_option, db_option, fail
from watcher.errors import WatcherError


@click.group(cls=Main)
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
@click.option("--log-format", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="Log line format on stderr.")
@click.version_option(package_name="watcher")
def main(verbose: int, log_format: str) -> None:
    """watcher: poll news feeds, match keyword profiles, deliver digests and chat alerts."""
    logs.setup(verbose, log_format)


@main.command()
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
    from watcher import commands

    for flag, given in (("--force", force), ("--strict", strict)):
        if given and not once:
            raise click.UsageError(f"{flag} only applies to one cycle: use `run --once {flag}`")
    try:
        code = commands.run_once(config_path, db, force, strict) if once else \
            commands.run_forever(config_path, db)
    except WatcherError as exc:
        fail(exc)
    sys.exit(code)


@main.command()
@config_option
def check(config_path: Path) -> None:
    """Validate the config: schema, env vars, cron, time zones, profile queries."""
    from watcher import commands

    try:
        click.echo(commands.check(config_path))
    except WatcherError as exc:
        fail(exc)


@main.command()
@config_option
@db_option
def feeds(config_path: Path, db: str | None) -> None:
    """Show every feed: status, last fetch, items, last error, next check."""
    from watcher import commands

    try:
        click.echo(commands.feeds_table(config_path, db))
    except WatcherError as exc:
        fail(exc)


@main.command()
@config_option
@db_option
def status(config_path: Path, db: str | None) -> None:
    """One screen: daemon, feeds ok/failing/gone, last and next check, outbox, next digests."""
    from watcher import commands

    try:
        click.echo(commands.status(config_path, db))
    except WatcherError as exc:
        fail(exc)


@main.command()
@click.argument("url")
@click.option("--limit", default=20, show_default=True, help="Items to print.")
def poll(url: str, limit: int) -> None:
    """Fetch and parse one URL and print its items (try a feed before adding it)."""
    from watcher import commands

    try:
        click.echo(asyncio.run(commands.poll_url(url, limit)))
    except WatcherError as exc:
        fail(exc)


@main.command()
@config_option
@click.option("--out", default="digests", show_default=True, type=click.Path(path_type=Path),
              help="Folder the demo digest is written to.")
def demo(config_path: Path, out: Path) -> None:
    """Offline demo: serve bundled sample feeds on loopback, run one cycle, write a digest."""
    from watcher import demo as demo_mod

    try:
        asyncio.run(demo_mod.run_demo(config_path, out, click.echo))
    except WatcherError as exc:
        fail(exc)


def _add_optional_commands() -> None:
    from watcher import cli_delivery, cli_match

    main.add_command(cli_match.match_command, "match")
    main.add_command(cli_match.explain_command, "explain")
    for command in cli_delivery.commands:
        main.add_command(command)


_add_optional_commands()
