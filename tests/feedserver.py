"""A real HTTP/1.1 server on 127.0.0.1 for tests: feeds, redirects, errors, slow and huge bodies.

Usage::

    with FeedServer() as srv:
        srv.route("/feed.xml", body, etag='"v1"', headers={"Content-Type": "application/rss+xml"})
        url = srv.url("/feed.xml")
        ...
        assert srv.hits("/feed.xml") == 1

Routes are matched on the path without its query string; unknown paths answer 404. A route
with ``etag``/``last_modified`` sends them and answers 304 to a matching conditional request.
``hang=True`` never answers (until the server stops); ``repeat``/``chunk_size``/``chunk_delay``
stream a large or slow body without holding it in memory, and ``chunked=True`` sends it with
Transfer-Encoding: chunked instead of a Content-Length. The server records every request
(``requests``), the bytes of body it managed to send per path (``bytes_sent``), and the
highest number of connections and requests it saw at once (``max_connections``,
``max_in_flight``), so tests can check limits from the server's side.

Stopping never hangs: hanging and delayed handlers wait on an event that ``stop`` sets, open
keep-alive sockets are shut down, and handler threads are daemons.
"""

from __future__ import annotations

import contextlib
import gzip as gzip_module
import socket
import sys
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from urllib.parse import urlsplit

DEFAULT_CONTENT_TYPE = "application/xml"


@dataclass(frozen=True)
class Request:
    """One request as the server received it; header names are lower-case."""

    method: str
    path: str  # the request target as sent, query string included
    headers: dict[str, str]
    body: bytes = b""


@dataclass(frozen=True)
class Route:
    """How the server answers one path."""

    body: bytes = b""
    status: int = 200
    headers: Mapping[str, str] = field(default_factory=dict)
    delay: float = 0.0
    etag: str | None = None
    last_modified: str | None = None
    hang: bool = False
    gzip: bool = False
    repeat: int = 1
    chunk_size: int = 65536
    chunk_delay: float = 0.0
    chunked: bool = False


def _etag_matches(if_none_match: str, etag: str) -> bool:
    """Weak comparison, as RFC 9110 asks for If-None-Match."""
    if if_none_match.strip() == "*":
        return True
    strip = etag.removeprefix("W/")
    return any(tag.strip().removeprefix("W/") == strip for tag in if_none_match.split(","))


def _not_modified_since(if_modified_since: str, last_modified: str) -> bool:
    try:
        return parsedate_to_datetime(if_modified_since) >= parsedate_to_datetime(last_modified)
    except (TypeError, ValueError):
        return if_modified_since.strip() == last_modified.strip()


