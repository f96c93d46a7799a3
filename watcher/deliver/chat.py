"""The shared shape of every chat webhook: texts from a template, packed, posted as JSON.

A platform module supplies a ``Platform``: which template to use, how chunks of rendered
texts become a JSON payload, and whether a payload is within the platform's limits. The
template decides the wording; the code decides the structure and enforces the limits.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol
from zoneinfo import ZoneInfo

import httpx

from watcher.config import ChatDestination, Config
from watcher.deliver import OutgoingMessage
from watcher.deliver.cut import clean
from watcher.deliver.http import Poster, make_poster
from watcher.deliver.split import Chunk, clip_snippet, fit_entry, pack
from watcher.models import Digest
from watcher.render import EntryView, group_views, load_template

Payload = dict[str, Any]
SNIPPET = 280  # characters of snippet per story: a chat message is read at a glance


class Platform(Protocol):
    name: str  # also the template's stem: templates/<name>.j2

    def payload(self, header: str, chunks: Sequence[Chunk[str]], footer: str | None) -> Payload:
        ...

    def fits(self, payload: Payload) -> bool: ...


def encode(payload: Payload) -> bytes:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


@dataclass(frozen=True)
class ChatNotifier:
    platform: Platform
    destination: str
    poster: Poster
    template: Path | None = None
    max_items: int = 100  # stories per message; a window holding more is several messages

    def render(self, digest: Digest) -> list[OutgoingMessage]:
        module: Any = load_template(f"{self.platform.name}.j2", self.template).module
        digest = clean(digest)
        groups = group_views(digest)

        def header(part: int, parts: int) -> str:
            return _text(module.header(digest.title, digest.item_count, digest.more,
                                       _local(digest.window_start, digest),
                                       _local(digest.window_end, digest), part, parts))

        def heading(gi: int, continued: bool) -> str:
            return _text(module.group_heading(replace(groups[gi], continued=continued)))

        footer = _text(module.footer(self.destination, digest.more))
        widest = header(999, 999)  # part numbers are known only after packing

        def fits(chunks: Sequence[Chunk[str]]) -> bool:
            return sum(len(c.entries) for c in chunks) <= self.max_items and \
                self.platform.fits(self.platform.payload(widest, chunks, footer))

        def entry(view: EntryView, gi: int) -> str:
            # Alone in a message under a heading, the entry must fit; else it is shortened.
            def ok(text: str) -> bool:
                return fits([Chunk(gi, heading(gi, True), (text,))])

            short = replace(view, snippet=clip_snippet(view.snippet, SNIPPET))
            return fit_entry(short, lambda v: _text(module.entry(v)), ok)

        texts = [[entry(e, gi) for e in g.entries] for gi, g in enumerate(groups)]
        parts = pack(texts, heading, fits) or [[]]
        out = []
        for i, chunks in enumerate(parts):
            last = i == len(parts) - 1
            payload = self.platform.payload(header(i + 1, len(parts)), chunks,
                                            footer if last else None)
            count = sum(len(c.entries) for c in chunks)
            out.append(OutgoingMessage(
                summary=f"{self.platform.name} part {i + 1}/{len(parts)}, {count} items",
                body=encode(payload), item_count=count))
        return out

    async def deliver(self, message: OutgoingMessage, idempotency_key: str) -> None:
        await self.poster.post(message.body, {"content-type": "application/json"})


def _text(value: Any) -> str:
    return str(value).strip()


def _local(value: datetime | None, digest: Digest) -> datetime | None:
    return value.astimezone(ZoneInfo(digest.timezone)) if value is not None else None


def create_chat(platform: Platform, name: str, dest: ChatDestination, config: Config, *,
                environ: Mapping[str, str],
                transport: httpx.AsyncBaseTransport | None) -> ChatNotifier:
    poster = make_poster(name, dest.url, dest.type, config.polling, transport)
    template = config.resolve(dest.template) if dest.template else None
    return ChatNotifier(platform, name, poster, template, dest.max_items)
