"""Soak: the daemon as a real subprocess, new items published again and again, killed,
stopped, reloaded; every match counted at every destination.

    python -m bench.soak                  # about 5 minutes
    python -m bench.soak --publish 90     # shorter

A loopback feed server carries F feeds that gain items every few seconds (half of them match
the profile); the daemon sends to an instant, signed webhook (loopback receiver) and to an
email digest every minute (aiosmtpd). In the middle the daemon is reloaded (SIGHUP) twice,
killed with SIGKILL and restarted, stopped with SIGTERM and restarted. After the last
publication it is given time to drain, then left idle while its memory (RSS) is sampled.

Counted by story link: a match is lost if it reached a destination in no message, doubled
if it reached it under two different keys (a repeated webhook-id or Message-ID is allowed
only as a retry of the same bytes). Prints a report and writes it as JSON; exits 1 if
anything was lost or doubled, or the idle memory grew by more than --flat-mb.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))  # the loopback servers the tests use

from feedgen import rss  # noqa: E402
from feedserver import FeedServer  # noqa: E402
from receiver import Answer, Receiver  # noqa: E402
from smtpserver import SmtpServer  # noqa: E402

SECRET = "whsec_" + base64.b64encode(b"soak: a webhook secret of 32 b.").decode()
LINK = re.compile(r"https://news\.example/\d+/\d+")
PROFILES = {"defections": {"description": "Defections and escapes",
                           "query": "defect* OR 탈북*", "exclude": '"defect rate"'}}


@dataclass
class Options:
    feeds: int = 20
    first: int = 40  # items per feed at start: a first-poll burst of feeds * first / 2 matches
    step: int = 4  # items each feed gains per publication
    every: float = 8.0  # seconds between publications
    publish: float = 180.0  # seconds of publishing; the faults fall inside it
    drain: float = 150.0  # at most this long for everything to arrive afterwards
    idle: float = 60.0  # seconds of idle RSS sampling
    flat_mb: float = 8.0
    out: Path = ROOT / "bench" / "soak.json"


@dataclass
class Daemon:
    """The watcher daemon subprocess; restartable, RSS sampled from /proc."""

    folder: Path
    env: dict[str, str]
    proc: subprocess.Popen[bytes] | None = None
    starts: int = 0

    def start(self) -> None:
        log = (self.folder / "daemon.log").open("ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "watcher", "run", "--config", "config.yaml"],
            cwd=self.folder, env=self.env, stdout=log, stderr=log)
        self.starts += 1

    def signal(self, sig: signal.Signals) -> None:
        assert self.proc is not None
        self.proc.send_signal(sig)

    def wait(self, timeout: float = 60.0) -> int:
        assert self.proc is not None
        return self.proc.wait(timeout)

    def rss_mb(self) -> float | None:
        if self.proc is None or self.proc.poll() is not None:
            return None
        try:
            status = Path(f"/proc/{self.proc.pid}/status").read_text()
        except OSError:
            return None
        kb = next((int(line.split()[1]) for line in status.splitlines()
                   if line.startswith("VmRSS:")), 0)
        return kb / 1024


@dataclass
class World:
    opts: Options
    srv: FeedServer
    rx: Receiver
    smtp: SmtpServer
    folder: Path
    counts: list[int] = field(default_factory=list)
    events: list[tuple[float, str]] = field(default_factory=list)
    t0: float = field(default_factory=time.monotonic)

    def note(self, what: str) -> None:
        self.events.append((round(time.monotonic() - self.t0, 1), what))
        print(f"[{self.events[-1][0]:6.1f} s] {what}", flush=True)

    def publish(self, grow: int) -> None:
        if not self.counts:
            self.counts = [0] * self.opts.feeds
        for n in range(self.opts.feeds):
            self.counts[n] += grow
            self.srv.route(f"/f{n}.xml", rss(n, self.counts[n]), etag=f'"{n}-{self.counts[n]}"')

    def expected(self) -> set[str]:
        return {f"https://news.example/{f}/{n}" for f, count in enumerate(self.counts)
                for n in range(count) if n % 4 in (0, 1)}

    def write_config(self, batch_window: str) -> None:
        doc = {
            "storage": {"database": "soak.db"},
            "polling": {"interval": "5s", "jitter": 0, "timeout": "5s",
                        "connect_timeout": "2s"},
            "smtp": {"host": "127.0.0.1", "port": self.smtp.port, "security": "none",
                     "from": "watcher <soak@example.org>", "timeout": "10s"},
            "feeds": [{"url": self.srv.url(f"/f{n}.xml"), "name": f"desk {n}"}
                      for n in range(self.opts.feeds)],
            "profiles": PROFILES,
            "destinations": {
                "instant-hook": {"type": "webhook", "url": self.rx.url("/hook/soak-secret-path"),
                                 "secret": "${SOAK_SECRET}", "mode": "instant",
                                 "batch_window": batch_window},
                "digest-mail": {"type": "email", "to": ["desk@example.org"],
                                "schedule": "* * * * *", "timezone": "Asia/Seoul"},
            },
        }
        (self.folder / "config.yaml").write_text(yaml.safe_dump(doc, allow_unicode=True),
                                                 encoding="utf-8")


@dataclass
class Tally:
    """Links received at one destination, by idempotency key."""

    keys: int = 0
    repeats: int = 0  # the same key again with the same bytes: a retry, allowed
    conflicts: int = 0  # the same key with different bytes: a receiver would lose stories
    links: Counter[str] = field(default_factory=Counter)

    def verdict(self, expected: set[str]) -> dict[str, Any]:
        received = set(self.links)
        return {"expected": len(expected), "received": len(received & expected),
                "lost": len(expected - received), "doubled": sum(
                    1 for n in self.links.values() if n > 1),
                "unexpected": len(received - expected), "messages": self.keys,
                "retried_same_key": self.repeats, "same_key_other_bytes": self.conflicts}


def tally(messages: Iterable[tuple[str, bytes, Callable[[], list[str]]]]) -> Tally:
    out = Tally()
    seen: dict[str, bytes] = {}
    for key, raw, links in messages:
        if key in seen:
            out.repeats += 1
            out.conflicts += seen[key] != raw
            continue
        seen[key] = raw
        out.keys += 1
        out.links.update(links())
    return out


def webhook_tally(rx: Receiver) -> Tally:
    def links(body: bytes) -> Callable[[], list[str]]:
        return lambda: [e["link"] for g in json.loads(body)["groups"] for e in g["entries"]]

    return tally((r.headers["webhook-id"], r.body, links(r.body)) for r in list(rx.requests))


def email_tally(smtp: SmtpServer) -> Tally:
    def parts(msg: Any) -> tuple[str, bytes, Callable[[], list[str]]]:
        text = str(msg.get_body(("plain",)).get_content())
        # Each entry shows its link once, on its own line; snippets repeat titles, not links.
        return str(msg["Message-ID"]), text.encode(), lambda: LINK.findall(text)

    return tally(parts(m) for m in list(smtp.messages))


def complete(world: World) -> bool:
    want = world.expected()
    return want <= set(webhook_tally(world.rx).links) and \
        want <= set(email_tally(world.smtp).links)


def run(opts: Options) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="watcher-soak-") as tmp, FeedServer() as srv, \
            Receiver() as rx, SmtpServer() as smtp:
        folder = Path(tmp)
        rx.default = Answer(delay=0.5)  # a post takes half a second to be answered
        world = World(opts, srv, rx, smtp, folder)
        world.publish(opts.first)
        world.write_config("5s")
        daemon = Daemon(folder, {**os.environ, "SOAK_SECRET": SECRET})
        daemon.start()
        world.note(f"daemon started; {opts.feeds} feeds with {opts.first} items each")
        rss = drive(world, daemon)
        world.note("publishing stopped; draining")
        deadline = time.monotonic() + opts.drain
        while not complete(world) and time.monotonic() < deadline:
            time.sleep(1)
        world.note("drained" if complete(world) else "drain deadline passed")
        idle = sample_idle(daemon, opts.idle)
        world.note(f"idle RSS sampled {len(idle)} times")
        daemon.signal(signal.SIGTERM)
        code = daemon.wait()
        world.note(f"daemon stopped with SIGTERM, exit {code}")
        expected = world.expected()
        log = (folder / "daemon.log").read_text(encoding="utf-8", errors="replace")
        return {
            "options": {k: str(v) for k, v in vars(opts).items()},
            "events": world.events,
            "published_items": sum(world.counts), "matches_per_destination": len(expected),
            "webhook": webhook_tally(rx).verdict(expected),
            "email": email_tally(smtp).verdict(expected),
            "rss_mb_max_during_run": round(max(rss), 1) if rss else None,
            "idle_rss_mb": {"first": idle[0], "last": idle[-1], "min": min(idle),
                            "max": max(idle), "samples": len(idle)} if idle else {},
            "tracebacks_in_log": log.count("Traceback"), "final_exit": code,
            "daemon_starts": daemon.starts,
        }


def drive(world: World, daemon: Daemon) -> list[float]:
    """Publish every ``every`` seconds for ``publish`` seconds; the faults at fixed shares
    of that time. Returns the RSS samples taken meanwhile."""
    opts = world.opts
    faults = [(0.2, "sighup"), (0.4, "sigkill"), (0.6, "sighup"), (0.8, "sigterm")]
    samples: list[float] = []
    start = time.monotonic()
    next_publish = start + opts.every
    batch = "5s"
    while (elapsed := time.monotonic() - start) < opts.publish:
        if faults and elapsed >= faults[0][0] * opts.publish:
            kind = faults.pop(0)[1]
            if kind == "sighup":
                batch = "6s" if batch == "5s" else "5s"
                world.write_config(batch)
                daemon.signal(signal.SIGHUP)
                world.note(f"SIGHUP: config reloaded with batch_window {batch}")
            else:
                sig = signal.SIGKILL if kind == "sigkill" else signal.SIGTERM
                if sig == signal.SIGKILL:
                    in_flight(world)  # kill while a post waits for its answer
                daemon.signal(sig)
                code = daemon.wait()
                daemon.start()
                world.note(f"{sig.name}: daemon exited {code}, restarted")
        if time.monotonic() >= next_publish:
            world.publish(opts.step)
            next_publish += opts.every
        mb = daemon.rss_mb()
        if mb is not None:
            samples.append(mb)
        time.sleep(0.5)
    return samples


def in_flight(world: World, timeout: float = 30.0) -> None:
    """Return as soon as the webhook receiver gets a new post (it answers after a delay), so
    a kill lands after the post went out and before the daemon could record it."""
    seen = len(world.rx.requests)
    world.publish(world.opts.step)
    end = time.monotonic() + timeout
    while len(world.rx.requests) == seen and time.monotonic() < end:
        time.sleep(0.01)


def sample_idle(daemon: Daemon, seconds: float) -> list[float]:
    samples = []
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        mb = daemon.rss_mb()
        if mb is not None:
            samples.append(round(mb, 1))
        time.sleep(2)
    return samples


def verdict(report: dict[str, Any], flat_mb: float) -> list[str]:
    problems = []
    for dest in ("webhook", "email"):
        r = report[dest]
        for what in ("lost", "doubled", "same_key_other_bytes"):
            if r[what]:
                problems.append(f"{dest}: {r[what]} {what}")
    idle = report["idle_rss_mb"]
    if not idle or idle["last"] - idle["first"] > flat_mb:
        problems.append(f"idle RSS not flat: {idle}")
    if report["tracebacks_in_log"]:
        problems.append(f"{report['tracebacks_in_log']} traceback(s) in the daemon log")
    return problems


def main(argv: list[str] | None = None) -> int:
    d = Options()
    p = argparse.ArgumentParser(prog="python -m bench.soak", description=__doc__.split("\n")[0])
    for name in ("feeds", "first", "step"):
        p.add_argument(f"--{name}", type=int, default=getattr(d, name))
    for name in ("every", "publish", "drain", "idle", "flat_mb"):
        p.add_argument(f"--{name.replace('_', '-')}", type=float, default=getattr(d, name))
    p.add_argument("--out", type=Path, default=d.out)
    opts = Options(**vars(p.parse_args(argv)))
    report = run(opts)
    problems = verdict(report, opts.flat_mb)
    report["problems"] = problems
    opts.out.write_text(json.dumps(report, indent=2), encoding="utf-8")
    for dest in ("webhook", "email"):
        print(f"{dest}: {report[dest]}")
    print(f"idle RSS (MB): {report['idle_rss_mb']}; "
          f"highest during the run: {report['rss_mb_max_during_run']} MB")
    print("OK: nothing lost or doubled" if not problems else "PROBLEMS: " + "; ".join(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
