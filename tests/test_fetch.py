"""Fetcher against a real loopback HTTP server, plus the pure response decisions."""

from __future__ import annotations

import asyncio
import hashlib
import shutil
import socket
import ssl
import subprocess
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import brotli  # type: ignore[import-untyped]
import pytest
from feedserver import FeedServer, closed_port_url

from watcher.addresses import private_step, system_lookup
from watcher.config import PollingConfig
from watcher.errors import FetchError
from watcher.fetch import Fetcher
from watcher.models import FetchResult
from watcher.responses import Accept, Redirect, decide, describe_transport_error

FEED = (Path(__file__).parent / "fixtures" / "fetch" / "small.rss").read_bytes()
LAST_MODIFIED = "Tue, 02 Jan 2024 03:04:05 GMT"
NOW = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
IN_AN_HOUR = format_datetime(NOW + timedelta(hours=1), usegmt=True)
AN_HOUR_AGO = format_datetime(NOW - timedelta(hours=1), usegmt=True)


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as srv:
        yield srv


def polling(**overrides: Any) -> PollingConfig:
    return PollingConfig(**{"timeout": 2.0, "connect_timeout": 1.0, **overrides})


def fetch(url: str, config: PollingConfig | None = None, **kwargs: Any) -> FetchResult:
    async def run() -> FetchResult:
        async with Fetcher(config or polling(), clock=lambda: NOW) as fetcher:
            return await fetcher.fetch(url, **kwargs)

    return asyncio.run(run())


def fetch_error(url: str, config: PollingConfig | None = None, **kwargs: Any) -> FetchError:
    with pytest.raises(FetchError) as info:
        fetch(url, config, **kwargs)
    return info.value


def fetch_many(urls: list[str], config: PollingConfig) -> list[FetchResult]:
    async def run() -> list[FetchResult]:
        async with Fetcher(config) as fetcher:
            return list(await asyncio.gather(*(fetcher.fetch(u) for u in urls)))

    return asyncio.run(run())


# -- successful fetches --------------------------------------------------------------------


def test_200_returns_body_hash_and_lowercase_headers(server: FeedServer) -> None:
    """A 200 yields the exact body, its sha256 and lower-cased header names."""
    server.route("/feed.xml", FEED, headers={"Content-Type": "application/rss+xml", "X-Desk": "1"})
    result = fetch(server.url("/feed.xml"))
    assert (result.status, result.body, result.not_modified) == (200, FEED, False)
    assert result.content_hash == hashlib.sha256(FEED).hexdigest()
    assert result.headers["content-type"] == "application/rss+xml"
    assert result.headers["x-desk"] == "1"
    assert result.final_url == result.url == server.url("/feed.xml")
    assert result.permanent_url is None


def test_request_names_the_project_and_accepts_compression(server: FeedServer) -> None:
    """Requests carry the configured User-Agent and Accept-Encoding gzip, br."""
    server.route("/feed.xml", FEED)
    fetch(server.url("/feed.xml"), polling(user_agent="watcher-test/9"))
    sent = server.requests[0].headers
    assert sent["user-agent"] == "watcher-test/9"
    assert sent["accept-encoding"] == "gzip, br"
    assert "application/rss+xml" in sent["accept"]


def test_304_with_etag(server: FeedServer) -> None:
    """A matching If-None-Match gets 304: empty body, no hash, the ETag kept."""
    server.route("/feed.xml", FEED, etag='"v7"')
    first = fetch(server.url("/feed.xml"))
    assert first.etag == '"v7"'
    second = fetch(server.url("/feed.xml"), etag=first.etag)
    assert (second.status, second.body, second.content_hash) == (304, b"", None)
    assert second.not_modified and second.etag == '"v7"'
    assert server.requests[1].headers["if-none-match"] == '"v7"'


def test_304_with_last_modified(server: FeedServer) -> None:
    """A matching If-Modified-Since gets 304 and the Last-Modified value survives."""
    server.route("/feed.xml", FEED, last_modified=LAST_MODIFIED)
    first = fetch(server.url("/feed.xml"))
    assert first.last_modified == LAST_MODIFIED
    second = fetch(server.url("/feed.xml"), last_modified=LAST_MODIFIED)
    assert second.status == 304 and second.last_modified == LAST_MODIFIED
    assert server.requests[1].headers["if-modified-since"] == LAST_MODIFIED


