"""`watcher demo`: an offline run over the bundled sample feeds, served on a loopback port.

The samples are invented items written for this project (watcher/samples/). The demo uses
the profiles and aliases of the given config.yaml, a throw-away database, and a `file`
destination writing into the chosen folder, then says what it did.
"""

from __future__ import annotations

import functools
import os
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import yaml

from watcher.app import build_runtime, open_store, run_cycle
from watcher.config import parse
from watcher.errors import ConfigError

SAMPLES = Path(__file__).parent / "samples"
_TYPES = {".xml": "application/rss+xml", ".atom": "application/atom+xml",
          ".rss": "application/rss+xml", ".json": "application/feed+json"}


class _QuietHandler(SimpleHTTPRequestHandler):
    def guess_type(self, path: str | os.PathLike[str]) -> str:
        return _TYPES.get(Path(path).suffix) or super().guess_type(path)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def serve_samples() -> Iterator[tuple[str, list[str]]]:
    """Serve watcher/samples on 127.0.0.1 at a free port; yields (base URL, feed file names)."""
    handler = functools.partial(_QuietHandler, directory=str(SAMPLES))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        names = sorted(p.name for p in SAMPLES.iterdir() if p.suffix in _TYPES)
        yield f"http://127.0.0.1:{server.server_address[1]}/", names
    finally:
        server.shutdown()
        server.server_close()


def _profiles_from(config_path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(config_path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"demo needs the profiles of {config_path}: {exc}") from None
    return {"aliases": data.get("aliases", {}), "profiles": data.get("profiles", {})}


async def run_demo(config_path: Path, out: Path, echo: Callable[[str], None]) -> None:
    wanted = _profiles_from(config_path)
    # Only files this run creates are reported: the folder may hold older digests.
    before = set(out.glob("*"))
    with serve_samples() as (base, names), tempfile.TemporaryDirectory() as tmp:
        raw = {
            **wanted,
            "storage": {"database": str(Path(tmp) / "demo.db")},
            "feeds": [{"url": base + n} for n in names],
            "destinations": {"demo-digest": {"type": "file", "path": str(out.resolve()),
                                             "schedule": "0 8 * * *", "timezone": "UTC"}},
        }
        config = parse(raw, os.environ, Path.cwd())
        echo(f"serving {len(names)} sample feeds on {base}")
        store = open_store(config, None)
        rt = build_runtime(config, store)
        try:
            report = await run_cycle(rt, now=datetime.now(UTC))
        finally:
            await rt.aclose()
        for outcome in report.polled:
            note = f" ({outcome.message})" if outcome.message else ""
            echo(f"  {outcome.feed.config_url}: {outcome.status}, {outcome.new_items} new, "
                 f"{outcome.matches} matches{note}")
        echo(report.summary())
        store.close()
    written = sorted(set(out.glob("*")) - before)
    for path in written:
        echo(f"wrote {path}")
    if not written:
        echo("no digest written: nothing matched the profiles")
