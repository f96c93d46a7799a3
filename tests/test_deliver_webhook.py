"""Generic webhook: Standard Webhooks signatures, stable ids, the documented schema."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json

import pytest
import standardwebhooks
from digests import digest_of, item, many_rows, match
from receiver import Receiver

from watcher.config import Config, WebhookDestination
from watcher.deliver import Notifier, build_notifier
from watcher.deliver.webhook import MAX_BYTES, decode_secret, sign
from watcher.errors import ConfigError, DeliveryError
from watcher.models import Digest

SECRET = "whsec_" + base64.b64encode(b"a test key of thirty-two bytes!!").decode()


def notifier(url: str, secret: str = SECRET) -> Notifier:
    dest = WebhookDestination(type="webhook", url=url, secret=secret)
    return build_notifier("hooks", dest, Config(), environ={})


def deliver_all(url: str, digest: Digest, key_prefix: str = "42") -> None:
    n = notifier(url)

    async def run() -> None:
        for i, message in enumerate(n.render(digest)):
            await n.deliver(message, f"{key_prefix}-{i}")

    asyncio.run(run())


def test_signature_verifies_with_standardwebhooks() -> None:
    """The reference library accepts our headers and body, and returns the payload."""
    it = item(1)
    with Receiver() as rx:
        deliver_all(rx.url("/in"), digest_of([(it, match(it))]))
    (request,) = rx.requests
    payload = standardwebhooks.Webhook(SECRET).verify(request.body, request.headers)
    assert payload["type"] == "watcher.digest/1"
    assert request.headers["webhook-id"] == "42-0"
    assert request.headers["webhook-signature"].startswith("v1,")


def test_tampered_body_fails_verification() -> None:
    """A receiver detects a changed body: the signature covers every byte."""
    it = item(1)
    with Receiver() as rx:
        deliver_all(rx.url("/in"), digest_of([(it, match(it))]))
    (request,) = rx.requests
    with pytest.raises(standardwebhooks.WebhookVerificationError):
        standardwebhooks.Webhook(SECRET).verify(request.body + b" ", request.headers)


def test_retry_keeps_webhook_id() -> None:
    """A retried part carries the same webhook-id, so the receiver can drop the duplicate."""
    it = item(1)
    with Receiver() as rx:
        rx.answer(500, "busy")
        n = notifier(rx.url("/in"))
        (message,) = n.render(digest_of([(it, match(it))]))
        with pytest.raises(DeliveryError):
            asyncio.run(n.deliver(message, "7-0"))
        asyncio.run(n.deliver(message, "7-0"))
    assert [r.headers["webhook-id"] for r in rx.requests] == ["7-0", "7-0"]
    assert rx.requests[0].body == rx.requests[1].body


def test_payload_schema() -> None:
    """The payload has the documented fields, with snippet offsets and matched terms."""
    a = item(5, feed="a", link="https://agency.example/1")
    b = item(10, feed="b", link="https://agency.example/1")
    with Receiver() as rx:
        deliver_all(rx.url("/in"), digest_of([(a, match(a)), (b, match(b))]))
    body = rx.requests[0].json()
    assert {"type", "destination", "digest_id", "title", "timezone", "window_start",
            "window_end", "part", "parts", "item_count", "more", "groups"} <= set(body)
    assert (body["part"], body["parts"], body["digest_id"]) == (1, 1, 42)
    entry = body["groups"][0]["entries"][0]
    assert entry["also_reported_by"] == ["Desk A"]
    assert entry["terms"][0] == {"term": "defect*", "fields": ["title", "summary"], "count": 1}
    start, end = entry["snippet"]["highlights"][0]
    assert entry["snippet"]["text"][start:end] == "defect"
    assert entry["published"].endswith("+00:00")


def test_large_digest_splits_into_numbered_parts() -> None:
    """A digest over the part size is split; parts are numbered and keep every item."""
    digest = digest_of(many_rows(1500))
    messages = notifier("http://127.0.0.1:9/").render(digest)
    assert len(messages) > 1 and all(len(m.body) <= MAX_BYTES for m in messages)
    bodies = [json.loads(m.body) for m in messages]
    assert [b["part"] for b in bodies] == list(range(1, len(bodies) + 1))
    keys = [e["item_key"] for b in bodies for g in b["groups"] for e in g["entries"]]
    assert sorted(keys) == sorted(f"key-{i}" for i in range(1500)) and len(set(keys)) == 1500


def test_sign_matches_the_documented_recipe() -> None:
    """sign() is HMAC-SHA256 over id.timestamp.body with the decoded secret."""
    key = decode_secret(SECRET, "hooks")
    expected = base64.b64encode(hmac.new(key, b"id-1.1700000000.{}", hashlib.sha256).digest())
    assert sign(key, "id-1", 1700000000, b"{}") == "v1," + expected.decode()


@pytest.mark.parametrize("secret", ["whsec_", "whsec_not base64!", ""])
def test_bad_secret_is_a_config_error(secret: str) -> None:
    """A secret that is not whsec_ + base64 is refused when the notifier is built."""
    with pytest.raises(ConfigError, match=r"hooks\.secret"):
        notifier("http://127.0.0.1:9/", secret)
