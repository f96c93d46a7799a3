"""`watcher status`: one screen on the daemon's health, made from the state database.

``render`` is pure: the config, the counts read from the database, who holds the lock and
``now`` in, lines of text out.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from watcher.app import span
from watcher.config import Config
from watcher.store.stats import Stats


def _ago(dt: datetime | None, now: datetime) -> str:
    if dt is None:
        return "never"
    return f"in {span(dt - now)}" if dt > now else f"{span(now - dt)} ago"


def _next_digest(schedule: str, timezone: str, now: datetime) -> str:
    from apscheduler.triggers.cron import CronTrigger

    zone = ZoneInfo(timezone)
    fire = CronTrigger.from_crontab(schedule, timezone=zone).get_next_fire_time(None, now)
    if fire is None:
        return "next digest: never"
    local = fire.astimezone(zone)
    return f"next digest {local:%a %Y-%m-%d %H:%M} {local.tzname()} ({_ago(fire, now)})"


def render(config: Config, stats: Stats, now: datetime, running: str | None,
           database: str, *, cluster: list[str] | None = None) -> str:
    """``cluster``: on PostgreSQL, its workers and jobs (watcher.store.cluster) stand where
    the single-process daemon's pid would."""
    enabled = [f for f in config.feeds if f.enabled]
    by = stats.feeds_by_status
    failing = by.get("error", 0)
    new = len(enabled) - sum(by.values()) + by.get("new", 0)
    who = cluster or [f"daemon    {'running (pid ' + running + ')' if running else 'not running'}"]
    lines = [
        *who[:-1],
        f"{who[-1]}; database {database}",
        f"feeds     {len(enabled)} configured: {by.get('ok', 0)} ok, {failing} failing, "
        f"{by.get('malformed', 0)} malformed, {by.get('gone', 0)} gone, {new} not polled yet"
        + ("  (see `watcher feeds`)" if failing or by.get("gone") else ""),
        f"polling   last fetch {_ago(stats.last_fetch_at, now)}, next check "
        f"{_ago(stats.next_check_at, now) if stats.next_check_at else 'at the next cycle'}",
        f"stored    {stats.items} items; matches: "
        + (", ".join(f"{p} {n}" for p, n in sorted(stats.matches_by_profile.items()))
           or "none"),
    ]
    if stats.oldest_pending_match is not None:
        lines.append(f"waiting   oldest undelivered match since "
                     f"{_ago(stats.oldest_pending_match, now)}")
    lines.append("outbox")
    for name, dest in config.destinations.items():
        counts = {s: stats.windows.get((name, s), 0) for s in ("pending", "retrying", "dead")}
        when = ("instant" if dest.mode == "instant"
                else _next_digest(dest.schedule, dest.timezone, now))
        lines.append(f"  {name} ({dest.type}): {stats.queued_by_destination.get(name, 0)} "
                     f"queued, {counts['pending']} pending, {counts['retrying']} retrying, "
                     f"{counts['dead']} dead; {when}")
    if not config.destinations:
        lines.append("  no destinations configured")
    return "\n".join(lines)
