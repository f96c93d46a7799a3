"""Logging set-up: human-readable lines by default, one JSON object per line on request.

Webhook URLs carry their token in the path (Slack, Discord, Teams...), and libraries log the
URLs they request (httpx at INFO, apprise at DEBUG). Every record therefore passes a
``Redactor`` on the handler before either formatter sees it: the secrets the config names
(registered by ``hide``) are replaced wherever they appear, message and traceback alike, and
any URL in an httpx line loses its path. Feed URLs elsewhere stay readable: they are what an
operator looks for in the log.
"""

from __future__ import annotations

import json
import logging
import re
import sys
import threading
from collections.abc import Iterable
from datetime import UTC, datetime
from urllib.parse import urlsplit

_URL = re.compile(r"""\b[a-z][a-z0-9+.-]*://[^\s"'<>]+""", re.IGNORECASE)
_MIN_SECRET = 6  # shorter values (a port, "none") would blank out ordinary words


class Redactor(logging.Filter):
    """Rewrites each record with every registered secret replaced by its redacted form."""

    def __init__(self) -> None:
        super().__init__()
        self._secrets: dict[str, str] = {}
        self._lock = threading.Lock()

    def hide(self, values: Iterable[str]) -> None:
        with self._lock:
            for value in values:
                for secret, shown in _forms(value):
                    self._secrets[secret] = shown

    def clean(self, text: str, *, all_urls: bool = False) -> str:
        if all_urls:
            from watcher.deliver.http import redact

            text = _URL.sub(lambda m: redact(m.group()), text)
        with self._lock:
            # Longest first: a full URL before the path it contains.
            for secret in sorted(self._secrets, key=len, reverse=True):
                text = text.replace(secret, self._secrets[secret])
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        all_urls = record.name.split(".")[0] in ("httpx", "httpcore")
        record.msg = self.clean(record.getMessage(), all_urls=all_urls)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.clean(record.exc_text, all_urls=all_urls)
        return True


def _forms(value: str) -> list[tuple[str, str]]:
    """The secret and what the log shows instead: for a URL also its path alone, which some
    libraries log without the host."""
    if len(value) < _MIN_SECRET:
        return []
    parts = urlsplit(value)
    try:
        parts.port  # noqa: B018  (raises for a port out of range, which redact would too)
    except ValueError:
        return [(value, "…")]
    if not parts.scheme or not parts.netloc:
        return [(value, "…")]
    if parts.scheme not in ("http", "https"):  # apprise: the "host" is often a token too
        return [(value, f"{parts.scheme}://…")]
    from watcher.deliver.http import redact

    forms = [(value, redact(value))]
    tail = value[value.index(parts.netloc) + len(parts.netloc):]
    if len(tail.strip("/")) >= _MIN_SECRET:
        forms.append((tail, "/…"))
    return forms


REDACTOR = Redactor()


def hide(values: Iterable[str]) -> None:
    """Never let these strings (webhook URLs, passwords, signing secrets) reach the log."""
    REDACTOR.hide(values)


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            entry["exception"] = record.exc_text
        return json.dumps(entry, ensure_ascii=False)


class TextFormatter(logging.Formatter):
    """One line per record: a message that spans lines (a list of config problems, a
    library's error) is joined, and a traceback is cut to its last line unless ``-vv`` asked
    for tracebacks, so `grep` and journald show each event once, whole."""

    def __init__(self, tracebacks: bool) -> None:
        super().__init__("%(asctime)s %(levelname)s %(message)s")
        self.tracebacks = tracebacks

    def format(self, record: logging.LogRecord) -> str:
        record.message = one_line(record.getMessage())
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        text = self.formatMessage(record)
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            if self.tracebacks:
                return f"{text}\n{record.exc_text}"
            last = record.exc_text.strip().splitlines()[-1]
            return f"{text} ({one_line(last)}; -vv shows the traceback)"
        return text


def one_line(text: str) -> str:
    return "; ".join(line.strip() for line in text.splitlines() if line.strip())


def setup(verbose: int, fmt: str) -> None:
    handler = logging.StreamHandler(sys.stderr)
    if fmt == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(TextFormatter(tracebacks=verbose > 1))
    handler.addFilter(REDACTOR)
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.DEBUG if verbose > 1 else logging.INFO if verbose else logging.WARNING)
    logging.getLogger("watcher").setLevel(logging.DEBUG if verbose > 1 else logging.INFO)
    for noisy in ("httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(logging.WARNING if verbose < 2 else logging.INFO)
    # APScheduler warns each time a tick is skipped because the previous one still runs;
    # for a poll of thousands of feeds that is expected, not news.
    logging.getLogger("apscheduler").setLevel(logging.ERROR if verbose < 2 else logging.INFO)
