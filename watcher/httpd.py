"""The optional status endpoint (``http.enabled``): GET /healthz and GET /metrics.

/healthz answers 200 while poll cycles complete on time (or a long poll keeps finishing
fetches) and 503 when nothing progressed for ``http.stale_after`` or the database cannot be
written; its JSON body says which.
/metrics is the Prometheus text format. It listens on 127.0.0.1 unless ``http.host`` says
otherwise, and is served by aiohttp, already the fetcher's library, in the daemon's loop.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from watcher.config import HttpConfig
from watcher.errors import WatcherError
from watcher.metrics import Metrics


def health(now: datetime, last_progress: datetime | None, started: datetime,
           stale_after: float, unwritable: str | None) -> tuple[int, dict[str, Any]]:
    """(HTTP status, JSON body): 503 when the database cannot be written or nothing has
    progressed (a cycle completed, a fetch finished) for ``stale_after`` seconds, counted
    from start-up before the first."""
    age = (now - (last_progress or started)).total_seconds()
    body: dict[str, Any] = {
        "last_progress_age_seconds": round(age, 1) if last_progress else None,
        "stale_after_seconds": stale_after,
    }
    if unwritable:
        return 503, {"status": "database not writable", "detail": unwritable, **body}
    if age > stale_after:
        return 503, {"status": "stale", **body}
    return 200, {"status": "ok", **body}


def unwritable(database: Path) -> str | None:
    """Why the database cannot be written (read-only file system, permissions), or None."""
    for path in (database, database.parent):
        if path.exists() and not os.access(path, os.W_OK):
            return f"{path} is not writable"
    return None


class StatusServer:
    def __init__(self, config: HttpConfig, metrics: Metrics,
                 check: Callable[[], tuple[int, dict[str, Any]]]) -> None:
        self._config = config
        self._metrics = metrics
        self._check = check
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/healthz", self._healthz)
        app.router.add_get("/metrics", self._scrape)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, self._config.host, self._config.port)
        try:
            await site.start()
        except OSError as exc:
            await runner.cleanup()
            cause = os.strerror(exc.errno) if exc.errno else str(exc)
            raise WatcherError(f"http: cannot listen on {self._config.host}:"
                               f"{self._config.port}: {cause}") from None
        self._runner = runner

    async def stop(self) -> None:
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()

    async def _healthz(self, _request: web.Request) -> web.Response:
        status, body = self._check()
        return web.json_response(body, status=status)

    async def _scrape(self, _request: web.Request) -> web.Response:
        # The state collector runs SQL: off the event loop, like any blocking call.
        data = await asyncio.to_thread(generate_latest, self._metrics.registry)
        return web.Response(body=data, headers={"Content-Type": CONTENT_TYPE_LATEST})
