"""Every destination's messages: at most max_items stories each, every story in one of them,
feed text made safe (no NUL) and bounded (one absurd item shortened, not fatal)."""

from __future__ import annotations

import json
import re
from email.message import EmailMessage
from pathlib import Path

import pytest
from digests import digest_of, item, many_rows, marker, match

from watcher.config import (
    ChatDestination,
    Config,
    EmailDestination,
    FileDestination,
    SmtpConfig,
    WebhookDestination,
)
from watcher.deliver import Notifier, build_notifier
from watcher.deliver.mime import subject_for

SMTP = SmtpConfig.model_validate({"host": "127.0.0.1", "port": 2525, "security": "none",
                                  "from": "watcher <alerts@example.org>"})
MARKER = re.compile(r"item-(\d{4})")


def email_notifier(max_items: int = 100) -> Notifier:
    dest = EmailDestination(type="email", to=("desk@example.org",), max_items=max_items)
    return build_notifier("desk", dest, Config(smtp=SMTP), environ={})


def html_of(msg: EmailMessage | None) -> str:
    assert msg is not None
    part = msg.get_body(("html",))
    assert part is not None
    return str(part.get_content())


def test_three_hundred_stories_become_emails_under_100_kb_carrying_every_story() -> None:
    """A 300-story digest goes out as several emails whose HTML parts are each under
    100 KB and at most max_items stories, and together carry every story exactly once."""
    messages = email_notifier().render(digest_of(many_rows(300)))
    assert len(messages) >= 3
    htmls = [html_of(m.email) for m in messages]
    assert all(len(h.encode("utf-8")) < 100_000 for h in htmls)
    assert all(m.item_count <= 100 for m in messages)
    found = sorted(int(n) for h in htmls for n in set(MARKER.findall(h)))
    assert found == list(range(300))
    subjects = [str(m.email["Subject"]) for m in messages if m.email is not None]
    assert subjects == [f"watcher: 300 new items ({i}/{len(messages)})"
                        for i in range(1, len(messages) + 1)]


def test_subject_counts_the_window_not_the_stories_shown() -> None:
    """{count} in a subject is every story of the window: 309, not the 100 shown."""
    digest = digest_of(many_rows(309, long=False), max_items=100)
    assert subject_for(digest, "{count} stories") == "309 stories"


@pytest.mark.parametrize("max_items", [1, 7, 100])
def test_file_digest_splits_at_max_items_without_loss(tmp_path: Path, max_items: int) -> None:
    """The file destination writes as many digests as max_items needs; none is lost."""
    dest = FileDestination(type="file", path="d", max_items=max_items)
    n = build_notifier("files", dest, Config(base_dir=tmp_path), environ={})
    messages = n.render(digest_of(many_rows(20, long=False)))
    assert len(messages) == -(-20 // max_items)
    found = sorted(int(x) for m in messages for x in set(MARKER.findall(html_of(m.email))))
    assert found == list(range(20))


def test_nul_and_control_characters_never_reach_an_email() -> None:
    """NUL and other control characters in a feed's title and summary are removed."""
    it = item(1, title="Defector\x00 reaches\x07 Seoul\x1b", text="Text\x00 with NUL\x0b.")
    [message] = email_notifier().render(digest_of([(it, match(it))]))
    assert message.email is not None
    raw = message.email.as_bytes()
    assert b"\x00" not in raw and b"\x07" not in raw and b"\x1b" not in raw
    assert "Defector reaches Seoul" in html_of(message.email)


@pytest.mark.parametrize("kind", ["webhook", "slack", "discord", "teams", "mattermost",
                                  "googlechat"])
def test_an_item_larger_than_any_message_is_shortened_and_the_rest_kept(kind: str) -> None:
    """A 700 KB title and summary do not fail the message: that story is shortened, the
    others arrive whole."""
    rows = many_rows(5, long=False)
    giant = item(99, title=marker(99) + " " + "탈북 " * 230_000, text="defect " * 100_000)
    rows.append((giant, match(giant)))
    raw = {"type": kind, "url": "http://127.0.0.1:9/hook", "secret": "whsec_" + "A" * 40}
    dest = (WebhookDestination.model_validate(raw) if kind == "webhook" else
            ChatDestination.model_validate({k: v for k, v in raw.items() if k != "secret"}))
    n = build_notifier("hook", dest, Config(), environ={})
    messages = n.render(digest_of(rows))
    bodies = b"".join(m.body for m in messages).decode("utf-8")
    assert sorted(set(int(x) for x in MARKER.findall(bodies))) == [0, 1, 2, 3, 4, 99]
    assert all(len(m.body) <= 512_000 for m in messages)
    if kind == "webhook":
        entries = [e for m in messages for g in json.loads(m.body)["groups"]
                   for e in g["entries"]]
        assert max(len(e["title"]) for e in entries) <= 1_000
