"""The digest as a MIME email, shared by the email and file destinations.

multipart/alternative with the plain text first and the inlined-CSS HTML second (clients
show the last part they understand). Headers are encoded per RFC 2047 by the SMTP policy,
so Korean subjects survive. The Message-ID is set at delivery from the idempotency key, so
a retried send carries the same one and a receiver can drop the duplicate.
"""

from __future__ import annotations

import binascii
import copy
import csv
import io
import re
from collections.abc import Iterator, Sequence
from email import message_from_bytes, policy, quoprimime
from email.message import EmailMessage, Message
from email.utils import format_datetime, parseaddr
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from watcher.deliver import OutgoingMessage
from watcher.deliver.cut import clean, take
from watcher.errors import DeliveryError
from watcher.models import Digest

DEFAULT_FROM = "watcher <watcher@localhost>"
MAX_HTML = 100_000  # bytes of HTML per email; Gmail clips a message at about 102 KB


def domain_of(address: str) -> str:
    _, addr = parseaddr(address)
    return addr.rpartition("@")[2] or "localhost"


def subject_for(digest: Digest, pattern: str, total: int | None = None) -> str:
    """Fill the configured subject: {count} {more} {destination} {date} {first_title}.

    {count} is the number of stories in the window (``total``, when the digest is one of
    several messages), not the number this message shows."""
    first = next((g.entries[0].item.title for g in digest.groups if g.entries), "")
    count = digest.item_count + digest.more if total is None else total
    values: dict[str, Any] = {"count": count, "more": digest.more,
                              "destination": digest.destination, "title": digest.title,
                              # The reader's day, not UTC's: 08:00 in Seoul is still
                              # yesterday in UTC.
                              "date": digest.window_end.astimezone(ZoneInfo(digest.timezone))
                              .strftime("%Y-%m-%d"),
                              "first_title": first}
    try:
        subject = pattern.format_map(values)
    except (KeyError, ValueError, IndexError):
        subject = pattern  # an unknown {placeholder} is shown as written rather than failing
    return " ".join(subject.split())


def list_id(destination: str, sender: str) -> str:
    label = re.sub(r"[^a-z0-9-]+", "-", destination.lower()).strip("-") or "digest"
    return f"watcher {destination} <{label}.watcher.{domain_of(sender)}>"


def build_email(digest: Digest, *, sender: str, to: Sequence[str], subject: str | None,
                template: Path | None = None, html: str | None = None,
                text: str | None = None) -> EmailMessage:
    """The digest's email; with ``subject`` None, one without a Subject (see with_subject)."""
    msg = EmailMessage(policy=policy.SMTP)
    if subject is not None:
        msg["Subject"] = subject
    msg["From"] = sender
    msg["To"] = ", ".join(to)
    msg["Date"] = format_datetime(digest.window_end)
    msg["List-Id"] = list_id(digest.destination, sender)
    msg["Auto-Submitted"] = "auto-generated"  # mail systems should not auto-reply to a digest
    msg["X-Watcher-Destination"] = digest.destination
    # Jinja2 and the CSS inliner load on the first digest, not at every start-up.
    from watcher.render import render_html, render_text

    set_text(msg, text if text is not None else render_text(digest), "plain")
    set_text(msg, html if html is not None else render_html(digest, template), "html",
             alternative=True)
    if digest.overflow:
        # "and N more" must not mean "lost": the rest travel as a spreadsheet-ready list.
        msg.add_attachment(overflow_csv(digest), subtype="csv", charset="utf-8",
                           filename=f"more-{digest.more}-items.csv")
    return msg


