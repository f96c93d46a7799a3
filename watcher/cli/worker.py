"""`watcher worker`: the scale-out mode's process (the logic lives in watcher.worker, which
alone imports procrastinate; this module only parses the options)."""

from __future__ import annotations

from pathlib import Path

import click

from watcher.cli.options import config_option, db_option, fail
from watcher.errors import WatcherError


@click.command("worker")
@config_option
@db_option
@click.option("--concurrency", default=4, show_default=True, type=click.IntRange(1, 64),
              help="Jobs (feed shards, destinations) this worker runs at once.")
@click.option("--tick", default=5, show_default=True, type=click.IntRange(1, 59),
              help="Seconds between the cluster's scheduling ticks.")
@click.option("--lease", default=300.0, show_default=True, type=click.FloatRange(1),
              help="Seconds a claim on a feed lasts (longer than any poll takes).")
@click.option("--stalled-after", default=30.0, show_default=True, type=click.FloatRange(1),
              help="Seconds without a heartbeat before a worker's jobs are put back.")
def worker_command(config_path: Path, db: str | None, concurrency: int, tick: int,
                   lease: float, stalled_after: float) -> None:
    """Run one worker on a PostgreSQL state database (start any number, on any machines)."""
    try:
        from watcher import worker
    except ImportError as exc:
        raise click.ClickException(f"`watcher worker` needs the postgres extra "
                                   f"(pip install 'watcher[postgres]'): {exc}") from None
    try:
        worker.main(config_path, db, concurrency, worker.Timing(tick, lease, stalled_after))
    except WatcherError as exc:
        fail(exc)


COMMANDS = [worker_command]