def test_304_without_validators_keeps_the_ones_sent(server: FeedServer) -> None:
    """A 304 that omits ETag still reports the ETag we sent, so it is not forgotten."""
    server.route("/feed.xml", status=304)
    result = fetch(server.url("/feed.xml"), etag='"old"', last_modified=LAST_MODIFIED)
    assert (result.etag, result.last_modified) == ('"old"', LAST_MODIFIED)


def test_non_ascii_validators_are_not_sent_back(server: FeedServer) -> None:
    """A non-ASCII ETag/Last-Modified the server sent is dropped: the next GET is unconditional."""
    server.route("/feed.xml", FEED, etag='"café"', last_modified="Tue, 1 Déc 2026")
    first = fetch(server.url("/feed.xml"))
    assert first.etag == '"café"' and first.last_modified == "Tue, 1 Déc 2026"
    second = fetch(server.url("/feed.xml"), etag=first.etag, last_modified=first.last_modified)
    assert (second.status, second.body, second.etag) == (200, FEED, '"café"')
    assert "if-none-match" not in server.requests[1].headers
    assert "if-modified-since" not in server.requests[1].headers


def test_changed_etag_gets_full_body(server: FeedServer) -> None:
    """A stale ETag gets a 200 with the body and the new ETag."""
    server.route("/feed.xml", FEED, etag='"v2"')
    result = fetch(server.url("/feed.xml"), etag='"v1"')
    assert (result.status, result.body, result.etag) == (200, FEED, '"v2"')


def test_empty_200_is_a_result_with_empty_body(server: FeedServer) -> None:
    """An empty 200 is not a fetch error; parsing decides what it means."""
    server.route("/empty.xml", b"")
    result = fetch(server.url("/empty.xml"))
    assert (result.status, result.body) == (200, b"")
    assert result.content_hash == hashlib.sha256(b"").hexdigest()


def test_gzip_body_is_decoded(server: FeedServer) -> None:
    """A gzip Content-Encoding is decoded and the hash is over the decoded feed."""
    server.route("/feed.xml", FEED, gzip=True)
    result = fetch(server.url("/feed.xml"))
    assert result.body == FEED
    assert result.content_hash == hashlib.sha256(FEED).hexdigest()


def test_brotli_body_is_decoded(server: FeedServer) -> None:
    """A br Content-Encoding is decoded."""
    server.route("/feed.xml", brotli.compress(FEED), headers={"Content-Encoding": "br"})
    assert fetch(server.url("/feed.xml")).body == FEED


# -- HTTP errors ---------------------------------------------------------------------------


@pytest.mark.parametrize("status", [400, 401, 403, 404, 500, 502])
def test_http_error_status_names_status_and_url(server: FeedServer, status: int) -> None:
    """Other error statuses give "HTTP <status> from <url>" and are not 'gone'."""
    server.route("/feed.xml", b"nope", status=status)
    error = fetch_error(server.url("/feed.xml"))
    assert str(error) == f"HTTP {status} from {server.url('/feed.xml')}"
    assert (error.status, error.gone, error.retry_after) == (status, False, None)


def test_410_marks_gone(server: FeedServer) -> None:
    """410 Gone is an error with gone=True and a sentence saying polling stopped."""
    server.route("/feed.xml", status=410)
    error = fetch_error(server.url("/feed.xml"))
    assert error.gone and error.status == 410
    assert str(error).startswith(f"HTTP 410 Gone from {server.url('/feed.xml')}")
    assert "polling stopped" in str(error)


