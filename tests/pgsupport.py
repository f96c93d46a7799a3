"""The store on both engines: a ``database`` fixture that is a SQLite file, then a fresh
PostgreSQL schema.

PostgreSQL is found at ``WATCHER_TEST_POSTGRES`` (default: the local server, user postgres,
database test). Where none answers its tests skip with one line, unless
``WATCHER_REQUIRE_POSTGRES=1`` (set by CI, whose machine has one): then they fail.
Each test gets its own schema (search_path in the URL), dropped afterwards.
"""

from __future__ import annotations

import functools
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

URL = os.environ.get("WATCHER_TEST_POSTGRES",
                     "postgresql+psycopg://postgres@127.0.0.1:5432/test")
REQUIRED = os.environ.get("WATCHER_REQUIRE_POSTGRES") == "1"


def _conninfo() -> str:
    return URL.replace("postgresql+psycopg://", "postgresql://", 1)


@functools.cache
def _problem() -> str | None:
    """Why PostgreSQL cannot be used here, or None."""
    try:
        import psycopg
    except ImportError:
        return "psycopg is not installed (pip install -e '.[postgres]')"
    try:
        psycopg.connect(_conninfo(), connect_timeout=3).close()
    except psycopg.Error as exc:
        return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return None


def need_postgres() -> None:
    """Skip (fail under WATCHER_REQUIRE_POSTGRES=1) when no PostgreSQL answers."""
    problem = _problem()
    if problem is None:
        return
    message = f"no PostgreSQL at {URL.split('@')[-1]}: {problem}"
    if REQUIRED:
        pytest.fail(f"{message} (WATCHER_REQUIRE_POSTGRES=1)")
    pytest.skip(message)


@contextmanager
def fresh_schema() -> Iterator[str]:
    """A URL whose connections use a new, empty schema; dropped with its contents after."""
    import psycopg

    need_postgres()
    name = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(_conninfo(), autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {name}")
    try:
        yield f"{URL}{'&' if '?' in URL else '?'}options=-csearch_path%3D{name}"
    finally:
        with psycopg.connect(_conninfo(), autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {name} CASCADE")


@pytest.fixture(name="database", params=["sqlite", "postgresql"])
def database_fixture(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str | Path]:
    """The state database: a SQLite file, then a PostgreSQL URL on an empty schema."""
    if request.param == "sqlite":
        yield tmp_path / "state" / "w.db"
        return
    with fresh_schema() as url:
        yield url
