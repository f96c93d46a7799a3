"""File destination: .eml and .html per digest, atomic, a retry overwrites its own files."""

from __future__ import annotations

import asyncio
import email
from email import policy
from pathlib import Path

import pytest
from digests import digest_of, item, match

from watcher.config import Config, FileDestination, SmtpConfig
from watcher.deliver import Notifier, build_notifier
from watcher.deliver.mime import html_part, stamped
from watcher.errors import DeliveryError


def notifier(tmp_path: Path, path: str = "digests", smtp: SmtpConfig | None = None) -> Notifier:
    config = Config(base_dir=tmp_path, smtp=smtp)
    return build_notifier("morning", FileDestination(type="file", path=path), config,
                          environ={})


def deliver(n: Notifier, key: str) -> None:
    it = item(1, title="탈북민 지원 단체, 중국 내 구금 사례 증가 우려")
    for message in n.render(digest_of([(it, match(it, term="탈북"))])):
        asyncio.run(n.deliver(message, key))


def test_writes_eml_and_html_under_the_config_folder(tmp_path: Path) -> None:
    """A relative path resolves against the config folder; both files are complete."""
    deliver(notifier(tmp_path), "42-0")
    files = sorted(p.name for p in (tmp_path / "digests").iterdir())
    assert [Path(f).suffix for f in files] == [".eml", ".html"]
    assert all("42-0" in f and "20240503T2300" in f for f in files)
    eml = next((tmp_path / "digests").glob("*.eml"))
    msg = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert msg["Message-ID"] == "<watcher.42-0@localhost>"
    assert msg.get_body(preferencelist=("plain",)) is not None
    html = next((tmp_path / "digests").glob("*.html")).read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "탈북민 지원 단체" in html


def test_retry_overwrites_instead_of_duplicating(tmp_path: Path) -> None:
    """Delivering the same key twice leaves one pair of files and no temporary files."""
    n = notifier(tmp_path)
    deliver(n, "42-0")
    deliver(n, "42-0")
    deliver(n, "43-0")
    names = sorted(p.name for p in (tmp_path / "digests").iterdir())
    assert len(names) == 4 and not any(name.startswith(".") for name in names)


def test_sender_comes_from_smtp_config(tmp_path: Path) -> None:
    """With an smtp section, the .eml is From that address and its Message-ID uses the domain."""
    smtp = SmtpConfig.model_validate({"host": "mail.example.org",
                                       "from": "watcher <alerts@example.org>"})
    deliver(notifier(tmp_path, smtp=smtp), "7-0")
    eml = next((tmp_path / "digests").glob("*.eml"))
    msg = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert msg["From"] == "watcher <alerts@example.org>"
    assert msg["Message-ID"] == "<watcher.7-0@example.org>"


def test_unwritable_folder_is_a_delivery_error(tmp_path: Path) -> None:
    """A path that cannot be a folder gives a DeliveryError naming the destination."""
    (tmp_path / "blocked").write_text("a file, not a folder")
    with pytest.raises(DeliveryError, match="'morning'"):
        deliver(notifier(tmp_path, "blocked/sub"), "1-0")


def test_either_file_failing_fails_the_delivery(tmp_path: Path) -> None:
    """The two files are written side by side: when only the .html cannot be written,
    the delivery still fails (and is retried), the .eml written beside it or not."""
    n = notifier(tmp_path)
    deliver(n, "42-0")
    html = next((tmp_path / "digests").glob("*.html"))
    html.unlink()
    html.mkdir()  # a folder where the file goes: replacing it fails
    with pytest.raises(DeliveryError, match="'morning'"):
        deliver(n, "42-0")
    html.rmdir()
    deliver(n, "42-0")
    assert sorted(p.suffix for p in (tmp_path / "digests").iterdir()) == [".eml", ".html"]


@pytest.mark.parametrize("sender", ["watcher <watcher@localhost>",
                                    "감시 봇 <alerts@a-rather-long-mail-domain-name.example.org>"])
def test_files_are_the_email_as_stamped_and_its_html_part(tmp_path: Path, sender: str) -> None:
    """The .eml is the rendered email with the Message-ID of its key added to its bytes
    (not parsed and written out again): the same headers and parts as the stamped email,
    also with a Korean sender name and a Message-ID near the line length limit; the .html
    is its HTML part."""
    smtp = SmtpConfig.model_validate({"host": "mail.example.org", "from": sender})
    n = notifier(tmp_path, smtp=smtp)
    stories = [item(i, title=f"탈북민 {i} 중국 구금 사례") for i in range(30)]
    messages = n.render(digest_of([(it, match(it, term="탈북")) for it in stories]))
    key = "12-0.5b7d916610474dcbb13fe1037d1bebbc"
    asyncio.run(n.deliver(messages[0], key))
    expected = stamped(messages[0].email, "morning", key)
    eml = next((tmp_path / "digests").glob("*.eml")).read_bytes()
    raw = messages[0].raw_email or b""
    head, _, body = raw.partition(b"\r\n\r\n")
    assert eml.startswith(head + b"\r\nMessage-ID: ") and eml.endswith(b"\r\n\r\n" + body)
    written = email.message_from_bytes(eml, policy=policy.SMTP)
    assert [(k, str(v)) for k, v in written.items()] == [
        (k, str(v)) for k, v in expected.items()]
    assert [p.get_content() for p in written.iter_parts()] == [
        p.get_content() for p in expected.iter_parts()]
    html = next((tmp_path / "digests").glob("*.html")).read_bytes().decode("utf-8")
    assert html == html_part(expected) and "탈북민 29 중국 구금 사례" in html
