"""Full text for truncated feeds: a feed with ``fulltext: true`` has each new item's page
fetched and its main text extracted (trafilatura), then matched and shown as the item's
content, like text the feed carried itself.

Pages are fetched by the feeds' own Fetcher, so they share the feeds' politeness: the
User-Agent, timeouts, size limit, and the per-host and overall connection caps. Each new
item's page is fetched once: known items never again, and the extracted text is cached by
URL in the store (a crash before the items were stored, or a second feed linking the same
page, costs no second fetch). The item's content hash stays the one of the feed's own
text, so the next poll, which carries the feed's text only, is not taken for an update.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import replace
from datetime import datetime
from typing import Any

from watcher.errors import FetchError
from watcher.fetch import Fetcher
from watcher.match import Matcher
from watcher.rows import ItemRow, match_row, row_item
from watcher.store import Store
from watcher.workers import Parsed

log = logging.getLogger("watcher")


async def add_full_text(parsed: Parsed, *, feed_id: int, feed_url: str, fetcher: Fetcher,
                        store: Store, matcher: Matcher, now: datetime) -> Parsed:
    """``parsed`` with each new item's page text as its content, and matched again."""
    linked = [r for r in parsed.rows if r["link"]]
    known = store.known_keys(feed_id, [r["item_key"] for r in linked])
    new = [r for r in linked if r["item_key"] not in known]
    if not new:
        return parsed
    urls = list(dict.fromkeys(r["link"] for r in new))
    texts = store.page_texts(urls)
    missing = [u for u in urls if u not in texts]
    fetched = await asyncio.gather(*(_page_text(fetcher, u, feed_url) for u in missing))
    store.save_page_texts({u: t for u, t in zip(missing, fetched, strict=True)
                           if t is not None}, now)
    texts.update({u: t for u, t in zip(missing, fetched, strict=True) if t})
    rows = [_with_text(r, texts.get(r["link"] or "")) for r in parsed.rows]
    matches = dict(parsed.matches)
    for row in rows:
        if texts.get(row["link"] or ""):
            # As at ingest: no snippet now, the message that shows the story builds it.
            found = matcher.match(row_item(row, feed_url), snippets=False)
            matches.pop(row["item_key"], None)
            if found:
                matches[row["item_key"]] = [
                    match_row(m, matcher.snippet_order(m.profile, m.terms)) for m in found]
    return replace(parsed, rows=rows, matches=matches)


def _with_text(row: ItemRow, text: str | None) -> ItemRow:
    return {**row, "content": text} if text else row


async def _page_text(fetcher: Fetcher, url: str, feed_url: str) -> str | None:
    """The page's main text; "" when it has none; None when it could not be fetched (the
    item keeps the feed's text, and the page is not tried again as the item is known)."""
    try:
        result = await fetcher.fetch(url)
    except FetchError as exc:
        log.warning("feed %s: full text of %s not fetched: %s", feed_url, url, exc)
        return None
    # Extraction parses the whole page: off the event loop, which keeps fetching.
    return await asyncio.to_thread(extract_text, result.body)


def extract_text(page: bytes) -> str:
    """The main text of an HTML page (article body without navigation, ads, footers)."""
    import trafilatura  # loaded only by configs that ask for full text

    text: Any = trafilatura.extract(page, include_comments=False, include_tables=True)
    return str(text).strip() if text else ""
