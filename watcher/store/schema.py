"""Tables and migrations. One schema for the embedded SQLite file and PostgreSQL.

Migrations are a numbered list applied in order at start-up; ``meta.schema_version``
records how far a database has come, so an old file is brought up to date in place.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
    func,
    inspect,
    select,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.sql.dml import Insert


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in, aware UTC datetimes out (SQLite keeps no zone).

    On SQLite the text is written and read here in one step each (``isoformat`` and
    ``fromisoformat``, the same text SQLAlchemy's DATETIME writes) rather than through this
    decorator and then DATETIME's own processors: a first poll binds 50,000 item dates and
    its digest reads 60,000 back, at about 9 and 3 µs each the two-step way, 4 and 0.5 µs
    this way (measured on the benchmark machine under load)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r} given to the store; pass UTC")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        result: datetime = value.replace(tzinfo=UTC)
        return result

    def bind_processor(self, dialect: Dialect) -> Callable[[Any], Any] | None:
        if dialect.name != "sqlite":
            return super().bind_processor(dialect)
        return _sqlite_text

    def result_processor(self, dialect: Dialect, coltype: Any) -> Callable[[Any], Any] | None:
        slow = super().result_processor(dialect, coltype)
        if dialect.name != "sqlite" or slow is None:
            return slow

        def process(value: Any) -> datetime | None:
            if value is None:
                return None
            if isinstance(value, str) and len(value) == _STORED:  # as _sqlite_text writes
                # (try, not contextlib.suppress: a context manager per value was a third of
                # reading 2,000 feeds' three dates)
                try:
                    return datetime.fromisoformat(value + "+00:00")
                except ValueError:
                    pass
            result: datetime | None = slow(value)  # other spellings, SQLAlchemy's way
            return result

        return process


_STORED = len("2026-01-01 00:00:00.000000")


def _sqlite_text(value: datetime | None) -> str | None:
    """A UTC datetime as SQLAlchemy's SQLite DATETIME stores it (YYYY-MM-DD HH:MM:SS.ffffff)."""
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValueError(f"naive datetime {value!r} given to the store; pass UTC")
    if value.tzinfo is not UTC:
        value = value.astimezone(UTC)
    return value.isoformat(" ", "microseconds")[:_STORED]  # without its "+00:00"


metadata = MetaData()

meta = Table("meta", metadata, Column("key", String, primary_key=True), Column("value", String))

feeds = Table(
    "feeds", metadata,
    Column("id", Integer, primary_key=True),
    Column("config_url", String, nullable=False, unique=True),
    Column("url", String, nullable=False),
    Column("name", String, nullable=False, default=""),
    Column("status", String, nullable=False, default="new"),
    Column("etag", String),
    Column("last_modified", String),
    Column("content_hash", String),
    Column("error_count", Integer, nullable=False, default=0),
    Column("last_error", Text),
    Column("last_fetch_at", UTCDateTime),
    Column("next_check_at", UTCDateTime),
    Column("ttl_minutes", Integer),  # the feed's <ttl>, a floor on unchanged polls too
    Column("failing_since", UTCDateTime),  # first failure of the current run of failures
)

items = Table(
    "items", metadata,
    Column("id", Integer, primary_key=True),
    Column("feed_id", ForeignKey("feeds.id"), nullable=False),
    Column("item_key", String, nullable=False),
    Column("title", Text, nullable=False),
    Column("link", Text),
    Column("summary", Text, nullable=False),
    Column("content", Text, nullable=False),
    Column("author", Text, nullable=False),
    Column("categories", Text, nullable=False),  # JSON list
    Column("published", UTCDateTime, nullable=False),
    Column("published_from_feed", Boolean, nullable=False),
    Column("content_hash", String, nullable=False),
    Column("lang", String),
    Column("source_title", Text, nullable=False),
    Column("first_seen", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime),
    # Last time a changed body of the feed still carried the item: retention prunes by
    # this, so an item a slow feed keeps for months is never pruned and re-alerted.
    Column("last_seen", UTCDateTime),
    Column("published_doubtful", Boolean, nullable=False, default=False),  # a future date
    Column("enclosures", Text, nullable=False, default="[]"),  # JSON [[url, type, length]]
    Column("body_html", Text, nullable=False, default=""),  # the feed's HTML, unsanitised
    UniqueConstraint("feed_id", "item_key"),
    Index("ix_items_first_seen", "first_seen"),
)

