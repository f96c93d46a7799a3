"""Mattermost incoming webhook: one markdown ``text`` under 16,383 characters."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import httpx

from watcher.config import ChatDestination, Config
from watcher.deliver.chat import ChatNotifier, Payload, create_chat
from watcher.deliver.split import Chunk

MAX_TEXT = 16383


class Mattermost:
    name = "mattermost"

    def payload(self, header: str, chunks: Sequence[Chunk[str]], footer: str | None) -> Payload:
        parts = [header]
        for chunk in chunks:
            parts.append(chunk.heading)
            parts.append("\n".join(chunk.entries))
        if footer:
            parts.append(f"_{footer}_")
        return {"text": "\n\n".join(parts)}

    def fits(self, payload: Payload) -> bool:
        return len(payload["text"]) <= MAX_TEXT


def create(name: str, dest: ChatDestination, config: Config, *, environ: Mapping[str, str],
           transport: httpx.AsyncBaseTransport | None = None) -> ChatNotifier:
    return create_chat(Mattermost(), name, dest, config, environ=environ, transport=transport)