@pytest.mark.parametrize(
    ("status", "retry_after", "expected"),
    [
        (429, "120", 120.0),
        (429, format_datetime(NOW + timedelta(minutes=5), usegmt=True), 300.0),
        (503, "30", 30.0),
        (503, None, None),
        (429, "soon", None),
    ],
)
def test_429_and_503_carry_retry_after(
    server: FeedServer, status: int, retry_after: str | None, expected: float | None
) -> None:
    """429/503 report Retry-After in seconds, from delay-seconds or an HTTP date."""
    headers = {"Retry-After": retry_after} if retry_after is not None else {}
    server.route("/feed.xml", status=status, headers=headers)
    error = fetch_error(server.url("/feed.xml"))
    assert (error.status, error.retry_after, error.gone) == (status, expected, False)
    assert str(error).startswith(f"HTTP {status} from {server.url('/feed.xml')}")


# -- redirects -----------------------------------------------------------------------------


def chain(server: FeedServer, statuses: list[int]) -> str:
    """Routes /r0 -> /r1 -> ... -> /feed.xml with the given statuses; returns the start URL."""
    for i, status in enumerate(statuses):
        target = f"/r{i + 1}" if i + 1 < len(statuses) else "/feed.xml"
        server.route(f"/r{i}", status=status, headers={"Location": target})
    server.route("/feed.xml", FEED)
    return server.url("/r0")


@pytest.mark.parametrize(
    ("statuses", "permanent"),
    [
        ([301], True),
        ([308], True),
        ([301, 301, 308], True),
        ([302], False),
        ([307], False),
        ([303], False),
        ([301, 302], False),
        ([302, 301], False),
    ],
)
def test_redirects_set_permanent_url_only_when_every_hop_is_permanent(
    server: FeedServer, statuses: list[int], permanent: bool
) -> None:
    """301/308 chains report the new URL; any 302/303/307 on the way keeps the old one."""
    start = chain(server, statuses)
    result = fetch(start)
    assert result.body == FEED
    assert (result.url, result.final_url) == (start, server.url("/feed.xml"))
    assert result.permanent_url == (server.url("/feed.xml") if permanent else None)
    assert server.hits("/feed.xml") == 1


def test_absolute_location_is_followed(server: FeedServer) -> None:
    """An absolute Location header is followed as given."""
    server.route("/old", status=301, headers={"Location": server.url("/feed.xml")})
    server.route("/feed.xml", FEED)
    assert fetch(server.url("/old")).permanent_url == server.url("/feed.xml")


def test_redirect_loop_is_named(server: FeedServer) -> None:
    """A loop stops at the first repeated address and names it."""
    server.route("/a", status=301, headers={"Location": "/b"})
    server.route("/b", status=302, headers={"Location": "/a"})
    error = fetch_error(server.url("/a"))
    assert str(error).startswith(f"redirect loop at {server.url('/a')}")
    assert server.hits("/a") == 1 and server.hits("/b") == 1


def test_too_many_redirects(server: FeedServer) -> None:
    """More hops than max_redirects is an error naming the start URL."""
    start = chain(server, [301] * 5)
    error = fetch_error(start, polling(max_redirects=3))
    assert str(error) == f"too many redirects (more than 3) starting at {start}"
    assert server.hits("/feed.xml") == 0


def test_redirect_without_location(server: FeedServer) -> None:
    """A 301 with no Location is an error, not a crash."""
    server.route("/feed.xml", status=301)
    assert "without a Location header" in str(fetch_error(server.url("/feed.xml")))


async def seen_as_public(host: str) -> list[str]:
    """DNS as if the test server's 127.0.0.1 were a public address; other names as they are."""
    return ["93.184.216.34"] if host == "127.0.0.1" else await system_lookup(host)


def fetch_from_public(url: str, config: PollingConfig) -> FetchResult:
    async def run() -> FetchResult:
        async with Fetcher(config, lookup=seen_as_public) as fetcher:
            return await fetcher.fetch(url)

    return asyncio.run(run())


def test_public_feed_may_not_redirect_to_loopback(server: FeedServer) -> None:
    """A feed on a public address that redirects to a loopback one is refused before the
    request, with a message naming both URLs and the setting that allows it."""
    port = urlsplit(server.url("/")).port
    server.route("/feed", status=302, headers={"Location": f"http://localhost:{port}/feed.xml"})
    server.route("/feed.xml", FEED)
    with pytest.raises(FetchError) as info:
        fetch_from_public(server.url("/feed"), polling())
    assert "refused: it leads from a public address to a private or loopback one" in str(
        info.value)
    assert "polling.allow_private_networks: true" in str(info.value)
    assert server.hits("/feed.xml") == 0
    allowed = fetch_from_public(server.url("/feed"), polling(allow_private_networks=True))
    assert allowed.body == FEED and server.hits("/feed.xml") == 1