def is_not_modified(route: Route, headers: Mapping[str, str]) -> bool:
    """True when a conditional request matches the route's validators (If-None-Match first)."""
    inm = headers.get("if-none-match")
    if route.etag is not None and inm is not None:
        return _etag_matches(inm, route.etag)
    ims = headers.get("if-modified-since")
    if route.last_modified is not None and ims is not None and inm is None:
        return _not_modified_since(ims, route.last_modified)
    return False


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def setup(self) -> None:
        super().setup()
        # Headers and body go out in separate writes; without NODELAY, Nagle plus the client's
        # delayed ACK adds ~40 ms to every keep-alive request.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.server.owner._connection_opened(self.connection)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.owner._connection_closed(self.connection)

    def log_message(self, format: str, *args: object) -> None:
        """Keep test output quiet."""

    def do_GET(self) -> None:
        self._serve()

    def do_HEAD(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def do_PUT(self) -> None:
        self._serve()

    def _serve(self) -> None:
        owner = self.server.owner
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        headers = {k.lower(): v for k, v in self.headers.items()}
        owner._record(Request(self.command, self.path, headers, body))
        with owner._in_flight():
            try:
                self._answer(owner, owner._route_for(self.path), headers)
            except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError):
                self.close_connection = True  # the client gave up; that is often the point

    def _answer(self, owner: FeedServer, route: Route | None, headers: dict[str, str]) -> None:
        if route is None:
            self._send_simple(404, b"not found\n")
            return
        if route.hang:
            owner._stopping.wait()
            self.close_connection = True
            return
        if route.delay and owner._stopping.wait(route.delay):
            self.close_connection = True
            return
        if is_not_modified(route, headers):
            self._send_head(304, route, None)
            self.end_headers()
            return
        self._send_body(owner, route)

    def _send_simple(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _send_head(self, status: int, route: Route, length: int | None) -> None:
        self.send_response(status)
        names = {k.lower() for k in route.headers}
        for name, value in route.headers.items():
            self.send_header(name, value)
        if "content-type" not in names and status != 304:
            self.send_header("Content-Type", DEFAULT_CONTENT_TYPE)
        if route.etag is not None:
            self.send_header("ETag", route.etag)
        if route.last_modified is not None:
            self.send_header("Last-Modified", route.last_modified)
        if route.gzip and status != 304:
            self.send_header("Content-Encoding", "gzip")
        if length is None:
            if status != 304:
                self.send_header("Transfer-Encoding", "chunked")
        else:
            self.send_header("Content-Length", str(length))

    def _send_body(self, owner: FeedServer, route: Route) -> None:
        body = gzip_module.compress(route.body) if route.gzip else route.body
        total = len(body) * route.repeat
        self._send_head(route.status, route, None if route.chunked else total)
        self.end_headers()
        if self.command == "HEAD":
            return
        path = urlsplit(self.path).path
        for chunk in _ChunkIter(body, route.repeat, route.chunk_size):
            if route.chunk_delay and owner._stopping.wait(route.chunk_delay):
                self.close_connection = True
                return
            if route.chunked:
                self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            else:
                self.wfile.write(chunk)
            owner._count_sent(path, len(chunk))
        if route.chunked:
            self.wfile.write(b"0\r\n\r\n")


class _ChunkIter:
    """Yields ``body * repeat`` in pieces of ``size`` without building the whole thing."""

    def __init__(self, body: bytes, repeat: int, size: int) -> None:
        self._body, self._repeat, self._size = body, repeat, size

    def __iter__(self) -> _ChunkIter:
        self._buffer = b""
        self._left = self._repeat
        return self

    def __next__(self) -> bytes:
        while len(self._buffer) < self._size and self._left > 0:
            self._buffer += self._body
            self._left -= 1
        if not self._buffer:
            raise StopIteration
        chunk, self._buffer = self._buffer[: self._size], self._buffer[self._size :]
        return chunk


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    owner: FeedServer

    def handle_error(self, request: object, client_address: object) -> None:
        """Clients dropping connections (timeouts, size caps, closed pools) is normal here."""
        exc = sys.exc_info()[1]
        if isinstance(exc, ConnectionError | TimeoutError) or self.owner._stopping.is_set():
            return
        super().handle_error(request, client_address)  # type: ignore[arg-type]


class FeedServer:
    """A threaded loopback HTTP/1.1 server with programmable routes."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self._host = host
        self._lock = threading.Lock()
        self._routes: dict[str, Route] = {}
        self._stopping = threading.Event()
        self._open: set[socket.socket] = set()
        self._in_flight_now = 0
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self.requests: list[Request] = []
        self.bytes_sent: dict[str, int] = {}
        self.max_connections = 0
        self.max_in_flight = 0
        self.connections_opened = 0
        self.port = 0

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self) -> FeedServer:
        server = _Server((self._host, 0), _Handler)
        server.owner = self
        self._server = server
        self.port = server.server_address[1]
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        if self._server is None:
            return
        self._server.shutdown()
        with self._lock:
            sockets = list(self._open)
        for sock in sockets:  # idle keep-alive connections would otherwise linger
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._server = None

    def __enter__(self) -> FeedServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- configuration -----------------------------------------------------------------------

    def url(self, path: str) -> str:
        return f"http://{self._host}:{self.port}/{path.lstrip('/')}"

    def route(
        self,
        path: str,
        body: bytes = b"",
        *,
        status: int = 200,
        headers: dict[str, str] | None = None,
        delay: float = 0.0,
        etag: str | None = None,
        last_modified: str | None = None,
        hang: bool = False,
        gzip: bool = False,
        repeat: int = 1,
        chunk_size: int = 65536,
        chunk_delay: float = 0.0,
        chunked: bool = False,
    ) -> None:
        """Set or replace what ``path`` answers (Content-Type defaults to application/xml)."""
        route = Route(
            body, status, dict(headers or {}), delay, etag, last_modified, hang, gzip,
            repeat, chunk_size, chunk_delay, chunked,
        )
        with self._lock:
            self._routes["/" + path.lstrip("/")] = route

    def remove(self, path: str) -> None:
        with self._lock:
            self._routes.pop("/" + path.lstrip("/"), None)

    def hits(self, path: str) -> int:
        """How many requests arrived for ``path`` (query strings ignored)."""
        wanted = "/" + path.lstrip("/")
        with self._lock:
            return sum(1 for r in self.requests if urlsplit(r.path).path == wanted)

    # -- bookkeeping used by the handler -----------------------------------------------------

    def _route_for(self, target: str) -> Route | None:
        with self._lock:
            return self._routes.get(urlsplit(target).path)

    def _record(self, request: Request) -> None:
        with self._lock:
            self.requests.append(request)

    def _count_sent(self, path: str, n: int) -> None:
        with self._lock:
            self.bytes_sent[path] = self.bytes_sent.get(path, 0) + n

    def _connection_opened(self, sock: socket.socket) -> None:
        with self._lock:
            self._open.add(sock)
            self.connections_opened += 1
            self.max_connections = max(self.max_connections, len(self._open))

    def _connection_closed(self, sock: socket.socket) -> None:
        with self._lock:
            self._open.discard(sock)

    def _in_flight(self) -> _InFlight:
        return _InFlight(self)


class _InFlight:
    """Counts requests being answered at once."""

    def __init__(self, owner: FeedServer) -> None:
        self._owner = owner

    def __enter__(self) -> None:
        o = self._owner
        with o._lock:
            o._in_flight_now += 1
            o.max_in_flight = max(o.max_in_flight, o._in_flight_now)

    def __exit__(self, *exc: object) -> None:
        with self._owner._lock:
            self._owner._in_flight_now -= 1


def closed_port_url(path: str = "/feed.xml") -> str:
    """A loopback URL on a port nothing listens on (bound, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/{path.lstrip('/')}"
