"""Apprise destination (optional extra ``watcher[apprise]``): the long tail of services.

The digest goes out as the plain-text rendering, one notification per Apprise URL set.
Apprise reports only success or failure, so every failure is treated as transient.
"""

from __future__ import annotations

import asyncio
import importlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from watcher.config import AppriseDestination, Config
from watcher.deliver import OutgoingMessage
from watcher.deliver.cut import clean, split
from watcher.deliver.mime import subject_for
from watcher.errors import ConfigError, DeliveryError
from watcher.models import Digest
from watcher.render import render_text


@dataclass(frozen=True)
class AppriseNotifier:
    destination: str
    urls: tuple[str, ...]
    max_items: int = 100  # stories per notification; a window holding more is several

    def render(self, digest: Digest) -> list[OutgoingMessage]:
        digest = clean(digest)
        pieces = split(digest, self.max_items)
        out = []
        for i, piece in enumerate(pieces):
            title = subject_for(digest, "watcher: {count} new items")
            if len(pieces) > 1:
                title += f" ({i + 1}/{len(pieces)})"
            body = f"{title}\n\n{render_text(piece)}".encode()
            out.append(OutgoingMessage(summary=f"apprise, {piece.item_count} items", body=body,
                                       content_type="text/plain", item_count=piece.item_count))
        return out

    async def deliver(self, message: OutgoingMessage, idempotency_key: str) -> None:
        apprise: Any = importlib.import_module("apprise")
        title, _, body = message.body.decode("utf-8").partition("\n\n")
        notifier: Any = apprise.Apprise()
        for url in self.urls:
            notifier.add(url)
        ok = await asyncio.to_thread(notifier.notify, body=body, title=title)
        if not ok:
            raise DeliveryError(f"destination {self.destination!r}: apprise could not notify "
                                f"every service ({len(self.urls)} URL(s))")


def create(name: str, dest: AppriseDestination, config: Config, *, environ: Mapping[str, str],
           transport: httpx.AsyncBaseTransport | None = None) -> AppriseNotifier:
    try:
        importlib.import_module("apprise")
    except ImportError:
        raise ConfigError(f"destinations.{name}: type apprise needs the optional dependency "
                          "(pip install 'watcher[apprise]')") from None
    return AppriseNotifier(name, dest.urls, dest.max_items)
