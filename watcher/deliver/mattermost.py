"""Mattermost incoming webhook: one markdown ``text`` under 16,383 characters.

Mattermost turns @channel, @here, @all and @username in a post into notifications; a
zero-width space after every @ keeps feed text from pinging anyone (it reads the same).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import httpx

from watcher.config import ChatDestination, Config
from watcher.deliver.chat import ChatNotifier, Payload, create_chat
from watcher.deliver.split import Chunk

MAX_TEXT = 16383
_MENTION = re.compile(r"@(?=[\w.-])")


def defuse_mentions(text: str) -> str:
    return _MENTION.sub("@\u200b", text)


class Mattermost:
    name = "mattermost"

    def payload(self, header: str, chunks: Sequence[Chunk[str]], footer: str | None) -> Payload:
        parts = [header]
        for chunk in chunks:
            parts.append(chunk.heading)
            parts.append("\n".join(chunk.entries))
        if footer:
            parts.append(f"_{footer}_")
        return {"text": defuse_mentions("\n\n".join(parts))}

    def fits(self, payload: Payload) -> bool:
        return len(payload["text"]) <= MAX_TEXT


def create(name: str, dest: ChatDestination, config: Config, *, environ: Mapping[str, str],
           transport: httpx.AsyncBaseTransport | None = None) -> ChatNotifier:
    return create_chat(Mattermost(), name, dest, config, environ=environ, transport=transport)
