"""The digest email's subject line: placeholders filled in the digest's own time zone."""

from __future__ import annotations

import pytest
from digests import NOW, digest_of, item, match

from watcher.deliver.mime import subject_for


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
