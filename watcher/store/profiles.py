"""Profile versions (scale-out mode): the profiles the cluster matches with, and the one
re-match of stored items that follows a change.

A version is the JSON of the profiles and aliases, added when a worker loads a config whose
profiles differ from the latest version's. Workers compile the latest before each poll
job. The re-match inserts with ON CONFLICT DO NOTHING, so a match the item already has is
kept as it is and a re-match run twice (a worker died in it) queues nothing twice.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, Table, func, select, true, update
from sqlalchemy.sql.dml import Insert

from watcher.models import Item
from watcher.rows import MatchRow, row_item
from watcher.store.schema import deliveries, feeds, items, matches, profile_versions

_PUBLISH_LOCK = 0x776174636B  # advisory lock: two workers publishing take turns
REMATCH_BATCH = 500  # items matched and written per transaction


@dataclass(frozen=True, slots=True)
class ProfileVersion:
    version: int
    definitions: dict[str, Any]  # {"profiles": {name: {...}}, "aliases": {name: [...]}}
    rematched: bool


def _skipping(conn: Connection, table: Table) -> Insert:
    """INSERT … ON CONFLICT DO NOTHING on either engine."""
    # The dialect's module on first use: the other one is never needed (see insert_new).
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects import postgresql

        return postgresql.insert(table).on_conflict_do_nothing()
    from sqlalchemy.dialects import sqlite

    return sqlite.insert(table).on_conflict_do_nothing()


class ProfileVersionsMixin:
    engine: Engine

    def publish_profiles(self, definitions: Mapping[str, Any], now: datetime) -> tuple[int, bool]:
        """Add a version with ``definitions`` unless the latest has them already; returns
        the latest version and whether it was added. The first version of a database
        needs no re-match (there is no earlier one whose matches could differ)."""
        text = json.dumps(definitions, sort_keys=True, ensure_ascii=False)
        digest = hashlib.sha256(text.encode()).hexdigest()
        with self.engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                conn.execute(select(func.pg_advisory_xact_lock(_PUBLISH_LOCK)))
            latest = conn.execute(
                select(profile_versions.c.version, profile_versions.c.digest)
                .order_by(profile_versions.c.version.desc())
                .limit(1)
            ).first()
            if latest is not None and latest.digest == digest:
                return int(latest.version), False
            added = conn.execute(
                profile_versions.insert()
                .returning(profile_versions.c.version)
                .values(
                    digest=digest,
                    definitions=text,
                    created_at=now,
                    rematched_at=now if latest is None else None,
                )
            )
            return int(added.scalar_one()), True

    def latest_profile_version(self) -> int:
        """The latest version's number, 0 when none was published."""
        with self.engine.connect() as conn:
            found = conn.execute(select(func.max(profile_versions.c.version))).scalar()
        return int(found or 0)

    def profile_version(self, version: int) -> ProfileVersion | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                select(profile_versions).where(profile_versions.c.version == version)
            ).first()
        if row is None:
            return None
        return ProfileVersion(
            row.version, json.loads(row.definitions), row.rematched_at is not None
        )

    def rematch(
        self,
        version: int,
        since: datetime,
        match: Callable[[Item], Sequence[MatchRow]],
        routes: Callable[[str], Sequence[str]],
        now: datetime,
    ) -> tuple[int, int] | None:
        """Match the items seen since ``since`` (retention) with ``match`` (version
        ``version``'s profiles) and queue the new matches; returns (new matches, queued
        deliveries), or None when this version was re-matched already or a newer one
        came (whose own re-match covers the rest)."""
        last_id, found, queued = 0, 0, 0
        seen = func.coalesce(items.c.last_seen, items.c.first_seen)
        while True:
            with self.engine.begin() as conn:
                if not self._rematch_due(conn, version):
                    return None
                # Items the feed dates before retention are old news, as at ingest.
                batch = conn.execute(
                    select(items, feeds.c.url.label("feed_url"))
                    .join(feeds, feeds.c.id == items.c.feed_id)
                    .where(items.c.id > last_id)
                    .where(seen >= since)
                    .where((items.c.published_from_feed != true()) | (items.c.published >= since))
                    .order_by(items.c.id)
                    .limit(REMATCH_BATCH)
                ).all()
                if not batch:
                    conn.execute(
                        update(profile_versions)
                        .where(profile_versions.c.version == version)
                        .values(rematched_at=now)
                    )
                    return found, queued
                last_id = batch[-1].id
                rows = [
                    {"item_id": r.id, "created_at": now, **m}
                    for r in batch
                    for m in match(row_item(r._mapping, r.feed_url))
                ]
                if not rows:
                    continue
                new = conn.execute(
                    _skipping(conn, matches).returning(matches.c.id, matches.c.profile), rows
                ).all()
                queue = [
                    {"match_id": m.id, "destination": d, "created_at": now}
                    for m in new
                    for d in routes(m.profile)
                ]
                if queue:
                    conn.execute(_skipping(conn, deliveries), queue)
                found += len(new)
                queued += len(queue)

    @staticmethod
    def _rematch_due(conn: Connection, version: int) -> bool:
        """``version`` is the latest and not re-matched yet (its row locked till commit,
        so a second re-match of it waits and then finds it done)."""
        row = conn.execute(
            select(profile_versions.c.rematched_at)
            .where(profile_versions.c.version == version)
            .with_for_update()
        ).first()
        latest = conn.execute(select(func.max(profile_versions.c.version))).scalar()
        return row is not None and row.rematched_at is None and latest == version
