"""Rendering figures: a 1,000-item digest, and the digest of a whole first poll's matches.

Items come from the farm's generator through the real parse -> normalise -> match path (not
timed), so titles, snippets and highlights have realistic shapes. Timed: ``build_digest``,
``render_html`` + ``render_text``, and the file destination's ``render`` (the multipart
email with inlined CSS that the file and email notifiers produce) serialised to bytes.

``run_all`` gives ``build_digest`` every match of a workload's first poll (2,000 feeds x 25
items), capped at the destination's default ``max_items`` as the daemon's first digest is,
and times it and the file message the same way.
"""

from __future__ import annotations

import dataclasses
import statistics
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml

from bench import feedgen
from bench.watchconfig import REPO_CONFIG
from watcher.config import Config, FileDestination
from watcher.deliver.file import create as create_file_notifier
from watcher.digest import build_digest
from watcher.match import compile_profiles
from watcher.models import Item, Match
from watcher.normalize import normalize_feed
from watcher.parse import parse_feed
from watcher.render import render_html, render_text


def shipped_config() -> Config:
    """The repo's config.yaml aliases and profiles (its feeds are not needed here)."""
    shipped = yaml.safe_load(REPO_CONFIG.read_text(encoding="utf-8"))
    return Config.model_validate({"profiles": shipped.get("profiles", {}),
                                  "aliases": shipped.get("aliases", {})})


Pairs = list[tuple[Item, Match]]


def all_matches(config: Config, now: datetime, *, workload: str = "mixed", feeds: int = 2000,
                items: int = 25, enough: int | None = None) -> tuple[Pairs, int]:
    """(item, match) pairs of the first ``feeds`` feeds' first versions as the farm serves
    them (stopping once there are ``enough``), and the number of items read."""
    matcher = compile_profiles(config.profiles, config.aliases)
    pairs: Pairs = []
    t0 = feedgen.default_t0(now)
    read = 0
    for feed_id in range(feeds):
        spec = feedgen.FeedSpec(feed_id, feedgen.FORMATS[feed_id % 3],
                                f"http://127.0.0.{feed_id % 200 + 1}:8800", items, 5, t0,
                                workload)
        parsed = parse_feed(feedgen.render(spec, 0), {"content-type": feedgen.CONTENT_TYPES[
            spec.fmt]}, spec.url)
        for item in normalize_feed(parsed, feed_url=spec.url, now=now):
            read += 1
            pairs.extend((item, m) for m in matcher.match(item))
        if enough is not None and len(pairs) >= enough:
            break
    return pairs, read


def matched_items(config: Config, count: int, now: datetime) -> Pairs:
    """``count`` distinct (item, match) pairs; the generator's phrases repeat, so every
    item gets a numbered title and key (otherwise the digest folds repeats together)."""
    pairs, _ = all_matches(config, now, feeds=400, enough=count)
    if not pairs:
        raise RuntimeError("no generated item matches the shipped profiles")
    return [(dataclasses.replace(item, item_key=f"{item.item_key}#{i}",
                                 title=f"{item.title} (#{i})", link=f"{item.link}&n={i}"), match)
            for i, (item, match) in enumerate(pairs[i % len(pairs)] for i in range(count))]


def run(quick: bool = False, count: int = 1000) -> dict[str, Any]:
    """Median seconds (3 runs, 1 when quick) for each rendering step of a ``count`` digest."""
    now = datetime.now(UTC)
    shipped = shipped_config()
    return _timed(shipped, matched_items(shipped, count, now), now, count, 1 if quick else 3)


def run_all(workload: str, *, feeds: int = 2000, items: int = 25,
            quick: bool = False) -> dict[str, Any]:
    """The digest of every match of ``workload``'s first poll, with the destination's
    default ``max_items``, as ``run`` times it; also the items read and matched."""
    now = datetime.now(UTC)
    shipped = shipped_config()
    pairs, read = all_matches(shipped, now, workload=workload, feeds=feeds, items=items)
    max_items = FileDestination(type="file").max_items
    out = _timed(shipped, pairs, now, max_items, 1 if quick else 3)
    out.update(workload=workload, items_read=read, matches=len(pairs),
               items_matched=len({id(item) for item, _ in pairs}), max_items=max_items)
    return out


def _timed(shipped: Config, pairs: Pairs, now: datetime, max_items: int,
           repeat: int) -> dict[str, Any]:
    dest = FileDestination(type="file", path=str(Path("digests")), timezone="Asia/Seoul",
                           max_items=max_items)
    config = Config.model_validate({"profiles": {}})
    notifier = create_file_notifier("bench", dest, config, environ={})
    profiles = shipped.profiles
    timings: dict[str, list[float]] = {"build_digest": [], "html_and_text": [],
                                       "file_message": []}
    for _ in range(repeat):
        start = time.perf_counter()
        digest = build_digest("bench", 1, pairs, profiles=profiles, timezone=dest.timezone,
                              window_start=None, window_end=now, max_items=max_items)
        built = time.perf_counter()
        html, text = render_html(digest), render_text(digest)
        rendered = time.perf_counter()
        # The emails as they leave: bytes (parsing them back into messages to count them
        # would time the email parser, not the rendering).
        size = sum(len(m.raw_email) for m in notifier.render(digest) if m.raw_email)
        done = time.perf_counter()
        timings["build_digest"].append(built - start)
        timings["html_and_text"].append(rendered - built)
        timings["file_message"].append(done - rendered)
    out: dict[str, Any] = {k: statistics.median(v) for k, v in timings.items()}
    out["total"] = out["build_digest"] + out["file_message"]
    out.update(items=digest.item_count, overflow=digest.more, html_bytes=len(html), text_bytes=len(text),
               message_bytes=size)
    return out