matches = Table(
    "matches", metadata,
    Column("id", Integer, primary_key=True),
    Column("item_id", ForeignKey("items.id", ondelete="CASCADE"), nullable=False),
    Column("profile", String, nullable=False),
    Column("score", Float, nullable=False),
    Column("terms", Text, nullable=False),  # JSON [[term, [fields], count], ...]
    Column("snippet", Text, nullable=False),  # JSON {"text":..., "highlights": [[s, e], ...]}
    Column("created_at", UTCDateTime, nullable=False),
    UniqueConstraint("item_id", "profile"),
)

# The outbox, part one: one row per (match, destination), written with the match. A row is
# "queued" until a delivery window closes over it and it is assigned to a digest.
deliveries = Table(
    "deliveries", metadata,
    Column("id", Integer, primary_key=True),
    Column("match_id", ForeignKey("matches.id", ondelete="CASCADE"), nullable=False),
    Column("destination", String, nullable=False),
    Column("digest_id", ForeignKey("digests.id"), nullable=True),
    Column("created_at", UTCDateTime, nullable=False),
    UniqueConstraint("destination", "match_id"),
    Index("ix_deliveries_queue", "destination", "digest_id"),
)

# The outbox, part two: one row per message window (a digest, or an instant batch) and
# destination. It is sent once: ``parts_sent`` lets a restart resume a split message.
digests = Table(
    "digests", metadata,
    Column("id", Integer, primary_key=True),
    Column("destination", String, nullable=False),
    Column("window_start", UTCDateTime),
    Column("window_end", UTCDateTime, nullable=False),
    # pending | sent | dead | empty (a scheduled window with nothing to send, kept so the
    # next one starts from it)
    Column("state", String, nullable=False, default="pending"),
    Column("item_count", Integer, nullable=False, default=0),
    Column("attempts", Integer, nullable=False, default=0),
    Column("parts_sent", Integer, nullable=False, default=0),
    Column("next_attempt_at", UTCDateTime, nullable=False),
    Column("last_error", Text),
    Column("created_at", UTCDateTime, nullable=False),
    Column("sent_at", UTCDateTime),
    UniqueConstraint("destination", "window_end"),
    Index("ix_digests_state", "state", "next_attempt_at"),
)


# A split message's parts as rendered, kept from its first attempt until it is sent: a retry
# sends the parts still owed exactly as they were cut, even if an item changed in between
# (re-rendered, an entry could move into a part already sent and be lost).
digest_parts = Table(
    "digest_parts", metadata,
    Column("digest_id", Integer, ForeignKey("digests.id"), primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("summary", Text, nullable=False),
    Column("body", LargeBinary, nullable=False),
    Column("content_type", String, nullable=False),
    Column("email", LargeBinary),  # the whole email, for email-like destinations
    Column("item_count", Integer, nullable=False),
)


# Source alerts (``alerts_to``): one row per incident — a feed failing too long, gone, moved
# or silent, a dead window — so each is told once when it starts and once when it ends.
source_alerts = Table(
    "source_alerts", metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String, nullable=False),  # failing | gone | moved | silent | dead-window
    Column("subject", String, nullable=False),  # the feed's config URL, or the window
    Column("text", Text, nullable=False),
    Column("opened_at", UTCDateTime, nullable=False),
    Column("notified", Boolean, nullable=False, default=False),
    Column("resolved_at", UTCDateTime),
    Column("resolved_notified", Boolean, nullable=False, default=False),
    Index("ix_source_alerts_open", "kind", "subject", "resolved_at"),
)


# Full text of item pages (feeds with ``fulltext: true``), by URL: each page is fetched once,
# even when a crash made its item look new again or another feed links it too.
pages = Table(
    "pages", metadata,
    Column("url", Text, primary_key=True),
    Column("text", Text, nullable=False),  # "" when nothing could be extracted
    Column("fetched_at", UTCDateTime, nullable=False),
)


# The profiles the cluster matches with (scale-out mode): a config reload on any worker adds
# a version when its profiles differ from the latest; every worker compiles the latest
# before its next poll, and one job re-matches the stored items once (``rematched_at``).
profile_versions = Table(
    "profile_versions", metadata,
    Column("version", Integer, primary_key=True),
    Column("digest", String, nullable=False),  # sha256 of ``definitions``
    Column("definitions", Text, nullable=False),  # JSON {"profiles": {...}, "aliases": {...}}
    Column("created_at", UTCDateTime, nullable=False),
    Column("rematched_at", UTCDateTime),
)


