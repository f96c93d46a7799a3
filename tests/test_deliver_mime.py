"""The digest email's subject line: placeholders filled in the digest's own time zone, and
put on an email built without one exactly as if built in; its text parts read back whole."""

from __future__ import annotations

from email import message_from_bytes, policy
from email.message import EmailMessage

import pytest
from digests import NOW, digest_of, item, match

from watcher.deliver.mime import build_email, set_text, subject_for, with_subject
from watcher.render import render_html, render_text


@pytest.mark.parametrize(("zone", "day"), [
    ("Asia/Seoul", "2024-05-04"),  # 23:00 UTC on the 3rd is 08:00 on the 4th in Seoul
    ("UTC", "2024-05-03"),
    ("America/New_York", "2024-05-03"),
])
def test_date_is_the_window_end_in_the_digest_time_zone(zone: str, day: str) -> None:
    """{date} is the day the window ends where the reader lives, not in UTC."""
    assert NOW.hour == 23  # the case that crosses midnight in Seoul
    it = item(1)
    digest = digest_of([(it, match(it))], timezone=zone)
    assert subject_for(digest, "Digest for {date} ({count})") == f"Digest for {day} (1)"


@pytest.mark.parametrize("subject", [
    "watcher: 3 new items (1/2)",
    "watcher: 7074 new items about detention, forced labour and people who escape the "
    "North across the river (112/112)",  # folded over two lines
    "북한 인권 소식 2건: 탈북민 구출 활동가 중국 공안에 체포돼 조사 받는 중 (3/12)",
])
def test_a_subject_put_on_afterwards_gives_the_bytes_of_one_built_in(subject: str) -> None:
    """build_emails numbers its emails once all are built: the Subject it puts on then
    makes the very bytes of an email built with that Subject (folding, RFC 2047 words)."""
    it = item(1)
    digest = digest_of([(it, match(it))])
    built = []
    for given in (subject, None):
        msg = build_email(digest, sender="w <w@example.org>", to=["desk@example.org"],
                          subject=given)
        msg.set_boundary("fixed-for-the-comparison")  # else drawn at random
        built.append(msg.as_bytes())
    assert with_subject(built[1], subject) == built[0]
    assert not built[1].startswith(b"Subject")


LONG_LINE = "<td style=\"padding:0\">" + "탈북민 구출 활동가 = 체포 " * 12 + "</td>  "
TEXTS = [
    "short ascii lines\nonly\n",  # 7bit, as the email package chooses
    "짧은 한국어 줄\n",  # 8bit
    "\n".join([LONG_LINE] * 40),  # long lines, mostly Hangul: base64 is shorter
    "\n".join(["<p class=\"a\">" + "plain words, " * 30 + "\t</p>", "trailing space ",
               "café " + "x=y " * 50] * 30),  # long lines, mostly ASCII: quoted-printable
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("alternative", [False, True])
def test_a_text_part_reads_back_as_the_text_in_the_packages_own_encoding(
        text: str, alternative: bool) -> None:
    """set_text's C-encoded quoted-printable reads back as the text given, in the transfer
    encoding the email package picks for it, with no encoded line over 76 characters."""
    ours, theirs = EmailMessage(policy=policy.SMTP), EmailMessage(policy=policy.SMTP)
    for msg in (ours, theirs):
        msg.set_content("first part", subtype="plain", charset="utf-8")
    if alternative:
        set_text(ours, text, "html", alternative=True)
        theirs.add_alternative(text, subtype="html", charset="utf-8")
    else:
        set_text(ours, text, "html")
        theirs.set_content(text, subtype="html", charset="utf-8")
    read = [message_from_bytes(m.as_bytes(), _class=EmailMessage, policy=policy.SMTP)
            for m in (ours, theirs)]
    parts = [r.get_body(preferencelist=("html",)) for r in read]
    assert parts[0] is not None and parts[1] is not None
    assert parts[0]["Content-Transfer-Encoding"] == parts[1]["Content-Transfer-Encoding"]
    assert parts[0].get_content() == parts[1].get_content()
    assert parts[0].get_content().splitlines() == text.splitlines()
    body = ours.as_bytes().split(b"\r\n")
    assert max(map(len, body)) <= 78
    if parts[0]["Content-Transfer-Encoding"] == "quoted-printable":
        encoded = parts[0].get_payload().splitlines()
        assert max(map(len, encoded)) <= 76 and len(encoded) > 30


def test_digest_email_parts_read_back_whole() -> None:
    """A digest email's HTML and text, quoted-printable here, read back as rendered."""
    items = [item(n) for n in range(30)]
    digest = digest_of([(it, match(it)) for it in items])
    html, text = render_html(digest), render_text(digest)
    msg = build_email(digest, sender="w <w@example.org>", to=["desk@example.org"],
                      subject="s", html=html, text=text)
    read = message_from_bytes(msg.as_bytes(), _class=EmailMessage, policy=policy.SMTP)
    shown = read.get_body(preferencelist=("html",))
    plain = read.get_body(preferencelist=("plain",))
    assert shown is not None and plain is not None
    assert shown["Content-Transfer-Encoding"] == "quoted-printable"
    assert shown.get_content().splitlines() == html.splitlines()
    assert plain.get_content().splitlines() == text.splitlines()
