"""Source alerts: tell the destination named in ``alerts_to`` when a source breaks.

Incidents: a feed failing for longer than ``alerts.failing_after`` (default 24 h), a feed
gone (410), a feed moved permanently (301/308), a message window gone dead, and a feed that
used to publish about daily and has been silent for ``alerts.silent_after`` (a week). Each
is told once when it starts and once when it is over; the ``source_alerts`` table remembers
which, across restarts. A send that fails is tried again at the next check.

``detect`` is pure: facts and ``now`` in, the problems seen now out. ``check`` compares them
with the open incidents and sends what is new, through the destination's own notifier, as a
message of its own (not through the outbox: an alert must not wait behind a digest).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine

from watcher.app import span
from watcher.config import AlertsConfig
from watcher.errors import DeliveryError
from watcher.models import Digest, DigestEntry, DigestGroup, Item, Match, Snippet
from watcher.pipeline import Runtime
from watcher.store.alerts import (
    FeedHealth,
    Incident,
    dead_windows,
    feed_health,
    mark_told,
    open_incident,
    open_incidents,
    resolve_incident,
)

log = logging.getLogger("watcher")

DAILY = 20  # items dated in the four weeks before the silence: "used to publish daily"
GROUP = "source alerts"

Key = tuple[str, str]  # (kind, subject)

OVER = {
    "failing": "works again",
    "gone": "is no longer gone (it answers again, or left config.yaml)",
    "moved": "is no longer listed as moved (config.yaml follows it now)",
    "silent": "publishes again",
    "dead-window": "is no longer dead (retried, or removed)",
}


def detect(feeds: Sequence[FeedHealth], dead: Sequence[tuple[int, str, str | None]],
           now: datetime, settings: AlertsConfig) -> dict[Key, str]:
    """Every problem seen now, keyed by (kind, subject), with the sentence that tells it."""
    found: dict[Key, str] = {}
    for f in feeds:
        name = f"feed {f.name + ' ' if f.name else ''}({f.config_url})"
        if f.status == "gone":
            found["gone", f.config_url] = (f"{name} is gone (HTTP 410) and is no longer "
                                           "polled: remove it from config.yaml")
        elif (f.status == "error" and f.failing_since is not None
              and (now - f.failing_since).total_seconds() >= settings.failing_after):
            found["failing", f.config_url] = (
                f"{name} has failed for {span(now - f.failing_since)}: {f.last_error}")
        if f.url != f.config_url:
            found["moved", f.config_url] = (f"{name} moved permanently to {f.url}; watcher "
                                            "polls the new address: update config.yaml")
        quiet = now - f.last_published if f.last_published else None
        if (f.status in ("ok", "malformed") and quiet is not None
                and quiet.total_seconds() >= settings.silent_after
                and f.published_before >= DAILY):
            found["silent", f.config_url] = (
                f"{name} has published nothing for {span(quiet)}; it used to publish about "
                f"daily ({f.published_before} items in the four weeks before)")
    for window, destination, error in dead:
        found["dead-window", f"{destination} window {window}"] = (
            f"destination {destination}: window {window} is dead ({error}); `watcher outbox "
            f"retry {window}` sends it again")
    return found


def _alert_digest(destination: str, timezone: str, lines: Sequence[tuple[str, str]],
                  title: str, now: datetime) -> Digest:
    """Alerts as a one-group message the destination's notifier already knows how to send."""
    entries = tuple(
        DigestEntry(
            item=Item(item_key=f"alert-{n}", feed_url="watcher:alerts", title=text,
                      link=link if link.startswith("http") else None, summary="",
                      content="", author="watcher", categories=(),
                      published=now.astimezone(UTC), published_from_feed=True,
                      content_hash=f"alert-{n}", source_title="watcher"),
            match=Match(profile=GROUP, score=1.0, terms=(), snippet=Snippet("")))
        for n, (text, link) in enumerate(lines))
    group = DigestGroup(GROUP, "Problems with the feeds and destinations watcher looks after",
                        entries)
    return Digest(destination=destination, digest_id=0, window_start=None, window_end=now,
                  timezone=timezone, groups=(group,), title=title)


async def _tell(rt: Runtime, incidents: Sequence[Incident], *, recovery: bool,
                now: datetime) -> bool:
    name = rt.config.alerts_to
    assert name is not None
    notifier = rt.notifiers[name]
    if recovery:
        lines = [(f"over: {i.subject} {OVER[i.kind]}", i.subject) for i in incidents]
        title = f"watcher: {len(incidents)} source problem(s) over"
    else:
        lines = [(i.text, i.subject) for i in incidents]
        title = f"watcher: {len(incidents)} source problem(s)"
    digest = _alert_digest(name, rt.config.destinations[name].timezone, lines, title, now)
    key = f"alert-{'up' if recovery else 'down'}-{min(i.id for i in incidents)}"
    try:
        for index, message in enumerate(notifier.render(digest)):
            await notifier.deliver(message, f"{key}-{index}")
    except DeliveryError as exc:
        log.warning("source alerts to %s not sent (tried again at the next check): %s",
                    name, exc)
        return False
    return True


async def check(rt: Runtime, engine: Engine, now: datetime) -> list[Key]:
    """Open and close incidents from what is seen now, then tell what is untold. Returns
    the (kind, subject) of every incident opened or closed, for the log and tests."""
    settings = rt.config.alerts
    quiet = timedelta(seconds=settings.silent_after)
    found = detect(feed_health(engine, list(rt.feed_configs), now, quiet),
                   dead_windows(engine), now, settings)
    current = {(i.kind, i.subject): i for i in open_incidents(engine) if i.resolved_at is None}
    changed: list[Key] = []
    for key, text in found.items():
        if key not in current:
            open_incident(engine, *key, text, now)
            changed.append(key)
    for key, incident in current.items():
        if key not in found:
            resolve_incident(engine, incident.id, now)
            changed.append(key)
    untold = open_incidents(engine)
    news = [i for i in untold if not i.notified and i.resolved_at is None]
    over = [i for i in untold if i.notified and i.resolved_at is not None]
    for batch, recovery in ((news, False), (over, True)):
        if batch and await _tell(rt, batch, recovery=recovery, now=now):
            mark_told(engine, [i.id for i in batch], recovery=recovery)
            log.info("source alerts: told %s about %d %s", rt.config.alerts_to, len(batch),
                     "recovery(ies)" if recovery else "problem(s)")
    return changed
