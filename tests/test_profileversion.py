"""Profile versions (scale-out mode): a config reload on one worker changes the profiles of
every worker, and the items already stored are re-matched once."""

from __future__ import annotations

import signal
from collections import Counter
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

from feedgen import rss
from feedserver import FeedServer
from pgsupport import database_fixture, fresh_schema
from receiver import Receiver
from test_outbox import PROFILES, hook, raw_config, webhook_links, write_yaml
from test_store import NOW, ingest, make_item, open_with_feed
from test_worker import start_worker, stop
from waiting import wait_for

from watcher.config import parse
from watcher.match import compile_profiles
from watcher.profilesync import definitions, match_rows, with_definitions
from watcher.store import Store

__all__ = ["database_fixture"]

Target = str | Path
RETENTION = timedelta(days=90)
OLD = NOW - timedelta(days=200)


def config_of(tmp_path: Path, profiles: dict[str, Any]) -> Any:
    raw = raw_config(tmp_path, [], {})
    raw["profiles"] = profiles
    return parse(raw, {}, tmp_path)


def test_a_version_is_added_only_when_the_profiles_change(database: Target, tmp_path: Path) -> None:
    """The first version needs no re-match; the same profiles again add nothing; changed
    ones add a version waiting for its re-match, whose content compiles back the same."""
    store = Store.open(database)
    first = definitions(config_of(tmp_path, PROFILES))
    assert store.publish_profiles(first, NOW) == (1, True)
    assert store.publish_profiles(first, NOW) == (1, False)
    changed = {**PROFILES, "weather": {"query": "weather OR 날씨", "min_score": 0.5}}
    assert store.publish_profiles(definitions(config_of(tmp_path, changed)), NOW) == (2, True)
    assert store.latest_profile_version() == 2
    v1, v2 = store.profile_version(1), store.profile_version(2)
    assert v1 is not None and v1.rematched and v2 is not None and not v2.rematched
    back = with_definitions(config_of(tmp_path, PROFILES), v2.definitions)
    assert back.profiles == config_of(tmp_path, changed).profiles
    store.close()


def test_rematch_queues_each_new_match_once_within_retention(
    database: Target, tmp_path: Path
) -> None:
    """Re-matching adds the new profile's matches of stored items (not the ones the item has
    already, nor those of items older than retention) and queues each once; run again, or
    for a version that is no longer the latest, it does nothing."""
    store, feed_id = open_with_feed(database)
    ingest(store, feed_id, [make_item(5, "Story 1 seen long ago")], now=OLD)
    ingest(
        store,
        feed_id,
        [
            make_item(1),
            make_item(2),
            replace(make_item(4, "Story 1 dated long ago"), published=OLD),
        ],
    )
    queued = store.queue_state("mail")[0]
    changed = {**PROFILES, "story-one": {"query": '"story 1"'}}
    config = config_of(tmp_path, changed)
    store.publish_profiles(definitions(config_of(tmp_path, PROFILES)), NOW)
    version, _ = store.publish_profiles(definitions(config), NOW)
    match = match_rows(compile_profiles(config.profiles, config.aliases))
    later = NOW + timedelta(hours=1)
    assert store.rematch(version, later - RETENTION, match, lambda p: ["mail"], later) == (1, 1)
    assert store.queue_state("mail")[0] == queued + 1
    assert store.rematch(version, later - RETENTION, match, lambda p: ["mail"], later) is None
    newer, _ = store.publish_profiles({"profiles": {}, "aliases": {}}, NOW)
    assert store.rematch(version, later - RETENTION, match, lambda p: ["mail"], later) is None
    assert store.rematch(newer, later - RETENTION, lambda i: [], lambda p: [], later) == (0, 0)
    assert store.queue_state("mail")[0] == queued + 1
    store.close()


def links(feed_no: int, stories: range, topics: tuple[int, ...]) -> list[str]:
    """Links of rss(feed_no, …)'s stories whose topic (story number mod 4) is in ``topics``:
    0 and 1 are about defections, 2 is the weather."""
    return [f"https://news.example/{feed_no}/{n}" for n in stories if n % 4 in topics]


def test_a_reload_on_one_worker_changes_every_workers_profiles(tmp_path: Path) -> None:
    """Two workers with their own config files. Worker A is given a new profile and a SIGHUP,
    then stopped: the stored items' new matches are delivered once (one re-match), and the
    stories published afterwards, polled by worker B whose file never changed, are matched
    with the new profile too."""
    with fresh_schema() as url, Receiver() as rx, FeedServer() as srv:
        for no in (0, 1):
            srv.route(f"/f{no}.xml", rss(no, 8))
        raw = raw_config(
            tmp_path,
            [srv.url(f"/f{no}.xml") for no in (0, 1)],
            {"hook": hook(rx, mode="instant", batch_window="1s")},
        )
        raw["storage"]["database"] = url
        raw["polling"].update(interval="2s", jitter=0)
        dirs = [tmp_path / name for name in ("a", "b")]
        for d in dirs:
            d.mkdir()
            write_yaml(d, raw)
        procs = [start_worker(d, 0) for d in dirs]
        delivered = lambda: Counter(link for r in rx.requests for link in webhook_links(r))  # noqa: E731
        try:
            first = Counter(link for no in (0, 1) for link in links(no, range(8), (0, 1)))
            wait_for(lambda: delivered() == first, timeout=60)
            write_yaml(dirs[0], {**raw, "profiles": {**PROFILES, "weather": {"query": "weather"}}})
            procs[0].send_signal(signal.SIGHUP)
            wait_for(
                lambda: "re-match deferred" in (dirs[0] / "worker0.log").read_text(), timeout=30
            )
            stop(procs[:1])
            for no in (0, 1):
                srv.route(f"/f{no}.xml", rss(no, 12))
            want = Counter(link for no in (0, 1) for link in links(no, range(12), (0, 1, 2)))
            wait_for(lambda: delivered() == want, timeout=60)
        finally:
            stop(procs)
        b_log = (dirs[1] / "worker0.log").read_text()
    assert delivered() == want  # each story once: the re-match queued nothing twice
    assert "adopted version 2" in b_log
    assert procs[0].returncode == 0
