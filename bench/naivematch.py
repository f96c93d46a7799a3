"""The naive keyword matcher, a baseline for ``watcher match --jsonl``.

    python -m bench.naivematch CONFIG FILE      one JSON line out per JSON line in

What someone types into a news-alert box: per profile, one flat list of keywords (every
word and phrase of the profile's query, aliases spelled out, wildcards and operators
dropped, NOT and exclude terms left out), and an item carries the profile when any keyword
occurs in its lower-cased title and summary. No boolean logic, no word boundaries, no
scores. It reads and writes the same lines as ``watcher match --jsonl``, as a whole process,
so the two are timed alike.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

import yaml

_TOKEN = re.compile(r'"[^"]*"|[^\s()"]+')
_OPERATORS = {"AND", "OR", "NOT"}
_NEAR = re.compile(r"^NEAR/\d+$")


def keywords(query: str, aliases: Mapping[str, Iterable[str]]) -> list[str]:
    """The query's words and phrases, lower-cased, aliases expanded, NOT terms left out."""
    out: list[str] = []
    negate = False
    for token in _TOKEN.findall(query):
        if token in _OPERATORS or _NEAR.match(token):
            negate = token == "NOT"
            continue
        was_negated, negate = negate, False
        if was_negated:
            continue
        if token.startswith("@"):
            for alias_term in aliases.get(token[1:], ()):
                out.extend(keywords(str(alias_term), {}))
            continue
        word = token.split(":", 1)[1] if re.match(r"^[a-z]+:", token) else token
        word = word.strip('"').rstrip("*").strip().lower()
        if word:
            out.append(word)
    return sorted(set(out))


def keyword_lists(config_path: Path) -> dict[str, list[str]]:
    doc = yaml.safe_load(config_path.read_text(encoding="utf-8")) or {}
    aliases = doc.get("aliases") or {}
    return {name: keywords(str(p.get("query", "")), aliases)
            for name, p in (doc.get("profiles") or {}).items()}


def main(argv: list[str]) -> None:
    lists = list(keyword_lists(Path(argv[0])).items())
    write = sys.stdout.write
    with open(argv[1], encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            obj = json.loads(line)
            text = f"{obj.get('title') or ''}\n{obj.get('summary') or ''}".lower()
            found = [name for name, words in lists if any(w in text for w in words)]
            write(json.dumps({"id": obj.get("id"), "profiles": found}, ensure_ascii=False))
            write("\n")


if __name__ == "__main__":
    main(sys.argv[1:])
