"""Microsoft Teams Workflows webhook: a message with one Adaptive Card attachment.

Teams rejects messages over 28 KB; we measure the encoded JSON and stay under 28,000 bytes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from watcher.config import ChatDestination, Config
from watcher.deliver.chat import ChatNotifier, Payload, create_chat, encode
from watcher.deliver.split import Chunk

MAX_BYTES = 28_000


def _block(text: str, **extra: Any) -> dict[str, Any]:
    return {"type": "TextBlock", "text": text, "wrap": True, **extra}


class Teams:
    name = "teams"

    def payload(self, header: str, chunks: Sequence[Chunk[str]], footer: str | None) -> Payload:
        body = [_block(header, size="Medium")]
        for chunk in chunks:
            body.append(_block(chunk.heading, spacing="Large", color="Accent"))
            body.extend(_block(text, separator=True) for text in chunk.entries)
        if footer:
            body.append(_block(footer, isSubtle=True, size="Small", spacing="Large"))
        card = {"$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
                "type": "AdaptiveCard", "version": "1.4", "body": body,
                "msteams": {"width": "Full"}}
        return {"type": "message", "attachments": [
            {"contentType": "application/vnd.microsoft.card.adaptive", "contentUrl": None,
             "content": card}]}

    def fits(self, payload: Payload) -> bool:
        return len(encode(payload)) <= MAX_BYTES


def create(name: str, dest: ChatDestination, config: Config, *, environ: Mapping[str, str],
           transport: httpx.AsyncBaseTransport | None = None) -> ChatNotifier:
    return create_chat(Teams(), name, dest, config, environ=environ, transport=transport)
