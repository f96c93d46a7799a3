"""`watcher match --jsonl` on a large input, matched by forked workers: the same bytes as
one process, in input order, and a bad line still stops the output right before it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from watcher.cli.matchpool import CHUNK, IN_PROCESS_BELOW

CONFIG = str(Path(__file__).resolve().parents[1] / "config.yaml")

# Written for this test: some match the shipped profiles, some do not.
TITLES = [
    "Pyongyang sends a new batch of workers to sawmills in the Russian far east",
    "Two North Korean fishermen drift south and ask to stay in Seoul",
    "Tanker that carried DPRK coal into Chinese ports is seized under UN sanctions",
    "City council approves a new bicycle lane on the river road",
    "Former inmate of a North Korean labour camp tells of beatings and hunger",
    "대북제재를 어긴 선박이 부산항에서 적발됐다",
    "Local bakery wins a prize for its rye bread",
]
SUMMARIES = [
    "The account, given to a rights group, could not be confirmed.",
    "Officials in the South said the pair crossed the sea border at night.",
    "The vessel's owner denied any wrongdoing.",
    "",
]


def _lines(count: int) -> list[str]:
    """``count`` input lines; ids of every kind, some missing, and a few blank lines."""
    out = []
    for n in range(count):
        if n % 997 == 5:
            out.append("")
            continue
        obj: dict[str, object] = {"title": f"{TITLES[n % len(TITLES)]} ({n})",
                                  "summary": SUMMARIES[n % len(SUMMARIES)]}
        if n % 3 == 0:
            obj["id"] = n
        elif n % 3 == 1:
            obj["id"] = f"item-{n}"
        out.append(json.dumps(obj, ensure_ascii=n % 2 == 0))
    return out


def _match(path: Path, workers: int) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "watcher", "match", "--jsonl", str(path),
                           "--config", CONFIG, "--workers", str(workers)],
                          capture_output=True, timeout=300, check=False)


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    lines = _lines(IN_PROCESS_BELOW + 2 * CHUNK + 123)  # several chunks and a short last one
    path = tmp_path_factory.mktemp("pool") / "items.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, lines


def test_workers_write_the_bytes_one_process_writes(large: tuple[Path, list[str]]) -> None:
    path, lines = large
    one, two = _match(path, 1), _match(path, 2)
    assert one.returncode == 0 and two.returncode == 0, two.stderr
    assert two.stdout == one.stdout
    rows = [json.loads(x) for x in two.stdout.decode().splitlines()]
    given = [json.loads(x) for x in lines if x]
    assert [r["id"] for r in rows] == [g.get("id") for g in given]  # input order
    matched = sum(1 for r in rows if r["profiles"])
    assert 0 < matched < len(rows)


def test_a_bad_line_in_a_later_chunk_stops_the_output_right_before_it(
        tmp_path: Path, large: tuple[Path, list[str]]) -> None:
    _, lines = large
    bad = IN_PROCESS_BELOW + CHUNK // 2  # in a chunk that a worker matches
    broken = [*lines[:bad - 1], "{not json", *lines[bad:]]
    path = tmp_path / "broken.jsonl"
    path.write_text("\n".join(broken) + "\n", encoding="utf-8")
    one, two = _match(path, 1), _match(path, 2)
    assert two.returncode == 1
    assert f"line {bad}: not valid JSON".encode() in two.stderr
    assert two.stdout == one.stdout and one.returncode == 1
    assert len(two.stdout.splitlines()) == sum(1 for x in lines[:bad - 1] if x)
