"""The `watcher` command line: the top-level group and its global options.

One module per command group, each following the convention in ``options``:

    run       run (the daemon, or one cycle with --once)
    tools     check, status, poll, demo
    feeds     feeds (table, add, remove), opml (import, export)
    matching  match, explain
    outbox    outbox (list, retry), preview, send-test

Nothing here imports the library: each command does, inside its function, so that
`watcher --help` and every command load only what they use.
"""

from __future__ import annotations

import click

from watcher.cli import feeds, matching, outbox, run, tools
from watcher.cli.options import Main


@click.group(cls=Main)
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
@click.option("--log-format", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="Log line format on stderr.")
@click.version_option(package_name="watcher")
def main(verbose: int, log_format: str) -> None:
    """watcher: poll news feeds, match keyword profiles, deliver digests and chat alerts."""
    from watcher import logs

    logs.setup(verbose, log_format)


for _module in (run, tools, feeds, matching, outbox):
    for _command in _module.COMMANDS:
        main.add_command(_command)

__all__ = ["main"]
