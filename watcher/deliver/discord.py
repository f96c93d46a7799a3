"""Discord webhook: the header as ``content``, one embed per group chunk.

Limits (Discord's message reference): 10 embeds per message, 6,000 characters across all
embeds' titles, descriptions and footers, description 4,096, title 256, content 2,000.
Mentions are disabled so feed text cannot ping anyone.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from watcher.config import ChatDestination, Config
from watcher.deliver.chat import ChatNotifier, Payload, create_chat
from watcher.deliver.split import Chunk
from watcher.render import clip

MAX_EMBEDS = 10
MAX_TOTAL = 6000
MAX_DESCRIPTION = 4096
MAX_TITLE = 256
MAX_CONTENT = 2000
COLOUR = 0x24538F


class Discord:
    name = "discord"

    def payload(self, header: str, chunks: Sequence[Chunk[str]], footer: str | None) -> Payload:
        embeds: list[dict[str, Any]] = [
            {"title": clip(c.heading, MAX_TITLE), "description": "\n\n".join(c.entries),
             "color": COLOUR}
            for c in chunks
        ]
        content = header
        if footer and embeds:
            embeds[-1]["footer"] = {"text": footer}
        elif footer:
            content = f"{header}\n{footer}"
        return {"content": content, "embeds": embeds, "allowed_mentions": {"parse": []}}

    def fits(self, payload: Payload) -> bool:
        embeds = payload["embeds"]
        if len(embeds) > MAX_EMBEDS or len(payload["content"]) > MAX_CONTENT:
            return False
        total = 0
        for embed in embeds:
            if len(embed["description"]) > MAX_DESCRIPTION or len(embed["title"]) > MAX_TITLE:
                return False
            total += len(embed["title"]) + len(embed["description"])
            total += len(embed.get("footer", {}).get("text", ""))
        return total <= MAX_TOTAL


def create(name: str, dest: ChatDestination, config: Config, *, environ: Mapping[str, str],
           transport: httpx.AsyncBaseTransport | None = None) -> ChatNotifier:
    return create_chat(Discord(), name, dest, config, environ=environ, transport=transport)
