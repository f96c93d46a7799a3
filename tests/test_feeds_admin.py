"""feeds add/remove and opml import/export: config.yaml edited in place, comments kept."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from click.testing import CliRunner
from feedgen import rss
from feedserver import FeedServer

from watcher.cli import main
from watcher.config import load

CONFIG = """\
# Our desk's watcher.
storage: {database: w.db}

feeds:
  # Wire services
  - {url: "https://wire.example/rss", name: "Wire", tags: [news]}   # the main one
  - {url: "https://other.example/atom", name: "Other"}

  # Korean-language desks below this line
profiles:
  defections: {query: 'defect* OR 탈북*'}   # keep in step with PROFILES.md
destinations:
  out: {type: file, path: out}
"""

PAGE = b"""<!doctype html><html><head><title>Desk</title>
<link rel="stylesheet" href="/s.css">
<link rel="alternate" type="application/rss+xml" title="Desk feed" href="/feed.xml">
</head><body><p>News.</p></body></html>"""


def write(tmp_path: Path, text: str = CONFIG) -> Path:
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def cli(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def test_add_finds_the_feed_on_a_page_and_keeps_every_comment(tmp_path: Path) -> None:
    """`feeds add PAGE` follows the page's <link rel="alternate">, checks the feed parses,
    and adds one line in the entries' style; every other line of config.yaml is unchanged."""
    path = write(tmp_path)
    with FeedServer() as srv:
        srv.route("/page.html", PAGE, headers={"Content-Type": "text/html; charset=utf-8"})
        srv.route("/feed.xml", rss(2, 3))
        code, out = cli("feeds", "add", srv.url("/page.html"), "--tag", "desk", "--config",
                        str(path))
        again = cli("feeds", "add", srv.url("/feed.xml"), "--config", str(path))
    assert code == 0, out
    feed_url = srv.url("/feed.xml")
    assert out.startswith(f"added {feed_url} (found from {srv.url('/page.html')}): Test desk 2, "
                          "3 item(s) now")
    before, after = CONFIG.splitlines(), path.read_text(encoding="utf-8").splitlines()
    assert [line for line in after if line not in before] == [
        f'  - {{url: "{feed_url}", name: "Test desk 2", tags: ["desk"]}}']
    assert [line for line in before if line not in after] == []
    assert after.index(f'  - {{url: "{feed_url}", name: "Test desk 2", tags: ["desk"]}}') == 7  # after "Other"
    config = load(path, {})
    assert [f.url for f in config.feeds][-1] == feed_url
    assert config.feeds[-1].tags == ("desk",)
    assert again == (0, f"{feed_url} is already in {path}\n")


def test_add_a_page_without_a_feed_says_so_and_changes_nothing(tmp_path: Path) -> None:
    """A page that is no feed and announces none: exit 1, a sentence, config.yaml as it was."""
    path = write(tmp_path)
    with FeedServer() as srv:
        srv.route("/page.html", b"<html><head></head><body>hi</body></html>",
                  headers={"Content-Type": "text/html"})
        code, out = cli("feeds", "add", srv.url("/page.html"), "--config", str(path))
    assert code == 1
    assert f"no feed at {srv.url('/page.html')}: it is not a feed, and the page announces none" \
        in out
    assert path.read_text(encoding="utf-8") == CONFIG


def test_remove_by_name_leaves_the_rest_alone(tmp_path: Path) -> None:
    """`feeds remove NAME` deletes that entry's line only, comments around it kept."""
    path = write(tmp_path)
    code, out = cli("feeds", "remove", "Wire", "--config", str(path))
    assert code == 0, out
    assert out.startswith(f"removed https://wire.example/rss from {path}")
    assert path.read_text(encoding="utf-8") == CONFIG.replace(
        '  - {url: "https://wire.example/rss", name: "Wire", tags: [news]}   # the main one\n', "")
    code, out = cli("feeds", "remove", "https://nowhere.example/x", "--config", str(path))
    assert code == 1 and "no feed with the URL or name 'https://nowhere.example/x'" in out


