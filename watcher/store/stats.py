"""Counts for `watcher status` and the Prometheus metrics: read-only queries over the state.

Every figure is read at the moment it is asked for, so a scrape or `watcher status` shows
what the database holds (including what another process wrote), not what one daemon
remembers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import Engine, case, func, select

from watcher.store.schema import deliveries, digests, feeds, items, matches


@dataclass(frozen=True, slots=True)
class Stats:
    feeds_by_status: dict[str, int] = field(default_factory=dict)
    items: int = 0
    matches_by_profile: dict[str, int] = field(default_factory=dict)
    # (destination, state) -> windows; state is pending | retrying | dead | sent
    windows: dict[tuple[str, str], int] = field(default_factory=dict)
    queued_by_destination: dict[str, int] = field(default_factory=dict)
    oldest_pending_match: datetime | None = None  # queued or in an unsent window
    last_fetch_at: datetime | None = None
    next_check_at: datetime | None = None


def read_stats(engine: Engine, config_urls: list[str]) -> Stats:
    with engine.connect() as conn:
        by_status = {s: n for s, n in conn.execute(
            select(feeds.c.status, func.count()).where(feeds.c.config_url.in_(config_urls))
            .group_by(feeds.c.status))}
        item_count = conn.execute(select(func.count()).select_from(items)).scalar() or 0
        by_profile = {p: n for p, n in conn.execute(
            select(matches.c.profile, func.count()).group_by(matches.c.profile))}
        state = case((
            (digests.c.state == "pending") & (digests.c.attempts > 0), "retrying"),
            else_=digests.c.state)
        windows = {(d, s): n for d, s, n in conn.execute(
            select(digests.c.destination, state, func.count())
            .where(digests.c.state != "empty").group_by(digests.c.destination, state))}
        queued = {d: n for d, n in conn.execute(
            select(deliveries.c.destination, func.count())
            .where(deliveries.c.digest_id.is_(None))
            .group_by(deliveries.c.destination))}
        oldest = conn.execute(
            select(func.min(deliveries.c.created_at))
            .outerjoin(digests, digests.c.id == deliveries.c.digest_id)
            .where(deliveries.c.digest_id.is_(None) | (digests.c.state == "pending"))).scalar()
        last_fetch, next_check = conn.execute(
            select(func.max(feeds.c.last_fetch_at), func.min(feeds.c.next_check_at))
            .where(feeds.c.config_url.in_(config_urls))
            .where(feeds.c.status != "gone")).one()
    return Stats(by_status, int(item_count), by_profile, windows, queued,
                 aware(oldest), aware(last_fetch), aware(next_check))


def aware(value: datetime | str | None) -> datetime | None:
    """Aggregates (min, max) come back as SQLite text, past the UTC column type."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value
