"""Remember that the profiles passed their check, so that `run --once` need not check them
again while nothing that decides the verdict has changed.

`run --once` parses and checks every profile before polling, to refuse a bad query with
all its problems listed before anything runs: about 60-90 ms of CPU for the shipped
profiles, at every start, in a command that cron may start every few minutes. The verdict
depends only on the profiles and aliases and on the code that parses and checks them, so a
small file beside the database records a hash of all three (and of the Python that ran
it) after a check that passed. A later run whose hash is the same skips the check.

Only the verdict is kept, never parsed or compiled profiles: the matcher is always built
from the config in hand when it first matches, so a record cannot make an old profile
match. A record that is missing, unreadable, corrupt or of another hash means the profiles
are checked again (a record that cannot be read is named in a warning), and a new record
is written when the check passes.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sys
import tempfile
from collections.abc import Callable, Mapping, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import watcher

if TYPE_CHECKING:
    from watcher.config import ProfileConfig
    from watcher.match import Matcher

log = logging.getLogger("watcher")

FORMAT = 1
SUFFIX = ".checked-profiles"

_PACKAGE = Path(watcher.__file__).parent
# The code a verdict depends on: the query language (lexer, parser, compiler, evaluation),
# the profile models of the config, the errors raised.
_CODE = ("match", "config.py", "errors.py")


def record_path(database: Path) -> Path:
    """The record beside a SQLite database (``watcher.db.checked-profiles``)."""
    return database.with_name(database.name + SUFFIX)


def _code_digest() -> bytes | None:
    """sha256 over the checking code's source files, or None when they cannot be read
    (then nothing is remembered)."""
    digest = hashlib.sha256()
    try:
        for name in _CODE:
            path = _PACKAGE / name
            for file in sorted(path.glob("*.py")) if path.is_dir() else [path]:
                digest.update(file.name.encode() + b"\0" + file.read_bytes() + b"\0")
    except OSError:
        return None
    return digest.digest()


def fingerprint(profiles: Mapping[str, ProfileConfig],
                aliases: Mapping[str, Sequence[str]]) -> str | None:
    """The hash a record holds: profiles (each field), aliases, the checking code, watcher's
    version and Python's. None when the code cannot be read."""
    code = _code_digest()
    if code is None:
        return None
    given = json.dumps([{name: p.model_dump(mode="json") for name, p in profiles.items()},
                        {name: list(entries) for name, entries in aliases.items()}],
                       sort_keys=True, ensure_ascii=False)
    digest = hashlib.sha256(f"{FORMAT}\0{watcher.__version__}\0{sys.version}\0".encode())
    digest.update(code)
    digest.update(given.encode("utf-8"))
    return digest.hexdigest()


def recorded(path: Path) -> str | None:
    """The hash in the record at ``path``; None when there is none (or it cannot be used)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (FileNotFoundError, NotADirectoryError):
        return None  # (the database's folder is made, or refused in one line, by the store)
    except (OSError, UnicodeDecodeError) as exc:
        log.warning("cannot read the profile check record %s (%s): checking the profiles "
                    "again", path, exc)
        return None
    try:
        data = json.loads(text)
        if data["format"] != FORMAT:
            return None  # written by another version of watcher: check, then replace it
        value = data["profiles"]
        if not isinstance(value, str):
            raise TypeError(type(value).__name__)
    except (ValueError, TypeError, KeyError) as exc:
        log.warning("the profile check record %s is corrupt (%s: %s): checking the "
                    "profiles again", path, type(exc).__name__, exc)
        return None
    return value


def record(path: Path, value: str) -> None:
    """Write the record whole or not at all (a temporary file renamed over it); a record that
    cannot be written costs the next run a check, nothing else."""
    text = json.dumps({"format": FORMAT, "profiles": value}) + "\n"
    try:
        fd, temp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        log.debug("profile check record %s not written: %s", path, exc)
        return
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temp, path)
    except OSError as exc:
        log.debug("profile check record %s not written: %s", path, exc)
        Path(temp).unlink(missing_ok=True)


def checked_profiles(profiles: Mapping[str, ProfileConfig],
                     aliases: Mapping[str, Sequence[str]], path: Path | None) -> Matcher:
    """``check_profiles``, skipped when the record at ``path`` holds this exact hash: then a
    matcher that checks and builds the profiles when it first matches. QueryError as
    ``check_profiles`` raises it; a failed check records nothing."""
    found = _checked(profiles, aliases, path)
    return found() if callable(found) else found


def deferred_profiles(profiles: Mapping[str, ProfileConfig],
                      aliases: Mapping[str, Sequence[str]],
                      path: Path | None) -> Matcher | Callable[[], Matcher]:
    """``checked_profiles``, except that a check the record vouches for gives a function
    that makes that matcher when first called, and the query language is not even imported
    until then (about 3 % of the instructions of an all-304 `run --once`)."""
    return _checked(profiles, aliases, path)


def _checked(profiles: Mapping[str, ProfileConfig], aliases: Mapping[str, Sequence[str]],
             path: Path | None) -> Matcher | Callable[[], Matcher]:
    value = fingerprint(profiles, aliases) if path is not None else None
    if path is not None and value is not None and recorded(path) == value:
        return partial(_passed, profiles, aliases)
    from watcher.match import check_profiles

    matcher = check_profiles(profiles, aliases)
    if path is not None and value is not None:
        record(path, value)
    return matcher


def _passed(profiles: Mapping[str, ProfileConfig],
            aliases: Mapping[str, Sequence[str]]) -> Matcher:
    from watcher.match import passed_profiles

    return passed_profiles(profiles, aliases)
