"""Parse, normalise and match feed bodies, in this process or in a pool of worker processes.

Parsing, normalising and matching cost about 120 µs per item (feedparser, for documents the
plain reader leaves to it, about 180 µs more), so with thousands of feeds the bodies go to
worker processes that each hold a compiled copy of the profiles and
send back items with their matches; the event loop keeps fetching and storing meanwhile.
"""

from __future__ import annotations

import gc
import os
import signal
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Executor, Future
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, ParamSpec, TypeVar

from watcher.config import Config, ProfileConfig
from watcher.models import FetchResult, Item, ParsedFeed
from watcher.rows import ItemRow, MatchRow, item_row, match_row

# The matcher is compiled by the workers (and by a main process that parses itself): a
# poll whose feeds all answer 304 never needs the query language's modules.
if TYPE_CHECKING:
    from watcher.match import Matcher

AUTO_POOL_FROM_FEEDS = 200  # below this, a pool's start-up and memory are not worth it

P = ParamSpec("P")
T = TypeVar("T")

_worker_matcher: Matcher | None = None


@dataclass(frozen=True, slots=True)
class Parsed:
    rows: list[ItemRow]  # the items, ready for the items table
    matches: dict[str, list[MatchRow]]  # by item_key, for the items that matched
    malformed: str | None
    ttl_minutes: int | None
    title: str = ""  # the feed's own title


def parse_feed_items(result: FetchResult, feed_url: str, source: str,
                     now: datetime) -> tuple[ParsedFeed, list[Item]]:
    """bytes -> the feed (its raw entries dropped) and its normalised items."""
    # Imported on first use: a poll where every feed answers 304 never loads feedparser.
    from watcher.normalize import normalize_feed
    from watcher.parse import parse_feed

    parsed = parse_feed(result.body, result.headers, result.final_url)
    items = normalize_feed(parsed, feed_url=feed_url, now=now, source_title=source or None,
                           base_url=result.final_url)
    # The raw entries go now, before matching: for a 200,000-item feed they are about as
    # big as the items, and the memory freed is reused for the match and item rows.
    return replace(parsed, entries=()), items


def parse_items(result: FetchResult, feed_url: str, source: str, now: datetime,
                matcher: Matcher) -> Parsed:
    """bytes -> item rows and the rows of their matches, ready to store.

    No snippets: a message builds them for the stories it shows (watcher.digest); a row
    keeps the order in which to look for its terms."""
    parsed, items = parse_feed_items(result, feed_url, source, now)
    order = matcher.snippet_order
    matches = {i.item_key: [match_row(m, order(m.profile, m.terms)) for m in found]
               for i in items if (found := matcher.match(i, snippets=False))}
    return Parsed([item_row(i) for i in items], matches, parsed.malformed,
                  parsed.ttl_minutes, parsed.title)


PARENT_CHECK = 1.0  # seconds between a worker's looks at whether the daemon still lives


def _exit_with_parent(parent: int) -> None:
    """Exit as soon as ``parent`` is gone. Workers ignore SIGTERM and SIGINT (below), and a
    SIGKILLed daemon can tell them nothing: without this they would live on for good.
    (prctl's PR_SET_PDEATHSIG would fire when the *thread* that started the worker ends,
    and the pool may start workers from its manager thread; the parent pid is exact.)"""
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK)
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _init_worker(profiles: Mapping[str, ProfileConfig],
                 aliases: Mapping[str, Sequence[str]], parent: int) -> None:
    _exit_with_parent(parent)
    # Ctrl-C and systemd's SIGTERM reach the whole process group; the daemon decides when
    # workers stop (by shutting the pool down), or in-flight feeds would fail mid-parse.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    # The compiled profiles and the modules live as long as the worker and hold no garbage:
    # built with the cyclic collector off, then frozen out of its sight, so neither the
    # collection that would follow the build nor the full collections that parsing sets off
    # walk them again (as `watcher match` does, cli/matching._set_up_frozen).
    gc.disable()
    try:
        from watcher.match import compile_profiles

        global _worker_matcher
        _worker_matcher = compile_profiles(profiles, aliases)
        # Load the parser now, while the first responses are still on their way.
        import watcher.normalize
        import watcher.parse  # noqa: F401
    finally:
        gc.freeze()
        gc.enable()


def _ready() -> None:
    """A no-op: submitting it makes the pool start a worker."""


def warm_up(pool: Executor, size: int) -> None:
    """Start ``size`` workers now instead of when the first bodies arrive: starting one
    (an interpreter, imports, the profiles compiled) takes about half a second, which
    otherwise delays the first parse by as much."""
    for _ in range(size):
        pool.submit(_ready)


def parse_in_worker(result: FetchResult, feed_url: str, source: str, now: datetime) -> Parsed:
    assert _worker_matcher is not None, "the pool's initializer compiles the profiles"
    return parse_items(result, feed_url, source, now, _worker_matcher)


def pool_size(config: Config) -> int:
    """Workers to start: polling.parse_workers, or with "auto" one per core for big configs."""
    wanted = config.polling.parse_workers
    if wanted == "auto":
        enabled = sum(1 for f in config.feeds if f.enabled)
        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1
        return cores if enabled >= AUTO_POOL_FROM_FEEDS and cores > 1 else 0
    return int(wanted)


class ParsePool(Executor):
    """The parse workers, started by the first job given to them (or by ``warm_up``).

    A cycle in which every feed answers 304 has nothing to parse, and then starts no
    process at all: creating a spawn pool's queues alone starts multiprocessing's resource
    tracker, one more interpreter competing for the two cores while the feeds are polled."""

    def __init__(self, config: Config, size: int) -> None:
        self._config = config
        self._size = size
        self._pool: Executor | None = None
        self._shut = False

    def submit(self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> Future[T]:
        if self._pool is None:
            if self._shut:
                raise RuntimeError("cannot schedule new futures after shutdown")
            self._pool = _process_pool(self._config, self._size)
        return self._pool.submit(fn, *args, **kwargs)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        self._shut = True
        if self._pool is not None:
            self._pool.shutdown(wait, cancel_futures=cancel_futures)


def _process_pool(config: Config, size: int) -> Executor:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # spawn, not fork: the parent has threads (SQLite, the event loop's executor) that a
    # forked child would inherit in an unknown state.
    return ProcessPoolExecutor(size, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_init_worker,
                               initargs=(dict(config.profiles), dict(config.aliases), os.getpid()))


def start_pool(config: Config) -> ParsePool | None:
    """The parse workers for ``config``, none when it parses in this process; no process
    starts before the pool is given its first job."""
    size = pool_size(config)
    return ParsePool(config, size) if size else None
