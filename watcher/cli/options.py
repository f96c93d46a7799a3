"""Options and output shared by every `watcher` command module, and the convention they follow.

A command function parses its options (click does most of it) and calls one function that
does the work: either it returns its text, which ``show`` prints, or it prints as it goes and
returns the exit code, which ``finish`` exits with. Every WatcherError goes through ``fail``:
one line (plus each problem) on stderr, exit 1.
The functions doing the work import the library inside their bodies, so that a command loads
only what it uses and `watcher --help` none of it (this package is also re-imported by every
parse worker the daemon spawns).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

import click

from watcher.errors import ConfigError, WatcherError

# True when this process is the `watcher` program itself (``program``), whose process ends
# with the command; False when ``main`` is called by a test in its own process.
ENDS_PROCESS = False

CONFIG_HELP = "Path to config.yaml (default: ./config.yaml)."
DB_HELP = "Path to the state database (default: storage.database from the config)."


def config_option(f: Any) -> Any:
    return click.option("--config", "config_path", default="config.yaml",
                        type=click.Path(path_type=Path), show_default=True, help=CONFIG_HELP)(f)


def db_option(f: Any) -> Any:
    return click.option("--db", "db", default=None, help=DB_HELP)(f)


def sub_config(f: Any) -> Any:
    """--config after the subcommand too (`watcher feeds add URL --config c.yaml`)."""
    return click.option("--config", "config_path", default=None,
                        type=click.Path(path_type=Path), help=CONFIG_HELP)(f)


def config_of(ctx: click.Context, given: Path | None) -> Path:
    """A subcommand's --config, else the one given to its group."""
    return given or ctx.obj["config_path"]


def show(produce: Callable[[], str], *, nl: bool = True) -> None:
    """Print the text ``produce`` makes, or its WatcherError (exit 1)."""
    try:
        text = produce()
    except WatcherError as exc:
        fail(exc)
    click.echo(text, nl=nl)


def finish(produce: Callable[[], int], *, closed: bool = False) -> NoReturn:
    """Exit with the code ``produce`` returns (it printed its own output), or print its
    WatcherError and exit 1.

    ``closed``: ``produce`` closed everything it opened (store, pool, connections), so the
    program may end without tearing the interpreter down: freeing every module's objects
    one by one took 50-80 ms after `run --once` had printed its summary, a twentieth of a
    steady poll that cron runs every few minutes."""
    try:
        code = produce()
    except WatcherError as exc:
        fail(exc)
    if closed and ENDS_PROCESS:
        _exit_now(code)
    sys.exit(code)


def _exit_now(code: int) -> None:
    """End the process with ``code`` once the log and the output are written out; if they
    cannot be, return, and the usual exit reports it."""
    import logging

    logging.shutdown()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        return
    os._exit(code)


def fail(exc: WatcherError) -> NoReturn:
    """Print the error (and every problem under it) to stderr and exit 1."""
    problems = exc.problems if isinstance(exc, ConfigError) else [str(exc)]
    click.echo(f"error: {exc}", err=True)
    if problems != [str(exc)]:
        for line in problems:
            click.echo(f"  {line}", err=True)
    sys.exit(1)
