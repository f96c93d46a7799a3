"""demo: reports exactly the digest files its own run wrote, and that digest reads well."""

from __future__ import annotations

import asyncio
import email
import email.policy
import os
import re
import time
from pathlib import Path

from watcher.demo import run_demo

ROOT = Path(__file__).resolve().parents[1]


def test_demo_names_only_the_files_it_wrote(tmp_path: Path) -> None:
    """Older files in --out (even with a newer mtime) are not claimed as this run's digest."""
    out = tmp_path / "digests"
    out.mkdir()
    old = [out / "old-digest.html", out / "old-digest.eml"]
    for path in old:
        path.write_text("from an earlier run", encoding="utf-8")
        future = time.time() + 3600
        os.utime(path, (future, future))
    lines: list[str] = []
    asyncio.run(run_demo(ROOT / "config.yaml", out, lines.append))
    wrote = [ln.removeprefix("wrote ") for ln in lines if ln.startswith("wrote ")]
    assert wrote and not {str(p) for p in old} & set(wrote)
    assert {Path(w).suffix for w in wrote} == {".html", ".eml"}
    assert all(Path(w).exists() for w in wrote)


def test_demo_eml_opens_cleanly_with_each_story_once(tmp_path: Path) -> None:
    """The demo's .eml parses without defects; its text lists each story once, as many as
    the header counts; the summary comes before the first section; chips carry no query
    syntax; the HTML part is well under the 102 KB at which Gmail clips a message."""
    asyncio.run(run_demo(ROOT / "config.yaml", tmp_path, lambda line: None))
    (eml,) = tmp_path.glob("*.eml")
    msg = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    assert all(not part.defects for part in msg.walk())
    text = msg.get_body(preferencelist=("plain",)).get_content()
    html = msg.get_body(preferencelist=("html",)).get_content()
    titles = [line[2:] for line in text.splitlines() if line.startswith("* ")]
    counted = int(re.search(r"^(\d+) stories in \d+ profiles", text, re.M).group(1))
    assert len(titles) == len(set(titles)) == counted > 20
    assert html.index("new stories") < html.index("<h2")
    assert text.index("new stories") < text.index("\n== ")
    chip_texts = re.findall(r'<span style="[^"]*#e3ebf7[^"]*">([^<]*)</span>', html)
    matched = [line for line in text.splitlines() if line.lstrip().startswith("Matched:")]
    assert chip_texts and len(matched) == counted
    for words in [*chip_texts, *matched]:
        assert "*" not in words and '"' not in words
    # Gmail clips an HTML part past 102 KB; 80 KB keeps a fifth below that. (The chips list
    # each story's matched terms, so the size moves a little with every profile change.)
    assert len(html.encode("utf-8")) < 80_000
