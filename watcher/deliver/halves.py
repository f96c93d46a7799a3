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

The child is a fork (``watcher.twocores``): it inherits the digest rather than receiving
a copy, and hands its emails back through a temporary file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from watcher.deliver.cut import take
from watcher.models import Digest
from watcher.twocores import beside, spare_core

# Emails (their bytes, their stories) rendered from a digest, starting with pieces of the
# given number of stories; each with the size the pieces after it start from.
Render = Callable[[Digest, int], Iterator[tuple[bytes, int, int]]]

MIN_PIECES = 6  # fewer: the child's start (tens of ms of forking) is not worth it


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
    if count < MIN_PIECES or not spare_core():
        return [(raw, done), *((r, n) for r, n, _ in pieces)]
    rest = take(digest, done)[1]
    assert rest is not None  # count > 0 stories are left
    head, tail = take(rest, count // 2 * size)
    assert tail is not None  # count // 2 pieces of size leave the last ones at least
    ours, theirs = beside(_numbered(_emails_of(render, tail, size)),
                          lambda: [(raw, done), *_emails_of(render, head, size)()])
    if theirs is None:
        return ours + list(_emails_of(render, tail, size)())
    return ours + [(raw, count) for count, raw in theirs]


def _emails_of(render: Render, digest: Digest, size: int
               ) -> Callable[[], Iterator[tuple[bytes, int]]]:
    def work() -> Iterator[tuple[bytes, int]]:
        for raw, count, _ in render(digest, size):
            yield raw, count
    return work


def _numbered(emails: Callable[[], Iterator[tuple[bytes, int]]]
              ) -> Callable[[], Iterator[tuple[int, bytes]]]:
    """The child's frames: each email's stories, then its bytes."""
    def work() -> Iterator[tuple[int, bytes]]:
        for raw, count in emails():
            yield count, raw
    return work