def test_loopback_feed_may_redirect_within_loopback(server: FeedServer) -> None:
    """A feed configured on loopback follows a redirect to another loopback name."""
    port = urlsplit(server.url("/")).port
    server.route("/feed", status=301, headers={"Location": f"http://localhost:{port}/feed.xml"})
    server.route("/feed.xml", FEED)
    assert fetch(server.url("/feed")).body == FEED


@pytest.mark.parametrize(("origin", "target", "refused"), [
    (["93.184.216.34"], ["127.0.0.1"], "127.0.0.1"),
    (["93.184.216.34"], ["10.1.2.3"], "10.1.2.3"),
    (["93.184.216.34"], ["169.254.169.254"], "169.254.169.254"),
    (["2606:2800:220:1::1"], ["::ffff:192.168.0.1"], "::ffff:192.168.0.1"),
    (["2606:2800:220:1::1"], ["::1"], "::1"),
    (["93.184.216.34"], ["151.101.1.1"], None),
    (["127.0.0.1"], ["10.0.0.1"], None),
    ([], ["10.0.0.1"], None),
])
def test_private_step(origin: list[str], target: list[str], refused: str | None) -> None:
    """Only a step from an all-public origin to a non-global address is named."""
    assert private_step(origin, target) == refused


def test_permanent_redirect_to_a_failure_still_reports_new_url(server: FeedServer) -> None:
    """A 301 to a 404 carries permanent_url on the error, so the move is not lost."""
    server.route("/old", status=301, headers={"Location": "/new"})
    server.route("/new", status=404)
    error = fetch_error(server.url("/old"))
    assert error.status == 404 and error.permanent_url == server.url("/new")


# -- limits --------------------------------------------------------------------------------


def test_server_that_never_answers_times_out(server: FeedServer) -> None:
    """A hanging server is cut off at the total timeout with "timed out after 0.5 s"."""
    server.route("/feed.xml", hang=True)
    started = time.monotonic()
    error = fetch_error(server.url("/feed.xml"), polling(timeout=0.5))
    assert time.monotonic() - started < 1.5
    assert str(error) == f"timed out after 0.5 s waiting for {server.url('/feed.xml')}"


def test_timeout_covers_a_trickling_body(server: FeedServer) -> None:
    """Headers arriving fast do not extend the deadline: the body counts too."""
    server.route("/feed.xml", b"x" * 100, repeat=50, chunk_size=100, chunk_delay=0.05)
    started = time.monotonic()
    error = fetch_error(server.url("/feed.xml"), polling(timeout=0.5))
    assert time.monotonic() - started < 1.5
    assert "timed out after 0.5 s" in str(error)


@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
def test_50_mb_body_is_aborted_early(server: FeedServer, chunked: bool) -> None:
    """A 50 MB body stops near the 10 MB cap; the server never gets to send it all."""
    server.route("/big.xml", b"<x/>" * 250_000, repeat=50, chunked=chunked)
    started = time.monotonic()
    error = fetch_error(server.url("/big.xml"), polling(max_bytes="10MB", timeout=10.0))
    assert str(error) == f"response larger than 10 MB limit from {server.url('/big.xml')}"
    assert time.monotonic() - started < 5
    time.sleep(0.2)  # let the server notice the closed connection
    assert server.bytes_sent.get("/big.xml", 0) < 25_000_000


def test_gzip_bomb_is_capped_after_decoding(server: FeedServer) -> None:
    """A small gzip body that inflates past the cap is refused: the cap counts decoded bytes."""
    server.route("/bomb.xml", b"\0" * 3_000_000, gzip=True)
    error = fetch_error(server.url("/bomb.xml"), polling(max_bytes="1MB"))
    assert str(error).startswith("response larger than 1 MB limit")


