"""File destination, the embedded default: each digest as .eml and .html in a folder.

The .eml is the same MIME email the email destination would send; the .html is its HTML
part, for a browser. Names come from the window end and the idempotency key, so a retry
overwrites its own earlier attempt instead of adding a duplicate; writes are atomic.
"""

from __future__ import annotations

import asyncio
import os
import re
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import TYPE_CHECKING

from watcher.config import Config, FileDestination
from watcher.deliver import OutgoingMessage
from watcher.deliver.mime import (
    DEFAULT_FROM,
    build_emails,
    email_messages,
    light_html_part,
    stamped_bytes,
)
from watcher.errors import DeliveryError
from watcher.models import Digest

if TYPE_CHECKING:
    import httpx  # the file destination makes no request: only the factories' signature


def atomic_write(path: Path, data: bytes) -> None:
    """Write to a temporary file in the same folder, then rename over the target."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def file_stem(destination: str, window_end: str, key: str) -> str:
    """digest-<dest>-<YYYYmmddTHHMMZ>-<key>: sortable by time, unique per delivery row."""
    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", f"{destination}-{window_end}-{key}")
    return f"digest-{safe}"


@dataclass(frozen=True)
class FileNotifier:
    destination: str
    folder: Path
    sender: str
    template: Path | None = None
    max_items: int = 100  # stories per file; a window holding more is several files
    content: str = "snippet"

    def render(self, digest: Digest) -> list[OutgoingMessage]:
        digest = replace(digest, content=self.content)
        emails = build_emails(digest, sender=self.sender, to=[self.sender],
                              pattern="watcher: {count} new items",
                              max_items=self.max_items, template=self.template)
        return email_messages("file digest", emails)

    async def deliver(self, message: OutgoingMessage, idempotency_key: str) -> None:
        if message.raw_email is None:
            raise DeliveryError(f"destination {self.destination!r}: message has no email",
                                permanent=True)
        eml, msg = stamped_bytes(message.raw_email, idempotency_key)
        end = parsedate_to_datetime(str(msg["Date"])).astimezone(UTC).strftime("%Y%m%dT%H%MZ")
        stem = file_stem(self.destination, end, idempotency_key)
        # The two files are written side by side, each by its own thread: most of a write
        # is waiting for its fsync, and the disk commits two waiting at once about as fast
        # as one (a first poll's 109 messages: about 0.9 s of waiting, one after the other).
        # The message counts as delivered once both are on disk; a failure of either is
        # the message's failure, raised once neither write is still under way.
        done = await asyncio.gather(
            asyncio.to_thread(self._write, self.folder / f"{stem}.eml", eml),
            asyncio.to_thread(self._write, self.folder / f"{stem}.html",
                              light_html_part(msg).encode("utf-8")),
            return_exceptions=True)
        for failure in done:
            if failure is not None:
                raise failure

    def _write(self, path: Path, data: bytes) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            atomic_write(path, data)
        except OSError as exc:
            raise DeliveryError(f"destination {self.destination!r}: cannot write to "
                                f"{self.folder}: {exc.strerror or exc}") from None


def create(name: str, dest: FileDestination, config: Config, *, environ: Mapping[str, str],
           transport: httpx.AsyncBaseTransport | None = None) -> FileNotifier:
    sender = config.smtp.from_ if config.smtp else DEFAULT_FROM
    template = config.resolve(dest.template) if dest.template else None
    return FileNotifier(name, config.resolve(dest.path), sender, template, dest.max_items,
                        dest.content)
