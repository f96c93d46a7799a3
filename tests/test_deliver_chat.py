"""Chat webhooks: splitting to each platform's limits, and HTTP answers mapped to errors."""

from __future__ import annotations

import asyncio
import json
import re
from typing import Any

import pytest
from digests import digest_of, item, many_rows, marker, match
from receiver import Receiver

from watcher.config import ChatDestination, Config, PollingConfig
from watcher.deliver import Notifier, OutgoingMessage, build_notifier
from watcher.errors import DeliveryError

PLATFORMS = ["slack", "discord", "teams", "mattermost", "googlechat"]
MARKER = re.compile(r"item-(\d{4})")


def notifier(kind: str, url: str = "https://hooks.example/services/T000/B000/SECRET",
             timeout: float = 5.0) -> Notifier:
    config = Config(polling=PollingConfig(timeout=timeout, connect_timeout=timeout))
    dest = ChatDestination.model_validate({"type": kind, "url": url})
    return build_notifier("team-chat", dest, config, environ={})


def texts(payload: Any) -> list[str]:
    """Every string in a JSON payload, depth first."""
    if isinstance(payload, str):
        return [payload]
    if isinstance(payload, dict):
        return [t for v in payload.values() for t in texts(v)]
    if isinstance(payload, list):
        return [t for v in payload for t in texts(v)]
    return []


def within_limits(kind: str, payload: dict[str, Any], body: bytes) -> None:
    if kind == "slack":
        assert len(payload["blocks"]) <= 50
        assert all(len(b["text"]["text"]) <= 3000 for b in payload["blocks"] if "text" in b)
    elif kind == "discord":
        embeds = payload["embeds"]
        assert len(embeds) <= 10 and len(payload["content"]) <= 2000
        assert all(len(e["description"]) <= 4096 and len(e["title"]) <= 256 for e in embeds)
        assert sum(len(e["title"]) + len(e["description"]) + len(e.get("footer", {}).get(
            "text", "")) for e in embeds) <= 6000
    elif kind == "teams":
        assert len(body) <= 28_000
    elif kind == "mattermost":
        assert len(payload["text"]) <= 16383
    elif kind == "googlechat":
        assert len(body) <= 32_000


def markers_in(messages: list[OutgoingMessage]) -> list[int]:
    """Item markers in message order, each counted once per entry (titles only)."""
    found = []
    for message in messages:
        for text in texts(json.loads(message.body)):
            # A marker appears once per entry, in its title; a "continued" heading has none.
            found += [int(m) for m in MARKER.findall(text)]
    return found


@pytest.mark.parametrize("kind", PLATFORMS)
def test_long_digest_splits_within_limits_and_keeps_every_item(kind: str) -> None:
    """500 long items (Korean and English) split into messages within limits, none lost."""
    digest = digest_of(many_rows(500))
    messages = notifier(kind).render(digest)
    assert len(messages) > 1
    for message in messages:
        within_limits(kind, json.loads(message.body), message.body)
    found = markers_in(messages)
    assert sorted(found) == list(range(500))  # every item exactly once
    expected = [int(MARKER.findall(e.item.title)[0]) for g in digest.groups for e in g.entries]
    assert found == expected  # in digest order
    assert sum(m.item_count for m in messages) == 500


@pytest.mark.parametrize("kind", PLATFORMS)
def test_huge_single_item_is_shrunk_not_dropped(kind: str) -> None:
    """An item bigger than a whole message is shortened, never dropped."""
    big = item(1, title=f"{marker(7)} " + "북한 인권 " * 2000, text="defect " * 5000)
    messages = notifier(kind).render(digest_of([(big, match(big))]))
    assert markers_in(messages) == [7]
    for message in messages:
        within_limits(kind, json.loads(message.body), message.body)


def test_slack_escapes_feed_text() -> None:
    """Slack text escapes & < > from feeds, so a title cannot forge a link or mention."""
    bad = item(4, title="<!channel> & <https://evil.example|click>")
    body = notifier("slack").render(digest_of([(bad, match(bad))]))[0].body.decode()
    assert "&lt;!channel&gt; &amp; &lt;https://evil.example|click&gt;" in body


def test_discord_disables_mentions_and_empty_digest_sends_header() -> None:
    """Discord payloads never ping; an empty digest is one header-only message."""
    (message,) = notifier("discord").render(digest_of([]))
    payload = json.loads(message.body)
    assert payload["allowed_mentions"] == {"parse": []} and payload["embeds"] == []
    assert "nothing new" in payload["content"]


def test_preview_is_pretty_json() -> None:
    """preview() shows the payload as indented JSON with Korean left readable."""
    it = item(1)
    message = notifier("mattermost").render(digest_of([(it, match(it))]))[0]
    assert message.preview().startswith("{\n  \"text\"")


def send(kind: str, rx: Receiver, digest: Any, timeout: float = 5.0) -> None:
    n = notifier(kind, rx.url("/hooks/SECRET-TOKEN"), timeout)

    async def run() -> None:
        for i, message in enumerate(n.render(digest)):
            await n.deliver(message, f"{digest.digest_id}-{i}")

    asyncio.run(run())


