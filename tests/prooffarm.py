"""The scale-out proof's loopback feed farm: feeds spread over many loopback hosts
(127.0.0.1, 127.0.0.2, ...), each host one server that notes when every request arrived.

    farm = Farm(hosts=60, per_host=10).start()
    farm.publish(4)            # every feed now carries stories 0..3
    farm.urls()                # the feeds, host by host
    farm.fetches()             # {url: [arrival times]} from the request log
    farm.stop()
"""

from __future__ import annotations

import itertools
import time
from collections import defaultdict

from feedgen import rss
from feedserver import FeedServer, Request
from test_outbox import expected_links


class TimedFarm(FeedServer):
    """A feed server that also notes when each request arrived."""

    def __init__(self, host: str) -> None:
        super().__init__(host)
        self.arrivals: list[tuple[float, str]] = []

    def _record(self, request: Request) -> None:
        self.arrivals.append((time.monotonic(), request.path))
        super()._record(request)


class Farm:
    """``hosts`` loopback servers of ``per_host`` RSS feeds each; feed numbers run host by host."""

    def __init__(self, hosts: int, per_host: int) -> None:
        if hosts > 254:
            raise ValueError("one loopback address per host: at most 254")
        self.servers = [TimedFarm(f"127.0.0.{h + 1}") for h in range(hosts)]
        self.per_host = per_host
        self.stories = 0

    def start(self) -> Farm:
        for server in self.servers:
            server.start()
        return self

    def stop(self) -> None:
        for server in self.servers:
            server.stop()

    def feeds(self) -> list[tuple[TimedFarm, str, int]]:
        """(server, path, feed number) of every feed."""
        return [
            (server, f"/f{i}.xml", h * self.per_host + i)
            for h, server in enumerate(self.servers)
            for i in range(self.per_host)
        ]

    def urls(self) -> list[str]:
        return [server.url(path) for server, path, _ in self.feeds()]

    def publish(self, stories: int) -> None:
        """Every feed now carries its stories 0..stories-1 (the newest ones added)."""
        for server, path, no in self.feeds():
            server.route(path, rss(no, stories))
        self.stories = stories

    def wanted(self) -> set[str]:
        """The links of every published story the test profile matches."""
        return {link for _, _, no in self.feeds() for link in expected_links(no, self.stories)}

    def fetches(self) -> dict[str, list[float]]:
        """Each feed's request arrival times (monotonic clock), in order."""
        times: dict[str, list[float]] = defaultdict(list)
        for server in self.servers:
            for at, path in list(server.arrivals):
                times[server.url(path)].append(at)
        return {url: sorted(ats) for url, ats in times.items()}


def gaps(times: list[float]) -> list[float]:
    return [b - a for a, b in itertools.pairwise(times)]
