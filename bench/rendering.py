"""Rendering figure: a 1,000-item digest to HTML and text, as the daemon builds it.

Items come from the farm's generator through the real parse -> normalise -> match path (not
timed), so titles, snippets and highlights have realistic shapes. Timed: ``build_digest``,
``render_html`` + ``render_text``, and the file destination's ``render`` (the multipart
email with inlined CSS that the file and email notifiers produce) serialised to bytes.
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


def matched_items(config: Config, count: int, now: datetime) -> list[tuple[Item, Match]]:
    """``count`` distinct (item, match) pairs; the generator's phrases repeat, so every
    item gets a numbered title and key (otherwise the digest folds repeats together)."""
    matcher = compile_profiles(config.profiles, config.aliases)
    pairs: list[tuple[Item, Match]] = []
    t0 = feedgen.default_t0(now)
    for feed_id in range(400):
        spec = feedgen.FeedSpec(feed_id, feedgen.FORMATS[feed_id % 3],
                                f"http://127.0.0.{feed_id % 200 + 1}:8800", 25, 5, t0)
        parsed = parse_feed(feedgen.render(spec, 0), {"content-type": feedgen.CONTENT_TYPES[
            spec.fmt]}, spec.url)
        for item in normalize_feed(parsed, feed_url=spec.url, now=now):
            pairs.extend((item, m) for m in matcher.match(item))
        if len(pairs) >= count:
            break
    if not pairs:
        raise RuntimeError("no generated item matches the shipped profiles")
    return [(dataclasses.replace(item, item_key=f"{item.item_key}#{i}",
                                 title=f"{item.title} (#{i})", link=f"{item.link}&n={i}"), match)
            for i, (item, match) in enumerate(pairs[i % len(pairs)] for i in range(count))]


def run(quick: bool = False, count: int = 1000) -> dict[str, Any]:
    """Median seconds (3 runs, 1 when quick) for each rendering step of a ``count`` digest."""
    now = datetime.now(UTC)
    shipped = shipped_config()
    pairs = matched_items(shipped, count, now)
    dest = FileDestination(type="file", path=str(Path("digests")), timezone="Asia/Seoul",
                           max_items=count)
    config = Config.model_validate({"profiles": {}})
    notifier = create_file_notifier("bench", dest, config, environ={})
    profiles = shipped.profiles
    timings: dict[str, list[float]] = {"build_digest": [], "html_and_text": [],
                                       "file_message": []}
    for _ in range(1 if quick else 3):
        start = time.perf_counter()
        digest = build_digest("bench", 1, pairs, profiles=profiles, timezone=dest.timezone,
                              window_start=None, window_end=now, max_items=count)
        built = time.perf_counter()
        html, text = render_html(digest), render_text(digest)
        rendered = time.perf_counter()
        size = sum(len(m.email.as_bytes()) for m in notifier.render(digest) if m.email)
        done = time.perf_counter()
        timings["build_digest"].append(built - start)
        timings["html_and_text"].append(rendered - built)
        timings["file_message"].append(done - rendered)
    out: dict[str, Any] = {k: statistics.median(v) for k, v in timings.items()}
    out["total"] = out["build_digest"] + out["file_message"]
    out.update(items=digest.item_count, html_bytes=len(html), text_bytes=len(text),
               message_bytes=size)
    return out