def test_five_hundred_matches_arrive_at_slack_split_and_complete() -> None:
    """A burst of 500 matches reaches a Slack receiver in order, each item exactly once."""
    with Receiver() as rx:
        send("slack", rx, digest_of(many_rows(500)))
    assert len(rx.requests) > 1
    found = [int(m) for r in rx.requests for t in texts(r.json()) for m in MARKER.findall(t)]
    assert sorted(found) == list(range(500))
    assert all(r.headers["content-type"] == "application/json" for r in rx.requests)


@pytest.mark.parametrize(("status", "headers", "body", "retry_after", "permanent"), [
    (429, {"Retry-After": "7"}, "", 7.0, False),
    (503, {"Retry-After": "120"}, "", 120.0, False),
    (429, {"Retry-After": "1", "Content-Type": "application/json"},
     '{"message": "You are being rate limited.", "retry_after": 12.5, "global": false}', 12.5,
     False),
    (400, {}, "invalid_blocks", None, True),
    (404, {}, "no_service", None, True),
    (410, {}, "gone", None, True),
    (500, {}, "oops", None, False),
])
def test_http_answers_map_to_delivery_errors(status: int, headers: dict[str, str], body: str,
                                             retry_after: float | None,
                                             permanent: bool) -> None:
    """429/503 carry retry_after (header or Discord JSON); 4xx permanent; 5xx transient."""
    it = item(1)
    with Receiver() as rx:
        rx.answer(status, body, headers)
        with pytest.raises(DeliveryError) as info:
            send("discord", rx, digest_of([(it, match(it))]))
    error = info.value
    assert error.retry_after == retry_after and error.permanent is permanent
    assert f"HTTP {status}" in str(error) and "team-chat" in str(error)
    assert "SECRET-TOKEN" not in str(error) and "127.0.0.1" in str(error)
    if body:
        assert body[:10] in str(error)


def test_hanging_receiver_times_out_as_transient() -> None:
    """A receiver that never answers gives a transient error naming the timeout."""
    it = item(1)
    with Receiver() as rx:
        rx.hang()
        with pytest.raises(DeliveryError) as info:
            send("slack", rx, digest_of([(it, match(it))]), timeout=0.5)
    assert not info.value.permanent and "timed out" in str(info.value)
    assert "SECRET-TOKEN" not in str(info.value)


def test_connection_refused_is_transient() -> None:
    """Nothing listening: a transient error that names the host but not the secret path."""
    with Receiver() as rx:
        url = rx.url("/hooks/SECRET-TOKEN")
    it = item(1)
    n = notifier("teams", url, timeout=2)
    message = n.render(digest_of([(it, match(it))]))[0]
    with pytest.raises(DeliveryError) as info:
        asyncio.run(n.deliver(message, "1-0"))
    assert not info.value.permanent and "SECRET-TOKEN" not in str(info.value)


def test_mattermost_defuses_mentions_from_feed_text() -> None:
    """@channel, @here, @all and @someone from a feed reach Mattermost as plain text."""
    bad = item(4, title="Alert @channel @here @all: ask @desk-chief", text="cc @everyone now")
    body = json.loads(notifier("mattermost").render(digest_of([(bad, match(bad))]))[0].body)
    text = body["text"]
    assert not re.search(r"@(channel|here|all|desk-chief|everyone)\b", text)
    assert "@\u200bchannel" in text and "@\u200bhere" in text and "@\u200ball" in text


@pytest.mark.parametrize("kind", PLATFORMS)
def test_max_items_bounds_each_message_and_every_story_arrives(kind: str) -> None:
    """With max_items 7, 30 short stories go out as messages of at most 7, all of them."""
    config = Config(polling=PollingConfig(timeout=5, connect_timeout=5))
    dest = ChatDestination.model_validate({"type": kind, "url": "http://127.0.0.1:9/x",
                                           "max_items": 7})
    messages = build_notifier("team-chat", dest, config, environ={}).render(
        digest_of(many_rows(30, long=False)))
    assert all(m.item_count <= 7 for m in messages) and len(messages) >= 5
    assert sorted(markers_in(messages)) == list(range(30))


@pytest.mark.parametrize("path", ["/hooks/SECRET-TOKEN", "/services/T0/B0/SECRET-TOKEN?x=1"])
def test_delivery_errors_never_carry_the_secret_path(path: str) -> None:
    """A refused connection gives a message naming the destination and host, never the
    secret (a bad port never gets this far: the config refuses it at load, see test_config)."""
    with Receiver() as rx:
        url = rx.url(path)  # closed once the block ends: nothing listens there
    it = item(1)
    n = notifier("slack", url, timeout=2)
    message = n.render(digest_of([(it, match(it))]))[0]
    with pytest.raises(DeliveryError) as info:
        asyncio.run(n.deliver(message, "1-0"))
    assert "SECRET-TOKEN" not in str(info.value) and "team-chat" in str(info.value)
