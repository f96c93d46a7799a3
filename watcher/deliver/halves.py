"""A long digest's emails from two cores: a forked child renders the second half.

Rendering is the one long job left after polling (a first poll's 7,000-story digest is
some 130 emails: templates, CSS inlining, MIME), and it ran on one core while the other
stood idle, the parse workers having exited.

Emails are cut one after another, and a piece over the HTML limit shrinks the pieces after
it, so where the second half would start in one process is known only once the first half
is rendered. The halves are therefore cut apart first: after the first email (where the
size of the pieces settles, when the first guess was too large), at a whole number of
pieces of that size. This process renders the first half, the child the second, each
shrinking its own pieces as needed. When no piece shrinks after the first, the emails are
the ones a single process writes; when some do, the first half's last email may come out
shorter, one email more in all. Every story is still in exactly one email, in order. A
child that fails costs time only: its half is rendered here.

Fork, not spawn: the child needs the digest, and inherits it instead of receiving a copy.
The child renders only (no store, no network, no event loop) and leaves with ``_exit``,
so the threads and connections it inherits are never used. Its emails come back through
an unnamed temporary file, so neither process holds them twice.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import random
import signal
import struct
import tempfile
from collections.abc import Callable, Iterable, Iterator
from typing import IO

from watcher.deliver.cut import take
from watcher.models import Digest

log = logging.getLogger("watcher")

# Emails (their bytes, their stories) rendered from a digest, starting with pieces of the
# given number of stories; each with the size the pieces after it start from.
Render = Callable[[Digest, int], Iterator[tuple[bytes, int, int]]]

MIN_PIECES = 6  # fewer: the child's start (tens of ms of forking) is not worth it
_FRAME = struct.Struct("<QQ")  # stories, then length of the email's bytes


def emails(digest: Digest, size: int, render: Render) -> list[tuple[bytes, int]]:
    """Every email of ``digest`` (bytes, stories in it), in order, pieces of at most
    ``size`` stories to begin with; when the digest is long, the second half's emails
    come from a forked child."""
    pieces = render(digest, size)
    first = next(pieces, None)
    if first is None:
        return []
    raw, done, size = first  # the first piece is where the size settles, if it shrinks
    count = -(-(digest.item_count - done) // size)
    if count < MIN_PIECES or not _two_cores():
        return [(raw, done), *((r, n) for r, n, _ in pieces)]
    rest = take(digest, done)[1]
    assert rest is not None  # count > 0 stories are left
    head, tail = take(rest, count // 2 * size)
    assert tail is not None  # count // 2 pieces of size leave the last ones at least
    child = _Child.start(_emails_of(render, tail, size))
    theirs = None
    try:
        ours = [(raw, done), *_emails_of(render, head, size)()]
        theirs = child.emails() if child is not None else None
    finally:
        if child is not None:
            child.stop()
    return ours + (theirs if theirs is not None else list(_emails_of(render, tail, size)()))


def _two_cores() -> bool:
    if not hasattr(os, "fork"):
        return False
    try:
        return len(os.sched_getaffinity(0)) > 1
    except AttributeError:  # not on Linux
        return (os.cpu_count() or 1) > 1


def _emails_of(render: Render, digest: Digest, size: int
               ) -> Callable[[], Iterator[tuple[bytes, int]]]:
    def work() -> Iterator[tuple[bytes, int]]:
        for raw, count, _ in render(digest, size):
            yield raw, count
    return work


class _Child:
    def __init__(self, pid: int, file: IO[bytes]) -> None:
        self.pid = pid
        self.file = file
        self.status: int | None = None

    @classmethod
    def start(cls, work: Callable[[], Iterable[tuple[bytes, int]]]) -> _Child | None:
        file = tempfile.TemporaryFile()  # noqa: SIM115 (closed by stop, after the child)
        try:
            pid = os.fork()
        except OSError as exc:  # no memory or processes to spare: render in one process
            log.debug("no second process for the digest: %s", exc)
            file.close()
            return None
        if pid == 0:  # pragma: no cover (the child's coverage is not collected)
            _run_child(work, file)
        return cls(pid, file)

    def emails(self) -> list[tuple[bytes, int]] | None:
        """The child's emails once it has exited, None if it failed."""
        _, status = os.waitpid(self.pid, 0)
        self.status = status
        if not os.WIFEXITED(status) or os.WEXITSTATUS(status) != 0:
            log.warning("the digest's second process failed (status %d); rendering its "
                        "half here", status)
            return None
        self.file.seek(0)
        out: list[tuple[bytes, int]] = []
        while head := self.file.read(_FRAME.size):
            count, length = _FRAME.unpack(head)
            out.append((self.file.read(length), count))
        return out

    def stop(self) -> None:
        """Ends the child if it still runs (its emails are not wanted), and reaps it."""
        if self.status is None:
            with contextlib.suppress(ProcessLookupError):  # it exited already
                os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
            self.status = -1
        self.file.close()


def _run_child(work: Callable[[], Iterable[tuple[bytes, int]]],
               file: IO[bytes]) -> None:  # pragma: no cover (runs in the child)
    code = 1
    try:
        # The parent's signal handlers write to its event loop's wake-up socket: a signal
        # for this process must end it, not reach the parent's loop as its own.
        signal.set_wakeup_fd(-1)
        for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
            signal.signal(sig, signal.SIG_DFL)
        # What was alive at the fork stays out of the collector's passes, so the child
        # neither walks nor copies the parent's pages; and its own MIME boundaries.
        gc.freeze()
        random.seed()
        for raw, count in work():
            file.write(_FRAME.pack(count, len(raw)))
            file.write(raw)
        file.flush()
        code = 0
    except BaseException:  # the parent renders this half itself; nothing to report here
        code = 1
    finally:
        os._exit(code)