def set_text(msg: EmailMessage, text: str, subtype: str, *, alternative: bool = False) -> None:
    """``msg.set_content`` (or ``add_alternative``) of ``text`` in UTF-8, in the transfer
    encoding the email package chooses, with a quoted-printable body encoded by the
    standard library's C encoder (``binascii.b2a_qp``) instead of the email package's own,
    written in Python: that one took about 4 ms of a 100 KB digest email, 0.5 s of CPU for
    the 131 emails of a first poll's digest of 7,000 stories. The bytes differ only in
    where the soft line breaks fall (at 76 characters instead of 78); both decode to the
    same text."""
    add = msg.add_alternative if alternative else msg.set_content
    lines = text.encode("utf-8").splitlines()
    cte = _transfer_encoding(lines, msg.policy)
    if cte != "quoted-printable":
        add(text, subtype=subtype, charset="utf-8", cte=cte)
        return
    add("", subtype=subtype, charset="utf-8", cte="8bit")  # the headers; the body follows
    part = list(msg.iter_parts())[-1] if alternative else msg
    part.set_payload(binascii.b2a_qp(b"\n".join(lines) + b"\n", istext=True).decode("ascii"))
    part.replace_header("Content-Transfer-Encoding", "quoted-printable")


def _transfer_encoding(lines: list[bytes], email_policy: Any) -> str | None:
    """The email package's choice for a text of ``lines`` (``email.contentmanager``): None
    where every line fits (7bit or 8bit, chosen by the package itself), else
    quoted-printable or base64, whichever encodes the first ten lines shorter."""
    if max(map(len, lines), default=0) <= email_policy.max_line_length:
        return None
    linesep = email_policy.linesep.encode("ascii")
    sniff = linesep.join(lines[:10]) + linesep
    qp = quoprimime.body_encode(sniff.decode("latin-1"), email_policy.max_line_length)
    return "base64" if len(qp) > len(binascii.b2a_base64(sniff)) else "quoted-printable"


def with_subject(raw: bytes, subject: str) -> bytes:
    """``raw``, an email built without a Subject, with ``subject`` as its first header: the
    bytes that building it with that Subject gives (the generator writes each header as
    the policy folds it, in order, and Subject is the first)."""
    name, value = policy.SMTP.header_store_parse("Subject", subject)
    return policy.SMTP.fold_binary(name, value) + raw


def build_emails(digest: Digest, *, sender: str, to: Sequence[str], pattern: str,
                 max_items: int, template: Path | None = None) -> list[tuple[bytes, int]]:
    """The digest as emails of at most ``max_items`` stories and MAX_HTML bytes of HTML
    each (mail clients clip longer messages), numbered "(2/3)"; every story is in one.
    Each email comes as its bytes, with the number of stories in it.

    Each piece becomes an email as soon as it is rendered, so that only one piece's HTML
    and text are held at a time (all of them together held 25 MB for a 7,000-story
    digest); the Subject, which numbers the emails, goes on once their count is known."""
    digest = clean(digest)
    total = digest.item_count + digest.more

    def render(rest: Digest, size: int) -> Iterator[tuple[bytes, int, int]]:
        for piece, html, text, after in _cut(rest, size, template):
            yield (build_email(piece, sender=sender, to=to, subject=None, template=template,
                               html=html, text=text).as_bytes(), piece.item_count, after)

    # A long digest's second half is rendered by a second process, on the other core.
    from watcher.deliver.halves import emails

    out = emails(digest, _first_size(digest, max_items, template), render)
    subject = subject_for(digest, pattern, total)
    for n, (raw, count) in enumerate(out):
        numbered = f"{subject} ({n + 1}/{len(out)})" if len(out) > 1 else subject
        out[n] = (with_subject(raw, numbered), count)
    return out


def _cut(digest: Digest, size: int, template: Path | None
         ) -> Iterator[tuple[Digest, str, str, int]]:
    """Pieces of at most ``size`` stories and MAX_HTML bytes of HTML, with their HTML and
    plain text, one at a time, each with the size the pieces after it start from.

    Each piece is rendered once when it fits; when one does not, the stories per piece
    shrink in proportion (stories vary little in size), so a 15,000-story digest costs about
    one rendering of each story. The text follows the HTML of the same piece, so both
    are rendered from one set of views (render.group_views keeps the last)."""
    from watcher.render import render_html, render_text

    rest: Digest | None = digest
    while rest is not None:
        piece, after = take(rest, size)
        html = render_html(piece, template)
        over = len(html.encode("utf-8"))
        if over > MAX_HTML and piece.item_count > 1:
            size = max(1, min(piece.item_count - 1, piece.item_count * MAX_HTML * 9 // (
                over * 10)))
            continue
        yield piece, html, render_text(piece), size
        rest = after


