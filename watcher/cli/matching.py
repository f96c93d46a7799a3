"""`watcher match` and `watcher explain`: try profiles on items before they go live.

    watcher match --jsonl FILE|-        items as JSON lines -> one result line per item
    watcher match --jsonl FILE --labels items carry labels: [...] -> P/R/F1 and every miss
    watcher match --since 30d           re-run current profiles over stored items
    watcher explain PROFILE "text"      why a text does or does not match, term by term
    watcher explain PROFILE --item REF  the same for a stored item: the key or link that
                                        `match --since` prints, or its database id
"""

from __future__ import annotations

import gc
import hashlib
import json
import math
import os
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import click

from watcher.cli.options import config_option, db_option, finish
from watcher.errors import WatcherError
from watcher.models import Item, Match  # plain dataclasses

if TYPE_CHECKING:
    from watcher.config import Config
    from watcher.match import Matcher
    from watcher.match.labels import LabelledItem
    from watcher.store import Store


def _setup(config_path: Path) -> tuple[Config, Matcher]:
    from watcher.config import load
    from watcher.match import compile_profiles

    config = load(config_path, os.environ)
    return config, compile_profiles(config.profiles, config.aliases)


def _set_up_frozen(config_path: Path) -> tuple[Config, Matcher]:
    """_setup with the cyclic collector off, then everything alive moved out of its sight.

    The config's modules (pydantic), the config and the compiled profiles are objects that
    live as long as the command and hold no garbage: collections during set-up walked them
    for nothing, and once frozen the full collections that matching's garbage sets off
    never walk them again."""
    paused = gc.isenabled()
    gc.disable()
    try:
        return _setup(config_path)
    finally:
        gc.freeze()
        if paused:
            gc.enable()


def item_from_json(obj: Mapping[str, Any], now: datetime) -> Item:
    """An Item from one input line; only ``title`` or ``summary`` is really needed."""
    title, summary = str(obj.get("title") or ""), str(obj.get("summary") or "")
    content = str(obj.get("content") or "")
    digest = hashlib.sha256("\x00".join((title, summary, content)).encode()).hexdigest()
    return Item(
        item_key=str(obj.get("id", digest)), feed_url=str(obj.get("feed_url") or ""),
        title=title, link=obj.get("link"), summary=summary, content=content,
        author=str(obj.get("author") or ""),
        categories=_cats(obj),
        published=now, published_from_feed=False, content_hash=digest, lang=obj.get("lang"))


def labels_of(obj: Mapping[str, Any], number: int) -> frozenset[str]:
    """The profile ids an input line is labelled with (``labels``, or ``expected``)."""
    labels = obj.get("labels", obj.get("expected"))
    if not isinstance(labels, list) or not all(isinstance(x, str) for x in labels):
        raise WatcherError(f"line {number}: --labels needs \"labels\": a list of profile ids")
    return frozenset(labels)


# orjson parses a line in a quarter of the standard parser's time, into the same values,
# except for integers past 64 bits, which it reads as floats. (Imported by the reader: the
# other commands, `run` among them, do not load it.)
_LONGEST = float(2 ** 63)


def _exact(value: object) -> bool:
    """False if ``value`` holds a whole float of 2**63 or more: orjson's reading of an
    integer past 64 bits (or a float written so: the standard parser reads both right)."""
    if type(value) is str:
        return True
    if type(value) is float:
        return not (abs(value) >= _LONGEST and value.is_integer())
    # Loops, not all() over a generator: this runs on every input line.
    if type(value) is dict:
        for v in value.values():
            if type(v) is not str and not _exact(v):
                return False
    elif type(value) is list:
        for v in value:
            if not _exact(v):
                return False
    return True


def _read_objects(lines: Iterable[str], first: int = 1) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) for each non-blank line; ``first`` is the first line's number."""
    import orjson

    loads, refused = orjson.loads, orjson.JSONDecodeError
    for number, line in enumerate(lines, first):
        if not line or line.isspace():  # blank: tested without copying the line (strip)
            continue
        try:
            obj = loads(line)
            if type(obj) is not dict or not _exact(obj):
                raise refused("", "", 0)
        except refused:
            # What orjson refuses and the standard parser takes (NaN, lone surrogates) is
            # read as it always was, and a broken line gets the standard parser's message.
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise WatcherError(f"line {number}: not valid JSON ({exc.msg})") from None
        if not isinstance(obj, dict):
            raise WatcherError(f"line {number}: expected a JSON object")
        yield number, obj


