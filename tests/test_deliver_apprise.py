"""Apprise destination: the digest reaches a service through Apprise (its json:// plugin,
posting to a loopback receiver), and a refusal is a DeliveryError naming the destination."""

from __future__ import annotations

import asyncio

import pytest
from digests import digest_of, item, match
from receiver import Receiver

from watcher.config import AppriseDestination, Config
from watcher.deliver import Notifier, build_notifier
from watcher.errors import DeliveryError


def notifier(rx: Receiver) -> Notifier:
    host, port = rx.url().split("//")[1].split("/")[0].split(":")
    dest = AppriseDestination(type="apprise", urls=(f"json://{host}:{port}/in",))
    return build_notifier("long-tail", dest, Config(), environ={})


def send(n: Notifier) -> None:
    stories = [item(0), item(1)]
    [message] = n.render(digest_of([(s, match(s)) for s in stories]))

    async def run() -> None:
        await n.deliver(message, "7-0")

    asyncio.run(run())


def test_digest_goes_out_through_apprise() -> None:
    """One notification: the subject as title, the text digest with every story as body."""
    with Receiver() as rx:
        send(notifier(rx))
    [request] = rx.requests
    assert request.path == "/in"
    payload = request.json()
    assert "2 new items" in payload["title"]
    for story in (item(0), item(1)):
        assert story.title in payload["message"]
        assert story.link is not None and story.link in payload["message"]


def test_refusal_is_a_delivery_error_naming_the_destination() -> None:
    with Receiver() as rx:
        rx.answer(500, "down", times=5)
        with pytest.raises(DeliveryError, match="destination 'long-tail': apprise could not"):
            send(notifier(rx))
