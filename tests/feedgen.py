"""Small generated RSS feeds for pipeline and daemon tests (invented text)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from xml.sax.saxutils import escape

BASE = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)

TOPICS = [
    ("Border guard defects across the river at night", "A soldier crossed and asked for asylum."),
    ("탈북자 가족, 제3국에서 구조 요청", "탈북민 단체가 중국 내 가족의 송환 위험을 알렸다."),
    ("Weather service expects a mild weekend", "Sunshine and light winds across the region."),
    ("Factory reports lower defect rate on new line", "Quality engineers credit the new sensors."),
]


def rss(feed_no: int, count: int, *, offset: int = 0) -> bytes:
    """An RSS 2.0 feed whose items alternate between matching and off-topic stories."""
    entries = []
    for n in range(offset, offset + count):
        title, summary = TOPICS[n % len(TOPICS)]
        when = (BASE + timedelta(hours=n)).strftime("%a, %d %b %Y %H:%M:%S +0000")
        entries.append(
            f"<item><title>{escape(title)} (feed {feed_no}, story {n})</title>"
            f"<link>https://news.example/{feed_no}/{n}?utm_source=rss</link>"
            f"<guid>feed{feed_no}-story{n}</guid><pubDate>{when}</pubDate>"
            f"<description>{escape(summary)}</description></item>")
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>Test desk {feed_no}</title><link>https://news.example/{feed_no}/</link>"
            f"{''.join(entries)}</channel></rss>").encode()


def matching_titles(feed_no: int, count: int) -> list[str]:
    """Titles of the stories in rss(feed_no, count) that the test profile should match."""
    return [f"{TOPICS[n % len(TOPICS)][0]} (feed {feed_no}, story {n})"
            for n in range(count) if n % len(TOPICS) in (0, 1)]
