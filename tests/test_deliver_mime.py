"""The digest email's subject line: placeholders filled in the digest's own time zone, and
put on an email built without one exactly as if built in."""

from __future__ import annotations

import pytest
from digests import NOW, digest_of, item, match

from watcher.deliver.mime import build_email, subject_for, with_subject


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
