"""Build a Runtime from a Config, and run one full cycle (``watcher run --once``)."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from watcher.config import Config, load
from watcher.errors import ConfigError, QueryError, StoreError
from watcher.store import driver_message, is_server_url, shown

# The cycle's machinery (matcher, fetcher, notifiers, pipeline, parse pool) is imported by
# the functions that build and run a cycle: the commands that only look at the database
# (`feeds`, `status`, `outbox`) use this module too and need none of it. SQLAlchemy (the
# Store) is imported where the store is opened: `run --once` polls while it loads.
if TYPE_CHECKING:
    import httpx
    from sqlalchemy import Connection

    from watcher.match import Matcher
    from watcher.models import FeedState
    from watcher.pipeline import PollOutcome, Runtime, SendOutcome
    from watcher.store import Store

log = logging.getLogger("watcher")

ALL_FEEDS_FAILED = ("every feed failed: the network may be down or blocked here; "
                    "`watcher demo` works offline")


def load_checked(config_path: Path, *, render_templates: bool = False,
                 environ: Mapping[str, str] | None = None,
                 remember: bool = False, db: str | None = None
                 ) -> tuple[Config, Matcher | Callable[[], Matcher]]:
    """Load config, check every profile and build every notifier, so each problem
    (a bad query, a webhook secret that does not decode, email without smtp...) is reported
    before running, all of them at once. The matcher is built when it first matches: with
    parse workers (which build their own) the main process never does.

    ``remember``: a check that passed is recorded beside the SQLite database (``db``, the
    ``--db`` given, or the config's), and the next run with the same profiles skips it
    (``watcher.profilecheck``), giving a function that makes the matcher when first needed
    (for ``build_runtime``); `run --once` does, ``watcher check`` and the daemon always
    check."""
    from watcher.profilecheck import deferred_profiles, record_path

    env = os.environ if environ is None else environ
    config = load(config_path, env)
    problems = _notifier_problems(config, render_templates, env)
    target = database_target(config, db) if remember else None
    try:
        matcher = deferred_profiles(config.profiles, config.aliases,
                                    record_path(target) if isinstance(target, Path) else None)
    except QueryError as exc:
        if not problems:
            raise
        problems = exc.problems + problems
    if problems:
        raise ConfigError(f"{len(problems)} problem(s) in {config_path}", problems)
    return config, matcher


def _notifier_problems(config: Config, render_templates: bool,
                       environ: Mapping[str, str]) -> list[str]:
    """Build each destination's notifier as ``run`` would; one line per one that fails.

    With ``render_templates``, a destination with its own ``template:`` file also renders a
    sample message, so a syntax error or a misspelt variable is reported now rather than
    at the first send (``check`` and the daemon; not ``run --once``, which would load
    Jinja2 for every cycle run from cron)."""
    from watcher.deliver import build_notifier

    problems: list[str] = []
    now = datetime.now(UTC)
    for name, dest in config.destinations.items():
        try:
            notifier = build_notifier(name, dest, config, environ=environ)
        except ConfigError as exc:
            problems += exc.problems
            continue
        if not (render_templates and dest.template):
            continue
        from watcher.digest import sample_digest

        try:
            notifier.render(sample_digest(name, dest.timezone, now))
        except Exception as exc:  # jinja2's errors, a missing file: all worth a line
            problems.append(f"destinations.{name}.template: {dest.template}: "
                            f"{type(exc).__name__}: {exc}")
    return problems


def database_target(config: Config, override: str | None) -> str | Path:
    """The state database: a PostgreSQL URL as given, or a file path resolved next to the
    config (the one place the two modes part; see ``watcher.store.is_server_url``)."""
    given = override or config.storage.database
    if is_server_url(given):
        return given
    return Path(override) if override else config.resolve(config.storage.database)


def database_path(config: Config, override: str | None) -> Path:
    """The SQLite file of the single-process daemon; a PostgreSQL URL is refused, naming
    the command that runs on one."""
    target = database_target(config, override)
    if isinstance(target, str):
        raise StoreError(f"storage.database is a PostgreSQL URL ({shown(target)}): the "
                         "single-process daemon runs on a SQLite file; start `watcher worker` "
                         "(one or more, on any machines) instead")
    return target


def open_store(config: Config, override: str | None) -> Store:
    from watcher.store import Store

    store = Store.open(database_target(config, override))
    store.sync_feeds((f.url, f.name) for f in config.feeds if f.enabled)
    return store


def open_readonly(config: Config, override: str | None) -> Store:
    """The state database for commands that only look (`feeds`, `status`): never created,
    never migrated, opened read-only, so looking cannot change what the daemon finds."""
    from sqlalchemy import create_engine
    from sqlalchemy.exc import SQLAlchemyError

    from watcher.store import Store, server_engine
    from watcher.store.schema import MIGRATIONS

    target = database_target(config, override)
    if isinstance(target, str):
        engine = server_engine(target, read_only=True)
    elif not target.is_file():
        raise StoreError(f"no state database at {target} yet: `watcher run` (or `watcher run "
                         "--once`) creates it")
    else:
        engine = create_engine(
            f"sqlite:///file:{quote(str(target.resolve()))}?mode=ro&uri=true")
    path = shown(target)
    try:
        with engine.connect() as conn:
            version = _schema_version(conn)
    except SQLAlchemyError as exc:
        engine.dispose()
        raise StoreError(f"cannot read the state database {path}: "
                         f"{driver_message(exc)}") from None
    if version != len(MIGRATIONS):
        engine.dispose()
        what = "an older" if version < len(MIGRATIONS) else "a newer"
        fix = "`watcher run` brings it up to date" if version < len(MIGRATIONS) \
            else "upgrade watcher"
        raise StoreError(f"the state database {path} was written by {what} watcher "
                         f"(schema {version}, this one uses {len(MIGRATIONS)}): {fix}")
    return Store(engine)


def _schema_version(conn: Connection) -> int:
    from sqlalchemy import inspect, select

    from watcher.store.schema import meta

    if not inspect(conn).has_table("meta"):
        return 0  # an empty file: the lock of a run that stopped before creating the tables
    row = conn.execute(select(meta.c.value).where(meta.c.key == "schema_version")).first()
    return int(row[0]) if row else 0


def build_runtime(config: Config, store: Store | Callable[[], Store], *,
                  environ: Mapping[str, str] | None = None,
                  transport: httpx.AsyncBaseTransport | None = None,
                  matcher: Matcher | Callable[[], Matcher] | None = None) -> Runtime:
    """Compile profiles (unless given: a matcher, or a function that makes one when first
    needed) and build notifiers; raises ConfigError before anything runs. ``store``: the
    Store, or a function that gives it when a cycle first uses it."""
    from watcher.deliver import build_notifier
    from watcher.fetch import Fetcher
    from watcher.pipeline import Runtime
    from watcher.workers import start_pool

    env = os.environ if environ is None else environ
    if matcher is None:
        from watcher.match import compile_profiles

        matcher = compile_profiles(config.profiles, config.aliases)
    notifiers = {name: build_notifier(name, dest, config, environ=env, transport=transport)
                 for name, dest in config.destinations.items()}
    return Runtime(config=config, store_given=store, fetcher=Fetcher(config.polling),
                   matcher_given=matcher, notifiers=notifiers, executor=start_pool(config))


@dataclass(frozen=True, slots=True, repr=False)
class CycleReport:
    polled: list[PollOutcome]
    sent: list[SendOutcome]
    now: datetime | None = None
    next_due: datetime | None = None  # the next feed check after this cycle

    def __repr__(self) -> str:
        # Short on purpose. A report is the result of the task `asyncio.run` runs, and on
        # its way out (Python 3.11) asyncio's SIGINT bookkeeping formats that task's repr,
        # result included, twice: the generated repr of 2,000 outcomes cost 40 ms there.
        return f"CycleReport(polled={len(self.polled)}, sent={len(self.sent)})"

    @property
    def failed(self) -> bool:
        """A feed or a destination failed (`run --once --strict` exits non-zero)."""
        return (any(p.status == "error" for p in self.polled)
                or any(s.status != "sent" for s in self.sent))

    def summary(self) -> str:
        if not self.polled and not self.sent:
            return self._none_due()
        by_status: dict[str, int] = {}
        for p in self.polled:
            by_status[p.status] = by_status.get(p.status, 0) + 1
        new = sum(p.new_items for p in self.polled)
        matches = sum(p.matches for p in self.polled)
        sent = [s for s in self.sent if s.status == "sent"]
        failed = [s for s in self.sent if s.status != "sent"]
        parts = ", ".join(f"{k} {v}" for k, v in sorted(by_status.items())) or "none due"
        line = (f"polled {len(self.polled)} feed(s) ({parts}); {new} new item(s), "
                f"{matches} match(es); sent {len(sent)} message window(s)"
                + (f", {len(failed)} failed (see `watcher outbox`)" if failed else ""))
        if self.polled and all(p.status == "error" for p in self.polled):
            line += f"\n{ALL_FEEDS_FAILED}"
        return line

    def _none_due(self) -> str:
        if self.next_due is None or self.now is None:
            return "none due, nothing to send (no feed is scheduled)"
        return (f"none due, nothing to send (next in {span(self.next_due - self.now)}; "
                "--force polls now)")


def span(delta: timedelta) -> str:
    """A duration as people say it: 45 s, 14 m, 3.5 h, 2 d."""
    seconds = max(delta.total_seconds(), 0)
    if seconds < 90:
        return f"{seconds:.0f} s"
    if seconds < 5400:
        return f"{seconds / 60:.0f} m"
    if seconds < 172800:
        return f"{seconds / 3600:.1f} h"
    return f"{seconds / 86400:.0f} d"


async def run_cycle(rt: Runtime, *, force: bool = False, now: datetime | None = None,
                    flush_instant: bool = True, last: bool = False,
                    due: Sequence[FeedState] | None = None) -> CycleReport:
    """One full cycle: every due feed polled, then everything due delivered.

    ``last``: no cycle follows (``run --once``), so the parse workers are told to stop as
    soon as polling is done and exit while the digest is built (0.2 s sooner at the end).
    ``due``: the feeds due at ``now``, read already (see ``watcher.store.state``)."""
    from watcher.pipeline import flush_outbox, poll_due

    polled = await poll_due(rt, now or datetime.now(UTC), force=force, due=due)
    if last and rt.executor is not None:
        rt.executor.shutdown(wait=False)
    sent = await flush_outbox(rt, now or datetime.now(UTC), flush_instant=flush_instant)
    next_due = rt.store.next_due_at(list(rt.feed_configs)) if not polled else None
    return CycleReport(polled, sent, now or datetime.now(UTC), next_due)
