"""Generic JSON webhook, signed per the Standard Webhooks specification.

Headers: ``webhook-id`` (the idempotency key, stable across retries), ``webhook-timestamp``
(Unix seconds at the attempt) and ``webhook-signature`` = "v1," + base64 of
HMAC-SHA256(secret, f"{id}.{timestamp}.{body}"), where the configured secret is
"whsec_" + base64 of the key bytes. The payload schema is documented in docs/webhook.md.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx

from watcher.config import Config, WebhookDestination
from watcher.deliver import OutgoingMessage
from watcher.deliver.cut import clean
from watcher.deliver.http import Poster, make_poster
from watcher.deliver.split import Chunk, pack
from watcher.errors import ConfigError
from watcher.itemhtml import safe_html
from watcher.models import Digest, DigestEntry

SCHEMA = "watcher.digest/1"
MAX_BYTES = 512_000  # parts stay small enough for any receiver's default body limit


def decode_secret(secret: str, name: str) -> bytes:
    raw = secret.removeprefix("whsec_")
    try:
        key = base64.b64decode(raw + "=" * (-len(raw) % 4), validate=True)
    except (binascii.Error, ValueError):
        key = b""
    if not key:
        raise ConfigError(f"destinations.{name}.secret: not a Standard Webhooks secret "
                          "(expected 'whsec_' followed by base64)")
    return key


def sign(key: bytes, msg_id: str, timestamp: int, body: bytes) -> str:
    signed = f"{msg_id}.{timestamp}.".encode() + body
    digest = hmac.new(key, signed, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode("ascii")


def entry_json(entry: DigestEntry) -> dict[str, Any]:
    item, match = entry.item, entry.match
    return {
        "title": item.title, "link": item.link, "source": item.source_title,
        "feed_url": item.feed_url, "item_key": item.item_key, "author": item.author,
        "published": item.published.isoformat(),
        "published_doubtful": item.published_doubtful, "summary": item.summary,
        "score": match.score,
        "terms": [{"term": t.term, "fields": list(t.fields), "count": t.count}
                  for t in match.terms],
        "snippet": {"text": match.snippet.text,
                    "highlights": [list(h) for h in match.snippet.highlights]},
        "also_reported_by": list(entry.also_reported_by),
        # What the feed attached, and its HTML body sanitised (ingest, issue 12).
        "enclosures": [{"url": e.url, "type": e.type, "length": e.length}
                       for e in item.enclosures],
        "html": safe_html(item),
    }


def _payload(digest: Digest, chunks: Sequence[Chunk[dict[str, Any]]], part: int,
             parts: int) -> dict[str, Any]:
    groups = []
    for chunk in chunks:
        group = digest.groups[chunk.group]
        groups.append({"profile": group.profile, "description": group.description,
                       "entries": list(chunk.entries)})
    return {
        "type": SCHEMA, "destination": digest.destination, "digest_id": digest.digest_id,
        "title": digest.title, "timezone": digest.timezone,
        "window_start": digest.window_start.isoformat() if digest.window_start else None,
        "window_end": digest.window_end.isoformat(),
        "part": part, "parts": parts, "item_count": digest.item_count,
        "more": digest.more, "groups": groups,
    }


def _size(value: Any) -> int:
    return len(json.dumps(value, ensure_ascii=False).encode("utf-8"))


@dataclass(frozen=True)
class WebhookNotifier:
    destination: str
    poster: Poster
    key: bytes = field(repr=False)
    clock: Callable[[], float] = time.time
    max_items: int = 100  # entries per part; a window holding more is several parts

    def render(self, digest: Digest) -> list[OutgoingMessage]:
        digest = clean(digest)  # one oversized item is shortened, never fails its window
        groups = [[entry_json(e) for e in g.entries] for g in digest.groups]
        sizes = {id(e): _size(e) + 1 for g in groups for e in g}
        overhead = _size(_payload(digest, [], 999, 999)) + 200 * len(groups)

        def fits(chunks: Sequence[Chunk[dict[str, Any]]]) -> bool:
            entries = [e for c in chunks for e in c.entries]
            return len(entries) <= self.max_items and \
                overhead + sum(sizes[id(e)] for e in entries) <= MAX_BYTES

        parts = pack(groups, lambda gi, _: digest.groups[gi].profile, fits) or [[]]
        out = []
        for i, chunks in enumerate(parts):
            body = json.dumps(_payload(digest, chunks, i + 1, len(parts)), ensure_ascii=False,
                              separators=(",", ":")).encode("utf-8")
            count = sum(len(c.entries) for c in chunks)
            out.append(OutgoingMessage(summary=f"webhook part {i + 1}/{len(parts)}, "
                                       f"{count} items", body=body, item_count=count))
        return out

    async def deliver(self, message: OutgoingMessage, idempotency_key: str) -> None:
        timestamp = int(self.clock())
        headers = {
            "content-type": "application/json",
            "webhook-id": idempotency_key,
            "webhook-timestamp": str(timestamp),
            "webhook-signature": sign(self.key, idempotency_key, timestamp, message.body),
        }
        await self.poster.post(message.body, headers)


def create(name: str, dest: WebhookDestination, config: Config, *, environ: Mapping[str, str],
           transport: httpx.AsyncBaseTransport | None = None) -> WebhookNotifier:
    poster = make_poster(name, dest.url, dest.type, config.polling, transport)
    return WebhookNotifier(name, poster, decode_secret(dest.secret, name),
                           max_items=dest.max_items)
