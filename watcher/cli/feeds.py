"""`watcher feeds` (the table, `add`, `remove`) and `watcher opml` (`import`, `export`):
what is polled, as the database saw it and as config.yaml lists it."""

from __future__ import annotations

import os
import unicodedata
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import click

from watcher.cli.options import config_of, config_option, db_option, show, sub_config

if TYPE_CHECKING:
    from watcher.config_edit import NewFeed
    from watcher.models import FeedState

RELOAD = "the daemon picks it up on SIGHUP (`systemctl reload watcher`)"


@click.group("feeds", invoke_without_command=True)
@config_option
@db_option
@click.pass_context
def feeds(ctx: click.Context, config_path: Path, db: str | None) -> None:
    """Show every feed: status, last fetch, items, errors, next check. `feeds add URL` and
    `feeds remove URL|NAME` edit config.yaml."""
    ctx.obj = {"config_path": config_path}
    if ctx.invoked_subcommand is not None:
        return
    show(lambda: feeds_table(config_path, db))


@feeds.command("add")
@click.argument("url")
@click.option("--name", default="", help="Name shown in digests (default: the feed's title).")
@click.option("--tag", "tags", multiple=True, help="A tag; repeat for several.")
@sub_config
@click.pass_context
def feeds_add_command(ctx: click.Context, url: str, name: str, tags: tuple[str, ...],
                      config_path: Path | None) -> None:
    """Add the feed at URL (or the one its page announces) to config.yaml, keeping its
    comments; the feed is fetched and parsed first."""
    show(lambda: feeds_add(config_of(ctx, config_path), url, name, tags))


@feeds.command("remove")
@click.argument("which", metavar="URL|NAME")
@sub_config
@click.pass_context
def feeds_remove_command(ctx: click.Context, which: str, config_path: Path | None) -> None:
    """Remove a feed from config.yaml by its URL or name, keeping everything else."""
    show(lambda: feeds_remove(config_of(ctx, config_path), which))


@click.group("opml")
@config_option
@click.pass_context
def opml(ctx: click.Context, config_path: Path) -> None:
    """Move subscriptions in and out as OPML 2.0."""
    ctx.obj = {"config_path": config_path}


@opml.command("import")
@click.argument("file", type=click.Path(path_type=Path))
@sub_config
@click.pass_context
def opml_import_command(ctx: click.Context, file: Path, config_path: Path | None) -> None:
    """Add every feed in an OPML file to config.yaml (those already there are skipped)."""
    show(lambda: opml_import(config_of(ctx, config_path), file))


@opml.command("export")
@sub_config
@click.pass_context
def opml_export_command(ctx: click.Context, config_path: Path | None) -> None:
    """Print the configured feeds as OPML 2.0 (redirect to a file to save it)."""
    show(lambda: opml_export(config_of(ctx, config_path)), nl=False)


def _when(dt: datetime | None, now: datetime) -> str:
    from watcher.app import span

    if dt is None:
        return "-"
    text = span(abs(dt - now))
    return f"in {text}" if dt > now else f"{text} ago"


def _feed_line(f: FeedState, now: datetime) -> list[str]:
    name = f.name or f.config_url
    if f.url != f.config_url:
        name += f" (moved to {f.url})"
    status = {"gone": "GONE (410, not polled)"}.get(f.status, f.status)
    next_check = "never" if f.status == "gone" else _when(f.next_check_at, now)
    errors = (f"{f.error_count} since {_when(f.failing_since, now)}"
              if f.error_count and f.failing_since else str(f.error_count or ""))
    return [name, status, _when(f.last_fetch_at, now), str(f.item_count), errors,
            (f.last_error or "")[:80], next_check]


def feeds_table(config_path: Path, db: str | None) -> str:
    from watcher.app import open_readonly
    from watcher.config import load
    from watcher.models import FeedState

    config = load(config_path, os.environ)
    store = open_readonly(config, db)
    try:
        known = {f.config_url: f for f in store.feeds([f.url for f in config.feeds])}
    finally:
        store.close()
    # A feed added to config.yaml since the daemon last (re)loaded it is not in the database
    # yet; it is listed all the same, as not polled yet.
    rows = [known.get(f.url) or FeedState(0, f.url, f.url, f.name, "new") for f in config.feeds]
    now = datetime.now(UTC)
    table = [["FEED", "STATUS", "LAST FETCH", "ITEMS", "ERRORS", "LAST ERROR", "NEXT CHECK"]]
    table += [_feed_line(f, now) for f in rows]
    widths = [min(max(_width(r[i]) for r in table), 60) for i in range(len(table[0]))]
    return "\n".join("  ".join(_pad(c, w) for c, w in zip(r, widths, strict=True)).rstrip()
                     for r in table)


def _width(text: str) -> int:
    """Terminal columns: Hangul and other wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int) -> str:
    while _width(text) > width:
        text = text[:-1]
    return text + " " * (width - _width(text))


def feeds_add(config_path: Path, url: str, name: str, tags: tuple[str, ...]) -> str:
    """Find the feed at ``url`` (or announced by its page), check it parses, add it."""
    import asyncio

    from watcher.config import check_http_url, load
    from watcher.config_edit import NewFeed, add_feeds
    from watcher.discover import discover
    from watcher.errors import FetchError

    try:
        check_http_url(url)
    except ValueError as exc:
        raise FetchError(url, f"cannot add: {exc}") from None
    config = load(config_path, os.environ)
    found = asyncio.run(discover(url, config.polling))
    feed = NewFeed(found.url, name or found.title, tags)
    added, _ = add_feeds(config_path, [feed], os.environ)
    where = "" if found.url == url else f" (found from {url})"
    if not added:
        return f"{found.url}{where} is already in {config_path}"
    return (f"added {found.url}{where}: {found.title or '(untitled)'}, {found.items} item(s) "
            f"now; {RELOAD}")


def feeds_remove(config_path: Path, which: str) -> str:
    from watcher.config_edit import remove_feed

    url = remove_feed(config_path, which, os.environ)
    return f"removed {url} from {config_path}; {RELOAD} (its stored items are kept)"


def opml_import(config_path: Path, opml_path: Path) -> str:
    from watcher.config import check_http_url
    from watcher.config_edit import NewFeed, add_feeds
    from watcher.opml import read_opml

    feeds = read_opml(opml_path)
    valid: list[NewFeed] = []
    refused: list[str] = []
    for feed in feeds:
        try:
            valid.append(NewFeed(check_http_url(feed.url), feed.name, feed.tags))
        except ValueError as exc:
            refused.append(str(exc))
    added, present = add_feeds(config_path, valid, os.environ)
    lines = [f"imported {len(added)} feed(s) from {opml_path} into {config_path}; "
             f"{len(present)} already there"
             + (f", {len(refused)} skipped" if refused else "")]
    lines += [f"  skipped: {r}" for r in refused]
    if added:
        lines.append(RELOAD)
    return "\n".join(lines)


def opml_export(config_path: Path) -> str:
    from watcher.config import load
    from watcher.opml import write_opml

    return write_opml(load(config_path, os.environ).feeds, datetime.now(UTC))


COMMANDS = [feeds, opml]