PROBE = 20  # stories rendered to learn a digest's bytes per story
SMALLEST_STORY = 500  # bytes of HTML a story takes at the least (about 750 in practice)


def _first_size(digest: Digest, max_items: int, template: Path | None) -> int:
    """Stories to try in the first piece. When ``max_items`` stories could not fit in any
    case, a few are rendered first to learn the size of one, so a 1,000-story digest is not
    rendered whole only to be thrown away (that doubled its cost)."""
    if max_items * SMALLEST_STORY <= MAX_HTML or digest.item_count <= PROBE:
        return max_items
    from watcher.render import render_html

    def size_of(count: int) -> int:
        return len(render_html(take(digest, count)[0], template).encode("utf-8"))

    one, many = size_of(1), size_of(PROBE)
    per_story = max(1.0, (many - one) / (PROBE - 1))  # the page around the stories apart
    room = MAX_HTML * 0.95 - (one - per_story)
    return max(1, min(max_items, int(room / per_story)))


def overflow_csv(digest: Digest) -> str:
    """The items beyond max_items: profile, time in the destination's zone, title, link."""
    zone = ZoneInfo(digest.timezone)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["profile", "published", "source", "title", "link", "matched terms"])
    for entry in digest.overflow:
        item = entry.item
        writer.writerow([entry.match.profile,
                         item.published.astimezone(zone).strftime("%Y-%m-%d %H:%M"),
                         item.source_title, item.title, item.link or "",
                         ", ".join(t.term for t in entry.match.terms)])
    return out.getvalue()


def email_messages(what: str, emails: Sequence[tuple[bytes, int]]) -> list[OutgoingMessage]:
    """Emails (with the number of stories in each) as outbox parts."""
    return [OutgoingMessage(summary=f"{what}, {count} items", raw_email=raw,
                            content_type="message/rfc822", item_count=count)
            for raw, count in emails]


def stamped(email: EmailMessage | None, destination: str, key: str) -> EmailMessage:
    """The email of a rendered part, carrying the Message-ID of its idempotency key."""
    if email is None:
        raise DeliveryError(f"destination {destination!r}: message has no email",
                            permanent=True)
    return with_message_id(email, key)


def with_message_id(message: EmailMessage, key: str) -> EmailMessage:
    """A copy carrying the stable Message-ID derived from the idempotency key."""
    out = copy.deepcopy(message)
    del out["Message-ID"]
    out["Message-ID"] = message_id(key, str(out["From"]))
    return out


def message_id(key: str, sender: str) -> str:
    safe = re.sub(r"[^A-Za-z0-9.\-_]", "_", key)
    return f"<watcher.{safe}@{domain_of(sender)}>"


def stamped_bytes(raw: bytes, key: str) -> tuple[bytes, Message]:
    """``raw`` (an email as build_emails makes it) as ``stamped`` would write it, with the
    email read lightly (compat32: no header objects) for its Date and parts.

    The header is added to the bytes instead: parsing the email with the SMTP policy, copying
    and writing it out again cost 4 ms per 100-story email, half a second for the 112
    files of a 7,000-story digest, for the same bytes (save that writing it out again may
    refold a long header). An email not as this module writes them (one with a
    Message-ID already) still takes that way."""
    light = message_from_bytes(raw, policy=policy.compat32)
    head, sep, body = raw.partition(b"\r\n\r\n")
    if not sep or "Message-ID" in light:
        full = with_message_id(message_from_bytes(raw, _class=EmailMessage, policy=policy.SMTP),
                               key)
        return full.as_bytes(), light
    line = policy.SMTP.fold_binary("Message-ID", message_id(key, str(light["From"])))
    return head + b"\r\n" + line.removesuffix(b"\r\n") + sep + body, light


def envelope_sender(sender: str) -> str:
    return parseaddr(sender)[1]


def html_part(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("html",))
    return str(part.get_content()) if part is not None else ""


def light_html_part(message: Message) -> str:
    """html_part of an email read with compat32 (see ``stamped_bytes``): the same text."""
    for part in message.walk():
        if (part.get_content_type() == "text/html"
                and part.get_content_disposition() != "attachment"):
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                return payload.decode(part.get_content_charset("ascii"), "replace")
    return ""

