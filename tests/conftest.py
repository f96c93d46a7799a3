"""Fixtures shared by the test modules."""

from __future__ import annotations

import pytest
from devset import shipped_matcher

from watcher.match import Matcher


@pytest.fixture(scope="session")
def shipped() -> Matcher:
    """The shipped config.yaml's profiles, compiled once for every probe module."""
    return shipped_matcher()
