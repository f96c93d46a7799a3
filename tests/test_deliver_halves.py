"""A long digest's second half rendered by a forked child: every story in exactly one email,
in order, within the limits; the same emails as one process when no piece shrinks; a child
that fails costs only time."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from email import message_from_bytes, policy
from email.message import EmailMessage

import pytest
from digests import digest_of, many_rows, marker

from watcher.deliver import halves
from watcher.deliver.cut import take
from watcher.deliver.mime import MAX_HTML, build_emails, html_part
from watcher.models import Digest
from watcher.twocores import spare_core

TWO_CORES = spare_core()


def stories(digest: Digest) -> list[str]:
    return [e.item.title for g in digest.groups for e in g.entries]


def tagged(digest: Digest, size: int) -> Iterator[tuple[bytes, int, int]]:
    """Pieces of ``size`` stories as bytes naming the process and the stories in them."""
    rest: Digest | None = digest
    while rest is not None:
        piece, after = take(rest, size)
        titles = "|".join(stories(piece))
        yield f"{os.getpid()}:{titles}".encode(), piece.item_count, size
        rest = after


def test_halves_are_the_pieces_of_one_process_in_order() -> None:
    digest = digest_of(many_rows(230, long=False))
    got = halves.emails(digest, 10, tagged)
    alone = [(raw, n) for raw, n, _ in tagged(digest, 10)]
    mine = str(os.getpid()).encode()
    assert [raw.partition(b":")[2] for raw, _ in got] == \
        [raw.partition(b":")[2] for raw, _ in alone]
    assert [n for _, n in got] == [n for _, n in alone]
    pids = [raw.partition(b":")[0] for raw, _ in got]
    assert pids[:12] == [mine] * 12  # the first email, then half of the 22 left
    if TWO_CORES:
        assert set(pids[12:]) != {mine} and len(set(pids[12:])) == 1


def test_short_digest_stays_in_this_process() -> None:
    digest = digest_of(many_rows(40, long=False))
    got = halves.emails(digest, 10, tagged)
    assert {raw.partition(b":")[0] for raw, _ in got} == {str(os.getpid()).encode()}
    assert [n for _, n in got] == [10, 10, 10, 10]


@pytest.mark.parametrize("how", ["raises", "dies"])
def test_a_failing_child_costs_time_not_emails(how: str) -> None:
    """The child's half is rendered here instead, whether its render raised or the child
    was killed outright."""
    parent = os.getpid()

    def fragile(rest: Digest, size: int) -> Iterator[tuple[bytes, int, int]]:
        for raw, count, after in tagged(rest, size):
            if os.getpid() != parent:
                if how == "raises":
                    raise RuntimeError("a template bug in the child")
                os.kill(os.getpid(), 9)
            yield raw, count, after

    digest = digest_of(many_rows(230, long=False))
    got = halves.emails(digest, 10, fragile)
    assert got == [(raw, n) for raw, n, _ in tagged(digest, 10)]


def emails_of(raw: list[tuple[bytes, int]]) -> list[EmailMessage]:
    out = []
    for data, _ in raw:
        msg = message_from_bytes(data, policy=policy.SMTP)
        assert isinstance(msg, EmailMessage)
        out.append(msg)
    return out


def test_long_digest_emails_hold_every_story_once_within_the_limits() -> None:
    """Real emails: a digest whose pieces shrink under the HTML limit, cut in two halves."""
    digest = digest_of(many_rows(900))
    built = build_emails(digest, sender="w <w@example.org>", to=["desk@example.org"],
                         pattern="watcher: {count} new items", max_items=100)
    assert len(built) >= 2 * halves.MIN_PIECES
    seen: list[str] = []
    for n, msg in enumerate(emails_of(built), 1):
        html = html_part(msg)
        assert len(html.encode("utf-8")) <= MAX_HTML
        assert msg["Subject"] == f"watcher: 900 new items ({n}/{len(built)})"
        seen += re.findall(r"item-\d{4}", html)
    assert seen == [title.split()[0] for title in stories(digest)]
    assert sorted(seen) == [marker(i) for i in range(900)]
    assert sum(n for _, n in built) == 900
