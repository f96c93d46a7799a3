"""Destinations: one Protocol, one module per kind, a registry keyed by the config ``type``.

The pipeline calls ``render(digest)`` once, then ``deliver(parts[i], f"{digest_id}-{i}")``
for each part in order, recording progress between parts. ``render`` is pure and splits a
digest to the platform's limits without dropping items; ``deliver`` does the I/O and raises
DeliveryError (``retry_after``, ``permanent``) when the destination does not take the part.
The idempotency key is stable across retries, so the webhook-id header and the email
Message-ID derived from it let a receiver drop duplicates.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from watcher.config import Config
from watcher.errors import ConfigError
from watcher.models import Digest

# httpx (for the chat and webhook kinds) and the email package are imported by what uses
# them: a file destination's cycle with nothing to send needs neither.
if TYPE_CHECKING:
    from email.message import EmailMessage

    import httpx


@dataclass(frozen=True)
class OutgoingMessage:
    """One message on the wire: an HTTP body, or an email."""

    summary: str  # short, for logs: "slack part 2/3, 48 items"
    body: bytes = b""
    content_type: str = "application/json"
    # An email as it goes on the wire. Kept as bytes, not an EmailMessage, which holds
    # about twice as much (a window of 121 emails: 13 MB as bytes, 26 MB as messages).
    raw_email: bytes | None = None
    item_count: int = 0

    @property
    def email(self) -> EmailMessage | None:
        """The email, parsed anew on each use (a send, a preview)."""
        if self.raw_email is None:
            return None
        from email import message_from_bytes
        from email.message import EmailMessage
        from email.policy import SMTP

        return message_from_bytes(self.raw_email, _class=EmailMessage, policy=SMTP)

    def to_row(self) -> dict[str, Any]:
        """The columns that keep this message in the outbox (see Store.save_parts)."""
        return {"summary": self.summary, "body": self.body, "content_type": self.content_type,
                "email": self.raw_email, "item_count": self.item_count}

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> OutgoingMessage:
        return cls(row["summary"], row["body"], row["content_type"], row["email"],
                   row["item_count"])

    def preview(self) -> str:
        """What ``watcher preview`` prints: the email source, or the pretty-printed JSON."""
        message = self.email
        if message is not None:
            return message.as_string()
        if self.content_type.startswith("application/json"):
            return json.dumps(json.loads(self.body), indent=2, ensure_ascii=False)
        return self.body.decode("utf-8", "replace")


class Notifier(Protocol):
    def render(self, digest: Digest) -> list[OutgoingMessage]: ...

    async def deliver(self, message: OutgoingMessage, idempotency_key: str) -> None: ...


Factory = Callable[..., Notifier]
_REGISTRY: dict[str, str] = {
    "file": "watcher.deliver.file",
    "email": "watcher.deliver.email",
    "slack": "watcher.deliver.slack",
    "discord": "watcher.deliver.discord",
    "teams": "watcher.deliver.teams",
    "mattermost": "watcher.deliver.mattermost",
    "googlechat": "watcher.deliver.googlechat",
    "webhook": "watcher.deliver.webhook",
    "apprise": "watcher.deliver.apprise_dest",
}


def build_notifier(
    name: str,
    dest: Any,
    config: Config,
    *,
    environ: Mapping[str, str],
    transport: httpx.AsyncBaseTransport | None = None,
) -> Notifier:
    """The notifier for destination ``name``; each module exposes ``create(...)``."""
    import importlib

    module_name = _REGISTRY.get(dest.type)
    if module_name is None:
        raise ConfigError(f"destinations.{name}.type: no notifier for {dest.type!r}")
    module = importlib.import_module(module_name)
    create: Factory = module.create
    return create(name, dest, config, environ=environ, transport=transport)
