"""Change the feed list in config.yaml and leave every other byte of it as it was.

ruamel.yaml's round-trip loader says where each feed entry sits (line numbers); the edit
is made to the text at those lines, in the style of the entries around it (flow
``- {url: ..., name: ...}`` or block), so comments, wrapping and quoting elsewhere are
untouched — re-dumping the whole document would re-wrap every long alias list. The edited
text is validated with ``config.parse`` (the checks of start-up) before it replaces the
file, atomically, so a refused or interrupted edit leaves config.yaml as it was. A running
daemon picks the change up on SIGHUP (`systemctl reload watcher`).
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml as pyyaml
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError

from watcher.config import parse
from watcher.errors import ConfigError


@dataclass(frozen=True, slots=True)
class NewFeed:
    url: str
    name: str = ""
    tags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class _Doc:
    path: Path
    lines: list[str]  # with their line ends
    data: CommentedMap
    feeds: CommentedSeq | None


def _read(path: Path) -> _Doc:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read config {path}: {exc.strerror}") from None
    try:
        data = YAML().load(text)  # round-trip: keeps line numbers
    except YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML: {' '.join(str(exc).split())}") from None
    if data is None:
        data = CommentedMap()
    if not isinstance(data, CommentedMap):
        raise ConfigError(f"{path}: the top level must be a mapping of keys")
    feeds = data.get("feeds")
    if feeds is not None and not isinstance(feeds, CommentedSeq):
        raise ConfigError(f"{path}: feeds must be a list")
    return _Doc(path, text.splitlines(keepends=True), data, feeds)


def _is_code(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and not stripped.startswith("#")


def _item_end(doc: _Doc, index: int) -> int:
    """The line after the last line of feed ``index`` (comments and blank lines that follow
    it belong to what comes next)."""
    assert doc.feeds is not None
    if index + 1 < len(doc.feeds):
        limit = doc.feeds.lc.item(index + 1)[0]
    else:
        keys = list(doc.data)
        position = keys.index("feeds")
        limit = (doc.data.lc.key(keys[position + 1])[0] if position + 1 < len(keys)
                 else len(doc.lines))
    end = limit
    while end > doc.feeds.lc.item(index)[0] + 1 and not _is_code(doc.lines[end - 1]):
        end -= 1
    return int(end)


def _entry_text(feed: NewFeed, template: str) -> str:
    """The new entry in the style of ``template`` (the line of the last entry)."""
    indent = template[: len(template) - len(template.lstrip())]
    fields: list[tuple[str, str]] = [("url", json.dumps(feed.url, ensure_ascii=False))]
    if feed.name:
        fields.append(("name", json.dumps(feed.name, ensure_ascii=False)))
    if feed.tags:
        fields.append(("tags", "[" + ", ".join(json.dumps(t, ensure_ascii=False)
                                               for t in feed.tags) + "]"))
    if template.lstrip().startswith("- {"):
        return f"{indent}- {{{', '.join(f'{k}: {v}' for k, v in fields)}}}\n"
    first, *rest = fields
    return "".join([f"{indent}- {first[0]}: {first[1]}\n",
                    *(f"{indent}  {k}: {v}\n" for k, v in rest)])


def _same(a: str, b: str) -> bool:
    return a.rstrip("/").lower() == b.rstrip("/").lower()


def _save(doc: _Doc, lines: list[str], environ: Mapping[str, str]) -> None:
    text = "".join(lines)
    try:
        parse(pyyaml.safe_load(text), _Lenient(environ), doc.path.resolve().parent)
    except (ConfigError, pyyaml.YAMLError) as exc:
        problems = exc.problems if isinstance(exc, ConfigError) else [str(exc)]
        raise ConfigError(f"{doc.path} left unchanged: the edit would make it invalid",
                          problems) from None
    temp = doc.path.with_name(f".{doc.path.name}.{os.getpid()}.tmp")
    temp.write_text(text, encoding="utf-8")
    os.replace(temp, doc.path)


class _Lenient(dict[str, str]):
    """An environment in which every ${VAR} is set: one the editing shell lacks is not the
    edit's fault (the daemon's environment has it)."""

    def __contains__(self, key: object) -> bool:
        return True

    def __missing__(self, key: str) -> str:
        return "https://placeholder.invalid/x" if "URL" in key.upper() else "placeholder"


def add_feeds(path: Path, new: Sequence[NewFeed],
              environ: Mapping[str, str]) -> tuple[list[NewFeed], list[str]]:
    """Append feeds not yet in config.yaml; returns (added, URLs already there)."""
    doc = _read(path)
    present = [str(f.get("url", "")) for f in doc.feeds or () if isinstance(f, Mapping)]
    added = [f for f in _unique(new) if not any(_same(f.url, p) for p in present)]
    skipped = [f.url for f in new if f not in added]
    if not added:
        return added, skipped
    lines = list(doc.lines)
    if doc.feeds:
        last = len(doc.feeds) - 1
        end = _item_end(doc, last)
        template = doc.lines[doc.feeds.lc.item(last)[0]]
        lines[end:end] = [_entry_text(f, template) for f in added]
    elif "feeds" in doc.data:  # `feeds: []`
        key_line = doc.data.lc.key("feeds")[0]
        if lines[key_line].split("#")[0].strip() != "feeds: []":
            raise ConfigError(f"{path}: write `feeds:` as a list of entries and try again")
        lines[key_line] = "feeds:\n"
        lines[key_line + 1:key_line + 1] = [_entry_text(f, "  - {") for f in added]
    else:
        if lines and not lines[-1].endswith("\n"):
            lines[-1] += "\n"
        lines.append("feeds:\n")
        lines += [_entry_text(f, "  - {") for f in added]
    _save(doc, lines, environ)
    return added, skipped


def _unique(feeds: Sequence[NewFeed]) -> list[NewFeed]:
    out: list[NewFeed] = []
    for f in feeds:
        if not any(_same(f.url, o.url) for o in out):
            out.append(f)
    return out


def remove_feed(path: Path, which: str, environ: Mapping[str, str]) -> str:
    """Remove the feed whose URL or name is ``which``; returns its URL."""
    doc = _read(path)
    entries: list[Any] = list(doc.feeds or ())
    hits = [i for i, f in enumerate(entries) if isinstance(f, Mapping)
            and (_same(str(f.get("url", "")), which) or f.get("name") == which)]
    if not hits:
        raise ConfigError(f"no feed with the URL or name {which!r} in {path}")
    if len(hits) > 1:
        raise ConfigError(f"{len(hits)} feeds are named {which!r} in {path}: give the URL")
    assert doc.feeds is not None
    start, end = doc.feeds.lc.item(hits[0])[0], _item_end(doc, hits[0])
    lines = doc.lines[:start] + doc.lines[end:]
    key_line = doc.data.lc.key("feeds")[0]
    if len(entries) == 1 and lines[key_line].strip() == "feeds:":
        lines[key_line] = "feeds: []\n"  # an empty `feeds:` would be null, not a list
    _save(doc, lines, environ)
    return str(entries[hits[0]]["url"])
