"""Options and error output shared by every `watcher` command module."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, NoReturn

import click

from watcher.errors import ConfigError, WatcherError

CONFIG_HELP = "Path to config.yaml (default: ./config.yaml)."
DB_HELP = "Path to the state database (default: storage.database from the config)."


def config_option(f: Any) -> Any:
    return click.option("--config", "config_path", default="config.yaml",
                        type=click.Path(path_type=Path), show_default=True, help=CONFIG_HELP)(f)


def db_option(f: Any) -> Any:
    return click.option("--db", "db", default=None, help=DB_HELP)(f)


def fail(exc: WatcherError) -> NoReturn:
    """Print the error (and every problem under it) to stderr and exit 1."""
    problems = exc.problems if isinstance(exc, ConfigError) else [str(exc)]
    click.echo(f"error: {exc}", err=True)
    if problems != [str(exc)]:
        for line in problems:
            click.echo(f"  {line}", err=True)
    sys.exit(1)
