"""Email over SMTP against aiosmtpd: plain, STARTTLS, implicit TLS, AUTH, and refusals."""

from __future__ import annotations

import asyncio
import email
import shutil
import socket
import ssl
import subprocess
from collections.abc import Iterator
from email import policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, Envelope, LoginPassword
from digests import digest_of, item, match

from watcher.config import Config, EmailDestination, SmtpConfig
from watcher.deliver import Notifier, build_notifier
from watcher.errors import DeliveryError

KOREAN_TITLE = "탈북민 지원 단체, 중국 내 구금 사례 증가 우려"


class Sink:
    """Records accepted messages; ``rcpt_reply``/``data_reply`` force a refusal."""

    def __init__(self) -> None:
        self.envelopes: list[Envelope] = []
        self.rcpt_reply: str | None = None
        self.data_reply: str | None = None
        self.authenticated: list[bool] = []

    async def handle_RCPT(self, server: Any, session: Any, envelope: Envelope, address: str,
                          options: list[str]) -> str:
        if self.rcpt_reply:
            return self.rcpt_reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Envelope) -> str:
        if self.data_reply:
            return self.data_reply
        self.authenticated.append(bool(session.authenticated))
        self.envelopes.append(envelope)
        return "250 Message accepted"


def authenticator(server: Any, session: Any, envelope: Any, mechanism: str,
                  auth_data: Any) -> AuthResult:
    ok = isinstance(auth_data, LoginPassword) and auth_data.login == b"alice" \
        and auth_data.password == b"s3cret"
    return AuthResult(success=ok, handled=False)  # handled=False: the server answers 535


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def cert(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1, made with the openssl command line."""
    if shutil.which("openssl") is None:
        pytest.skip("the openssl command is needed to make a test certificate")
    folder = tmp_path_factory.mktemp("cert")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-keyout", str(key), "-out", str(cert), "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"],
                   check=True, capture_output=True)
    return cert, key


def server_context(cert: tuple[Path, Path]) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(str(cert[0]), str(cert[1]))
    return context


@pytest.fixture
def sink() -> Sink:
    return Sink()


def run_server(sink: Sink, **kwargs: Any) -> Iterator[int]:
    port = free_port()
    controller = Controller(sink, hostname="127.0.0.1", port=port, authenticator=authenticator,
                            **kwargs)
    controller.start()
    try:
        yield port
    finally:
        controller.stop()


@pytest.fixture
def plain(sink: Sink) -> Iterator[int]:
    yield from run_server(sink, auth_require_tls=False)


@pytest.fixture
def starttls(sink: Sink, cert: tuple[Path, Path]) -> Iterator[int]:
    yield from run_server(sink, tls_context=server_context(cert), require_starttls=True)


@pytest.fixture
def implicit_tls(sink: Sink, cert: tuple[Path, Path]) -> Iterator[int]:
    # aiosmtpd offers AUTH only after STARTTLS unless told the link is already secure.
    yield from run_server(sink, ssl_context=server_context(cert), auth_require_tls=False)


def notifier(port: int, security: str = "none", *, verify: bool = False,
             username: str | None = None, password: str | None = None) -> Notifier:
    smtp = SmtpConfig.model_validate({
        "host": "127.0.0.1", "port": port, "security": security, "username": username,
        "password": password, "verify_tls": verify, "timeout": 5,
        "from": "watcher alerts <alerts@example.org>"})
    dest = EmailDestination(type="email", to=("desk@example.org", "editor@example.org"),
                            subject="북한 인권 소식 {count}건: {first_title}")
    return build_notifier("desk-email", dest, Config(smtp=smtp), environ={})


def send(n: Notifier, key: str = "42-0") -> None:
    it = item(1, title=KOREAN_TITLE)
    other = item(2)
    (message,) = n.render(digest_of([(it, match(it, term="탈북")), (other, match(other))]))
    asyncio.run(n.deliver(message, key))


def received(sink: Sink) -> EmailMessage:
    (envelope,) = sink.envelopes
    assert isinstance(envelope.content, bytes)
    msg = email.message_from_bytes(envelope.content, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def test_plain_smtp_email_parses_back_with_korean_intact(sink: Sink, plain: int) -> None:
    """The email has valid headers, a stable Message-ID, both parts, and Korean intact."""
    send(notifier(plain))
    (envelope,) = sink.envelopes
    assert envelope.mail_from == "alerts@example.org"
    assert envelope.rcpt_tos == ["desk@example.org", "editor@example.org"]
    assert isinstance(envelope.content, bytes)
    raw_headers = envelope.content.split(b"\r\n\r\n", 1)[0]
    assert raw_headers.isascii() and b"=?utf-8?" in raw_headers  # RFC 2047 encoded
    msg = received(sink)
    assert msg["Subject"] == f"북한 인권 소식 2건: {KOREAN_TITLE}"
    assert msg["Message-ID"] == "<watcher.42-0@example.org>"
    assert msg["From"].addresses[0].addr_spec == "alerts@example.org"
    assert msg["Date"].datetime is not None
    assert msg["List-Id"] == "watcher desk <desk.watcher.example.org>"
    assert msg.get_content_type() == "multipart/alternative"
    text = msg.get_body(preferencelist=("plain",))
    html = msg.get_body(preferencelist=("html",))
    assert text is not None and html is not None
    assert KOREAN_TITLE in text.get_content() and KOREAN_TITLE in html.get_content()
    assert "<mark" in html.get_content() and "<style" not in html.get_content()


def test_starttls_with_login(sink: Sink, starttls: int) -> None:
    """STARTTLS to a self-signed server (verify_tls off), then AUTH, then the message."""
    send(notifier(starttls, "starttls", username="alice", password="s3cret"))
    assert sink.authenticated == [True]


def test_implicit_tls_with_login(sink: Sink, implicit_tls: int) -> None:
    """Implicit TLS (security: tls) with a login delivers the message."""
    send(notifier(implicit_tls, "tls", username="alice", password="s3cret"))
    assert sink.authenticated == [True]
    assert received(sink)["Message-ID"] == "<watcher.42-0@example.org>"


def test_untrusted_certificate_is_refused(sink: Sink, starttls: int) -> None:
    """With verification on, a self-signed certificate is a permanent, named error."""
    with pytest.raises(DeliveryError) as info:
        send(notifier(starttls, "starttls", verify=True))
    assert info.value.permanent and f"127.0.0.1:{starttls}" in str(info.value)
    assert "certificate" in str(info.value)
    assert sink.envelopes == []


def test_wrong_password_is_permanent(sink: Sink, starttls: int) -> None:
    """A refused login (535) is permanent and says so, naming host:port."""
    with pytest.raises(DeliveryError) as info:
        send(notifier(starttls, "starttls", username="alice", password="wrong"))
    assert info.value.permanent and "login refused" in str(info.value)
    assert "535" in str(info.value) and f"127.0.0.1:{starttls}" in str(info.value)


@pytest.mark.parametrize(("field", "reply", "permanent"), [
    ("data_reply", "451 4.3.0 Try again later", False),
    ("data_reply", "554 5.7.1 Rejected as spam", True),
    ("rcpt_reply", "550 5.1.1 No such user", True),
    ("rcpt_reply", "450 4.2.1 Mailbox busy", False),
])
def test_smtp_refusals(sink: Sink, plain: int, field: str, reply: str,
                       permanent: bool) -> None:
    """4xx replies are transient, 5xx permanent; the error quotes the code."""
    setattr(sink, field, reply)
    with pytest.raises(DeliveryError) as info:
        send(notifier(plain))
    assert info.value.permanent is permanent
    assert reply[:3] in str(info.value) and f"127.0.0.1:{plain}" in str(info.value)


def test_connection_refused_is_transient() -> None:
    """Nothing listening: a transient error naming host:port."""
    port = free_port()
    with pytest.raises(DeliveryError) as info:
        send(notifier(port))
    assert not info.value.permanent and f"127.0.0.1:{port}" in str(info.value)


def test_retry_reuses_message_id(sink: Sink, plain: int) -> None:
    """Sending the same part twice (a retry) gives the same Message-ID both times."""
    n = notifier(plain)
    it = item(1)
    (message,) = n.render(digest_of([(it, match(it))]))
    asyncio.run(n.deliver(message, "9-1"))
    asyncio.run(n.deliver(message, "9-1"))
    ids = [email.message_from_bytes(e.content, policy=policy.default)["Message-ID"]  # type: ignore[arg-type]
           for e in sink.envelopes]
    assert ids == ["<watcher.9-1@example.org>"] * 2
    assert message.email is not None and message.email["Message-ID"] is None  # render is pure
