"""Source alert incidents (``alerts_to``): what is open, what was told, and the facts the
checks need (feed health, how often each feed published, dead windows)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Engine, func, select, update

from watcher.store.schema import digests, feeds, items, source_alerts
from watcher.store.stats import aware


@dataclass(frozen=True, slots=True)
class Incident:
    id: int
    kind: str
    subject: str
    text: str
    notified: bool
    resolved_at: datetime | None


@dataclass(frozen=True, slots=True)
class FeedHealth:
    config_url: str
    url: str
    name: str
    status: str
    last_error: str | None
    failing_since: datetime | None
    last_published: datetime | None  # the newest item's date
    published_before: int  # items dated in the four weeks before the silence window


def feed_health(engine: Engine, config_urls: Sequence[str], now: datetime,
                silent_after: timedelta) -> list[FeedHealth]:
    quiet_from = now - silent_after
    with engine.connect() as conn:
        last = {f: d for f, d in conn.execute(
            select(items.c.feed_id, func.max(items.c.published)).group_by(items.c.feed_id))}
        counts = {f: n for f, n in conn.execute(
            select(items.c.feed_id, func.count())
            .where(items.c.published >= quiet_from - timedelta(days=28))
            .where(items.c.published < quiet_from).group_by(items.c.feed_id))}
        rows = conn.execute(select(feeds).where(feeds.c.config_url.in_(config_urls))).all()
    return [FeedHealth(r.config_url, r.url, r.name, r.status, r.last_error, r.failing_since,
                       aware(last.get(r.id)), int(counts.get(r.id, 0))) for r in rows]


def dead_windows(engine: Engine) -> list[tuple[int, str, str | None]]:
    """(id, destination, last error) of every dead window."""
    with engine.connect() as conn:
        return [(r.id, r.destination, r.last_error) for r in conn.execute(
            select(digests.c.id, digests.c.destination, digests.c.last_error)
            .where(digests.c.state == "dead"))]


def open_incidents(engine: Engine) -> list[Incident]:
    """Incidents not yet over, and ended ones whose recovery was not told yet."""
    with engine.connect() as conn:
        return [Incident(r.id, r.kind, r.subject, r.text, r.notified, r.resolved_at)
                for r in conn.execute(select(source_alerts).where(
                    source_alerts.c.resolved_at.is_(None)
                    | (source_alerts.c.notified & ~source_alerts.c.resolved_notified)))]


def open_incident(engine: Engine, kind: str, subject: str, text: str, now: datetime) -> int:
    with engine.begin() as conn:
        key = conn.execute(source_alerts.insert().values(
            kind=kind, subject=subject, text=text, opened_at=now, notified=False,
            resolved_notified=False)).inserted_primary_key
    assert key is not None
    return int(key[0])


def resolve_incident(engine: Engine, incident_id: int, now: datetime) -> None:
    with engine.begin() as conn:
        conn.execute(update(source_alerts).where(source_alerts.c.id == incident_id)
                     .where(source_alerts.c.resolved_at.is_(None)).values(resolved_at=now))


def mark_told(engine: Engine, incident_ids: Sequence[int], *, recovery: bool) -> None:
    column = "resolved_notified" if recovery else "notified"
    with engine.begin() as conn:
        conn.execute(update(source_alerts).where(source_alerts.c.id.in_(incident_ids))
                     .values({column: True}))
