"""A loopback feed farm: N generated feeds on H loopback hosts, with 304s, delay and faults.

Linux routes all of 127.0.0.0/8 to ``lo``, so binding 127.0.0.1 … 127.0.0.H gives a client
H distinct hosts (and H connection pools) on one machine. The server is a minimal HTTP/1.1
keep-alive handler on asyncio streams: responses are pre-rendered bytes, so one core serves
several thousand requests a second and the farm is not what a benchmark measures (the
runner reads the farm's own CPU seconds from ``/_farm/stats`` to show it).

Run it in its own process: ``python -m bench.farm --feeds 2000 --hosts 200``. Control
endpoints (answered without delay, on any host): ``/_farm/stats[?reset=1]``,
``/_farm/advance?fraction=0.1`` (new items in that fraction of feeds), ``/_farm/reset``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import signal
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

from bench import feedgen, watchconfig
from bench.farmhttp import Reply, is_not_modified, response, serve

FAULTS = ("error", "ratelimit", "hang", "oversize", "truncated", "redirect", "gone")


@dataclass(frozen=True, slots=True)
class FarmOptions:
    feeds: int = 2000
    hosts: int = 200
    items: int = 25
    delay: float = 0.1  # seconds before each feed response, like a network round trip
    port: int = 8800
    step: int = 5  # new items a changed feed gains per advance
    faults: float = 0.0  # fraction of feeds that misbehave, one fault kind each
    hang: float = 60.0  # how long a hanging feed holds its response
    oversize: int = 20_000_000  # body size of an oversize feed
    seed: int = 1
    workload: str = "mixed"  # which generator writes the items (feedgen.WORKLOADS)


@dataclass(frozen=True, slots=True)
class Rendered:
    """One feed version, ready to write: the full 200 response and its 304."""

    version: int
    etag: bytes
    last_modified: bytes
    modified_at: datetime
    ok: bytes
    not_modified: bytes


def host_address(h: int) -> str:
    """The h-th loopback host (0-based): 127.0.0.1, 127.0.0.2, … then 127.0.1.1, …"""
    return f"127.0.{h // 254}.{h % 254 + 1}"


def feed_specs(opts: FarmOptions, t0: datetime) -> list[feedgen.FeedSpec]:
    """Feed i lives on host i mod H and rotates through RSS, Atom and JSON Feed."""
    return [feedgen.FeedSpec(i, feedgen.FORMATS[i % 3],
                             f"http://{host_address(i % opts.hosts)}:{opts.port}",
                             opts.items, opts.step, t0, opts.workload)
            for i in range(opts.feeds)]


def assign_faults(opts: FarmOptions) -> dict[int, str]:
    """Which feeds misbehave and how; deterministic for a seed."""
    rng = random.Random(opts.seed)
    return {i: FAULTS[rng.randrange(len(FAULTS))] for i in range(opts.feeds)
            if rng.random() < opts.faults}


class Farm:
    """The feeds, their versions, the rendered cache and the counters."""

    def __init__(self, opts: FarmOptions, now: datetime) -> None:
        self.opts = opts
        self.specs = feed_specs(opts, feedgen.default_t0(now))
        self.faults = assign_faults(opts)
        self.versions = [0] * opts.feeds
        self.cache: dict[int, Rendered] = {}
        self.stats: Counter[str] = Counter()
        self.cpu_at_reset = time.process_time()
        self.first_request: float | None = None  # wall clock of the first feed request
        self.last_request: float | None = None  # and of the latest one
        for i in range(opts.feeds):
            self.rendered(i)

    @property
    def urls(self) -> list[str]:
        return [s.url for s in self.specs]

    def rendered(self, i: int) -> Rendered:
        cached = self.cache.get(i)
        if cached is not None and cached.version == self.versions[i]:
            return cached
        spec, version = self.specs[i], self.versions[i]
        modified = feedgen.last_modified(spec, version)
        etag = f'"f{i}-v{version}"'
        lm = format_datetime(modified, usegmt=True)
        body = feedgen.render(spec, version)
        common = [("ETag", etag), ("Last-Modified", lm)]
        out = Rendered(
            version, etag.encode(), lm.encode(), modified,
            response("200 OK", [("Content-Type", feedgen.CONTENT_TYPES[spec.fmt]),
                                 *common], body),
            response("304 Not Modified", common))
        self.cache[i] = out
        return out

    def advance(self, fraction: float, seed: int) -> int:
        """Give a fraction of the feeds new items (rendered now, outside any timed pass)."""
        rng = random.Random(seed)
        chosen = rng.sample(range(self.opts.feeds), round(fraction * self.opts.feeds))
        for i in chosen:
            self.versions[i] += 1
            self.rendered(i)
        return len(chosen)

    def control(self, path: str, query: dict[str, list[str]]) -> bytes:
        if path == "/_farm/advance":
            fraction = float(query.get("fraction", ["0.1"])[0])
            changed = self.advance(fraction, int(query.get("seed", ["0"])[0]))
            return _json_response({"changed": changed})
        if path == "/_farm/reset":
            self.versions = [0] * self.opts.feeds
            self.stats.clear()
            return _json_response({"reset": True})
        if path == "/_farm/stats":
            out = {"requests": sum(v for k, v in self.stats.items() if k.isdigit()),
                   "by_status": dict(self.stats),
                   "cpu_seconds": time.process_time() - self.cpu_at_reset,
                   "first_request_at": self.first_request,
                   "last_request_at": self.last_request}
            if "reset" in query:
                self.stats.clear()
                self.cpu_at_reset = time.process_time()
                self.first_request = self.last_request = None
            return _json_response(out)
        return response("404 Not Found", [])

    def feed_id(self, path: str) -> int | None:
        stem = path.rsplit("/", 1)[-1].split(".", 1)[0]
        if not stem.isdigit() or int(stem) >= self.opts.feeds:
            return None
        return int(stem)

    def reply(self, path: str, headers: dict[bytes, bytes]) -> Reply:
        """What to answer to a GET of ``path``; the fault (if any) decides."""
        if self.first_request is None:  # the client's start-up ends here (time.time: the
            self.first_request = time.time()  # runner compares it with its own clock)
        self.last_request = time.time()  # (what the client does after its last answer)
        i = self.feed_id(path)
        moved = path.startswith("/moved/")
        if i is None or not (path.startswith("/feed/") or moved):
            return Reply("404", response("404 Not Found", []))
        fault = None if moved else self.faults.get(i)
        if fault is None or fault == "truncated":
            r = self.rendered(i)
            if is_not_modified(headers, r.etag, r.last_modified, r.modified_at):
                return Reply("304", r.not_modified)
            if fault is None:
                return Reply("200", r.ok)
            body = r.ok.split(b"\r\n\r\n", 1)[1]
            ctype = feedgen.CONTENT_TYPES[self.specs[i].fmt]
            return Reply("200", response("200 OK", [("Content-Type", ctype)],
                                         body[: len(body) * 2 // 3]))
        return _fault_reply(fault, i, path)


def _fault_reply(fault: str, i: int, path: str) -> Reply:
    if fault == "error":
        status = "500 Internal Server Error" if i % 2 == 0 else "503 Service Unavailable"
        return Reply(status[:3], response(status, []))
    if fault == "ratelimit":
        return Reply("429", response("429 Too Many Requests", [("Retry-After", "120")]))
    if fault == "gone":
        return Reply("410", response("410 Gone", []))
    if fault == "redirect":
        code = "301 Moved Permanently" if i % 2 == 0 else "302 Found"
        return Reply(code[:3], response(code, [("Location", "/moved/" + path.rsplit("/", 1)[-1])]))
    if fault == "hang":
        return Reply("hang", b"", close=True, kind="hang")
    return Reply("oversize", b"HTTP/1.1 200 OK\r\nContent-Length: {size}\r\n"
                 b"Content-Type: application/rss+xml\r\n\r\n", kind="oversize")


def _json_response(doc: object) -> bytes:
    return response("200 OK", [("Content-Type", "application/json")], json.dumps(doc).encode())


def now_utc() -> datetime:
    return datetime.now(UTC)


def _parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m bench.farm", description=__doc__.split("\n")[0])
    d = FarmOptions()
    p.add_argument("--feeds", type=int, default=d.feeds)
    p.add_argument("--hosts", type=int, default=d.hosts)
    p.add_argument("--items", type=int, default=d.items)
    p.add_argument("--delay", type=float, default=d.delay, help="seconds per request")
    p.add_argument("--port", type=int, default=d.port)
    p.add_argument("--step", type=int, default=d.step, help="new items per change")
    p.add_argument("--faults", type=float, default=d.faults, help="fraction of faulty feeds")
    p.add_argument("--hang", type=float, default=d.hang)
    p.add_argument("--seed", type=int, default=d.seed)
    p.add_argument("--workload", choices=feedgen.WORKLOADS, default=d.workload,
                   help="mixed: about a third of items match; topic: nine in ten")
    p.add_argument("--out", type=Path, default=None,
                   help="folder for urls.txt and config.yaml (default: a new temp folder)")
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    args = _parse_args(argv)
    opts = FarmOptions(feeds=args.feeds, hosts=args.hosts, items=args.items, delay=args.delay,
                       port=args.port, step=args.step, faults=args.faults, hang=args.hang,
                       seed=args.seed, workload=args.workload)
    farm = Farm(opts, now_utc())
    out = args.out or Path(tempfile.mkdtemp(prefix="bench-farm-"))
    out.mkdir(parents=True, exist_ok=True)
    urls = out / "urls.txt"
    urls.write_text("\n".join(farm.urls) + "\n", encoding="utf-8")
    config = watchconfig.write(out, farm.urls)

    async def run() -> None:
        started, stop = asyncio.Event(), asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        hosts = [host_address(h) for h in range(opts.hosts)]
        task = asyncio.create_task(serve(farm, hosts, opts.port, started, stop))
        await started.wait()
        print(json.dumps({"ready": True, "pid": os.getpid(), "urls": str(urls),
                          "config": str(config), "feeds": opts.feeds, "hosts": opts.hosts}),
              flush=True)
        await task

    asyncio.run(run())


if __name__ == "__main__":
    main()
