"""cli start-up: each command imports only the libraries it uses (checked in a fresh process)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from feedgen import rss
from feedserver import FeedServer

# Runs the command line in this process, then prints, as its last line, which of the
# watched modules it left in sys.modules.
PROBE = """
import json, sys
from watcher.cli import main
try:
    main(sys.argv[2:], "watcher")
except SystemExit:
    pass
watched = json.loads(sys.argv[1])
print(json.dumps(sorted(m for m in watched if m in sys.modules)))
"""
HEAVY = ["aiohttp", "httpx", "jinja2", "css_inline", "nh3", "sqlalchemy", "apscheduler",
         "feedparser", "ruamel.yaml", "prometheus_client", "apprise", "asyncio", "orjson"]
CONFIG = """\
feeds:
  - url: {url}
profiles:
  defections:
    query: {query}
destinations:
  d:
    type: file
    path: out
"""


def _loaded(args: list[str], cwd: Path, watched: list[str]) -> tuple[list[str], str]:
    done = subprocess.run([sys.executable, "-c", PROBE, json.dumps(watched), *args], cwd=cwd,
                          capture_output=True, text=True, timeout=120, check=False)
    *output, last = done.stdout.splitlines() or [""]
    assert last.startswith("["), done.stderr
    return json.loads(last), "\n".join(output)


def test_help_imports_no_library(tmp_path: Path) -> None:
    """`watcher --help` loads no config, matcher, store or HTTP library."""
    loaded, out = _loaded(["--help"], tmp_path,
                          [*HEAVY, "pydantic", "yaml", "watcher.config", "watcher.match",
                           "multiprocessing"])
    assert "Commands:" in out
    assert loaded == []


def test_match_jsonl_imports_only_config_and_matcher(tmp_path: Path) -> None:
    """`watcher match --jsonl` matches without loading HTTP, store, scheduler or templates."""
    (tmp_path / "config.yaml").write_text(CONFIG.format(url="https://a.example/feed",
                                                                 query="defect*"),
                                          encoding="utf-8")
    lines = [{"id": 1, "title": "A defector reaches Seoul"}, {"id": 2, "title": "Rain"}]
    (tmp_path / "items.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines),
                                          encoding="utf-8")
    loaded, out = _loaded(["match", "--jsonl", "items.jsonl"], tmp_path,
                          [*HEAVY, "watcher.match", "pydantic"])
    assert [json.loads(line)["profiles"] for line in out.splitlines()] == [["defections"], []]
    # The probe sees what the command did load; nothing else of the watched list.
    assert loaded == ["orjson", "pydantic", "watcher.match"]


def test_run_once_that_sends_nothing_skips_templates(tmp_path: Path) -> None:
    """`run --once` with nothing to send loads neither the templates nor other commands'
    libraries (feeds editing, metrics); `feeds` afterwards loads no fetcher or matcher."""
    with FeedServer() as srv:
        srv.route("/f.xml", rss(0, 2))
        (tmp_path / "config.yaml").write_text(CONFIG.format(url=srv.url("/f.xml"),
                                                                 query="zzqxj"),
                                              encoding="utf-8")
        loaded, out = _loaded(["run", "--once"], tmp_path,
                              ["jinja2", "css_inline", "nh3", "ruamel.yaml", "prometheus_client",
                               "sqlalchemy", "aiohttp"])
    assert "polled 1 feed(s)" in out and "sent 0 message window(s)" in out
    assert loaded == ["aiohttp", "sqlalchemy"]
    # Looking at the database it left needs none of a cycle's machinery.
    watched = [m for m in HEAVY if m != "asyncio"]  # (SQLAlchemy's own imports load it)
    loaded, out = _loaded(["feeds"], tmp_path, [*watched, "watcher.match", "watcher.pipeline",
                                                "watcher.fetch", "watcher.workers"])
    assert "FEED" in out and " ok " in out
    assert loaded == ["sqlalchemy"]


def test_steady_run_once_starts_no_worker_and_skips_unused_libraries(tmp_path: Path) -> None:
    """With parse workers configured, a first `run --once` parses in them; a second one in
    which every feed answers 304 has nothing to parse, and so starts no worker process (nor
    loads multiprocessing, whose resource tracker is a process too), nor the query language:
    the first run's check of the profiles is remembered, and only a changed body would be
    matched here. Neither run loads httpx (no chat destination, no https feed) or the
    PostgreSQL dialect (a SQLite file)."""
    config = CONFIG.replace("feeds:", "polling:\n  parse_workers: 2\nfeeds:")
    watched = ["multiprocessing", "httpx", "certifi", "sqlalchemy.dialects.postgresql",
               "watcher.digest", "watcher.fulltext", "watcher.match"]
    with FeedServer() as srv:
        srv.route("/f.xml", rss(0, 2), etag='"v1"')
        (tmp_path / "config.yaml").write_text(config.format(url=srv.url("/f.xml"),
                                                            query="zzqxj"), encoding="utf-8")
        first, out = _loaded(["run", "--once"], tmp_path, watched)
        assert "polled 1 feed(s) (new-items 1); 2 new item(s)" in out
        assert first == ["multiprocessing", "watcher.match"]
        steady, out = _loaded(["run", "--once", "--force"], tmp_path, watched)
        assert "polled 1 feed(s) (unchanged 1)" in out
        assert steady == []
        assert [r.headers.get("if-none-match") for r in srv.requests] == [None, '"v1"']


def test_run_once_leaves_the_garbage_collector_on(tmp_path: Path) -> None:
    """Start-up runs with the cyclic collector off; `run --once` turns it back on (with the
    raised young-generation threshold) once start-up is done, also when the config is
    refused, so a long cycle or the daemon never runs without it."""
    probe = PROBE.replace("watched = json.loads", "import gc\nprint('gc', gc.isenabled(), "
                          "gc.get_threshold()[0])\nwatched = json.loads")
    with FeedServer() as srv:
        srv.route("/f.xml", rss(0, 2))
        for query, expected in (("zzqxj", "polled 1 feed(s)"), ("(broken", "problem")):
            (tmp_path / "config.yaml").write_text(CONFIG.format(url=srv.url("/f.xml"),
                                                                query=query), encoding="utf-8")
            done = subprocess.run([sys.executable, "-c", probe, "[]", "run", "--once"],
                                  cwd=tmp_path, capture_output=True, text=True, timeout=120,
                                  check=False)
            assert expected in done.stdout + done.stderr
            assert "gc True 10000" in done.stdout, done.stdout + done.stderr
