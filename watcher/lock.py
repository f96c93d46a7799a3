"""One running watcher per database.

The daemon and `watcher run --once` hold an exclusive lock on ``<database>.lock`` while they
poll and deliver, so two of them can never send the same outbox window. The kernel drops
the lock when the process dies, SIGKILL included, so a crash never leaves it stale.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from watcher.errors import WatcherError


@contextmanager
def exclusive(database: Path) -> Iterator[None]:
    path = database.with_name(database.name + ".lock")
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode(errors="replace").strip() or "unknown"
            raise WatcherError(
                f"another watcher (pid {holder}) is already running with the database "
                f"{database}; stop it, or give this one its own --db") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        yield
    finally:
        os.close(fd)
