"""One running watcher per database.

The daemon and `watcher run --once` hold an exclusive lock while they poll and deliver, so
two of them can never send the same outbox window. The lock is taken on the database file
itself (flock, which does not meet SQLite's own fcntl locks), so every name that reaches the
same file — a symlink, a hard link, a relative path — meets the same lock. The holder's pid
is written beside the real file, in ``<database>.lock``, for the message a second watcher
prints. The kernel drops the lock when the process dies, SIGKILL included, so a crash never
leaves it stale.

The descriptor stays open until every connection to the database is closed: closing any
descriptor of a file drops the process's fcntl locks on it, SQLite's included. (On NFS,
where Linux emulates flock with fcntl locks, this lock and SQLite's would mix; SQLite itself
advises against NFS for a database written by a daemon.)
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from watcher.errors import StoreError, WatcherError


def _open(path: Path, what: str) -> int:
    """Open (creating) ``path`` read-write; StoreError in one line naming the path and cause."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot create the folder {exc.filename or path.parent} for the "
                         f"{what}: {exc.strerror or exc}") from None
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise StoreError(f"cannot open the {what} {path} for writing: "
                         f"{exc.strerror or exc}") from None


@contextmanager
def exclusive(database: Path) -> Iterator[None]:
    real = database.resolve()
    fd = _open(real, "database")
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise WatcherError(
                f"another watcher (pid {_holder(fd, real)}) is already running with the database "
                f"{real}; stop it, or give this one its own --db") from None
        pid_fd = _open(real.with_name(real.name + ".lock"), "lock file")
        try:
            os.ftruncate(pid_fd, 0)
            os.pwrite(pid_fd, str(os.getpid()).encode(), 0)
        finally:
            os.close(pid_fd)
        yield
    finally:
        os.close(fd)


def _holder(fd: int, real: Path) -> str:
    """The pid holding the lock: from the kernel's table of locks where there is one (right
    even when the holder wrote its pid file beside another hard link), else the pid file."""
    st = os.fstat(fd)
    inode = f"{os.major(st.st_dev):02x}:{os.minor(st.st_dev):02x}:{st.st_ino}"
    try:
        with open("/proc/locks", encoding="ascii") as table:
            for line in table:
                fields = line.split()
                if len(fields) > 5 and fields[1] == "FLOCK" and fields[5] == inode:
                    return fields[4]
    except OSError:
        pass
    try:
        return real.with_name(real.name + ".lock").read_text().strip() or "unknown"
    except OSError:
        return "unknown"


def holder(database: Path) -> str | None:
    """The pid of the watcher running on ``database`` (as text), or None when none is; only
    looks: neither creates the file nor keeps a lock. Call it before opening the database in
    this process (closing the probe would drop SQLite's locks on the same file)."""
    try:
        fd = os.open(database.resolve(), os.O_RDONLY)
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return _holder(fd, database.resolve())
    finally:
        os.close(fd)
    return None
