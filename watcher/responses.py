"""What an HTTP response means for a feed, and how to say what went wrong (pure).

``decide`` maps a status and headers to Accept, Redirect or a FetchError; the other helpers
turn transport failures into a sentence a user understands ("connection refused by …",
"could not resolve host …", "timed out after 30 s …"). No I/O here, so every rule is tested
without a network.
"""

from __future__ import annotations

import socket
import ssl
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from urllib.parse import urljoin, urlsplit

from watcher.config import PollingConfig
from watcher.errors import FetchError
from watcher.freshness import parse_retry_after

ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, "
    "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5"
)
PERMANENT_REDIRECTS = frozenset({301, 308})
REDIRECTS = frozenset({301, 302, 303, 307, 308})
_DNS_HINTS = (
    "name or service not known",
    "nodename nor servname",
    "getaddrinfo",
    "temporary failure in name resolution",
    "no address associated",
    "name resolution",
)


def format_seconds(seconds: float) -> str:
    """30.0 -> '30 s', 0.5 -> '0.5 s'."""
    return f"{seconds:g} s"


def format_size(n: int) -> str:
    """10_000_000 -> '10 MB'; decimal units, as config sizes are written."""
    for unit, scale in (("GB", 10**9), ("MB", 10**6), ("KB", 10**3)):
        if n >= scale:
            return f"{n / scale:g} {unit}"
    return f"{n} bytes"


# -- pure decisions over a response's status and headers ---------------------------------------


@dataclass(frozen=True, slots=True)
class Accept:
    """Take this response: read the body (200) or keep what we have (304)."""


@dataclass(frozen=True, slots=True)
class Redirect:
    """Follow ``location`` (already absolute); ``permanent`` for 301/308."""

    location: str
    permanent: bool


Decision = Accept | Redirect | FetchError


def decide(url: str, status: int, headers: Mapping[str, str], now: datetime) -> Decision:
    """What a response with this status and these headers means for the fetch of ``url``.

    ``headers`` must answer lower-case names (aiohttp's headers do, case-insensitively).
    """
    if 200 <= status < 300 or status == 304:
        return Accept()
    if status in REDIRECTS:
        location = headers.get("location")
        if not location:
            return FetchError(
                url, f"HTTP {status} redirect from {url} without a Location header", status=status
            )
        return Redirect(urljoin(url, location.strip()), status in PERMANENT_REDIRECTS)
    if status == 410:
        return FetchError(
            url,
            f"HTTP 410 Gone from {url} — the feed was removed; polling stopped",
            status=status,
            gone=True,
        )
    if status in (429, 503):
        retry_after = parse_retry_after(headers.get("retry-after"), now)
        what = "too many requests" if status == 429 else "service unavailable"
        hint = f"; asked to retry after {format_seconds(retry_after)}" if retry_after else ""
        return FetchError(
            url, f"HTTP {status} from {url} ({what}{hint})", status=status, retry_after=retry_after
        )
    return FetchError(url, f"HTTP {status} from {url}", status=status)


def too_large(url: str, max_bytes: int) -> FetchError:
    return FetchError(url, f"response larger than {format_size(max_bytes)} limit from {url}")


def declared_too_large(headers: Mapping[str, str], max_bytes: int) -> bool:
    """True when Content-Length already announces more than the limit (raw, before decoding)."""
    length = headers.get("content-length", "")
    return length.isdigit() and int(length) > max_bytes


def _chain(exc: BaseException) -> list[BaseException]:
    """The exception and its causes: aiohttp wraps the OSError that says what happened."""
    seen: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in seen:
        seen.append(current)
        current = current.__cause__ or current.__context__
    return seen


def _connect_failure(url: str, exc: BaseException) -> str:
    parts = urlsplit(url)
    host = parts.hostname or url
    chain = _chain(exc)
    text = " / ".join(str(e) for e in chain if str(e)).lower()
    if any(isinstance(e, socket.gaierror) for e in chain) or any(h in text for h in _DNS_HINTS):
        return f"could not resolve host {host} (DNS lookup failed) for {url}"
    if any(isinstance(e, ConnectionRefusedError) for e in chain) or "refused" in text:
        port = parts.port or (443 if parts.scheme == "https" else 80)
        return f"connection refused by {host} port {port}: nothing is listening there ({url})"
    if any(isinstance(e, ssl.SSLError) for e in chain) or "certificate" in text:
        return f"TLS error talking to {host}: {_reason(exc)} ({url})"
    return f"could not connect to {host}: {_reason(exc)} ({url})"


def _reason(exc: BaseException) -> str:
    """The OS's or TLS library's words, without aiohttp's "Cannot connect to host" frame."""
    os_error = getattr(exc, "os_error", None)
    return str(os_error or exc) or type(exc).__name__


def describe_transport_error(url: str, exc: BaseException, polling: PollingConfig) -> str | None:
    """A sentence naming the host for a failure below HTTP (DNS, refused, TLS, protocol,
    timeouts), or None when ``exc`` is no such failure (a bug, to be raised as it is)."""
    import aiohttp  # the fetcher's client; loaded by the time anything fails

    host = urlsplit(url).hostname or url
    text = str(exc) or type(exc).__name__
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        limit = format_seconds(polling.connect_timeout)
        return f"timed out after {limit} connecting to {host} ({url})"
    if isinstance(exc, TimeoutError):  # the overall deadline, or aiohttp's read timeout
        return f"timed out after {format_seconds(polling.timeout)} waiting for {url}"
    if isinstance(exc, aiohttp.ClientConnectorError):
        return _connect_failure(url, exc)
    if any(isinstance(e, aiohttp.http_exceptions.ContentEncodingError) for e in _chain(exc)):
        return f"could not decode the compressed body from {url}: {text}"
    if isinstance(exc, aiohttp.InvalidURL):
        return f"cannot fetch {url!r}: not a valid http(s) URL"
    if isinstance(exc, aiohttp.ServerDisconnectedError | aiohttp.ClientPayloadError
                  | aiohttp.ClientResponseError | aiohttp.ClientOSError):
        return f"{host} broke off the HTTP exchange for {url}: {text}"
    if isinstance(exc, aiohttp.ClientError | OSError):
        return f"network error fetching {url}: {text}"
    return None


@lru_cache(maxsize=16384)  # asked once per request for the same few thousand feed URLs
def host_key(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()
