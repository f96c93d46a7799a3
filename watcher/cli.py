"""The `watcher` command line: parses arguments and calls one function each; no logic here."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import Any

import click

from watcher import logs
from watcher.cli_options import Main, config_option, db_option, fail, show
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

    show(lambda: commands.check(config_path))


@main.group(invoke_without_command=True)
@config_option
@db_option
@click.pass_context
def feeds(ctx: click.Context, config_path: Path, db: str | None) -> None:
    """Show every feed: status, last fetch, items, errors, next check. `feeds add URL` and
    `feeds remove URL|NAME` edit config.yaml."""
    from watcher import commands

    ctx.obj = {"config_path": config_path}
    if ctx.invoked_subcommand is not None:
        return
    show(lambda: commands.feeds_table(config_path, db))


def _sub_config(f: Any) -> Any:
    """--config after the subcommand too (`watcher feeds add URL --config c.yaml`)."""
    return click.option("--config", "config_path", default=None,
                        type=click.Path(path_type=Path),
                        help="Path to config.yaml (default: ./config.yaml).")(f)


def _config_of(ctx: click.Context, given: Path | None) -> Path:
    return given or ctx.obj["config_path"]


@feeds.command("add")
@click.argument("url")
@click.option("--name", default="", help="Name shown in digests (default: the feed's title).")
@click.option("--tag", "tags", multiple=True, help="A tag; repeat for several.")
@_sub_config
@click.pass_context
def feeds_add(ctx: click.Context, url: str, name: str, tags: tuple[str, ...],
              config_path: Path | None) -> None:
    """Add the feed at URL (or the one its page announces) to config.yaml, keeping its
    comments; the feed is fetched and parsed first."""
    from watcher import commands_feeds

    show(lambda: commands_feeds.feeds_add(_config_of(ctx, config_path), url, name, tags))


@feeds.command("remove")
@click.argument("which", metavar="URL|NAME")
@_sub_config
@click.pass_context
def feeds_remove(ctx: click.Context, which: str, config_path: Path | None) -> None:
    """Remove a feed from config.yaml by its URL or name, keeping everything else."""
    from watcher import commands_feeds

    show(lambda: commands_feeds.feeds_remove(_config_of(ctx, config_path), which))


@main.group()
@config_option
@click.pass_context
def opml(ctx: click.Context, config_path: Path) -> None:
    """Move subscriptions in and out as OPML 2.0."""
    ctx.obj = {"config_path": config_path}


@opml.command("import")
@click.argument("file", type=click.Path(path_type=Path))
@_sub_config
@click.pass_context
def opml_import(ctx: click.Context, file: Path, config_path: Path | None) -> None:
    """Add every feed in an OPML file to config.yaml (those already there are skipped)."""
    from watcher import commands_feeds

    show(lambda: commands_feeds.opml_import(_config_of(ctx, config_path), file))


@opml.command("export")
@_sub_config
@click.pass_context
def opml_export(ctx: click.Context, config_path: Path | None) -> None:
    """Print the configured feeds as OPML 2.0 (redirect to a file to save it)."""
    from watcher import commands_feeds

    show(lambda: commands_feeds.opml_export(_config_of(ctx, config_path)), nl=False)


@main.command()
@config_option
@db_option
def status(config_path: Path, db: str | None) -> None:
    """One screen: daemon, feeds ok/failing/gone, last and next check, outbox, next digests."""
    from watcher import commands

    show(lambda: commands.status(config_path, db))


@main.command()
@click.argument("url")
@click.option("--limit", default=20, show_default=True, help="Items to print.")
def poll(url: str, limit: int) -> None:
    """Fetch and parse one URL and print its items (try a feed before adding it)."""
    from watcher import commands

    show(lambda: asyncio.run(commands.poll_url(url, limit)))


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
    from watcher import cli_delivery, cli_match, cli_worker

    main.add_command(cli_match.match_command, "match")
    main.add_command(cli_match.explain_command, "explain")
    for command in cli_delivery.commands:
        main.add_command(command)
    main.add_command(cli_worker.worker_command)


_add_optional_commands()
