"""The one place the stages meet: poll a feed top to bottom, and flush the outbox.

    poll_feed:    fetch -> freshness -> parse -> normalize -> store new items -> match -> outbox
    flush_outbox: close due windows -> render -> deliver each part -> mark sent | retry | dead

Time (``now``), the network (the Fetcher's transport) and the disk (the Store) are passed in.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import BrokenExecutor, Executor
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from watcher.config import Config, FeedConfig
from watcher.deliver import Notifier, OutgoingMessage
from watcher.errors import DeliveryError, FetchError, ParseError, StoreError
from watcher.fetch import Fetcher
from watcher.freshness import next_check_after_failure, next_check_after_success
from watcher.models import FeedState, FetchResult
from watcher.store.state import FeedBatch, Unchanged, success_values
from watcher.windows import digest_due, instant_due, retry_delay
from watcher.workers import (
    Parsed,
    parse_in_worker,
    parse_items,
    pool_size,
    start_pool,
    warm_up,
)

# Digests (snippets, clustering) and full-text fetching are imported where they are first
# used: a cycle in which nothing is sent, or no feed asks for full text, needs neither.
if TYPE_CHECKING:
    from watcher.match import Matcher
    from watcher.store import Store
    from watcher.store.outbox import OutboxRow

log = logging.getLogger("watcher")

# Parsed items are written once this many wait, or once the first has waited this long:
# few transactions, bounded memory, and a slow feed never holds the others back for long.
INGEST_BATCH_ITEMS = 2000
INGEST_BATCH_SECONDS = 0.5


@dataclass
class Runtime:
    """Everything a cycle needs, built once from a validated Config (and rebuilt on reload).

    ``matcher`` is given, or a function that makes it when a cycle first needs it: only a
    changed body is matched in this process, so a cycle of 304s never loads the query
    language (``run --once`` with a remembered profile check, see ``watcher.profilecheck``).
    ``store`` likewise: the Store, or a function giving it when first used (``run --once``
    opens the store while its first requests are out, see ``watcher.store.state``)."""

    config: Config
    store_given: Store | Callable[[], Store]
    fetcher: Fetcher
    matcher_given: Matcher | Callable[[], Matcher]
    notifiers: Mapping[str, Notifier]
    rng: random.Random = field(default_factory=random.Random)
    executor: Executor | None = None  # parse + normalise off the event loop, when given
    # Destinations whose store writes failed: (consecutive holds, no attempt before).
    holds: dict[str, tuple[int, datetime]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.feed_configs: dict[str, FeedConfig] = {
            f.url: f for f in self.config.feeds if f.enabled}
        self._routes: dict[str, tuple[str, ...]] = {
            profile: tuple(name for name, dest in self.config.destinations.items()
                           if dest.profiles is None or profile in dest.profiles)
            for profile in self.config.profiles}

    @property
    def store(self) -> Store:
        if callable(self.store_given):  # opened once, and kept for copies (``replace``)
            self.store_given = self.store_given()
        return self.store_given

    @property
    def matcher(self) -> Matcher:
        if callable(self.matcher_given):  # made once, and kept for copies (``replace``)
            self.matcher_given = self.matcher_given()
        return self.matcher_given

    def routes(self, profile: str) -> Sequence[str]:
        return self._routes.get(profile, ())

    def held(self, destination: str, now: datetime) -> bool:
        hold = self.holds.get(destination)
        return hold is not None and now < hold[1]

    async def aclose(self) -> None:
        await self.fetcher.aclose()
        if self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)


@dataclass(frozen=True, slots=True)
class PollOutcome:
    feed: FeedState
    status: str  # "new-items" | "unchanged" | "error" | "gone"
    new_items: int = 0
    matches: int = 0
    message: str | None = None
    unchanged: Unchanged | None = None  # written by poll_due in one batch
    batch: FeedBatch | None = None  # items to store: poll_due writes several feeds at once


async def poll_feed(rt: Runtime, feed: FeedState, now: datetime) -> PollOutcome:
    """Fetch one feed and store what is new; every failure is recorded on the feed, never raised."""
    polling = rt.config.polling
    fc = rt.feed_configs.get(feed.config_url)
    interval = (fc.interval if fc and fc.interval else None) or polling.interval
    try:
        result = await rt.fetcher.fetch(feed.url, etag=feed.etag,
                                        last_modified=feed.last_modified)
    except FetchError as exc:
        return _failed(rt, feed, now, str(exc), interval, exc.retry_after, exc.gone,
                       exc.permanent_url)
    if result.permanent_url:
        log.warning("feed %s moved permanently to %s; polling the new URL from now on",
                    feed.url, result.permanent_url)
    if result.not_modified or result.content_hash == feed.content_hash:
        next_at = next_check_after_success(now, interval=interval, headers=result.headers,
                                           ttl_minutes=feed.ttl_minutes, polling=polling,
                                           rng=rt.rng)
        return PollOutcome(feed, "unchanged", unchanged=Unchanged(
            feed.id, now, next_at, result.permanent_url, result.etag, result.last_modified))
    try:
        parsed = await _parse(rt, result, feed, now)
    except ParseError as exc:
        return _failed(rt, feed, now, str(exc), interval, None, False, result.permanent_url)
    if fc is not None and fc.fulltext:
        from watcher.fulltext import add_full_text

        parsed = await add_full_text(parsed, feed_id=feed.id, feed_url=feed.url,
                                     fetcher=rt.fetcher, store=rt.store, matcher=rt.matcher,
                                     now=now)
    next_at = next_check_after_success(now, interval=interval, headers=result.headers,
                                       ttl_minutes=parsed.ttl_minutes, polling=polling,
                                       rng=rt.rng)
    values = success_values(
        now=now, next_check_at=next_at, url=result.permanent_url or feed.url,
        etag=result.etag, last_modified=result.last_modified,
        content_hash=result.content_hash, malformed=parsed.malformed,
        ttl_minutes=parsed.ttl_minutes)
    return PollOutcome(feed, "new-items", message=parsed.malformed,
                       batch=FeedBatch(feed.id, parsed.rows, values, parsed.matches,
                                       # no stored body yet means no stored items either
                                       has_items=feed.content_hash is not None))


async def _parse(rt: Runtime, result: FetchResult, feed: FeedState, now: datetime) -> Parsed:
    """In the pool when there is one, so that the event loop has nothing heavy left to do.
    Every item is matched, known ones too: ingest keeps the matches of new items only."""
    pool = rt.executor
    if pool is None:
        return parse_items(result, feed.url, feed.name, now, rt.matcher)
    loop = asyncio.get_running_loop()
    try:
        return await loop.run_in_executor(pool, parse_in_worker, result, feed.url,
                                          feed.name, now)
    except BrokenExecutor:  # (BrokenProcessPool, without importing multiprocessing here)
        # A worker died (killed, out of memory): start a new pool for the next feeds and
        # parse this one here, so no feed is failed for it.
        if rt.executor is pool:
            log.warning("a parse worker died; starting new workers")
            pool.shutdown(wait=False, cancel_futures=True)
            rt.executor = start_pool(rt.config)
        return parse_items(result, feed.url, feed.name, now, rt.matcher)


def _failed(rt: Runtime, feed: FeedState, now: datetime, message: str, interval: float,
            retry_after: float | None, gone: bool, moved_to: str | None) -> PollOutcome:
    next_at = next_check_after_failure(
        now, interval=interval, error_count=feed.error_count + 1, retry_after=retry_after,
        gone=gone, polling=rt.config.polling, rng=rt.rng)
    rt.store.record_failure(feed.id, now=now, message=message, next_check_at=next_at,
                            gone=gone, url=moved_to)
    # Fetch errors name the URL already: say it once.
    log.warning("%s", message if feed.config_url in message else
                f"feed {feed.config_url}: {message}")
    return PollOutcome(feed, "gone" if gone else "error", message=message)


async def poll_due(rt: Runtime, now: datetime, *, force: bool = False,
                   due: Sequence[FeedState] | None = None) -> list[PollOutcome]:
    """Poll every due feed concurrently (the Fetcher enforces per-host and overall caps);
    ``due``: the due feeds as read already (``watcher.store.state.read_due``)."""
    if due is None:
        due = rt.store.due_feeds(now, list(rt.feed_configs), force=force)
    if rt.executor is not None and any(f.status == "new" for f in due):
        # Feeds never polled will need parsing for sure (a first poll, feeds just added);
        # otherwise the workers start with the first changed body, and a cycle in which
        # every feed answers 304 (or keeps failing) starts none.
        warm_up(rt.executor, pool_size(rt.config))
    outcomes: list[PollOutcome] = []
    waiting: list[PollOutcome] = []
    loop = asyncio.get_running_loop()
    since = loop.time()
    finished: asyncio.Queue[PollOutcome | BaseException] = asyncio.Queue()
    # Feeds in flight (fetched, waiting to be parsed) are bounded like connections: without
    # it, 2,000 fetched bodies queued for the parse workers (+50 MB of RSS).
    pollers = _start_pollers(rt, due, now, finished, rt.config.polling.max_connections)
    # A poller takes its next feed as it hands over an outcome: once this many outcomes are
    # in, every request is out, and the last answers are awaited.
    all_sent = max(len(due) - len(pollers), 1)
    try:
        for received in range(1, len(due) + 1):
            outcome = await finished.get()
            if isinstance(outcome, BaseException):
                raise outcome
            if received == all_sent:
                # The time to open a store given as a function (`run --once`, which reads the
                # feeds to poll without it): about 0.1 s of work hidden by the network.
                _ = rt.store
            if outcome.batch is None:
                outcomes.append(outcome)
                continue
            if not waiting:
                since = loop.time()
            waiting.append(outcome)
            if (sum(len(o.batch.rows) for o in waiting if o.batch) >= INGEST_BATCH_ITEMS
                    or loop.time() - since >= INGEST_BATCH_SECONDS):
                outcomes += _store(rt, waiting, now)
                waiting = []
    finally:
        for poller in pollers:
            poller.cancel()  # (done already, unless this poll itself was cancelled)
    outcomes += _store(rt, waiting, now)
    # One statement for every unchanged feed: per-feed transactions were half the CPU of
    # an all-304 pass (0.87 ms each).
    rt.store.record_unchanged([o.unchanged for o in outcomes if o.unchanged])
    return outcomes


def _store(rt: Runtime, waiting: list[PollOutcome], now: datetime) -> list[PollOutcome]:
    """Write the parsed feeds in one transaction: items, matches, outbox rows, feed state.

    If the batch cannot be written, each feed is tried alone, so one bad feed costs only
    itself a cycle; a feed that still fails keeps its old state and is polled again."""
    batches = [o.batch for o in waiting if o.batch]
    if not batches:
        return []
    try:
        retention = timedelta(days=rt.config.storage.retention_days)
        results = rt.store.ingest(batches, now=now, routes=rt.routes,
                                  alert_after=now - retention)
    except Exception as exc:
        if len(waiting) > 1:
            return [done for o in waiting for done in _store(rt, [o], now)]
        feed = waiting[0].feed
        log.exception("feed %s: could not store its items", feed.config_url)
        return [_failed(rt, feed, now, f"could not store items: {type(exc).__name__}: {exc}",
                        rt.config.polling.interval, None, False, None)]
    return [replace(o, new_items=r.new, matches=r.matches, batch=None)
            for o, r in zip(waiting, results, strict=True)]


def _start_pollers(rt: Runtime, due: Sequence[FeedState], now: datetime,
                   finished: asyncio.Queue[PollOutcome | BaseException],
                   limit: int) -> list[asyncio.Task[None]]:
    """``limit`` tasks that take the due feeds in order, one at a time each, and hand every
    outcome to ``finished``: at most ``limit`` feeds in flight. A task per feed waiting on
    a semaphore, as before, cost a task, a waiter and a wake-up for each of 2,000 feeds, a
    tenth of the CPU of an all-304 poll."""
    todo = iter(due)

    async def poller() -> None:
        for feed in todo:  # (one iterator shared: each feed is taken once)
            try:
                outcome = await _guarded(rt, feed, now)
            except BaseException as exc:  # (cancelled): poll_due raises it, as it did
                finished.put_nowait(exc)
                raise
            finished.put_nowait(outcome)

    return [asyncio.create_task(poller()) for _ in range(min(limit, len(due)))]


async def _guarded(rt: Runtime, feed: FeedState, now: datetime) -> PollOutcome:
    try:
        return await poll_feed(rt, feed, now)
    except asyncio.CancelledError:
        raise
    except Exception as exc:  # a bug must cost one feed one cycle, not the daemon
        log.exception("feed %s: unexpected error", feed.config_url)
        interval = rt.config.polling.interval
        return _failed(rt, feed, now, f"internal error: {type(exc).__name__}: {exc}",
                       interval, None, False, None)


@dataclass(frozen=True, slots=True)
class SendOutcome:
    window: OutboxRow
    status: str  # "sent" | "retry" | "dead" | "held" (sent or not, the store could not record)
    parts: int = 0
    message: str | None = None


def close_windows(rt: Runtime, now: datetime, *, flush_instant: bool = False) -> list[int]:
    """Turn queued matches into outbox windows for every destination whose time has come."""
    opened: list[int] = []
    for name, dest in rt.config.destinations.items():
        if dest.mode == "instant":
            count, oldest = rt.store.queue_state(name)
            if count and (flush_instant or instant_due(oldest, dest.batch_window, now)):
                window_id = rt.store.close_window(name, now, now=now, allow_empty=False)
            else:
                window_id = None
        else:
            last_end = rt.store.last_window_end(name)
            end = digest_due(dest.schedule, dest.timezone, last_end, now)
            # A destination's very first digest goes out as soon as there is something to
            # send (it shows the set-up works); after that, quiet windows are kept so the
            # schedule holds.
            window_id = None if end is None else rt.store.close_window(
                name, end, now=now, allow_empty=dest.send_empty,
                keep_empty=last_end is not None)
        if window_id is not None:
            opened.append(window_id)
    return opened


async def flush_outbox(rt: Runtime, now: datetime, *,
                       flush_instant: bool = False) -> list[SendOutcome]:
    """Close due windows, then send every pending window whose attempt time has come."""
    close_windows(rt, now, flush_instant=flush_instant)
    queues: dict[str, list[OutboxRow]] = {}
    for row in rt.store.due_windows(now):
        if row.destination in rt.notifiers and not rt.held(row.destination, now):
            queues.setdefault(row.destination, []).append(row)

    async def in_order(rows: list[OutboxRow]) -> list[SendOutcome]:
        done: list[SendOutcome] = []
        for row in rows:
            done.append(await send_window(rt, row, now))
            if done[-1].status == "held":
                break  # the store cannot record: the destination's next windows wait too
        return done

    # Destinations in parallel, each one's windows in order: a hanging webhook must not
    # hold back the email digest.
    done = await asyncio.gather(*(in_order(rows) for rows in queues.values()))
    return sorted((o for outcomes in done for o in outcomes), key=lambda o: o.window.id)


def idempotency_key(instance: str, window_id: int, part: int) -> str:
    """``<window>-<part>.<instance>``: stable across retries and restarts of one database,
    unique across databases (a reset or a second installation starts new keys)."""
    return f"{window_id}-{part}.{instance}"


async def send_window(rt: Runtime, row: OutboxRow, now: datetime) -> SendOutcome:
    """Send the parts still owed, recording each; never raises (a bug or a broken store
    costs this window or this destination a wait, never the rest of the flush)."""
    notifier = rt.notifiers[row.destination]
    sent = row.parts_sent
    parts: list[OutgoingMessage] = []
    try:
        instance = rt.store.instance_id()
        parts = _window_parts(rt, row, notifier)
        for index in range(row.parts_sent, len(parts)):
            await notifier.deliver(parts[index], idempotency_key(instance, row.id, index))
            sent = index + 1
            _record(rt.store.mark_part_sent, row.id, sent)
        _record(rt.store.mark_sent, row.id, now)
    except StoreError as exc:
        return _hold(rt, row, now, str(exc), sent)
    except DeliveryError as exc:
        return _send_failed(rt, row, now, str(exc), exc.retry_after, exc.permanent, sent)
    except Exception as exc:
        # A broken user template (jinja2 errors are not ValueErrors), folder or a bug costs
        # this window an attempt; raising would abort the flush, so every later window, for
        # every destination, would wait behind it forever without it ever going dead.
        return _send_failed(rt, row, now, f"{type(exc).__name__}: {exc}", None, False, sent)
    rt.holds.pop(row.destination, None)
    log.info("sent %s window %d: %d items in %d message(s)", row.destination, row.id,
             row.item_count, len(parts))
    return SendOutcome(row, "sent", len(parts))


def _record(write: Callable[..., None], *args: Any, **kwargs: Any) -> None:
    """A store write after (or before) a send; its failure is a StoreError for _hold."""
    try:
        write(*args, **kwargs)
    except StoreError:
        raise
    except Exception as exc:  # disk full, database locked, read-only file system
        cause = getattr(exc, "orig", None) or exc  # the driver's message, not the SQL
        raise StoreError(f"could not record delivery progress: {cause}") from exc


def _window_parts(rt: Runtime, row: OutboxRow, notifier: Notifier) -> list[OutgoingMessage]:
    """The window's messages as cut before its first attempt; cut and kept now if none were.

    Kept even when nothing went out yet: a part can have reached the receiver unrecorded (a
    kill, an answer after the timeout), and a re-cut retry would send other stories under
    its key, which a deduplicating receiver drops."""
    kept = rt.store.saved_parts(row.id)
    if kept:
        return [OutgoingMessage.from_row(p) for p in kept]
    if row.parts_sent:
        # Recorded by a version that kept only split messages: this one message is out.
        return []
    from watcher.digest import build_digest

    dest = rt.config.destinations[row.destination]
    # Every story goes into the digest; the notifier cuts it into messages of at most
    # max_items stories each (build_digest's cap would only count the rest). The stories
    # are chosen from a light listing, and only they are loaded whole.
    digest = build_digest(
        row.destination, row.id, rt.store.window_listing(row.id, row.destination),
        profiles=rt.config.profiles, timezone=dest.timezone, window_start=row.window_start,
        window_end=row.window_end, max_items=None, complete=rt.store.complete_entries)
    parts = notifier.render(digest)
    _record(rt.store.save_parts, row.id, [p.to_row() for p in parts])
    return parts


def _send_failed(rt: Runtime, row: OutboxRow, now: datetime, message: str,
                 retry_after: float | None, permanent: bool, sent: int) -> SendOutcome:
    dest = rt.config.destinations[row.destination]
    attempts = row.attempts + 1
    dead = permanent or attempts >= dest.max_attempts
    delay = retry_delay(attempts, retry_after, rt.rng)
    try:
        _record(rt.store.mark_failed, row.id, error=message, dead=dead,
                next_attempt_at=now + timedelta(seconds=delay))
    except StoreError as exc:
        return _hold(rt, row, now, f"{message}; {exc}", sent)
    if dead:
        log.error("%s window %d is dead after %d attempt(s): %s (see `watcher outbox`)",
                  row.destination, row.id, attempts, message)
    else:
        log.warning("%s window %d failed (attempt %d, part %d): %s; retrying in %.0f s",
                    row.destination, row.id, attempts, sent + 1, message, delay)
    return SendOutcome(row, "dead" if dead else "retry", sent, message)


def _hold(rt: Runtime, row: OutboxRow, now: datetime, message: str, sent: int) -> SendOutcome:
    """The store could not record this window's progress (disk full): whatever went out may
    go out again, so the destination waits out the retry policy in memory before its next
    attempt, instead of re-sending on every tick until the disk has room."""
    count = rt.holds.get(row.destination, (0, now))[0] + 1
    until = now + timedelta(seconds=retry_delay(count, None, rt.rng))
    rt.holds[row.destination] = (count, until)
    log.error("%s window %d: %s; holding the destination until %s", row.destination, row.id,
              message, until.isoformat(timespec="seconds"))
    return SendOutcome(row, "held", sent, message)
