"""The farm's HTTP/1.1 side: a minimal keep-alive server on asyncio Protocols.

Responses are pre-rendered bytes written after ``call_later(delay)``; there is no task per
request, so one core answers several thousand requests a second.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Protocol
from urllib.parse import parse_qs, urlsplit


class FarmTimings(Protocol):
    @property
    def delay(self) -> float: ...
    @property
    def hang(self) -> float: ...
    @property
    def oversize(self) -> int: ...


class FarmLike(Protocol):
    """What a connection needs from the farm."""

    stats: Counter[str]

    @property
    def opts(self) -> FarmTimings: ...
    def reply(self, path: str, headers: dict[bytes, bytes]) -> Reply: ...
    def control(self, path: str, query: dict[str, list[str]]) -> bytes: ...


@dataclass(frozen=True, slots=True)
class Reply:
    """A response to write: bytes, or a hang, or a streamed oversize body."""

    status: str
    data: bytes
    close: bool = False
    kind: str = "bytes"  # "bytes" | "hang" | "oversize"


def is_not_modified(headers: dict[bytes, bytes], etag: bytes, last_modified: bytes,
                    modified_at: datetime) -> bool:
    """RFC 9110: If-None-Match wins (strong comparison); else If-Modified-Since."""
    inm = headers.get(b"if-none-match")
    if inm is not None:
        tags = [t.strip() for t in inm.split(b",")]
        return b"*" in tags or etag in tags
    ims = headers.get(b"if-modified-since")
    if ims is None:
        return False
    if ims == last_modified:
        return True
    try:
        return parsedate_to_datetime(ims.decode("latin-1")) >= modified_at
    except (TypeError, ValueError):
        return False


def response(status: str, headers: list[tuple[str, str]], body: bytes = b"") -> bytes:
    head = [f"HTTP/1.1 {status}", f"Content-Length: {len(body)}", "Server: bench-farm"]
    head += [f"{k}: {v}" for k, v in headers]
    return ("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body


def parse_head(head: bytes) -> tuple[bytes, bytes, dict[bytes, bytes]]:
    lines = head.split(b"\r\n")
    method, target, _ = lines[0].split(b" ", 2)
    headers: dict[bytes, bytes] = {}
    for line in lines[1:]:
        if line:
            name, _, value = line.partition(b":")
            headers[name.strip().lower()] = value.strip()
    return method, target, headers


class Connection(asyncio.Protocol):
    """One keep-alive connection, one request at a time (clients here do not pipeline).

    A Protocol with ``call_later`` rather than a stream handler with ``asyncio.sleep``: no
    task per request, which roughly halves the farm's CPU per request.
    """

    def __init__(self, farm: FarmLike) -> None:
        self.farm = farm
        self.buf = b""
        self.busy = False
        self.paused = False
        self.remaining = 0
        self.timer: asyncio.TimerHandle | None = None
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def connection_lost(self, exc: Exception | None) -> None:
        if self.timer is not None:
            self.timer.cancel()
        self.transport = None

    def data_received(self, data: bytes) -> None:
        self.buf += data
        if not self.busy:
            self._next()

    def _next(self) -> None:
        end = self.buf.find(b"\r\n\r\n")
        if end < 0 or self.transport is None:
            return
        try:
            _method, target, headers = parse_head(self.buf[:end])
            length = int(headers.get(b"content-length", b"0"))
        except ValueError:
            self.transport.close()
            return
        if len(self.buf) < end + 4 + length:
            return
        self.buf = self.buf[end + 4 + length:]
        close = headers.get(b"connection", b"").lower() == b"close"
        url = urlsplit(target.decode("latin-1"))
        if url.path.startswith("/_farm/"):
            self._send(Reply("control", self.farm.control(url.path, parse_qs(url.query)),
                             close=close))
            return
        reply = self.farm.reply(url.path, headers)
        self.busy = True
        self.timer = asyncio.get_running_loop().call_later(
            self.farm.opts.delay, self._send,
            Reply(reply.status, reply.data, reply.close or close, reply.kind))

    def _send(self, reply: Reply) -> None:
        self.timer = None
        transport = self.transport
        if transport is None:
            return
        if reply.status != "control":
            self.farm.stats[reply.status] += 1
        if reply.kind == "hang":
            self.timer = asyncio.get_running_loop().call_later(self.farm.opts.hang,
                                                               transport.close)
            return
        if reply.kind == "oversize":
            size = self.farm.opts.oversize
            transport.write(reply.data.replace(b"{size}", str(size).encode()))
            self.remaining = size
            self._pump()
            return
        transport.write(reply.data)
        self.busy = False
        if reply.close:
            transport.close()
        elif self.buf:
            self._next()

    def _pump(self) -> None:
        chunk = b" " * 65536
        while self.remaining > 0 and not self.paused and self.transport is not None:
            self.transport.write(chunk[: self.remaining])
            self.remaining -= len(chunk)
        if self.remaining <= 0 and self.transport is not None:
            self.transport.close()

    def pause_writing(self) -> None:
        self.paused = True

    def resume_writing(self) -> None:
        self.paused = False
        self._pump()


async def serve(farm: FarmLike, hosts: list[str], port: int,
                started: asyncio.Event | None = None, stop: asyncio.Event | None = None) -> None:
    """Listen on every host address until ``stop`` is set (or forever)."""
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: Connection(farm), host=hosts,
                                      port=port, reuse_address=True, backlog=4096)
    async with server:
        if started is not None:
            started.set()
        await (stop.wait() if stop is not None else server.serve_forever())
