"""systemd's notify protocol (sd_notify): READY=1, WATCHDOG=1, STOPPING=1, STATUS=...

With ``Type=notify`` systemd passes a datagram socket in $NOTIFY_SOCKET and waits for
READY=1; with ``WatchdogSec=`` it sets $WATCHDOG_USEC and restarts the service when no
WATCHDOG=1 arrives in time. The protocol is one datagram of text per message, so it is
written here (a dozen lines) rather than pulled in: the Python packages for it are either
unmaintained or need libsystemd headers to build. Outside systemd every call is a no-op.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Mapping
from contextlib import suppress


class Notifier:
    def __init__(self, environ: Mapping[str, str]) -> None:
        address = environ.get("NOTIFY_SOCKET", "")
        # "@name" is a socket in the abstract namespace, written with a leading NUL.
        self._address = "\0" + address[1:] if address.startswith("@") else address
        usec = environ.get("WATCHDOG_USEC", "")
        pid = environ.get("WATCHDOG_PID", "")
        wanted = usec.isdigit() and (not pid or pid == str(os.getpid()))
        self.watchdog_interval = int(usec) / 2e6 if wanted else None  # ping twice a period

    def notify(self, *lines: str) -> None:
        if not self._address:
            return
        # systemd gone or the socket path stale: there is nobody to tell.
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock, suppress(OSError):
            sock.sendto("\n".join(lines).encode(), self._address)
