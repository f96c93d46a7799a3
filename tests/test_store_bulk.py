"""store.bulk: one statement over many rows writes what SQLAlchemy's executemany writes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import Engine, bindparam, create_engine, func, update

from watcher.store.bulk import execute_many
from watcher.store.schema import UTCDateTime, feeds, migrate

NOW = datetime(2026, 12, 7, 6, 0, 0, 123456, tzinfo=UTC)
SEOUL = timezone(timedelta(hours=9))


def _engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        migrate(conn)
        conn.execute(feeds.insert(), [
            {"config_url": f"http://127.0.0.{n}/f", "url": f"http://127.0.0.{n}/f",
             "name": f"F{n}", "status": "new", "error_count": 2, "etag": '"old"'}
            for n in range(1, 5)])
    return engine


STATEMENT = update(feeds).where(feeds.c.id == bindparam("feed_id")).values(
    next_check_at=bindparam("next_at", type_=UTCDateTime),
    etag=func.coalesce(bindparam("etag"), feeds.c.etag), error_count=0)
ROWS = [  # a shared value, a None, another zone for the same kind of instant, a bare id
    {"feed_id": 1, "next_at": NOW, "etag": '"a"'},
    {"feed_id": 2, "next_at": NOW, "etag": None},
    {"feed_id": 3, "next_at": datetime(2026, 12, 7, 15, 30, tzinfo=SEOUL), "etag": '"c"'},
    {"feed_id": 4, "next_at": None, "etag": '"d"'},
]


def _table(engine: Engine) -> list[tuple[object, ...]]:
    with engine.connect() as conn:
        return [tuple(r) for r in conn.exec_driver_sql(
            "SELECT id, next_check_at, etag, error_count FROM feeds ORDER BY id")]


def test_same_rows_stored_as_sqlalchemy_stores_them(tmp_path: Path) -> None:
    """The raw stored text (dates included) equals the text of SQLAlchemy's own path."""
    ours, theirs = _engine(tmp_path / "ours.db"), _engine(tmp_path / "theirs.db")
    with ours.begin() as conn:
        execute_many(conn, STATEMENT, ROWS)
    with theirs.begin() as conn:
        conn.execute(STATEMENT, ROWS)
    assert _table(ours) == _table(theirs)
    assert _table(ours)[2] == (3, "2026-12-07 06:30:00.000000", '"c"', 0)
    assert _table(ours)[1][2] == '"old"'  # coalesce kept the old validator
    ours.dispose()
    theirs.dispose()


def test_no_rows_is_no_statement_and_naive_dates_are_refused(tmp_path: Path) -> None:
    """An empty list writes nothing; a naive datetime is refused, as the column type does."""
    engine = _engine(tmp_path / "d.db")
    before = _table(engine)
    with engine.begin() as conn:
        execute_many(conn, STATEMENT, [])
    assert _table(engine) == before
    with pytest.raises(ValueError, match="naive datetime"), engine.begin() as conn:
        execute_many(conn, STATEMENT, [{"feed_id": 1, "next_at": datetime(2026, 1, 1),
                                        "etag": None}])
    assert _table(engine) == before
    engine.dispose()
