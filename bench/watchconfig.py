"""A watcher config.yaml pointing at the farm's feeds, with the shipped profiles."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

REPO_CONFIG = Path(__file__).resolve().parents[1] / "config.yaml"


def build(folder: Path, urls: list[str], repo_config: Path = REPO_CONFIG) -> dict[str, Any]:
    """The shipped aliases and profiles, the farm's feeds and one file destination."""
    shipped = yaml.safe_load(repo_config.read_text(encoding="utf-8")) or {}
    return {
        "storage": {"database": str(folder / "watcher.db")},
        "polling": {"interval": "15m", "max_connections": 256, "per_host": 2,
                    "timeout": "30s"},
        "feeds": [{"url": u} for u in urls],
        "aliases": shipped.get("aliases", {}),
        "profiles": shipped.get("profiles", {}),
        "destinations": {"bench-digest": {"type": "file", "path": str(folder / "digests")}},
    }


def write(folder: Path, urls: list[str], repo_config: Path = REPO_CONFIG) -> Path:
    path = folder / "config.yaml"
    doc = build(folder, urls, repo_config)
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path
