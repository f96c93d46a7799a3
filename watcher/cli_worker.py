"""`watcher worker`: the scale-out mode's process (the logic lives in watcher.worker, which
alone imports procrastinate; this module only parses the options)."""

from __future__ import annotations

from pathlib import Path

import click

from watcher.cli_options import config_option, db_option, fail
from watcher.errors import WatcherError


@click.command("worker")
@config_option
@db_option
@click.option("--concurrency", default=4, show_default=True, type=click.IntRange(1, 64),
              help="Jobs (feed shards, destinations) this worker runs at once.")
@click.option("--tick", "tick_seconds", default=5, show_default=True,
              type=click.IntRange(1, 59), help="Seconds between the cluster's scheduling ticks.")
def worker_command(config_path: Path, db: str | None, concurrency: int,
                   tick_seconds: int) -> None:
    """Run one worker on a PostgreSQL state database (start any number, on any machines)."""
    try:
        from watcher import worker
    except ImportError as exc:
        raise click.ClickException(f"`watcher worker` needs the postgres extra "
                                   f"(pip install 'watcher[postgres]'): {exc}") from None
    try:
        worker.main(config_path, db, concurrency, tick_seconds)
    except WatcherError as exc:
        fail(exc)
