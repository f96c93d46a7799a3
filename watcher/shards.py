"""Feed shards for `watcher worker`: feeds grouped by registrable domain.

One poll job per shard runs at a time across the cluster, so a shard is the unit the
per-host limit holds over. A host is not the right unit: news.example.org and
feeds.example.org are usually one publisher behind one server (and rate limit), while
a.blogspot.com and b.blogspot.com are different sites. The Public Suffix List says which is
which (``publicsuffixlist`` bundles a copy; nothing is fetched). An IP address is its own
shard, and so is a name with no registrable part (``localhost``, a bare suffix).
"""

from __future__ import annotations

import functools
import ipaddress
from urllib.parse import urlsplit

from publicsuffixlist import PublicSuffixList


@functools.cache
def _suffixes() -> PublicSuffixList:
    return PublicSuffixList()  # parses the bundled list once (about 0.1 s)


@functools.lru_cache(maxsize=1 << 16)  # asked for every due feed at every tick
def shard_of(url: str) -> str:
    """The registrable domain of a feed URL's host (``example.co.uk``), or the host itself."""
    host = (urlsplit(url).hostname or url).lower().rstrip(".")
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return _suffixes().privatesuffix(host) or host
    return host
