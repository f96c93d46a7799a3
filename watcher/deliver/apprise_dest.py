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
from watcher.deliver.mime import subject_for
from watcher.errors import ConfigError, DeliveryError
from watcher.models import Digest
from watcher.render import render_text


@dataclass(frozen=True)
class AppriseNotifier:
    destination: str
    urls: tuple[str, ...]

    def render(self, digest: Digest) -> list[OutgoingMessage]:
        title = subject_for(digest, "watcher: {count} new items")
        body = f"{title}\n\n{render_text(digest)}".encode()
        return [OutgoingMessage(summary=f"apprise, {digest.item_count} items", body=body,
                                content_type="text/plain", item_count=digest.item_count)]

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
    return AppriseNotifier(name, dest.urls)