def insert_new(conn: Connection, table: Table) -> Insert:
    """An INSERT that skips rows whose unique key is taken: on PostgreSQL, where workers
    write concurrently, ON CONFLICT DO NOTHING; SQLite's single writer needs no clause."""
    if conn.dialect.name == "postgresql":
        # Imported here: the PostgreSQL dialect (with its drivers' modules) is 20-30 ms of
        # every start on SQLite.
        from sqlalchemy.dialects import postgresql

        return postgresql.insert(table).on_conflict_do_nothing()
    return table.insert()


def _add_column(conn: Connection, table: Table, name: str, default: str | None = None) -> None:
    """ALTER TABLE ADD COLUMN with the column's type as this database spells it (DATETIME
    on SQLite, TIMESTAMP WITHOUT TIME ZONE on PostgreSQL), NOT NULL with ``default``: a SQL
    literal that both accept ('[]', '', false)."""
    column = table.c[name]
    ddl = f"ALTER TABLE {table.name} ADD COLUMN {name} {column.type.compile(conn.dialect)}"
    if default is not None:
        ddl += f" NOT NULL DEFAULT {default}"
    conn.exec_driver_sql(ddl)


def _v1(conn: Connection) -> None:
    metadata.create_all(conn)


def _v2(conn: Connection) -> None:
    """items.last_seen (backfilled from first_seen) and feeds.ttl_minutes; a database
    created by this version's _v1 already has them."""
    have = {t: {c["name"] for c in inspect(conn).get_columns(t)} for t in ("items", "feeds")}
    if "last_seen" not in have["items"]:
        _add_column(conn, items, "last_seen")
        conn.exec_driver_sql("UPDATE items SET last_seen = first_seen")
    if "ttl_minutes" not in have["feeds"]:
        _add_column(conn, feeds, "ttl_minutes")


def _v3(conn: Connection) -> None:
    """digest_parts (a database created by this version's _v1 already has it)."""
    digest_parts.create(conn, checkfirst=True)


def _v4(conn: Connection) -> None:
    """feeds.failing_since and source_alerts (a database created by this version's _v1
    already has them)."""
    if "failing_since" not in {c["name"] for c in inspect(conn).get_columns("feeds")}:
        _add_column(conn, feeds, "failing_since")
    source_alerts.create(conn, checkfirst=True)


def _v5(conn: Connection) -> None:
    """items.published_doubtful, enclosures and body_html, and the pages cache (a database
    created by this version's _v1 already has them; older items get none)."""
    pages.create(conn, checkfirst=True)
    have = {c["name"] for c in inspect(conn).get_columns("items")}
    for name, default in (("published_doubtful", "false"), ("enclosures", "'[]'"),
                          ("body_html", "''")):
        if name not in have:
            _add_column(conn, items, name, default)


def _v6(conn: Connection) -> None:
    """meta.instance_id: a random id made once per database, part of every idempotency key
    (webhook-id, Message-ID), so two databases never send different messages under one key."""
    if conn.execute(select(meta.c.value).where(meta.c.key == "instance_id")).first() is None:
        conn.execute(meta.insert().values(key="instance_id", value=uuid.uuid4().hex))


def _v7(conn: Connection) -> None:
    """profile_versions (a database created by this version's _v1 already has it)."""
    profile_versions.create(conn, checkfirst=True)


MIGRATIONS: list[Callable[[Connection], None]] = [_v1, _v2, _v3, _v4, _v5, _v6, _v7]

_MIGRATION_LOCK = 0x7761746368  # "watch": any constant, the same in every worker


def migrate(conn: Connection) -> int:
    """Bring the schema to the latest version; returns the version reached.

    On PostgreSQL, workers starting together take turns (a transaction-scoped advisory
    lock), so each migration runs once; SQLite's single writer does the same by itself."""
    if conn.dialect.name == "postgresql":
        conn.execute(select(func.pg_advisory_xact_lock(_MIGRATION_LOCK)))
    meta.create(conn, checkfirst=True)
    row = conn.execute(select(meta.c.value).where(meta.c.key == "schema_version")).first()
    version = int(row[0]) if row else 0
    if version > len(MIGRATIONS):
        raise RuntimeError(
            f"database schema version {version} is newer than this watcher "
            f"(knows up to {len(MIGRATIONS)}); upgrade watcher"
        )
    for number, step in enumerate(MIGRATIONS[version:], start=version + 1):
        step(conn)
        conn.execute(meta.delete().where(meta.c.key == "schema_version"))
        conn.execute(meta.insert().values(key="schema_version", value=str(number)))
        version = number
    return version


