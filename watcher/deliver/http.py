"""POST a payload to a webhook and turn the answer into success or a DeliveryError.

Decisions about a response are pure functions over status, headers and body; only
``post`` touches the network. Webhook URLs carry their secret in the path, so every message
names the destination and the host only.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urlsplit

import httpx

from watcher.config import PollingConfig
from watcher.deliver.pacing import MIN_GAP, Pacer
from watcher.errors import DeliveryError
from watcher.freshness import parse_retry_after

_PERMANENT = {400, 401, 403, 404, 405, 410, 413, 422}
_EXCERPT = 200
# A Retry-After beyond a day is capped there: "99999999999999" or Discord's 1e300 would
# otherwise overflow the retry schedule; a day later the next attempt asks again.
MAX_RETRY_AFTER = 86_400.0
# A Retry-After this short (Slack's usual 1 s) is waited in place and the post repeated,
# without costing the window an attempt, up to IN_PLACE_BUDGET seconds per post.
SHORT_RETRY_AFTER = 5.0
IN_PLACE_BUDGET = 30.0
IN_PLACE_TRIES = 10
MIN_IN_PLACE = 0.25


def redact(url: str) -> str:
    """scheme://host/… : the path and query of a webhook URL are its secret."""
    parts = urlsplit(url)
    tail = "/…" if parts.path.strip("/") or parts.query else ""
    try:
        port = f":{parts.port}" if parts.port else ""
    except ValueError:  # a port out of range: the message about it must not fail too
        port = ":?"
    return f"{parts.scheme}://{parts.hostname or '?'}{port}{tail}"


def cap_retry_after(value: float | None) -> float | None:
    """A usable Retry-After in seconds: None for NaN or negative, at most MAX_RETRY_AFTER."""
    if value is None or math.isnan(value) or value < 0:
        return None
    return min(value, MAX_RETRY_AFTER)


def _json_retry_after(body: bytes) -> float | None:
    """Discord puts a precise ``retry_after`` (seconds) in its 429 JSON body."""
    try:
        data = json.loads(body)
    except ValueError:
        return None
    value = data.get("retry_after") if isinstance(data, dict) else None
    return float(value) if isinstance(value, int | float) and value >= 0 else None


def excerpt(body: bytes) -> str:
    text = " ".join(body.decode("utf-8", "replace").split())
    return text if len(text) <= _EXCERPT else text[: _EXCERPT - 1] + "…"


def classify(
    status: int, headers: Mapping[str, str], body: bytes, where: str, now: datetime
) -> DeliveryError | None:
    """None for 2xx; otherwise the error to raise, transient unless retrying cannot help."""
    if 200 <= status < 300:
        return None
    detail = f"{where}: HTTP {status}"
    if body:
        detail += f": {excerpt(body)}"
    if status in (429, 503):
        retry = _json_retry_after(body) if status == 429 else None
        if retry is None:
            retry = parse_retry_after(headers.get("retry-after"), now)
        return DeliveryError(detail, retry_after=cap_retry_after(retry))
    if status in _PERMANENT or 300 <= status < 400:
        return DeliveryError(detail, permanent=True)
    return DeliveryError(detail)


@dataclass(frozen=True)
class Poster:
    """Posts bodies to one URL; ``where`` names the destination and host for messages."""

    url: str
    where: str
    timeout: float
    connect_timeout: float
    transport: httpx.AsyncBaseTransport | None = None
    user_agent: str = "watcher"
    pacer: Pacer = field(default_factory=Pacer, compare=False)

    async def post(self, body: bytes, headers: Mapping[str, str]) -> httpx.Response:
        """Post once the pacer allows; a short Retry-After is waited here and the post
        repeated (up to IN_PLACE_BUDGET seconds), anything else is raised."""
        waited, tries = 0.0, 0
        while True:
            await self.pacer.wait()
            try:
                return await self._post_once(body, headers)
            except DeliveryError as exc:
                tries += 1
                retry = exc.retry_after
                wait = max(retry or 0.0, MIN_IN_PLACE)  # "Retry-After: 0" must not spin
                if retry is None or retry > SHORT_RETRY_AFTER or tries > IN_PLACE_TRIES or \
                        waited + wait > IN_PLACE_BUDGET:
                    raise
                self.pacer.defer(wait)
                waited += wait

    async def _post_once(self, body: bytes, headers: Mapping[str, str]) -> httpx.Response:
        timeout = httpx.Timeout(self.timeout, connect=self.connect_timeout)
        all_headers = {"user-agent": self.user_agent, **headers}
        try:
            urlsplit(self.url).port  # noqa: B018 - raises for a port out of range
        except ValueError as exc:  # e.g. port 99999: no retry can help
            raise DeliveryError(f"{self.where}: invalid URL: {exc}", permanent=True) from None
        try:
            async with httpx.AsyncClient(transport=self.transport, timeout=timeout) as client:
                response = await client.post(self.url, content=body, headers=all_headers)
        except httpx.TimeoutException:
            raise DeliveryError(f"{self.where}: timed out after {self.timeout:g} s") from None
        except httpx.HTTPError as exc:
            kind = type(exc).__name__
            raise DeliveryError(f"{self.where}: {kind}: {_scrub(str(exc), self.url)}") from None
        except httpx.InvalidURL as exc:
            raise DeliveryError(f"{self.where}: invalid URL: {_scrub(str(exc), self.url)}",
                                permanent=True) from None
        except Exception as exc:  # anything else from the stack: a message, never the URL
            kind = type(exc).__name__
            raise DeliveryError(f"{self.where}: {kind}: {_scrub(str(exc), self.url)}") from None
        self.pacer.observe(response.headers)
        error = classify(response.status_code, response.headers, response.content, self.where,
                         datetime.now(UTC))
        if error is not None:
            raise error
        return response


def _scrub(text: str, url: str) -> str:
    """The text without the URL's secret path, however the library quoted the URL."""
    parts = urlsplit(url)
    secret = parts.path.strip("/")
    text = text.replace(url, redact(url))
    if secret:
        text = text.replace(secret, "…")
    if parts.query:
        text = text.replace(parts.query, "…")
    return text


def where(name: str, url: str) -> str:
    return f"destination {name!r} ({redact(url)})"


def make_poster(name: str, url: str, kind: str, polling: PollingConfig,
                transport: httpx.AsyncBaseTransport | None) -> Poster:
    """The Poster of destination ``name``, paced for its platform ``kind``."""
    return Poster(url, where(name, url), polling.timeout, polling.connect_timeout, transport,
                  polling.user_agent, Pacer(MIN_GAP.get(kind, 0.0)))
