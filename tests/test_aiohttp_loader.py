"""aiohttp is imported with OpenSSL's default CA paths pointed at nothing, then put back:
the variables a user set are as they were, and https feeds still verify against them."""

from __future__ import annotations

import os
import shutil
import socket
import ssl
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

FEED = (Path(__file__).parent / "fixtures" / "fetch" / "small.rss").read_bytes()

# Runs in a fresh interpreter, so that aiohttp is imported by the loader and not before.
_CHILD = """
import asyncio, json, os, sys
from watcher.config import PollingConfig
from watcher.fetch import Fetcher

async def main():
    async with Fetcher(PollingConfig(allow_private_networks=True)) as fetcher:
        result = await fetcher.fetch(sys.argv[1])
    print(json.dumps({"body": len(result.body), "file": os.environ.get("SSL_CERT_FILE"),
                      "dir": os.environ.get("SSL_CERT_DIR"), "loaded": "aiohttp" in sys.modules}))

asyncio.run(main())
"""


@pytest.fixture
def tls_feed(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """An https URL on loopback serving FEED once, and the certificate that signs it."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a test certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                    "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    listener.settimeout(30)

    def serve() -> None:
        try:
            conn, _ = listener.accept()
            with context.wrap_socket(conn, server_side=True) as tls:
                tls.recv(65536)
                tls.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n"
                            b"Connection: close\r\nContent-Length: "
                            + str(len(FEED)).encode() + b"\r\n\r\n" + FEED)
        except (ssl.SSLError, OSError):
            pass

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{listener.getsockname()[1]}/feed.xml", cert
    thread.join(timeout=10)
    listener.close()


def test_https_still_verifies_against_the_users_ca_file(tls_feed: tuple[str, Path]) -> None:
    url, cert = tls_feed
    env = {k: v for k, v in os.environ.items() if k not in ("SSL_CERT_FILE", "SSL_CERT_DIR")}
    env["SSL_CERT_FILE"] = str(cert)  # the user's own CA, as httpx and OpenSSL read it
    done = subprocess.run([sys.executable, "-c", _CHILD, url], env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    import json

    seen = json.loads(done.stdout)
    assert seen == {"body": len(FEED), "file": str(cert), "dir": None, "loaded": True}
