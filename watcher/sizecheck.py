"""Will a destination's digest fit in one email? A warning for `watcher check`.

Mail clients show about 100 KB of an email's HTML (Gmail clips at about 102 KB). A digest
larger than that is sent as several emails (deliver/mime.py), so nothing is lost, but a
reader who expected one email a day gets several. ``max_items`` decides how large a digest
may grow, so the check renders ``max_items`` stories of ordinary length with the
destination's own notifier and template and says when they would not fit in one email.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime, timedelta

from watcher.config import Config
from watcher.deliver import build_notifier
from watcher.deliver.mime import MAX_HTML
from watcher.digest import build_digest
from watcher.models import Item, Match, Snippet, TermHit

# An ordinary story: a wire headline and a two-sentence summary.
_TITLE = "Officials confirm a group of workers left their posts abroad and asked for help"
_SUMMARY = ("A rights group said the group had travelled for weeks before reaching a mission "
            "that agreed to shelter them. Officials declined to give their number or route.")


def _rows(count: int, profiles: list[str], now: datetime) -> list[tuple[Item, Match]]:
    rows = []
    for i in range(count):
        item = Item(item_key=f"size-{i}", feed_url=f"https://desk{i % 7}.example/feed",
                    title=f"{_TITLE} ({i})", link=f"https://news.example/story/{i}",
                    summary=_SUMMARY, content="", author="", categories=(),
                    published=now - timedelta(minutes=i), published_from_feed=True,
                    content_hash=f"size-{i}", source_title=f"Desk {i % 7}")
        terms = (TermHit("workers", ("title",), 1), TermHit("posts abroad", ("title",), 1))
        snippet = Snippet(_SUMMARY, ((2, 8),))
        rows.append((item, Match(profiles[i % len(profiles)], 1.0, terms, snippet)))
    return rows


def email_size_warnings(config: Config, environ: Mapping[str, str],
                        now: datetime | None = None) -> list[str]:
    """One line per email or file destination whose full digest would be several emails."""
    now = now or datetime.now(UTC)
    profiles = list(config.profiles) or ["profile"]
    warnings = []
    for name, dest in config.destinations.items():
        if dest.type not in ("email", "file") or dest.mode != "digest":
            continue
        wanted = [p for p in profiles if dest.profiles is None or p in dest.profiles]
        rows = _rows(dest.max_items, wanted or profiles, now)
        digest = build_digest(name, 0, rows, profiles=config.profiles, timezone=dest.timezone,
                              window_start=now - timedelta(days=1), window_end=now,
                              max_items=dest.max_items)
        messages = build_notifier(name, dest, config, environ=environ).render(digest)
        if len(messages) > 1:
            per_email = max(1, dest.max_items // len(messages))
            warnings.append(
                f"destinations.{name}.max_items: {dest.max_items} ordinary stories come to "
                f"more than the {MAX_HTML // 1000} KB of HTML mail clients show in one email; "
                f"a full digest would arrive as {len(messages)} emails (set max_items to "
                f"about {per_email} for one email, or keep it: nothing is lost)")
    return warnings
