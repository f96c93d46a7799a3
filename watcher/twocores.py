"""Half of a long job in a forked child, on the core that is idle after polling.

After a first poll the parse workers exit and the digest (snippets, templates, CSS
inlining, MIME) ran on one core while the other stood idle. Its long steps are pure
functions of what this process holds, so a forked child can do half of one while this
process does the other half: the child inherits the inputs instead of receiving a copy,
and sends back bytes through an unnamed temporary file (so neither process holds them
twice). A child that fails, or cannot start, costs time only: the caller does its half
itself.

Fork, not spawn, although this process has threads (the event loop's executor, SQLite):
the child computes only (no store, no network, no event loop), never touches what those
threads hold, and leaves with ``_exit``.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import pickle
import random
import signal
import struct
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from typing import IO, TypeVar

log = logging.getLogger("watcher")

T = TypeVar("T")
R = TypeVar("R")

_FRAME = struct.Struct("<QQ")  # a number, then the length of the bytes that follow
# A child's half is about as long as the parent's: waiting four times as long (and at least
# 30 s) tells a slow machine from a stuck child.
PATIENCE_FACTOR = 4.0
PATIENCE_FLOOR = 30.0


def spare_core() -> bool:
    """There is a second core to fork a child onto."""
    if not hasattr(os, "fork"):
        return False
    try:
        return len(os.sched_getaffinity(0)) > 1
    except AttributeError:  # not on Linux
        return (os.cpu_count() or 1) > 1


class Child:
    """A forked child writing (number, bytes) frames, read once it has exited."""

    def __init__(self, pid: int, file: IO[bytes]) -> None:
        self.pid = pid
        self.file = file
        self.reaped = False

    @classmethod
    def start(cls, work: Callable[[], Iterable[tuple[int, bytes]]]) -> Child | None:
        file = tempfile.TemporaryFile()  # noqa: SIM115 (closed by stop, after the child)
        try:
            pid = os.fork()
        except OSError as exc:  # no memory or processes to spare: the caller does it all
            log.debug("no second process: %s", exc)
            file.close()
            return None
        if pid == 0:  # pragma: no cover (the child's coverage is not collected)
            _run(work, file)
        return cls(pid, file)

    def frames(self, patience: float) -> list[tuple[int, bytes]] | None:
        """What the child wrote, once it has exited; None if it failed, or if it is still
        at work ``patience`` seconds from now.

        A child stuck for good (a lock some thread of this process held at the fork, which
        no thread of the child will ever release) must not hold the digest up: the daemon
        would send nothing more. ``stop`` kills it and the caller does its half."""
        deadline = time.monotonic() + patience
        pause = 0.001
        while True:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() >= deadline:
                log.warning("a second process was still at work after %.0f s; doing its "
                            "half here", patience)
                return None
            time.sleep(pause)
            pause = min(pause * 2, 0.05)
        self.reaped = True
        if not os.WIFEXITED(status) or os.WEXITSTATUS(status) != 0:
            log.warning("a second process failed (wait status %d); doing its half here",
                        status)
            return None
        self.file.seek(0)
        out: list[tuple[int, bytes]] = []
        while head := self.file.read(_FRAME.size):
            number, length = _FRAME.unpack(head)
            out.append((number, self.file.read(length)))
        return out

    def stop(self) -> None:
        """Ends the child if it still runs (what it writes is not wanted), and reaps it."""
        if not self.reaped:
            with contextlib.suppress(ProcessLookupError):  # it exited already
                os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
            self.reaped = True
        self.file.close()


def patience_after(own_seconds: float) -> float:
    """How long to wait for a child whose half is about as long as the ``own_seconds`` this
    process took for its own: several times that (the machine may be busy), at least
    PATIENCE_FLOOR."""
    return max(PATIENCE_FLOOR, PATIENCE_FACTOR * own_seconds)


def beside(theirs: Callable[[], Iterable[tuple[int, bytes]]], ours: Callable[[], T], *,
           patience: Callable[[float], float] = patience_after,
           ) -> tuple[T, list[tuple[int, bytes]] | None]:
    """``ours()`` here while a forked child runs ``theirs``: (what ours returned, the
    child's frames, or None when it could not start, failed, or was still at work
    ``patience(seconds ours took)`` after ours was done)."""
    child = Child.start(theirs)
    try:
        started = time.monotonic()
        mine = ours()
        took = time.monotonic() - started
        return mine, child.frames(patience(took)) if child is not None else None
    finally:
        if child is not None:
            child.stop()


def map_halves(fn: Callable[[T], R], values: Sequence[T], *, least: int,
               patience: Callable[[float], float] = patience_after) -> list[R]:
    """``[fn(v) for v in values]``, the second half computed by a forked child when there
    are at least ``least`` values (and a core to spare). ``fn`` must be pure and its
    results picklable. The child is given ``patience(seconds this process took)`` more
    seconds once this process is done with its half."""
    if len(values) < least or not spare_core():
        return [fn(v) for v in values]
    half = len(values) // 2
    ours, theirs = beside(
        lambda: [(0, pickle.dumps([fn(v) for v in values[half:]], pickle.HIGHEST_PROTOCOL))],
        lambda: [fn(v) for v in values[:half]], patience=patience)
    if theirs is None:
        return ours + [fn(v) for v in values[half:]]
    rest: list[R] = pickle.loads(theirs[0][1])  # written by our own child
    return ours + rest


def _run(work: Callable[[], Iterable[tuple[int, bytes]]],
         file: IO[bytes]) -> None:  # pragma: no cover (runs in the child)
    code = 1
    try:
        # The parent's signal handlers write to its event loop's wake-up socket: a signal
        # for this process must end it, not reach the parent's loop as its own.
        signal.set_wakeup_fd(-1)
        for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
            signal.signal(sig, signal.SIG_DFL)
        # What was alive at the fork stays out of the collector's passes, so the child
        # neither walks nor copies the parent's pages; and MIME boundaries of its own.
        gc.freeze()
        random.seed()
        for number, data in work():
            file.write(_FRAME.pack(number, len(data)))
            file.write(data)
        file.flush()
        code = 0
    except BaseException:  # the parent does this half itself; nothing to report here
        code = 1
    finally:
        os._exit(code)
