"""CLI commands around the outbox: `watcher outbox`, `watcher preview`, `watcher send-test`."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import click

from watcher.cli.options import config_option, db_option, finish, show

if TYPE_CHECKING:
    from watcher.config import Config
    from watcher.deliver import OutgoingMessage
    from watcher.store.outbox import OutboxRow

# The config, store, notifiers and renderer are imported inside the functions (see
# watcher.cli.options): listing the outbox needs no Jinja2, `--help` nothing at all.


def _dest(config: Config, name: str) -> None:
    if name not in config.destinations:
        known = ", ".join(config.destinations) or "none configured"
        raise click.BadParameter(f"unknown destination {name!r} (known: {known})",
                                 param_hint="DEST")


@click.group("outbox", invoke_without_command=True)
@config_option
@db_option
@click.option("--all", "show_all", is_flag=True, help="Include sent windows too.")
@click.pass_context
def outbox(ctx: click.Context, config_path: Path, db: str | None, show_all: bool) -> None:
    """List message windows waiting to be sent, retrying, or dead (with their last error)."""
    ctx.obj = {"config_path": config_path, "db": db}
    if ctx.invoked_subcommand is None:
        show(lambda: outbox_table(config_path, db, show_all))


def outbox_table(config_path: Path, db: str | None, show_all: bool) -> str:
    """What is queued per destination, then one line per window."""
    from watcher.app import open_readonly  # looking never creates or migrates a database
    from watcher.config import load

    config = load(config_path, os.environ)
    store = open_readonly(config, db)
    states = ("pending", "dead", "sent") if show_all else ("pending", "dead")
    rows = store.outbox(states)
    queued = {name: store.queue_state(name)[0] for name in config.destinations}
    store.close()
    lines = [f"{name}: {count} match(es) queued for the next window"
             for name, count in queued.items() if count]
    if not rows:
        return "\n".join([*lines, "outbox: nothing pending or dead"])
    lines.append(f"{'ID':>5}  {'DESTINATION':20} {'STATE':8} {'ITEMS':>5} {'TRIES':>5}  "
                 f"{'NEXT ATTEMPT':23} LAST ERROR")
    return "\n".join(lines + [outbox_line(r) for r in rows])


def outbox_line(r: OutboxRow) -> str:
    """One row of `watcher outbox`; the next attempt is stored and shown in UTC, and says so."""
    nxt = "-"
    if r.state == "pending":
        at = r.next_attempt_at
        nxt = (at.astimezone(UTC) if at.tzinfo else at).strftime("%Y-%m-%d %H:%M:%S UTC")
    return (f"{r.id:>5}  {r.destination:20} {r.state:8} {r.item_count:>5} "
            f"{r.attempts:>5}  {nxt:23} {r.last_error or ''}")


@outbox.command("retry")
@click.argument("ids", nargs=-1, type=int)
@click.option("--all-dead", is_flag=True, help="Revive every dead window.")
# Also accepted after `retry` (`watcher outbox retry --all-dead --config c.yaml`), where
# users type them; otherwise click rejects options that belong to the group.
@click.option("--config", "config_path", default=None, type=click.Path(path_type=Path),
              help="Path to config.yaml (default: the one given to `outbox`).")
@db_option
@click.pass_context
def outbox_retry(ctx: click.Context, ids: tuple[int, ...], all_dead: bool,
                 config_path: Path | None, db: str | None) -> None:
    """Revive dead windows (by ID, or --all-dead) so the daemon sends them again."""
    if not ids and not all_dead:
        raise click.UsageError("give one or more outbox IDs, or --all-dead")
    show(lambda: retry(config_path or ctx.obj["config_path"], db or ctx.obj["db"],
                       None if all_dead else list(ids)))


def retry(config_path: Path, db: str | None, ids: list[int] | None) -> str:
    """Revive the dead windows ``ids`` (every one for None)."""
    from watcher.app import open_store
    from watcher.config import load

    config = load(config_path, os.environ)
    store = open_store(config, db)
    count = store.revive(ids, datetime.now(UTC))
    store.close()
    if ids and count < len(ids):
        click.echo("note: only dead windows can be revived; see `watcher outbox`", err=True)
    return f"revived {count} dead window(s); the next delivery pass sends them"


@click.command("preview")
@config_option
@db_option
@click.argument("dest")
@click.option("--html", "html_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the email's HTML to this file, to open in a browser "
                   "(several parts: FILE, then FILE-2, FILE-3 ...).")
@click.option("--raw", is_flag=True,
              help="Print the messages as sent: the MIME source of an email, the body of a post.")
@click.option("--output", "-o", type=click.Path(path_type=Path),
              help="Write to this file instead of stdout.")
def preview(config_path: Path, db: str | None, dest: str, html_path: Path | None, raw: bool,
            output: Path | None) -> None:
    """Show the next message for DEST from what is queued now, without sending it.

    An email or file destination shows its headers and the decoded text part; a chat or
    webhook destination the JSON it would post."""
    finish(lambda: show_preview(config_path, db, dest, html_path, raw, output))


def show_preview(config_path: Path, db: str | None, dest: str, html_path: Path | None,
                 raw: bool, output: Path | None) -> int:
    """Render what is queued for ``dest`` and print or write it; exit code 0."""
    from watcher.app import open_readonly  # looking never creates or migrates a database
    from watcher.config import load
    from watcher.deliver import build_notifier
    from watcher.digest import build_digest

    config = load(config_path, os.environ)
    _dest(config, dest)
    store = open_readonly(config, db)
    d = config.destinations[dest]
    try:  # chosen and loaded as the delivery will (see pipeline._window_parts)
        entries = list(store.window_listing(None, dest))  # counted below
        digest = build_digest(dest, 0, entries, profiles=config.profiles, timezone=d.timezone,
                              window_start=None, window_end=datetime.now(UTC), max_items=None,
                              complete=store.complete_entries)
    finally:
        store.close()
    messages = build_notifier(dest, d, config, environ=os.environ).render(digest)
    if html_path is not None:
        _write_html(messages, html_path, dest)
    text = "\n\n".join(m.preview() if raw else readable(m, i, len(messages))
                        for i, m in enumerate(messages))
    if output:
        output.write_text(text, encoding="utf-8")
        click.echo(f"wrote {len(entries)} queued item(s) for {dest} to {output}", err=True)
    else:
        click.echo(text)
    return 0


def readable(message: OutgoingMessage, index: int, total: int) -> str:
    """A message as a person reads it: an email's main headers and its text part decoded
    (the MIME source carries it base64-encoded); anything else as ``preview`` shows it."""
    mail = message.email
    if mail is None:
        return message.preview()
    head = [f"{name}: {mail[name]}" for name in ("Subject", "From", "To") if mail[name]]
    if total > 1:
        head.insert(0, f"-- message {index + 1} of {total} --")
    body = mail.get_body(preferencelist=("plain",))
    text = str(body.get_content()) if body is not None else "(no text part)"
    attached = [f"Attachment: {a.get_filename()}" for a in mail.iter_attachments()]
    return "\n".join([*head, *attached, "", text.rstrip("\n")])


def _write_html(messages: list[OutgoingMessage], path: Path, dest: str) -> None:
    from watcher.deliver.mime import html_part

    pages = [html_part(m.email) for m in messages if m.email is not None]
    if not pages:
        raise click.UsageError(f"destination {dest!r} sends no email, so it has no HTML")
    for i, page in enumerate(pages):
        target = path if i == 0 else path.with_name(f"{path.stem}-{i + 1}{path.suffix}")
        target.write_text(page, encoding="utf-8")
        click.echo(f"wrote the HTML of message {i + 1} to {target}", err=True)


@click.command("send-test")
@config_option
@click.argument("dest")
def send_test(config_path: Path, dest: str) -> None:
    """Send one small test message to DEST, to check its URL or credentials."""
    show(lambda: send_test_message(config_path, dest))


def send_test_message(config_path: Path, dest: str) -> str:
    import asyncio

    from watcher.config import load
    from watcher.deliver import build_notifier
    from watcher.digest import sample_digest

    config = load(config_path, os.environ)
    _dest(config, dest)
    d = config.destinations[dest]
    now = datetime.now(UTC)
    notifier = build_notifier(dest, d, config, environ=os.environ)
    for i, message in enumerate(notifier.render(sample_digest(dest, d.timezone, now))):
        asyncio.run(notifier.deliver(message, f"test-{int(now.timestamp())}-{i}"))
    if d.type == "file":
        return (f"wrote a test message for {dest} to {config.resolve(d.path)} (.eml and "
                ".html)")
    return f"sent a test message to {dest} ({d.type})"


COMMANDS = [outbox, preview, send_test]
