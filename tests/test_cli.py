"""cli: check/run report every config problem precisely; feeds, poll, outbox and demo work."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from feedgen import rss
from feedserver import FeedServer

from watcher.cli import hoist_global_options, main

ROOT = Path(__file__).resolve().parents[1]

BASE = {
    "feeds": [{"url": "https://a.example/feed"}],
    "profiles": {"defections": {"query": "defect* OR 탈북*"}},
    "destinations": {"d": {"type": "file", "path": "out"}},
}


def write(tmp_path: Path, data: dict[str, object]) -> Path:
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


@pytest.mark.parametrize(("change", "expected"), [
    ({"polling": {"intervall": "5m"}}, "polling.intervall: unknown key 'intervall' (did you mean 'interval'?)"),
    ({"smtp": {"host": "h", "from": "a@b", "password": "${WATCHER_TEST_UNSET}"}}, "smtp.password: environment variable WATCHER_TEST_UNSET is not set"),
    ({"destinations": {"d": {"type": "file", "schedule": "61 * * * *"}}}, "destinations.d.schedule: bad cron expression '61 * * * *'"),
    ({"destinations": {"d": {"type": "file", "timezone": "Korea/Pyongyang"}}}, "destinations.d.timezone: unknown time zone 'Korea/Pyongyang'"),
    ({"feeds": [{"url": "https://a.example/feed"}, {"url": "https://A.example/feed"}]}, "feeds[1].url: duplicate feed URL"),
    ({"profiles": {"defections": {"query": "defect* AND (탈북*"}}}, "profiles.defections.query"),
])
@pytest.mark.parametrize("command", [["check"], ["run", "--once"]])
def test_config_problems_exit_1(tmp_path: Path, change: dict[str, object], expected: str,
                                command: list[str]) -> None:
    """`watcher check` and `watcher run` refuse a bad config with a message naming key and value."""
    path = write(tmp_path, {**BASE, **change})
    result = CliRunner().invoke(main, [*command, "--config", str(path)])
    assert result.exit_code == 1
    assert expected in result.output


def test_check_builds_every_notifier_and_lists_every_problem(tmp_path: Path) -> None:
    """`watcher check` builds the notifiers: bad webhook secrets and a bad query, all listed."""
    hook = {"type": "webhook", "url": "https://h.example/x", "secret": "whsec_!!not-base64!!"}
    path = write(tmp_path, {**BASE,
                            "profiles": {"defections": {"query": "defect* AND (탈북*"}},
                            "destinations": {"hook": hook, "hook2": hook}})
    result = CliRunner().invoke(main, ["check", "--config", str(path)])
    assert result.exit_code == 1
    assert "3 problem(s)" in result.output
    for expected in ("profiles.defections.query", "destinations.hook.secret: not a Standard",
                     "destinations.hook2.secret: not a Standard"):
        assert expected in result.output


def test_check_renders_each_own_template(tmp_path: Path) -> None:
    """A destination's own template is rendered by `watcher check`: a syntax error and a
    misspelt variable are reported with the file, before anything is sent."""
    (tmp_path / "broken.html").write_text("<p>{% for g in groups %}</p>", encoding="utf-8")
    (tmp_path / "typo.txt").write_text("{{ cuont }} stories\n", encoding="utf-8")
    (tmp_path / "good.txt").write_text("{{ count }} stories\n", encoding="utf-8")
    dests = {"a": {"type": "file", "path": "out", "template": "broken.html"},
             "b": {"type": "file", "path": "out", "template": "typo.txt"},
             "c": {"type": "file", "path": "out", "template": "good.txt"}}
    path = write(tmp_path, {**BASE, "destinations": dests})
    result = CliRunner().invoke(main, ["check", "--config", str(path)])
    assert result.exit_code == 1
    assert "2 problem(s)" in result.output
    assert "destinations.a.template: broken.html: TemplateSyntaxError" in result.output
    assert "destinations.b.template: typo.txt: UndefinedError: 'cuont' is undefined" \
        in result.output
    dests.pop("a")
    dests.pop("b")
    result = CliRunner().invoke(main, ["check", "--config", str(write(tmp_path, {**BASE, "destinations": dests}))])
    assert result.exit_code == 0, result.output


def test_template_problems_are_listed_with_the_others(tmp_path: Path) -> None:
    """A broken template and a broken query are reported together, not one run apart."""
    (tmp_path / "typo.txt").write_text("{{ cuont }}\n", encoding="utf-8")
    path = write(tmp_path, {**BASE,
                            "profiles": {"defections": {"query": "defect* AND (탈북*"}},
                            "destinations": {"b": {"type": "file", "path": "out",
                                                   "template": "typo.txt"}}})
    result = CliRunner().invoke(main, ["check", "--config", str(path)])
    assert result.exit_code == 1
    assert "2 problem(s)" in result.output
    assert "profiles.defections.query" in result.output
    assert "destinations.b.template: typo.txt: UndefinedError" in result.output


def test_check_ok_on_shipped_config() -> None:
    """The shipped config.yaml passes `watcher check`."""
    result = CliRunner().invoke(main, ["check", "--config", str(ROOT / "config.yaml")])
    assert result.exit_code == 0, result.output
    assert "OK" in result.output


def test_missing_config_file(tmp_path: Path) -> None:
    """A config path that does not exist is named in the error."""
    result = CliRunner().invoke(main, ["check", "--config", str(tmp_path / "nope.yaml")])
    assert result.exit_code == 1 and "nope.yaml" in result.output


def test_run_once_then_feeds_table(tmp_path: Path) -> None:
    """`run --once` polls loopback feeds; `feeds` shows status, items, and for a 404 the
    error count, since when and the error."""
    with FeedServer() as srv:
        srv.route("/ok.xml", rss(0, 4))
        path = write(tmp_path, {**BASE, "feeds": [{"url": srv.url("/ok.xml"), "name": "Good"},
                                                  {"url": srv.url("/gone.xml"), "name": "Bad"}]})
        runner = CliRunner()
        result = runner.invoke(main, ["run", "--once", "--config", str(path)])
        assert result.exit_code == 0, result.output
        assert "polled 2 feed(s)" in result.output and "4 new item(s)" in result.output
        table = runner.invoke(main, ["feeds", "--config", str(path)]).output
    good = next(line for line in table.splitlines() if line.startswith("Good"))
    bad = next(line for line in table.splitlines() if line.startswith("Bad"))
    assert " ok " in good and " 4 " in good
    assert "error" in bad and "HTTP 404 from" in bad
    assert " 1 since " in bad and " ago " in bad  # the error count, and since when


def test_poll_url_prints_items(tmp_path: Path) -> None:
    """`watcher poll URL` prints the feed's items with dates and canonical links."""
    with FeedServer() as srv:
        srv.route("/f.xml", rss(3, 2))
        result = CliRunner().invoke(main, ["poll", srv.url("/f.xml")])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Test desk 3 — 2 item(s) from ")
    assert "(feed 3, story 1)" in result.output
    assert "utm_source" not in result.output


