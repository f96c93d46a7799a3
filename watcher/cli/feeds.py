"""What `watcher feeds add/remove` and `watcher opml import/export` do: plain arguments in,
text out (the commands in cli.py print it)."""

from __future__ import annotations

import asyncio
import os
from datetime import UTC, datetime
from pathlib import Path

from watcher.config import check_http_url, load
from watcher.config_edit import NewFeed, add_feeds, remove_feed
from watcher.errors import FetchError

RELOAD = "the daemon picks it up on SIGHUP (`systemctl reload watcher`)"


def feeds_add(config_path: Path, url: str, name: str, tags: tuple[str, ...]) -> str:
    """Find the feed at ``url`` (or announced by its page), check it parses, add it."""
    from watcher.discover import discover

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
    url = remove_feed(config_path, which, os.environ)
    return f"removed {url} from {config_path}; {RELOAD} (its stored items are kept)"


def opml_import(config_path: Path, opml_path: Path) -> str:
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
    from watcher.opml import write_opml

    return write_opml(load(config_path, os.environ).feeds, datetime.now(UTC))