def test_per_host_connection_cap(server: FeedServer) -> None:
    """Eight parallel fetches to one host never use more than per_host connections."""
    server.route("/slow.xml", FEED, delay=0.2)
    results = fetch_many([server.url("/slow.xml")] * 8, polling(per_host=2))
    assert all(r.body == FEED for r in results)
    assert server.max_connections == 2
    assert server.max_in_flight == 2


def test_overall_connection_cap(server: FeedServer) -> None:
    """max_connections bounds requests in flight below a generous per-host cap."""
    server.route("/slow.xml", FEED, delay=0.1)
    fetch_many([server.url("/slow.xml")] * 4, polling(per_host=4, max_connections=1))
    assert server.max_in_flight == 1


def test_hosts_get_separate_pools() -> None:
    """Two hosts are fetched in parallel, each under its own per-host cap."""
    with FeedServer() as one, FeedServer() as two:
        for srv in (one, two):
            srv.route("/slow.xml", FEED, delay=0.3)
        started = time.monotonic()
        urls = [one.url("/slow.xml"), two.url("/slow.xml")]
        fetch_many(urls, polling(per_host=1))
        assert time.monotonic() - started < 0.55  # in parallel, not 0.6 s back to back


def test_queueing_for_a_slot_does_not_count_against_the_timeout(server: FeedServer) -> None:
    """Requests waiting for the host's one connection do not time out while they wait."""
    server.route("/slow.xml", FEED, delay=0.25)
    results = fetch_many([server.url("/slow.xml")] * 4, polling(per_host=1, timeout=0.5))
    assert len(results) == 4


def test_keep_alive_reuses_the_connection(server: FeedServer) -> None:
    """Sequential fetches to one host reuse one connection."""
    server.route("/feed.xml", FEED)

    async def run() -> None:
        async with Fetcher(polling()) as fetcher:
            for _ in range(5):
                await fetcher.fetch(server.url("/feed.xml"))

    asyncio.run(run())
    assert server.connections_opened == 1


# -- failures below HTTP -------------------------------------------------------------------


def test_connection_refused_names_the_host() -> None:
    """A closed port gives a sentence naming host and port."""
    url = closed_port_url()
    port = url.split(":")[2].split("/")[0]
    error = fetch_error(url)
    assert str(error).startswith(f"connection refused by 127.0.0.1 port {port}")
    assert error.status is None


def raw_server_url(reply: bytes) -> Iterator[str]:
    """A one-shot server that answers any request with ``reply`` bytes, then hangs up."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)

    def serve() -> None:
        conn, _ = listener.accept()
        with conn:
            conn.recv(65536)
            conn.sendall(reply)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}/feed.xml"
    thread.join(timeout=5)
    listener.close()


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        (b"HTTP/1.1 200 OK\r\nContent-Length: 5000\r\n\r\n<rss>", "broke off the HTTP exchange"),
        (b"SSH-2.0-OpenSSH_9.6\r\n", "broke off the HTTP exchange"),
        (b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: 9\r\n\r\nnot gzip!",
         "could not decode the compressed body"),
    ],
    ids=["truncated-body", "not-http", "bad-gzip"],
)
def test_broken_exchanges_are_named(reply: bytes, expected: str) -> None:
    """A server that breaks HTTP gets a sentence naming the host and what went wrong."""
    for url in raw_server_url(reply):
        error = fetch_error(url)
        assert expected in str(error), str(error)
        assert "127.0.0.1" in str(error)


def test_long_header_lines_are_read() -> None:
    """A 20 KB header (a long Content-Security-Policy, say) does not stop the feed."""
    policy = b"default-src " + b"https://cdn.example.org " * 800
    reply = (b"HTTP/1.1 200 OK\r\nContent-Security-Policy: " + policy +
             b"\r\nContent-Length: " + str(len(FEED)).encode() + b"\r\n\r\n" + FEED)
    for url in raw_server_url(reply):
        assert fetch(url).body == FEED


def test_untrusted_certificate_is_a_tls_error(tmp_path: Path) -> None:
    """A feed served over HTTPS with a certificate nobody signed fails with a TLS sentence
    naming the host, not a traceback (the certificate is made here with openssl)."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a test certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-subj", "/CN=127.0.0.1", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)

    def serve() -> None:
        conn, _ = listener.accept()
        try:
            with context.wrap_socket(conn, server_side=True):
                pass  # the client gives up during the handshake
        except (ssl.SSLError, OSError):
            pass

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    url = f"https://127.0.0.1:{listener.getsockname()[1]}/feed.xml"
    error = fetch_error(url)
    thread.join(timeout=5)
    listener.close()
    assert str(error).startswith("TLS error talking to 127.0.0.1:"), str(error)
    assert "CERTIFICATE_VERIFY_FAILED" in str(error) and url in str(error)


