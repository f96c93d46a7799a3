"""POST a payload to a webhook and turn the answer into success or a DeliveryError.

Decisions about a response are pure functions over status, headers and body; only
``post`` touches the network. Webhook URLs carry their secret in the path, so every message
names the destination and the host only.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlsplit

import httpx

from watcher.errors import DeliveryError
from watcher.freshness import parse_retry_after

_PERMANENT = {400, 401, 403, 404, 405, 410, 413, 422}
_EXCERPT = 200


def redact(url: str) -> str:
    """scheme://host/… : the path and query of a webhook URL are its secret."""
    parts = urlsplit(url)
    tail = "/…" if parts.path.strip("/") or parts.query else ""
    return f"{parts.scheme}://{parts.hostname or '?'}{f':{parts.port}' if parts.port else ''}{tail}"


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
        return DeliveryError(detail, retry_after=retry)
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

    async def post(self, body: bytes, headers: Mapping[str, str]) -> httpx.Response:
        timeout = httpx.Timeout(self.timeout, connect=self.connect_timeout)
        all_headers = {"user-agent": self.user_agent, **headers}
        try:
            async with httpx.AsyncClient(transport=self.transport, timeout=timeout) as client:
                response = await client.post(self.url, content=body, headers=all_headers)
        except httpx.TimeoutException:
            raise DeliveryError(f"{self.where}: timed out after {self.timeout:g} s") from None
        except httpx.HTTPError as exc:
            kind = type(exc).__name__
            raise DeliveryError(f"{self.where}: {kind}: {_scrub(str(exc), self.url)}") from None
        error = classify(response.status_code, response.headers, response.content, self.where,
                         datetime.now(UTC))
        if error is not None:
            raise error
        return response


def _scrub(text: str, url: str) -> str:
    return text.replace(url, redact(url))


def where(name: str, url: str) -> str:
    return f"destination {name!r} ({redact(url)})"