def test_poll_url_error_is_a_sentence() -> None:
    """A refused connection is reported in one readable line, exit 1, no traceback."""
    result = CliRunner().invoke(main, ["poll", "http://127.0.0.1:9/feed.xml"])
    assert result.exit_code == 1
    assert "127.0.0.1" in result.output and "Traceback" not in result.output


def test_demo_writes_a_digest(tmp_path: Path) -> None:
    """`watcher demo` (a real subprocess, offline) writes an .html and an .eml digest."""
    done = subprocess.run([sys.executable, "-m", "watcher", "demo", "--config",
                           str(ROOT / "config.yaml")], cwd=tmp_path, capture_output=True,
                          timeout=120, env={**os.environ, "NO_PROXY": "*"})
    assert done.returncode == 0, done.stderr.decode()
    out = done.stdout.decode()
    assert "sample feeds" in out and "wrote" in out
    files = list((tmp_path / "digests").iterdir())
    assert {p.suffix for p in files} == {".html", ".eml"}
    html = next(p for p in files if p.suffix == ".html").read_text(encoding="utf-8")
    assert "<mark" in html


@pytest.mark.parametrize(("config", "expected"), [
    ({"feeds": [{"url": "http://127.0.0.1:99999/feed"}]},
     "feeds[0].url: 'http://127.0.0.1:99999/feed': port 99999 is out of range (1-65535)"),
    ({"destinations": {"d": {"type": "slack", "url": "https://hooks.example:99999/T/B/sEcReT"}}},
     "destinations.d.url: 'https://hooks.example:99999/…': port 99999 is out of range"),
])
@pytest.mark.parametrize("command", [["run", "--once"], ["send-test", "d"]])
def test_port_out_of_range_is_one_message_not_a_traceback(
        tmp_path: Path, config: dict[str, object], expected: str, command: list[str]) -> None:
    """Port 99999 in a feed or destination URL: exit 1, the key and value named, no traceback."""
    write(tmp_path, {**BASE, **config})
    done = subprocess.run([sys.executable, "-m", "watcher", *command, "--config",
                           "config.yaml"], cwd=tmp_path, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 1
    assert expected in done.stderr and "Traceback" not in done.stderr
    assert "sEcReT" not in done.stderr


@pytest.mark.parametrize(("url", "expected"), [
    ("ftp://a.example/feed", "ftp:// is not supported, only http:// and https://"),
    ("a.example/feed", "it needs http:// or https:// (did you mean https://a.example/feed?)"),
    ("http://127.0.0.1:99999/feed", "port 99999 is out of range (1-65535)"),
])
def test_poll_says_what_is_wrong_with_the_url(url: str, expected: str) -> None:
    """`watcher poll` with another scheme, no scheme or a bad port says which, and exits 1."""
    result = CliRunner().invoke(main, ["poll", url])
    assert result.exit_code == 1
    assert expected in result.output


@pytest.mark.parametrize(("args", "expected"), [
    (["run", "-v", "--once"], ["-v", "run", "--once"]),
    (["run", "--once", "--log-format", "json", "-vv"], ["--log-format", "json", "-vv", "run", "--once"]),
    (["-v", "feeds", "--log-format=json"], ["-v", "--log-format=json", "feeds"]),
    (["--log-format", "json", "feeds", "--verbose"], ["--log-format", "json", "--verbose", "feeds"]),
    (["explain", "p", "--", "-v"], ["explain", "p", "--", "-v"]),
    (["poll", "https://a.example/-v"], ["poll", "https://a.example/-v"]),
])
def test_logging_options_are_moved_in_front_of_the_subcommand(args: list[str], expected: list[str]) -> None:
    """-v and --log-format after the subcommand are moved before it; `--` ends the moving."""
    assert hoist_global_options(args) == expected


def test_logging_options_after_the_subcommand_take_effect(tmp_path: Path) -> None:
    """`watcher run --once -v --log-format json` logs JSON lines at INFO on stderr."""
    with FeedServer() as srv:
        srv.route("/ok.xml", rss(0, 4))
        write(tmp_path, {**BASE, "feeds": [{"url": srv.url("/ok.xml")}]})
        done = subprocess.run([sys.executable, "-m", "watcher", "run", "--once", "-v",
                               "--log-format", "json", "--config", "config.yaml"],
                              cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stderr.splitlines()]
    assert lines and {line["level"] for line in lines} >= {"info"}


@pytest.mark.parametrize("flag", ["--force", "--strict"])
def test_one_cycle_flags_without_once_are_refused(tmp_path: Path, flag: str) -> None:
    """`run --force` (or --strict) without --once is a usage error, not a daemon start."""
    path = write(tmp_path, BASE)
    result = CliRunner().invoke(main, ["run", flag, "--config", str(path)])
    assert result.exit_code == 2
    assert f"{flag} only applies to one cycle: use `run --once {flag}`" in result.output


def test_strict_once_exits_non_zero_when_a_feed_failed(tmp_path: Path) -> None:
    """With a feed answering 404, `run --once` exits 0 and `run --once --strict` exits 2."""
    with FeedServer() as srv:
        srv.route("/ok.xml", rss(0, 2))
        path = write(tmp_path, {**BASE, "feeds": [{"url": srv.url("/ok.xml")},
                                                  {"url": srv.url("/missing.xml")}]})
        plain = CliRunner().invoke(main, ["run", "--once", "--config", str(path)])
        strict = CliRunner().invoke(main, ["run", "--once", "--force", "--strict", "--config",
                                           str(path)])
        srv.route("/missing.xml", rss(1, 2))
        healthy = CliRunner().invoke(main, ["run", "--once", "--force", "--strict", "--config",
                                            str(path)])
    assert (plain.exit_code, strict.exit_code, healthy.exit_code) == (0, 2, 0)


def test_nothing_due_says_when_and_how_to_poll_now(tmp_path: Path) -> None:
    """A second `run --once` right after the first says when the next feed is due."""
    with FeedServer() as srv:
        srv.route("/ok.xml", rss(0, 2))
        path = write(tmp_path, {**BASE, "polling": {"interval": "15m", "jitter": 0},
                                "feeds": [{"url": srv.url("/ok.xml")}]})
        CliRunner().invoke(main, ["run", "--once", "--config", str(path)])
        again = CliRunner().invoke(main, ["run", "--once", "--config", str(path)])
    assert again.exit_code == 0
    assert again.output.strip() in (
        "none due, nothing to send (next in 15 m; --force polls now)",
        "none due, nothing to send (next in 14 m; --force polls now)")


@pytest.mark.parametrize("command", [["feeds"], ["status"], ["outbox"], ["preview", "d"]])
def test_looking_never_creates_a_database(tmp_path: Path, command: list[str]) -> None:
    """`feeds`, `status`, `outbox` and `preview` with no database say so, exit 1 and leave
    no file behind."""
    path = write(tmp_path, {**BASE, "storage": {"database": "state/w.db"}})
    result = CliRunner().invoke(main, [*command, "--config", str(path)])
    assert result.exit_code == 1
    assert f"no state database at {tmp_path / 'state' / 'w.db'} yet" in result.output
    assert not (tmp_path / "state").exists()


def test_feeds_never_migrates_an_old_database(tmp_path: Path) -> None:
    """`watcher feeds` on a database of an older schema says so and leaves it as it was."""
    import sqlite3

    from watcher.store import Store

    path = write(tmp_path, {**BASE, "storage": {"database": "w.db"}})
    Store.open(tmp_path / "w.db").close()
    with sqlite3.connect(tmp_path / "w.db") as conn:
        conn.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    result = CliRunner().invoke(main, ["feeds", "--config", str(path)])
    assert result.exit_code == 1
    assert "was written by an older watcher (schema 1" in result.output
    assert "`watcher run` brings it up to date" in result.output
    with sqlite3.connect(tmp_path / "w.db") as conn:
        assert conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == ("1",)


def test_feeds_lists_a_feed_added_since_the_last_run(tmp_path: Path) -> None:
    """A feed added to config.yaml after the last run shows as new, without writing it."""
    with FeedServer() as srv:
        srv.route("/ok.xml", rss(0, 2))
        path = write(tmp_path, {**BASE, "feeds": [{"url": srv.url("/ok.xml"), "name": "Old"}]})
        CliRunner().invoke(main, ["run", "--once", "--config", str(path)])
        write(tmp_path, {**BASE, "feeds": [{"url": srv.url("/ok.xml"), "name": "Old"},
                                           {"url": srv.url("/new.xml"), "name": "Added"}]})
        table = CliRunner().invoke(main, ["feeds", "--config", str(path)]).output
    added = next(line for line in table.splitlines() if line.startswith("Added"))
    assert " new " in added


def test_database_that_sqlite_cannot_open_is_one_line(tmp_path: Path) -> None:
    """A --db that names a folder: exit 1, one line with SQLite's reason, no SQLAlchemy link."""
    path = write(tmp_path, BASE)
    (tmp_path / "folder.db").mkdir()
    result = CliRunner().invoke(main, ["outbox", "retry", "--all-dead", "--config", str(path),
                                       "--db", str(tmp_path / "folder.db")])
    assert result.exit_code == 1
    assert result.output == (f"error: cannot open the state database {tmp_path / 'folder.db'}: "
                             "unable to open database file\n")


def test_send_test_to_a_file_destination_says_where_it_wrote(tmp_path: Path) -> None:
    """`send-test` to a file destination names the folder, and the files are there."""
    path = write(tmp_path, BASE)
    result = CliRunner().invoke(main, ["send-test", "d", "--config", str(path)])
    assert result.exit_code == 0, result.output
    assert result.output == f"wrote a test message for d to {tmp_path / 'out'} (.eml and .html)\n"
    assert sorted(p.suffix for p in (tmp_path / "out").iterdir()) == [".eml", ".html"]


def test_run_once_as_a_program_ends_cleanly_after_a_steady_poll(tmp_path: Path) -> None:
    """`watcher run --once` as its own process, twice over feeds that then answer 304: the
    second run records every 304 (each feed's last fetch moves on), exits 0, and leaving
    its keep-alive connections to the OS warns about nothing."""
    def fetched_at() -> list[str]:
        with sqlite3.connect(tmp_path / "watcher.db") as db:
            return [r[0] for r in db.execute("SELECT last_fetch_at FROM feeds ORDER BY id")]

    with FeedServer() as srv:
        for n in range(3):
            srv.route(f"/f{n}.xml", rss(n, 2), etag=f'"v{n}"')
        write(tmp_path, {**BASE, "feeds": [{"url": srv.url(f"/f{n}.xml")} for n in range(3)]})
        command = [sys.executable, "-m", "watcher", "run", "--once", "--force", "--config",
                   "config.yaml"]
        first = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True,
                               timeout=120)
        before = fetched_at()
        second = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True,
                                timeout=120)
        conditional = [bool(r.headers.get("if-none-match")) for r in srv.requests]
    assert (first.returncode, second.returncode) == (0, 0), first.stderr + second.stderr
    assert "polled 3 feed(s) (unchanged 3)" in second.stdout
    assert second.stderr == ""
    assert conditional == [False] * 3 + [True] * 3
    assert all(b is not None and a > b for a, b in zip(fetched_at(), before, strict=True))
