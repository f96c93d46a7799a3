"""Email destination: the digest as one multipart email, sent over SMTP.

smtplib runs in a worker thread (asyncio.to_thread) so the event loop keeps polling while a
slow mail server answers. Security ``starttls`` upgrades a plain connection, ``tls`` is
implicit TLS (usually port 465), ``none`` is for local relays. SMTP reply codes decide
retrying: 4xx is transient, 5xx permanent.
"""

from __future__ import annotations

import asyncio
import smtplib
import ssl
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from email.message import EmailMessage
from pathlib import Path

import httpx

from watcher.config import Config, EmailDestination, SmtpConfig
from watcher.deliver import OutgoingMessage
from watcher.deliver.mime import build_emails, email_messages, envelope_sender, stamped
from watcher.errors import ConfigError, DeliveryError
from watcher.models import Digest


def tls_context(verify: bool) -> ssl.SSLContext:
    context = ssl.create_default_context()
    if not verify:  # self-signed relays and test servers; the operator chose this
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


def _code_error(where: str, code: int, text: bytes | str, what: str) -> DeliveryError:
    reply = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    return DeliveryError(f"{where}: {what}: SMTP {code} {' '.join(reply.split())}",
                         permanent=500 <= code < 600)


def send_sync(smtp: SmtpConfig, message: EmailMessage, recipients: Sequence[str]) -> None:
    """Deliver one message; every failure becomes a DeliveryError naming host:port."""
    where = f"SMTP {smtp.host}:{smtp.port}"
    context = tls_context(smtp.verify_tls)
    try:
        client: smtplib.SMTP
        if smtp.security == "tls":
            client = smtplib.SMTP_SSL(smtp.host, smtp.port, timeout=smtp.timeout,
                                      context=context)
        else:
            client = smtplib.SMTP(smtp.host, smtp.port, timeout=smtp.timeout)
        with client:
            if smtp.security == "starttls":
                client.starttls(context=context)
            if smtp.username:
                client.login(smtp.username, smtp.password or "")
            client.send_message(message, from_addr=envelope_sender(smtp.from_),
                                to_addrs=list(recipients))
    except smtplib.SMTPRecipientsRefused as exc:
        codes = [code for code, _ in exc.recipients.values()]
        detail = "; ".join(f"{rcpt}: {code}" for rcpt, (code, _) in exc.recipients.items())
        raise DeliveryError(f"{where}: every recipient refused ({detail})",
                            permanent=all(500 <= c < 600 for c in codes)) from None
    except smtplib.SMTPNotSupportedError as exc:
        raise DeliveryError(f"{where}: server does not support this: {exc}",
                            permanent=True) from None
    except smtplib.SMTPResponseException as exc:
        what = "login refused" if isinstance(exc, smtplib.SMTPAuthenticationError) else "refused"
        raise _code_error(where, exc.smtp_code, exc.smtp_error, what) from None
    except ssl.SSLCertVerificationError as exc:
        raise DeliveryError(f"{where}: TLS certificate not trusted: {exc.verify_message}",
                            permanent=True) from None
    except (smtplib.SMTPException, OSError) as exc:
        raise DeliveryError(f"{where}: {type(exc).__name__}: {exc}") from None


@dataclass(frozen=True)
class EmailNotifier:
    destination: str
    smtp: SmtpConfig
    to: tuple[str, ...]
    subject: str
    template: Path | None = None
    max_items: int = 100  # stories per email; a window holding more is several emails
    content: str = "snippet"

    def render(self, digest: Digest) -> list[OutgoingMessage]:
        digest = replace(digest, content=self.content)
        emails = build_emails(digest, sender=self.smtp.from_, to=self.to,
                              pattern=self.subject, max_items=self.max_items,
                              template=self.template)
        return email_messages(f"email to {len(self.to)} recipient(s)", emails)

    async def deliver(self, message: OutgoingMessage, idempotency_key: str) -> None:
        msg = stamped(message.email, self.destination, idempotency_key)
        await asyncio.to_thread(send_sync, self.smtp, msg, self.to)


def create(name: str, dest: EmailDestination, config: Config, *, environ: Mapping[str, str],
           transport: httpx.AsyncBaseTransport | None = None) -> EmailNotifier:
    if config.smtp is None:
        raise ConfigError(f"destinations.{name}: type email needs an 'smtp' section")
    template = config.resolve(dest.template) if dest.template else None
    return EmailNotifier(name, config.smtp, dest.to, dest.subject, template, dest.max_items,
                         dest.content)