def test_invalid_url_is_named() -> None:
    """A URL that cannot be fetched is quoted back, not a traceback."""
    error = fetch_error("http://exa mple.org:99999/feed")
    assert str(error).startswith("cannot fetch 'http://exa mple.org:99999/feed'")


def test_describe_dns_failure_from_the_cause_chain() -> None:
    """A connection error caused by a resolver failure is reported as a DNS failure."""
    import aiohttp

    try:
        try:
            raise socket.gaierror(-2, "Name or service not known")
        except socket.gaierror as cause:
            raise OSError("failed") from cause
    except OSError as exc:
        key = aiohttp.client_reqrep.ConnectionKey("nowhere.example", 443, True, True, None,
                                                  None, None)
        wrapped = aiohttp.ClientConnectorError(key, exc)
        wrapped.__cause__ = exc
        text = describe_transport_error("https://nowhere.example/feed", wrapped, polling())
    assert text is not None
    assert text.startswith("could not resolve host nowhere.example (DNS lookup failed)")


def test_describe_leaves_bugs_alone() -> None:
    """An exception that is no network failure is not dressed up as one."""
    assert describe_transport_error("https://a.example/", KeyError("x"), polling()) is None


# -- pure decisions ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "headers", "expected"),
    [
        (200, {}, Accept()),
        (204, {}, Accept()),
        (304, {}, Accept()),
        (301, {"location": "/new"}, Redirect("https://a.example/new", True)),
        (308, {"location": "https://b.example/x"}, Redirect("https://b.example/x", True)),
        (302, {"location": "other"}, Redirect("https://a.example/other", False)),
        (307, {"location": "/t"}, Redirect("https://a.example/t", False)),
    ],
)
def test_decide_accepts_and_redirects(
    status: int, headers: dict[str, str], expected: Accept | Redirect
) -> None:
    """2xx/304 are accepted; redirects resolve Location against the current URL."""
    assert decide("https://a.example/feed", status, headers, NOW) == expected


@pytest.mark.parametrize(
    ("status", "headers", "gone", "retry_after"),
    [
        (410, {}, True, None),
        (429, {"retry-after": "60"}, False, 60.0),
        (503, {"retry-after": IN_AN_HOUR}, False, 3600.0),
        (503, {"retry-after": AN_HOUR_AGO}, False, 0.0),
        (404, {"retry-after": "60"}, False, None),
        (500, {}, False, None),
    ],
)
def test_decide_errors(
    status: int, headers: dict[str, str], gone: bool, retry_after: float | None
) -> None:
    """Errors carry status, gone and the Retry-After delay relative to ``now``."""
    decision = decide("https://a.example/feed", status, headers, NOW)
    assert isinstance(decision, FetchError)
    assert (decision.status, decision.gone, decision.retry_after) == (status, gone, retry_after)


def test_last_activity_is_set_by_every_finished_fetch(server: FeedServer) -> None:
    """A fetch that succeeds and one that fails both record when they finished (the
    daemon's proof of progress during a long poll)."""
    server.route("/feed.xml", FEED)

    async def run() -> list[datetime | None]:
        async with Fetcher(polling(), clock=lambda: NOW) as fetcher:
            seen = [fetcher.last_activity]
            await fetcher.fetch(server.url("/feed.xml"))
            seen.append(fetcher.last_activity)
            fetcher.last_activity = None
            with pytest.raises(FetchError):
                await fetcher.fetch(server.url("/missing.xml"))
            return [*seen, fetcher.last_activity]

    assert asyncio.run(run()) == [None, NOW, NOW]