def _read_labelled(stream: IO[str], now: datetime) -> Iterator[LabelledItem]:
    for number, obj in _read_objects(stream):
        yield (str(obj.get("id", f"line {number}")), item_from_json(obj, now),
               labels_of(obj, number))


# json.dumps(obj, ensure_ascii=False) makes an encoder per call; one shared encoder writes the
# same bytes (no circular check: the line is built here, from plain values).
_encode = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode
_encode_str = json.encoder.encode_basestring  # what that encoder calls for a str
_quoted: dict[str, str] = {}  # profile name or term -> its JSON string (a bounded set)


def _quote(text: str) -> str:
    found = _quoted.get(text)
    if found is None:
        found = _quoted[text] = _encode(text)
    return found


def result_text(item_id: Any, found: Sequence[Match]) -> str:
    """The result line for ``found``: the bytes ``_encode`` makes of {"id", "profiles",
    "scores", "terms"}, written from pieces (the names and terms quoted once each), which
    costs a third of encoding the dictionary per line."""
    # A string id (the usual kind) is what the encoder's own string step writes, called
    # without the encoder's method around it.
    head = ('{"id": ' + (_encode_str(item_id) if type(item_id) is str else _encode(item_id))
            + ', "profiles": [')
    if not found:
        return head + '], "scores": {}, "terms": {}}'
    names, scores, terms = [], [], []
    quoted = _quoted.get
    for m in found:
        name = quoted(m.profile) or _quote(m.profile)
        names.append(name)
        score = m.score
        scores.append(name + ": " + (float.__repr__(score) if math.isfinite(score)
                                     else _encode(score)))  # as the encoder writes floats
        # The quoted forms looked up in place: a call of _quote per term cost more.
        terms.append(name + ": [" + ", ".join([quoted(t.term) or _quote(t.term)
                                               for t in m.terms]) + "]")
    return (head + ", ".join(names) + '], "scores": {' + ", ".join(scores) + '}, "terms": {'
            + ", ".join(terms) + "}}")


def result_line(item_id: Any, matcher: Matcher, item: Item) -> str:
    return result_text(item_id, matcher.match(item, snippets=False))  # it carries no snippet


def _cats(obj: Mapping[str, Any]) -> tuple[str, ...]:
    cats = obj.get("categories") or ()
    return tuple(str(c) for c in ([cats] if isinstance(cats, str) else cats))


def result_lines(matcher: Matcher, now: datetime, lines: Iterable[str],
                 first: int = 1) -> Iterator[str]:
    """One result line per JSON line of ``lines`` (numbered from ``first`` in errors)."""
    del now  # the items' dates play no part in matching
    match = matcher.match_fields
    for _, obj in _read_objects(lines, first):
        # The fields as item_from_json reads them, without the Item (its key and hash are
        # not printed): a frozen dataclass of sixteen fields costs more than its JSON.
        get = obj.get
        found = match(str(get("title") or ""), str(get("summary") or ""),
                      str(get("content") or ""), str(get("author") or ""),
                      _cats(obj) if "categories" in obj else (), get("link"),
                      str(get("feed_url") or ""))
        yield result_text(get("id"), found)


def _write(blocks: Iterable[str]) -> None:
    """Write blocks of result lines to stdout; what was produced is written even if the
    input fails halfway (a bad JSON line), as printing line by line did."""
    out = sys.stdout
    try:
        for block in blocks:
            out.write(block)
    finally:
        out.flush()


def _stored(config: Config, db: str | None, since: str, now: datetime) -> Iterable[Item]:
    from watcher.app import open_readonly  # re-matching never creates or migrates a database
    from watcher.config import parse_duration

    try:
        seconds = parse_duration(since)
    except ValueError as exc:
        raise WatcherError(f"--since: {exc}") from None
    store = open_readonly(config, db)
    try:
        yield from store.iter_items(now - timedelta(seconds=seconds))
    finally:
        store.close()


@click.command("match")
@click.option("--jsonl", "jsonl", type=click.File("r", encoding="utf-8"), default=None,
              help="Items as JSON lines (id, title, summary, ...); '-' reads stdin.")
@click.option("--since", default=None, help="Re-run profiles over stored items this recent "
              "(e.g. 30d).")
@click.option("--labels", "labelled", is_flag=True, help="With --jsonl: items carry "
              "\"labels\": [profile ids]; print precision, recall and F1 per profile, the "
              "false-alert rate on unlabelled items, and every miss.")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="With --jsonl: processes that match a large input (default: one per "
              "core; 1 matches in this process). Output is the same, in input order.")
