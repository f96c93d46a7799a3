"""Import aiohttp without the two TLS contexts it builds on import, which watcher never uses.

aiohttp.connector makes a verifying and a non-verifying default context when it is first
imported, and each loads the system's CA bundle: about 70 ms of CPU together here, a tenth
of an all-304 `run --once` before its first request. The fetcher never uses them: a plain
http request needs no context, and every https request carries the fetcher's own (built from
certifi's bundle on the first https request, see Fetcher._tls). So while aiohttp is imported,
OpenSSL's default CA locations (the SSL_CERT_FILE and SSL_CERT_DIR variables it reads) point
at an empty file; they are put back as they were at once. If aiohttp ever used those
contexts, a server would fail verification rather than pass it unchecked.
"""

from __future__ import annotations

import os
import sys
from types import ModuleType

_CA_VARIABLES = ("SSL_CERT_FILE", "SSL_CERT_DIR")


def load_aiohttp() -> ModuleType:
    """aiohttp, imported now if it was not already."""
    loaded = sys.modules.get("aiohttp")
    if loaded is not None:
        return loaded
    saved = {name: os.environ.get(name) for name in _CA_VARIABLES}
    try:
        for name in _CA_VARIABLES:
            os.environ[name] = os.devnull
        import aiohttp
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
    return aiohttp
