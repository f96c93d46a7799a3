"""Result lines for a large JSON-lines input from every core, written in input order.

The parent reads the input in chunks of lines and hands them to forked worker processes;
each turns a chunk into its block of result lines with the matcher the parent compiled
before forking (inherited, not pickled, and frozen out of the collector's way so the
workers share its pages). Blocks are written in input order, so the output is byte for
byte what one process writes, and a bad line still stops the output right before it with
its line number. An input that ends within the first chunks is matched in this process:
a short command does not pay for starting workers.
"""

from __future__ import annotations

import gc
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import chain, islice
from typing import TYPE_CHECKING

from watcher.errors import WatcherError

if TYPE_CHECKING:
    from concurrent.futures import Future

# (input lines, number of the first) -> one result line per item; WatcherError names a bad line.
Work = Callable[[Iterable[str], int], Iterator[str]]

# Lines per task: pickling a chunk and its block is noise beside matching it (about 35 ms of
# one core), and the last chunks leave a core idle for no longer than that.
CHUNK = 500
IN_PROCESS_BELOW = 2000  # about 0.15 s of matching: below it, starting workers costs more
_BLOCK = 512  # result lines written at once in this process: click.echo flushed every line


def default_workers() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def blocks(lines: Iterable[str], work: Work, workers: int) -> Iterator[str]:
    """Text blocks holding the result line of every input line, in input order.

    A WatcherError from ``work`` is raised after the block holding every line before it."""
    rest = iter(lines)
    head = list(islice(rest, IN_PROCESS_BELOW))
    if workers <= 1 or len(head) < IN_PROCESS_BELOW or not hasattr(os, "fork"):
        yield from in_process(work(chain(head, rest), 1))
    else:
        yield from _forked(chain(head, rest), work, workers)


def in_process(results: Iterable[str]) -> Iterator[str]:
    """``results`` joined into blocks; what was produced comes out even if they fail."""
    block: list[str] = []
    try:
        for line in results:
            block.append(line)
            if len(block) >= _BLOCK:
                yield _text(block)
                block = []
    except Exception:
        if block:
            yield _text(block)
        raise
    if block:
        yield _text(block)


def _forked(lines: Iterable[str], work: Work, workers: int) -> Iterator[str]:
    # Imported here: every command loads this module, and only a large input needs a pool
    # (multiprocessing alone costs start-up time, and its resource tracker a process).
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # Freezing moves everything alive now (the compiled matcher above all) out of the
    # collector's generations: its passes in the workers neither walk nor touch those
    # pages, which therefore stay shared with the parent.
    gc.freeze()
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                               initializer=_install, initargs=(work,))
    # A few chunks ahead of the one being written keep every worker busy, and the memory
    # used stays bounded whatever the input's length (stdin may not end).
    pending: deque[Future[tuple[str, str | None]]] = deque()
    chunks = _chunks(lines)
    unreadable: Exception | None = None
    try:
        while True:
            try:
                first, chunk = next(chunks)
            except StopIteration:
                break
            except Exception as exc:  # the input itself failed (not UTF-8): as in one
                unreadable = exc  # process, what was read before is written first
                break
            pending.append(pool.submit(_run, chunk, first))
            if len(pending) > 2 * workers:
                yield from _written(pending.popleft())
        while pending:
            yield from _written(pending.popleft())
        if unreadable is not None:
            raise unreadable
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        gc.unfreeze()


def _chunks(lines: Iterable[str]) -> Iterator[tuple[int, list[str]]]:
    """(number of the first line, lines) for consecutive CHUNKs of ``lines``."""
    chunk: list[str] = []
    first = 1
    try:
        for line in lines:
            chunk.append(line)
            if len(chunk) == CHUNK:
                yield first, chunk
                first, chunk = first + CHUNK, []
    except Exception:
        if chunk:  # the lines read before the input failed are still matched
            yield first, chunk
        raise
    if chunk:
        yield first, chunk


def _written(future: Future[tuple[str, str | None]]) -> Iterator[str]:
    text, error = future.result()
    if text:
        yield text
    if error is not None:
        raise WatcherError(error)


_work: Work | None = None  # set in each worker by the pool's initializer


def _install(work: Work) -> None:
    global _work
    _work = work


def _run(lines: list[str], first: int) -> tuple[str, str | None]:
    """In a worker: the chunk's block of result lines, and the error that cut it short."""
    assert _work is not None
    done: list[str] = []
    try:
        for line in _work(lines, first):
            done.append(line)
    except WatcherError as exc:
        return _text(done), str(exc)
    return _text(done), None


def _text(lines: list[str]) -> str:
    return "\n".join(lines) + "\n" if lines else ""