@config_option
@db_option
def match_command(jsonl: IO[str] | None, since: str | None, labelled: bool,
                  workers: int | None, config_path: Path, db: str | None) -> None:
    """Match items against the configured profiles; one JSON line out per item."""
    if (jsonl is None) == (since is None):
        raise click.UsageError("give exactly one of --jsonl FILE or --since DURATION")
    if labelled and jsonl is None:
        raise click.UsageError("--labels works with --jsonl FILE")
    # Here, not at the top: no other command uses it (and its workers start only for a
    # large input, the one case that imports multiprocessing).
    from watcher.cli import matchpool

    finish(lambda: match(config_path, db, jsonl, since, labelled,
                         workers or matchpool.default_workers()))


def match(config_path: Path, db: str | None, jsonl: IO[str] | None, since: str | None,
          labelled: bool, workers: int = 1) -> int:
    """Print one result line per item (or, with ``labelled``, the scores); exit code 0."""
    from watcher.cli import matchpool

    config, matcher = _set_up_frozen(config_path)
    now = datetime.now(UTC)
    if jsonl is not None and labelled:
        from watcher.match.labels import score

        click.echo(score(matcher, list(_read_labelled(jsonl, now))).render())
    elif jsonl is not None:
        _write(matchpool.blocks(jsonl, partial(result_lines, matcher, now), workers))
    else:
        _write(matchpool.in_process(result_line(item.item_key, matcher, item)
                                    for item in _stored(config, db, str(since), now)))
    return 0


@click.command("explain")
@click.argument("profile")
@click.argument("text", required=False)
@click.option("--item", "item_ref", default=None, metavar="REF",
              help="A stored item: its key or link (as `match --since` prints), or its id.")
@config_option
@db_option
def explain_command(profile: str, text: str | None, item_ref: str | None, config_path: Path,
                    db: str | None) -> None:
    """Show why TEXT (or a stored --item) does or does not match PROFILE.

    \b
    TEXT's first line is the title, the rest the summary. The query is shown as a tree:
      ALL of / ANY of      AND / OR groups; NOT: the part must be absent
      NEAR/n               both sides in one field, at most n words apart
      OUTSIDE              the first side, where the second does not contain it
      lead:                the title or the first sentence of the summary
    then the score (sum of weight x field boost x (1 + ln count)) beside min_score.
    """
    if (text is None) == (item_ref is None):
        raise click.UsageError('give either a "text" or --item REF')
    finish(lambda: explain(config_path, db, profile, text, item_ref))


def explain(config_path: Path, db: str | None, profile: str, text: str | None,
            item_ref: str | None) -> int:
    """Print the explanation; exit code 0 when the item matches, 2 when it does not."""
    config, matcher = _setup(config_path)
    if profile not in matcher.profiles:
        raise WatcherError(f"unknown profile {profile!r} (profiles: "
                           f"{', '.join(matcher.profiles)})")
    item = (_text_item(text) if text is not None
            else _stored_item(config, db, str(item_ref)))
    explanation = matcher.explain(profile, item)
    click.echo(explanation.render())
    return 0 if explanation.matched else 2


def _text_item(text: str) -> Item:
    """A bare text becomes an item whose first line is the title, the rest the summary."""
    title, _, summary = text.strip().partition("\n")
    return item_from_json({"title": title, "summary": summary}, datetime.now(UTC))


def _stored_item(config: Config, db: str | None, ref: str) -> Item:
    from watcher.app import open_readonly  # looking never creates or migrates a database

    store = open_readonly(config, db)
    try:
        item = _find_item(store, ref)
    finally:
        store.close()
    if item is None:
        what = "id" if ref.isdigit() else "key or link"
        raise WatcherError(f"no stored item with {what} {ref}")
    return item


def _find_item(store: Store, ref: str) -> Item | None:
    """The item whose database id ``ref`` is, else the newest whose key or link it is."""
    # A number is an id first, as --item always took: the keys the daemon stores carry a
    # prefix (id:, url:, hash:), so a bare number is one only for items stored by hand.
    found = store.get_item(int(ref)) if ref.isdigit() else None
    if found is not None:
        return found
    # The store has no lookup by key or link (and only the store speaks SQL), so this walks
    # the stored items as `match --since` does: a one-off command, at most that slow.
    for item in store.iter_items(datetime.min.replace(tzinfo=UTC)):
        if ref in (item.item_key, item.link):
            found = item
    return found


COMMANDS = [match_command, explain_command]
