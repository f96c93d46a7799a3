"""Slack incoming webhook: Block Kit sections in mrkdwn.

Limits (Slack's Block Kit reference): at most 50 blocks per message and 3,000 characters in a
section's text. Feed text is escaped for & < > by the template filters.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from watcher.config import ChatDestination, Config
from watcher.deliver.chat import ChatNotifier, Payload, create_chat
from watcher.deliver.split import Chunk

MAX_BLOCKS = 50
MAX_SECTION = 3000


def _section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


class Slack:
    name = "slack"

    def payload(self, header: str, chunks: Sequence[Chunk[str]], footer: str | None) -> Payload:
        blocks = [_section(header)]
        for chunk in chunks:
            blocks.append(_section(chunk.heading))
            blocks.extend(_section(text) for text in chunk.entries)
        if footer:
            blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": footer}]})
        return {"text": header, "blocks": blocks, "unfurl_links": False}

    def fits(self, payload: Payload) -> bool:
        blocks = payload["blocks"]
        if len(blocks) > MAX_BLOCKS or len(payload["text"]) > MAX_SECTION:
            return False
        return all(len(b["text"]["text"]) <= MAX_SECTION for b in blocks if "text" in b) and \
            all(len(e["text"]) <= MAX_SECTION for b in blocks for e in b.get("elements", ()))


def create(name: str, dest: ChatDestination, config: Config, *, environ: Mapping[str, str],
           transport: httpx.AsyncBaseTransport | None = None) -> ChatNotifier:
    return create_chat(Slack(), name, dest, config, environ=environ, transport=transport)
