"""Fetch one feed URL politely: conditional GET, limits, redirects, clear errors.

``Fetcher.fetch(url, etag=..., last_modified=...)`` returns a ``FetchResult`` (200 with a
body, or 304) or raises ``FetchError`` whose message is a sentence a user understands.

Why it is built this way:

* One aiohttp session for every host, created on the first fetch. Feeds are the hot path
  of a poll, and aiohttp's connection pool and C HTTP parser cost a third of the CPU per
  request of the alternatives (measured on 2,000 conditional GETs answered 304: 1.3 s
  through httpcore's per-host pools, 0.7 s through httpx with an aiohttp transport, 0.45 s
  through aiohttp itself). Its connector keeps ``polling.per_host`` keep-alive
  connections per host, sends no cookies back and bounds decompression. A per-host
  semaphore queues requests before they reach the pool, so waiting for a slot does not
  eat into a request's timeout. (Delivery, a few requests per cycle, uses httpx.)
* An overall semaphore (``polling.max_connections``) bounds requests in flight.
* The timeout is total: connect, headers and the whole body under one ``asyncio.timeout``,
  so a server that trickles bytes cannot hold a slot forever.
* The body is streamed and counted as it arrives (after decompression, so a gzip bomb is
  stopped too); the download aborts as soon as it passes ``polling.max_bytes``.
* Redirects are followed here, not by aiohttp, to tell permanent moves (301/308, store the new
  URL) from temporary ones (302/303/307, keep the old one), and to name a loop.
* What a response means is decided by the pure functions in ``responses.py``, so the rules
  are tested without a network.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from types import TracebackType
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from watcher.addresses import Lookup, private_step, system_lookup
from watcher.config import PollingConfig
from watcher.errors import FetchError
from watcher.models import FetchResult
from watcher.responses import (
    ACCEPT,
    Redirect,
    decide,
    declared_too_large,
    describe_transport_error,
    host_key,
    too_large,
)

if TYPE_CHECKING:
    import ssl

    import aiohttp


_MAX_HEADER_LINE = 64 * 1024

# Sessions given up by ``Fetcher.abandon`` in a process about to end, held so that their
# finalizers (which warn about an unclosed session) never run before it does.
_ABANDONED: list[aiohttp.ClientSession] = []


@dataclass
class _Hops:
    """The redirect chain so far."""

    start: str
    seen: list[str]
    all_permanent: bool = True
    origin: list[str] | None = None  # the start host's addresses, looked up at the first hop

    def permanent_url(self, current: str) -> str | None:
        return current if self.all_permanent and current != self.start else None


class Fetcher:
    """Fetches feeds under the limits of one ``PollingConfig``; use as ``async with``."""

    def __init__(
        self,
        polling: PollingConfig,
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        lookup: Lookup = system_lookup,
    ) -> None:
        self._polling = polling
        self._clock = clock  # only to turn a Retry-After HTTP date into seconds
        self._lookup = lookup  # only for the redirect rule of addresses.py
        # When a fetch last finished, either way: proof of progress while a long poll runs
        # (the daemon's /healthz and systemd watchdog look at it).
        self.last_activity: datetime | None = None
        self._session: aiohttp.ClientSession | None = None
        self._tls_context: ssl.SSLContext | None = None
        self._hosts: dict[str, asyncio.Semaphore] = {}
        self._overall = asyncio.Semaphore(polling.max_connections)
        self._headers = {"User-Agent": polling.user_agent, "Accept": ACCEPT,
                         "Accept-Encoding": "gzip, br"}

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        self._hosts = {}
        session, self._session = self._session, None
        if session is not None:
            await session.close()

    def abandon(self) -> None:
        """Give up the session without closing its connections, in a process that ends
        next (`run --once`), whose sockets the OS closes: closing the 400 keep-alive
        connections of an all-304 poll of 2,000 feeds one by one took 10-15 ms."""
        self._hosts = {}
        session, self._session = self._session, None
        if session is not None:
            _ABANDONED.append(session)

    async def fetch(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> FetchResult:
        """GET ``url`` with validators; a FetchResult for 200/304, FetchError otherwise."""
        try:
            return await self._fetch(url, etag, last_modified)
        finally:
            self.last_activity = self._clock()

    async def _fetch(self, url: str, etag: str | None, last_modified: str | None
                     ) -> FetchResult:
        loop = asyncio.get_running_loop()
        started = loop.time()
        hops = _Hops(start=url, seen=[url])
        current = url
        deadline: float | None = None
        session = self._session or self._new_session()
        while True:
            # Host slot first, then an overall one: a request queued behind its host must not
            # hold one of the overall slots that requests to idle hosts could use.
            async with self._host_slots(current), self._overall:
                # The clock starts once we hold a slot: queueing is not the server's fault.
                if deadline is None:
                    deadline = loop.time() + self._polling.timeout
                outcome = await self._hop(session, current, hops, deadline, etag, last_modified)
            if isinstance(outcome, str):
                await self._refuse_private(hops, current, outcome)
                current = outcome
                continue
            return _result(url, hops, outcome, loop.time() - started, etag, last_modified)

    def _host_slots(self, url: str) -> asyncio.Semaphore:
        key = host_key(url)
        slots = self._hosts.get(key)
        if slots is None:
            slots = self._hosts[key] = asyncio.Semaphore(self._polling.per_host)
        return slots

    def _new_session(self) -> aiohttp.ClientSession:
        # Imported and built on the first fetch, inside the running event loop that aiohttp
        # wants, and only by commands that fetch.
        from watcher.aiohttp_loader import load_aiohttp

        aiohttp = load_aiohttp()
        p = self._polling
        connector = aiohttp.TCPConnector(limit=p.max_connections, limit_per_host=p.per_host)
        self._session = aiohttp.ClientSession(
            connector=connector, cookie_jar=aiohttp.DummyCookieJar(),
            timeout=aiohttp.ClientTimeout(total=None, sock_connect=p.connect_timeout),
            # aiohttp refuses a header line over 8 KB; a long Content-Security-Policy or
            # Link header is not a reason to stop reading someone's feed.
            max_line_size=_MAX_HEADER_LINE, max_field_size=_MAX_HEADER_LINE)
        return self._session

    def _tls(self, url: str) -> ssl.SSLContext | bool:
        """What to verify an https server with: one TLS context (httpx's, with certifi's CA
        bundle, as delivery uses) for every host, built by the first https request, since
        building one loads the bundle (24 ms and about 1 MB each, more than a poll of
        2,000 plain-http feeds otherwise spends before its first request). True, aiohttp's
        default, for plain http, where it means nothing."""
        if url[:6].lower() != "https:":
            return True
        if self._tls_context is None:
            import httpx

            self._tls_context = httpx.create_ssl_context()
        return self._tls_context

    def _request_headers(self, etag: str | None, last_modified: str | None) -> dict[str, str]:
        headers = dict(self._headers)
        # A validator a server sent with non-ASCII bytes (ETag: "café") cannot be sent back
        # as it came. Leaving it out costs one unconditional GET, always allowed.
        if etag and etag.isascii():
            headers["If-None-Match"] = etag
        if last_modified and last_modified.isascii():
            headers["If-Modified-Since"] = last_modified
        return headers

    async def _hop(
        self,
        session: aiohttp.ClientSession,
        url: str,
        hops: _Hops,
        deadline: float,
        etag: str | None,
        last_modified: str | None,
    ) -> str | _Response:
        """One request: the next URL to follow, or the accepted response."""
        try:
            async with asyncio.timeout_at(deadline):
                async with session.get(url, headers=self._request_headers(etag, last_modified),
                                       allow_redirects=False, ssl=self._tls(url)) as response:
                    return await self._handle(url, response, hops)
        except FetchError:
            raise
        except Exception as exc:
            message = describe_transport_error(url, exc, self._polling)
            if message is None:
                raise
            raise FetchError(url, message, permanent_url=hops.permanent_url(url)) from exc

    async def _handle(self, url: str, response: aiohttp.ClientResponse,
                      hops: _Hops) -> str | _Response:
        decision = decide(url, response.status, response.headers, self._clock())
        if isinstance(decision, FetchError):
            decision.permanent_url = hops.permanent_url(url)
            raise decision
        if isinstance(decision, Redirect):
            return self._follow(url, decision, hops)
        if response.status == 304:
            # Read the (empty) body to its end so the connection goes back to the pool:
            # closed unread, every 304 cost a new TCP connection.
            await response.read()
            return _Response(url, response.status, response.headers, b"")
        body = await self._read_capped(url, response)
        return _Response(url, response.status, response.headers, body)

    def _follow(self, url: str, redirect: Redirect, hops: _Hops) -> str:
        target = redirect.location
        if urlsplit(target).scheme not in ("http", "https"):
            raise FetchError(hops.start, f"redirect from {url} to unsupported URL {target}")
        if target in hops.seen:
            raise FetchError(hops.start, f"redirect loop at {target} (sent back there by {url})")
        if len(hops.seen) > self._polling.max_redirects:
            raise FetchError(
                hops.start,
                f"too many redirects (more than "
                f"{self._polling.max_redirects}) starting at {hops.start}",
            )
        hops.seen.append(target)
        hops.all_permanent = hops.all_permanent and redirect.permanent
        return target

    async def _refuse_private(self, hops: _Hops, url: str, target: str) -> None:
        """FetchError when a redirect leads from a public address to a private one."""
        if self._polling.allow_private_networks:
            return
        if hops.origin is None:
            hops.origin = await self._lookup(urlsplit(hops.start).hostname or "")
        address = private_step(hops.origin, await self._lookup(urlsplit(target).hostname or ""))
        if address is not None:
            raise FetchError(
                hops.start, f"redirect from {url} to {target} refused: it leads from a public "
                f"address to a private or loopback one ({address}); set "
                "polling.allow_private_networks: true to allow it")

    async def _read_capped(self, url: str, response: aiohttp.ClientResponse) -> bytes:
        limit = self._polling.max_bytes
        if declared_too_large(response.headers, limit):
            raise too_large(url, limit)
        chunks: list[bytes] = []
        size = 0
        # Decoded chunks: the cap counts what a gzip or brotli body inflates to.
        async for chunk in response.content.iter_any():
            size += len(chunk)
            if size > limit:
                raise too_large(url, limit)
            chunks.append(chunk)
        return b"".join(chunks)


@dataclass(frozen=True, slots=True)
class _Response:
    url: str
    status: int
    headers: Mapping[str, str]
    body: bytes


def _header_text(value: str) -> str:
    """aiohttp decodes header bytes as UTF-8, keeping others as lone surrogates that SQLite
    cannot store (an ETag of "café" in Latin-1); those bytes are Latin-1, as HTTP says."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return value.encode("utf-8", "surrogateescape").decode("latin-1")
    return value


def _result(
    url: str,
    hops: _Hops,
    response: _Response,
    elapsed: float,
    etag: str | None,
    last_modified: str | None,
) -> FetchResult:
    # (ASCII, nearly every value, is valid UTF-8 as it is: only the others are looked at)
    headers = {k.lower(): v if v.isascii() else _header_text(v)
               for k, v in response.headers.items()}
    not_modified = response.status == 304
    return FetchResult(
        url=url,
        final_url=response.url,
        permanent_url=hops.permanent_url(response.url),
        status=response.status,
        headers=headers,
        body=response.body,
        # A 304 may omit validators; the ones we sent are still the current ones.
        etag=headers.get("etag") or (etag if not_modified else None),
        last_modified=headers.get("last-modified") or (last_modified if not_modified else None),
        content_hash=None if not_modified else hashlib.sha256(response.body).hexdigest(),
        elapsed=elapsed,
    )
