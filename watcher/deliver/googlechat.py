"""Google Chat incoming webhook: a cardsV2 card, one section per group chunk.

A Chat message may be at most 32,000 bytes; we measure the encoded JSON.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from watcher.config import ChatDestination, Config
from watcher.deliver.chat import ChatNotifier, Payload, create_chat, encode
from watcher.deliver.split import Chunk

MAX_BYTES = 32_000


def _para(text: str) -> dict[str, Any]:
    return {"textParagraph": {"text": text}}


class GoogleChat:
    name = "googlechat"

    def payload(self, header: str, chunks: Sequence[Chunk[str]], footer: str | None) -> Payload:
        sections: list[dict[str, Any]] = [
            {"header": c.heading, "widgets": [_para(t) for t in c.entries]} for c in chunks
        ]
        if footer:
            sections.append({"widgets": [_para(f"<i>{footer}</i>")]})
        card = {"header": {"title": "watcher", "subtitle": header}, "sections": sections}
        return {"text": header, "cardsV2": [{"cardId": "watcher-digest", "card": card}]}

    def fits(self, payload: Payload) -> bool:
        return len(encode(payload)) <= MAX_BYTES


def create(name: str, dest: ChatDestination, config: Config, *, environ: Mapping[str, str],
           transport: httpx.AsyncBaseTransport | None = None) -> ChatNotifier:
    return create_chat(GoogleChat(), name, dest, config, environ=environ, transport=transport)
