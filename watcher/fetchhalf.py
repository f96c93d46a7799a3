"""Half of a poll's requests sent by a forked child, on the core the event loop leaves idle.

A poll in which most feeds answer 304 is one process's aiohttp work: about 0.3 ms of CPU
per request, 0.6 s for 2,000 feeds, on one core while the other waits. ``run --once``
(``help_fetch``) hands the feeds of half the hosts to a forked child that fetches them
with its own session and writes back what each request gave (a FetchResult, or the
FetchError's fields); this process fetches the other half meanwhile and carries on with
every feed as usual (parse, store, schedule). The child only fetches: no store, no parse,
and it exits when done.

Hosts are split, not feeds, so a host's connection cap (``polling.per_host``) holds across
both processes; the overall cap is shared out (the child's part of ``max_connections``
is taken off this process's). A poll with feeds never polled before is not split: their
bodies are parsed by the parse workers, which want both cores. A child that cannot start,
fails or is stuck costs time only: this process fetches its feeds itself.

The fork comes from a thread of the event loop's executor, not from the loop's own thread:
the child then has no running loop and starts its own (a fork from the loop's thread would
inherit the running loop and could not start another).
"""

from __future__ import annotations

import asyncio
import pickle
from collections.abc import Awaitable, Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from watcher.errors import FetchError
from watcher.models import FeedState, FetchResult
from watcher.responses import host_key
from watcher.twocores import Child, patience_after, spare_core

if TYPE_CHECKING:
    from watcher.config import PollingConfig
    from watcher.fetch import Fetcher

HELP_FROM_FEEDS = 200  # below this, a child's start is not worth its half

# What a failed request gave, as the child writes it: FetchError's own fields (an
# exception with keyword arguments does not come back through pickle whole).
_Failure = tuple[str, str, int | None, float | None, bool, str | None]
Fetch = Callable[..., Awaitable[FetchResult]]


def wanted(due: Sequence[FeedState], polling: PollingConfig) -> bool:
    """Whether to hand half of ``due`` to a child: enough feeds, a connection cap to share,
    a spare core, and no feed new (new feeds' bodies are parsed in the parse workers, on
    both cores)."""
    return (len(due) >= HELP_FROM_FEEDS and polling.max_connections >= 2
            and not any(f.status == "new" for f in due) and spare_core())


def split_by_host(feeds: Sequence[FeedState]) -> tuple[list[FeedState], list[FeedState]]:
    """(ours, theirs): each host's feeds on one side (the biggest hosts first, each to the
    side with fewer feeds so far), in the order given within each."""
    by_host: dict[str, list[FeedState]] = {}
    for feed in feeds:
        by_host.setdefault(host_key(feed.url), []).append(feed)
    ours: list[FeedState] = []
    theirs: list[FeedState] = []
    for group in sorted(by_host.values(), key=len, reverse=True):
        (ours if len(ours) <= len(theirs) else theirs).extend(group)
    order = {id(f): i for i, f in enumerate(feeds)}
    return sorted(ours, key=lambda f: order[id(f)]), sorted(theirs, key=lambda f: order[id(f)])


def child_share(max_connections: int) -> int:
    """The child's part of the overall connection cap (this process keeps the rest)."""
    return max(1, max_connections // 2)


class HelperFetch:
    """A forked child fetching ``feeds``; ``fetch(feed)`` gives what it got for one, or
    fetches it here with ``fallback`` when the child gave nothing."""

    def __init__(self, child: Child | None, feeds: Sequence[FeedState],
                 fallback: Fetcher) -> None:
        self._child = child
        self._ids = {f.id for f in feeds}
        self._fallback = fallback
        self._results: asyncio.Future[dict[int, FetchResult | _Failure] | None] | None = None
        self._started = asyncio.get_running_loop().time()

    @classmethod
    async def start(cls, polling: PollingConfig, feeds: Sequence[FeedState],
                    fallback: Fetcher) -> HelperFetch:
        share = polling.model_copy(update={"max_connections": child_share(
            polling.max_connections)})
        loop = asyncio.get_running_loop()
        child = await loop.run_in_executor(None, Child.start, lambda: _work(share, feeds))
        if child is not None:
            fallback.give_up_connections(share.max_connections)
        return cls(child, feeds, fallback)

    def __contains__(self, feed: FeedState) -> bool:
        return feed.id in self._ids

    async def fetch(self, feed: FeedState) -> FetchResult:
        results = await self._all()
        got = None if results is None else results.get(feed.id)
        if got is None:
            return await self._fallback.fetch(feed.url, etag=feed.etag,
                                              last_modified=feed.last_modified)
        if isinstance(got, FetchResult):
            return got
        url, message, status, retry_after, gone, permanent_url = got
        raise FetchError(url, message, status=status, retry_after=retry_after, gone=gone,
                         permanent_url=permanent_url)

    def _all(self) -> asyncio.Future[dict[int, FetchResult | _Failure] | None]:
        if self._results is None:
            loop = asyncio.get_running_loop()
            self._results = loop.run_in_executor(None, self._collect,
                                                 loop.time() - self._started)
        return self._results

    def _collect(self, ours: float) -> dict[int, FetchResult | _Failure] | None:
        """The child's results once it has exited (None if it failed or took too long);
        ``ours``: how long this process had been polling when it first asked."""
        child, self._child = self._child, None
        if child is None:
            return None
        try:
            frames = child.frames(patience_after(ours))
        finally:
            child.stop()
        if not frames:
            return None
        results: dict[int, FetchResult | _Failure] = pickle.loads(frames[0][1])  # our child's
        return results

    def close(self) -> None:
        """Stop a child whose results were never asked for (the poll was cancelled)."""
        child, self._child = self._child, None
        if child is not None:
            child.stop()


def _work(polling: PollingConfig,
          feeds: Sequence[FeedState]) -> Iterator[tuple[int, bytes]]:  # pragma: no cover
    """Runs in the child: every feed fetched, the results as one pickled frame."""
    results = asyncio.run(_fetch_all(polling, feeds))
    yield 0, pickle.dumps(results, pickle.HIGHEST_PROTOCOL)


async def _fetch_all(polling: PollingConfig,
                     feeds: Sequence[FeedState]) -> dict[int, FetchResult | _Failure]:
    from watcher.fetch import Fetcher

    async def one(fetcher: Fetcher, feed: FeedState) -> FetchResult | _Failure:
        try:
            return await fetcher.fetch(feed.url, etag=feed.etag,
                                       last_modified=feed.last_modified)
        except FetchError as exc:
            return (exc.url, str(exc), exc.status, exc.retry_after, exc.gone,
                    exc.permanent_url)

    async with Fetcher(polling) as fetcher:
        got = await asyncio.gather(*(one(fetcher, f) for f in feeds))
    return {f.id: r for f, r in zip(feeds, got, strict=True)}
