"""A loopback HTTP receiver for delivery tests: records every request, answers as told.

with Receiver() as rx:
    rx.answer(429, headers={"Retry-After": "7"})   # next request gets this, then 200s
    rx.hang()                                       # next request never gets an answer
    ... post to rx.url("/hook/secret") ...
    rx.requests[0].json()
    rx.max_in_flight                                # most requests ever answered at once
"""

from __future__ import annotations

import json
import threading
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any


@dataclass(frozen=True)
class Recorded:
    method: str
    path: str
    headers: dict[str, str]  # lower-cased names
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass(frozen=True)
class Answer:
    status: int = 200
    body: bytes = b"ok"
    headers: dict[str, str] = field(default_factory=dict)
    hang: bool = False
    delay: float = 0.0  # seconds before answering: a slow receiver


class Receiver:
    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self.in_flight = 0  # requests received and not yet answered (or dropped)
        self.max_in_flight = 0
        self._answers: deque[Answer] = deque()
        self.default = Answer()
        self._release = threading.Event()
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), daemon=True
        )

    def url(self, path: str = "/hook") -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}{path}"

    def answer(
        self,
        status: int,
        body: bytes | str = b"",
        headers: dict[str, str] | None = None,
        times: int = 1,
    ) -> None:
        raw = body.encode() if isinstance(body, str) else body
        with self._lock:
            self._answers.extend([Answer(status, raw, headers or {})] * times)

    def hang(self, times: int = 1) -> None:
        with self._lock:
            self._answers.extend([Answer(hang=True)] * times)

    def _next(self) -> Answer:
        with self._lock:
            return self._answers.popleft() if self._answers else self.default

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("content-length", "0"))
                body = self.rfile.read(length)
                headers = {k.lower(): v for k, v in self.headers.items()}
                with receiver._lock:
                    receiver.requests.append(Recorded("POST", self.path, headers, body))
                    receiver.in_flight += 1
                    receiver.max_in_flight = max(receiver.max_in_flight, receiver.in_flight)
                try:
                    self._answer(receiver._next())
                finally:
                    with receiver._lock:
                        receiver.in_flight -= 1

            def _answer(self, answer: Answer) -> None:
                if answer.hang:
                    receiver._release.wait(30)
                    return
                if answer.delay:
                    receiver._release.wait(answer.delay)
                try:
                    self.send_response(answer.status)
                    for name, value in answer.headers.items():
                        self.send_header(name, value)
                    self.send_header("content-length", str(len(answer.body)))
                    self.end_headers()
                    self.wfile.write(answer.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the sender went away (killed, or timed out) before the answer

            def log_message(self, format: str, *args: Any) -> None:
                pass  # keep test output clean

        return Handler

    def __enter__(self) -> Receiver:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._release.set()
        self._server.shutdown()
        self._server.server_close()
