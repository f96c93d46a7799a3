"""Half of a long job in a forked child: the same results as one process, in order, and a
child that fails or dies costs time, never a result."""

from __future__ import annotations

import os
import signal
from dataclasses import replace
from pathlib import Path

import pytest
from digests import digest_of, many_rows

from watcher.digest import SNIPPETS_IN_TWO, with_snippet
from watcher.models import TermHit
from watcher.rows import PendingSnippet
from watcher.twocores import map_halves, spare_core


def test_second_half_comes_from_a_child_in_order() -> None:
    parent = os.getpid()
    got = map_halves(lambda n: (n * n, os.getpid()), range(101), least=10)
    assert [square for square, _ in got] == [n * n for n in range(101)]
    assert {pid for _, pid in got[:50]} == {parent}
    if spare_core():
        assert parent not in {pid for _, pid in got[50:]}


def test_few_values_stay_in_this_process() -> None:
    got = map_halves(lambda _: os.getpid(), range(9), least=10)
    assert set(got) == {os.getpid()}


@pytest.mark.parametrize("how", ["raises", "dies"])
def test_a_failing_child_costs_time_not_results(how: str) -> None:
    parent = os.getpid()

    def fragile(n: int) -> int:
        if os.getpid() != parent:
            if how == "raises":
                raise RuntimeError("a bug that shows only in the child")
            os.kill(os.getpid(), signal.SIGKILL)
        return n + 1

    assert map_halves(fragile, range(40), least=10) == list(range(1, 41))


def test_a_long_digest_cuts_each_snippet_as_one_process_would() -> None:
    """Stories past the threshold: the snippets cut on both sides of the split are the ones
    with_snippet cuts for each story."""
    term = TermHit("defect*", ("title", "summary"), 1)
    rows = [(it, replace(m, terms=(term,), snippet=PendingSnippet("", (), (0,))))
            for it, m in many_rows(SNIPPETS_IN_TWO + 200, long=False)]
    pending = {it.title: m for it, m in rows}
    digest = digest_of(rows)
    entries = [e for g in digest.groups for e in g.entries]
    assert len(entries) == len(rows)
    for e in entries:
        assert not isinstance(e.match.snippet, PendingSnippet)
        assert e.match.snippet == with_snippet(pending[e.item.title], e.item).snippet
    assert any(e.match.snippet.highlights for e in entries)


def test_a_stuck_child_is_killed_and_its_half_done_here() -> None:
    """A child that never finishes (say, a lock held at the fork) holds the digest up only
    for the patience given, then is killed; every result still comes, from this process."""
    import time

    parent = os.getpid()

    def stuck_in_child(n: int) -> int:
        if os.getpid() != parent:
            time.sleep(600)
        return n * 3

    def children() -> set[str]:
        return {pid for task in Path("/proc/self/task").iterdir()
                for pid in (task / "children").read_text().split()}

    before = children()
    started = time.monotonic()
    got = map_halves(stuck_in_child, range(40), least=10, patience=lambda _took: 0.5)
    assert got == [n * 3 for n in range(40)]
    assert time.monotonic() - started < 10
    assert children() <= before  # the stuck child was killed and reaped
