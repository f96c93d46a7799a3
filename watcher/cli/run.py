"""What the CLI commands do: each takes plain arguments and returns text or an exit code."""

from __future__ import annotations

import asyncio
import gc
import os
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

from watcher.app import (
    CycleReport,
    build_runtime,
    database_path,
    load_checked,
    open_readonly,
    open_store,
    run_cycle,
    span,
)
from watcher.config import PollingConfig, check_http_url, load
from watcher.errors import ConfigError, FetchError
from watcher.fetch import Fetcher
from watcher.lock import exclusive
from watcher.models import FeedState
from watcher.store import Store
from watcher.workers import parse_feed_items


def check(config_path: Path) -> str:
    config, _ = load_checked(config_path, render_templates=True)
    return (f"{config_path}: OK — {len(config.feeds)} feeds, {len(config.profiles)} profiles, "
            f"{len(config.aliases)} alias sets, {len(config.destinations)} destinations")


def _freeze_loaded_modules() -> None:
    """Load the fetcher's HTTP client, then move every object alive so far (the modules of
    SQLAlchemy, pydantic, aiohttp...: hundreds of thousands) out of the cyclic garbage
    collector's sight. They live as long as the process anyway, and each full collection
    walked them all. Measured on `run --once` over 2,000 feeds answering 304, ten paired
    runs: median 2.02 -> 1.94 s, CPU 1.58 -> 1.50 s. (In the parse workers it made no
    difference: feedparser's garbage dominates there.)"""
    import aiohttp  # noqa: F401  (the Fetcher would import it on its first request)

    gc.freeze()


def run_once(config_path: Path, db: str | None, force: bool, strict: bool = False) -> int:
    """One cycle; the exit code is 0 for a completed cycle, or with ``strict`` 2 when a feed
    or a destination failed in it."""
    _freeze_loaded_modules()
    config, matcher = load_checked(config_path)

    async def cycle(store: Store) -> CycleReport:
        rt = build_runtime(config, store, matcher=matcher)
        try:
            return await run_cycle(rt, force=force, last=True)
        finally:
            await rt.aclose()

    with exclusive(database_path(config, db)):
        store = open_store(config, db)
        try:
            report = asyncio.run(cycle(store))
        finally:
            store.close()
    print(report.summary())
    return 2 if strict and report.failed else 0


def run_forever(config_path: Path, db: str | None) -> int:
    # Refuse a broken config with every problem listed.
    load_checked(config_path, render_templates=True)
    from watcher.daemon import run_daemon  # APScheduler's scheduler only for the daemon

    _freeze_loaded_modules()
    return run_daemon(config_path, db, os.environ)


def _when(dt: datetime | None, now: datetime) -> str:
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


def status(config_path: Path, db: str | None) -> str:
    """`watcher status`: read-only, like `feeds`."""
    from watcher import status as status_screen
    from watcher.lock import holder
    from watcher.store.stats import read_stats

    config = load(config_path, os.environ)
    path = database_path(config, db)
    running = holder(path)  # before the store opens the file (see lock.holder)
    store = open_readonly(config, db)
    try:
        stats = read_stats(store.engine, [f.url for f in config.feeds])
    finally:
        store.close()
    return status_screen.render(config, stats, datetime.now(UTC), running, str(path))


def _width(text: str) -> int:
    """Terminal columns: Hangul and other wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int) -> str:
    while _width(text) > width:
        text = text[:-1]
    return text + " " * (width - _width(text))


async def poll_url(url: str, limit: int) -> str:
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


__all__ = ["ConfigError", "check", "feeds_table", "poll_url", "run_forever", "run_once"]