def test_removing_the_last_feed_leaves_an_empty_list(tmp_path: Path) -> None:
    """Removing every feed leaves `feeds: []`, a valid config, not a null."""
    path = write(tmp_path, "feeds:\n  - url: https://a.example/rss\n    name: A\n")
    assert cli("feeds", "remove", "A", "--config", str(path))[0] == 0
    assert path.read_text(encoding="utf-8") == "feeds: []\n"
    assert cli("feeds", "add", "https://a.example/rss", "--config", str(path))[0] == 1  # no server
    assert load(path, {}).feeds == ()


def test_edit_of_an_invalid_config_is_refused(tmp_path: Path) -> None:
    """An edit whose result fails start-up's checks is refused; the file is not touched."""
    broken = CONFIG.replace("storage: {database: w.db}", "storage: {dtabase: w.db}")
    path = write(tmp_path, broken)
    code, out = cli("feeds", "remove", "Other", "--config", str(path))
    assert code == 1
    assert "left unchanged: the edit would make it invalid" in out
    assert "storage.dtabase: unknown key" in out
    assert path.read_text(encoding="utf-8") == broken


OPML = """<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>my reader</title></head><body>
  <outline text="Korea">
    <outline type="rss" text="Desk A" xmlUrl="https://a.example/rss"/>
    <outline text="Agencies">
      <outline type="rss" text="Desk B" xmlUrl="https://b.example/atom" category="wire,/en"/>
    </outline>
  </outline>
  <outline type="rss" text="Wire again" xmlUrl="https://wire.example/rss/"/>
  <outline type="rss" text="Old FTP" xmlUrl="ftp://c.example/feed"/>
</body></opml>
"""


def test_opml_import_adds_new_feeds_with_folders_as_tags(tmp_path: Path) -> None:
    """Folders and category become tags; known URLs and non-http ones are skipped, said so;
    a second import adds nothing."""
    path = write(tmp_path)
    (tmp_path / "subs.opml").write_text(OPML, encoding="utf-8")
    code, out = cli("opml", "import", str(tmp_path / "subs.opml"), "--config", str(path))
    assert code == 0, out
    assert out.splitlines()[0] == (f"imported 2 feed(s) from {tmp_path / 'subs.opml'} into "
                                   f"{path}; 1 already there, 1 skipped")
    assert "ftp:// is not supported" in out
    feeds = {f.url: f for f in load(path, {}).feeds}
    assert feeds["https://a.example/rss"].tags == ("Korea",)
    assert feeds["https://b.example/atom"].tags == ("Korea", "Agencies", "wire", "en")
    assert feeds["https://b.example/atom"].name == "Desk B"
    assert "# Korean-language desks below this line" in path.read_text(encoding="utf-8")
    again = cli("opml", "import", str(tmp_path / "subs.opml"), "--config", str(path))[1]
    assert again.startswith("imported 0 feed(s)")


def test_opml_export_round_trips(tmp_path: Path) -> None:
    """Export is OPML 2.0 with one outline per feed; importing it elsewhere gives the same
    URLs, names and tags."""
    path = write(tmp_path)
    code, out = cli("opml", "export", "--config", str(path))
    assert code == 0
    root = ET.fromstring(out.encode())
    assert root.tag == "opml" and root.get("version") == "2.0"
    outlines = root.findall("./body/outline")
    assert [(o.get("xmlUrl"), o.get("text"), o.get("category")) for o in outlines] == [
        ("https://wire.example/rss", "Wire", "news"), ("https://other.example/atom", "Other", None)]
    (tmp_path / "out.opml").write_text(out, encoding="utf-8")
    other = tmp_path / "other"
    other.mkdir()
    target = write(other, "feeds: []\n")
    assert cli("opml", "import", str(tmp_path / "out.opml"), "--config", str(target))[0] == 0
    assert [(f.url, f.name, f.tags) for f in load(target, {}).feeds] == [
        ("https://wire.example/rss", "Wire", ("news",)), ("https://other.example/atom", "Other", ())]
