"""What a user would run instead of watcher, measured on the same farm.

* ``sequential``: a loop of ``feedparser.parse(url, etag=..., modified=...)``, one feed after
  another, as cron scripts and rss2email do. feedparser 6 has no JSON Feed parser, so JSON
  feeds go through urllib + ``json.loads`` with the same conditional headers (otherwise the
  baseline would skip a third of the parsing work).
* ``naive_poll``: asyncio + ONE shared ``httpx.AsyncClient``, 64 requests in flight, parsing
  each 200 with feedparser (or ``json.loads``); nothing is stored or matched.

Both keep the validators they saw, so a second pass sends conditional requests.
The third baseline, one regex per term per profile, lives in bench/match.py.
"""

from __future__ import annotations

import asyncio
import json
import time
import urllib.error
import urllib.request
from collections import Counter
from dataclasses import dataclass, field

import feedparser
import httpx

Validators = dict[str, tuple[str | None, str | None]]  # url -> (etag, last-modified)


@dataclass
class PassResult:
    """One pass over a list of feeds."""

    seconds: float
    feeds: int
    entries: int = 0
    statuses: Counter[int] = field(default_factory=Counter)
    validators: Validators = field(default_factory=dict)

    def summary(self) -> dict[str, object]:
        return {"seconds": round(self.seconds, 3), "feeds": self.feeds,
                "entries": self.entries, "statuses": dict(self.statuses)}


def _conditional(url: str, validators: Validators) -> dict[str, str]:
    etag, modified = validators.get(url, (None, None))
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if modified:
        headers["If-Modified-Since"] = modified
    return headers


def _json_feed(url: str, validators: Validators) -> tuple[int, int, str | None, str | None]:
    req = urllib.request.Request(url, headers=_conditional(url, validators))
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            doc = json.loads(resp.read())
            return resp.status, len(doc.get("items", [])), resp.headers.get("ETag"), \
                resp.headers.get("Last-Modified")
    except urllib.error.HTTPError as exc:
        return exc.code, 0, *validators.get(url, (None, None))


def sequential(urls: list[str], validators: Validators | None = None) -> PassResult:
    """feedparser.parse(url) in a loop; conditional when validators are given."""
    validators = validators or {}
    result = PassResult(0.0, len(urls))
    start = time.perf_counter()
    for url in urls:
        if url.endswith(".json"):
            status, entries, etag, modified = _json_feed(url, validators)
        else:
            etag, modified = validators.get(url, (None, None))
            d = feedparser.parse(url, etag=etag, modified=modified)
            status, entries = int(d.get("status", 0)), len(d.entries)
            etag, modified = d.get("etag", etag), d.get("modified", modified)
        result.statuses[status] += 1
        result.entries += entries
        result.validators[url] = (etag, modified)
    result.seconds = time.perf_counter() - start
    return result


async def _naive(urls: list[str], validators: Validators, concurrency: int) -> PassResult:
    result = PassResult(0.0, len(urls))
    sem = asyncio.Semaphore(concurrency)
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(timeout=30.0, limits=limits) as client:

        async def one(url: str) -> None:
            async with sem:
                try:
                    resp = await client.get(url, headers=_conditional(url, validators))
                except httpx.HTTPError:
                    result.statuses[0] += 1
                    return
            result.statuses[resp.status_code] += 1
            if resp.status_code == 200:
                if url.endswith(".json"):
                    result.entries += len(json.loads(resp.content).get("items", []))
                else:
                    result.entries += len(feedparser.parse(resp.content).entries)
                result.validators[url] = (resp.headers.get("etag"),
                                          resp.headers.get("last-modified"))
            else:
                result.validators[url] = validators.get(url, (None, None))

        start = time.perf_counter()
        await asyncio.gather(*(one(u) for u in urls))
        result.seconds = time.perf_counter() - start
    return result


def naive_poll(urls: list[str], validators: Validators | None = None,
               concurrency: int = 64) -> PassResult:
    """asyncio + one shared httpx.AsyncClient, ``concurrency`` requests in flight."""
    return asyncio.run(_naive(urls, validators or {}, concurrency))
