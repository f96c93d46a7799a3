"""The `watcher` command line: the top-level group and its global options.

One module per command group, each following the convention in ``options``:

    run       run (the daemon, or one cycle with --once)
    tools     check, status, poll, demo
    feeds     feeds (table, add, remove), opml (import, export)
    matching  match, explain
    outbox    outbox (list, retry), preview, send-test
    worker    worker (the scale-out mode on PostgreSQL)

Nothing here imports the library: each command does, inside its function, so that
`watcher --help` and every command load only what they use.
"""

from __future__ import annotations

import click

from watcher.cli import feeds, matching, options, outbox, run, tools, worker


class Main(click.Group):
    """The `watcher` group: ``-v``/``-vv``/``--verbose`` and ``--log-format`` are accepted
    after the subcommand too (`watcher run -v`), where people type them; they are moved in
    front of it before click parses, so every command takes them without declaring them."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        return super().parse_args(ctx, hoist_global_options(args))


def hoist_global_options(args: list[str]) -> list[str]:
    """Move the logging options found after the first subcommand name to the front."""
    head: list[str] = []
    rest: list[str] = []
    hoisted: list[str] = []
    it = iter(args)
    for arg in it:
        if rest and arg == "--":
            rest += [arg, *it]
            break
        if not rest and not arg.startswith("-"):
            rest.append(arg)
        elif not rest:
            head.append(arg)
            if arg == "--log-format":
                head.append(next(it, ""))
        elif arg in ("--verbose",) or (arg.startswith("-v") and set(arg[1:]) == {"v"}):
            hoisted.append(arg)
        elif arg == "--log-format":
            hoisted += [arg, next(it, "")]
        elif arg.startswith("--log-format="):
            hoisted.append(arg)
        else:
            rest.append(arg)
    return head + hoisted + rest


@click.group(cls=Main)
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
@click.option("--log-format", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="Log line format on stderr.")
@click.version_option(package_name="watcher")
def main(verbose: int, log_format: str) -> None:
    """watcher: poll news feeds, match keyword profiles, deliver digests and chat alerts."""
    from watcher import logs

    logs.setup(verbose, log_format)


for _module in (run, tools, feeds, matching, outbox, worker):
    for _command in _module.COMMANDS:
        main.add_command(_command)


def program() -> None:
    """The `watcher` program (the console script, ``python -m watcher``): ``main``, in a
    process that ends with the command, which lets a command that closed all it opened end
    it at once (see ``options.finish``)."""
    options.ENDS_PROCESS = True
    main(prog_name="watcher")


__all__ = ["main", "program"]
