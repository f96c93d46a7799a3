"""`content: full` digests show each item's own HTML: links kept, images as links, no script."""

from __future__ import annotations

from dataclasses import replace

import pytest
from digests import PROFILES, digest_of, item, match

from watcher.config import Config, FileDestination
from watcher.deliver.file import create
from watcher.deliver.mime import html_part
from watcher.itemhtml import MAIL_LIMIT

BODY = ('<p>Read the <a href="/reports/camps.pdf">full report</a> and the '
        '<a href="https://rights.example/testimony">testimonies</a>.</p>'
        '<img src="https://cdn.example/map.png" alt="Map of the camps">'
        '<script>alert(1)</script><p onclick="steal()">Satellite images show new walls.</p>')


def render(content: str, body: str = BODY) -> str:
    it = replace(item(1), body_html=body)
    dest = FileDestination(type="file", path="out", content=content)  # type: ignore[arg-type]
    notifier = create("desk", dest, Config(profiles=PROFILES), environ={})
    [message] = notifier.render(digest_of([(it, match(it))]))
    assert message.email is not None
    return html_part(message.email)


def test_full_content_keeps_links_and_turns_images_into_links() -> None:
    """Links resolve against the item's link; an image is a link named by its alt text."""
    html = render("full")
    assert 'href="https://a.example/reports/camps.pdf"' in html
    assert 'href="https://rights.example/testimony"' in html
    assert 'href="https://cdn.example/map.png"' in html and ">[image: Map of the camps]</a>" in html
    assert "Satellite images show new walls." in html
    assert "<img" not in html and "<script" not in html
    assert "alert(1)" not in html and "onclick" not in html and "steal()" not in html


def test_snippet_content_shows_no_body() -> None:
    """The default shows the highlighted snippet, not the item's HTML."""
    html = render("snippet")
    assert "camps.pdf" not in html and "Satellite images" not in html


@pytest.mark.parametrize("body", ["", "<p>" + "x" * MAIL_LIMIT + "</p>"])
def test_no_body_or_a_huge_one_falls_back_to_the_snippet(body: str) -> None:
    """Without HTML, or with more than a digest should carry, the snippet is shown."""
    html = render("full", body)
    assert item(1).summary[10:40] in html and "x" * 1000 not in html


def test_a_future_date_is_flagged_where_it_is_shown() -> None:
    """An item the feed dates in the future says so beside its time (digest and webhook)."""
    from watcher.deliver.webhook import entry_json
    from watcher.models import DigestEntry

    it = replace(item(2), published_doubtful=True)
    dest = FileDestination(type="file", path="out")  # type: ignore[call-arg]
    [message] = create("desk", dest, Config(profiles=PROFILES), environ={}).render(
        digest_of([(it, match(it))]))
    assert message.email is not None
    assert "(a future date, as the feed gives it)" in html_part(message.email)
    assert entry_json(DigestEntry(item=it, match=match(it)))["published_doubtful"] is True
