"""Which network a host is on, for the redirect rule: a feed on a public address may not send
the fetcher to a private or loopback one (a feed could otherwise make the daemon fetch, and
show in `watcher poll`, what only the daemon's own network can reach). A feed configured on
a private address may redirect anywhere: the operator chose that network.

``polling.allow_private_networks: true`` turns the rule off, as Miniflux's option does. The
check resolves the target's name before the request, so a name that changes its answer between
the check and the connection (DNS rebinding) is not caught here.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Awaitable, Callable, Sequence

# host -> its IP addresses as text; the system resolver unless a test gives its own.
Lookup = Callable[[str], Awaitable[list[str]]]


async def system_lookup(host: str) -> list[str]:
    """The host's addresses ([] when it does not resolve: the request will say so)."""
    try:
        ipaddress.ip_address(host)
    except ValueError:
        pass
    else:
        return [host]
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(host, None,
                                                             type=socket.SOCK_STREAM)
    except OSError:
        return []
    return [str(info[4][0]) for info in infos]


def is_private(address: str) -> bool:
    """Loopback, private, link-local, shared, reserved...: anything not globally routable."""
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return not ip.is_global


def private_step(origin: Sequence[str], target: Sequence[str]) -> str | None:
    """The private address a redirect would lead to from a public origin, else None.

    An origin that does not resolve, or has any private address, counts as private."""
    if not origin or any(is_private(a) for a in origin):
        return None
    return next((a for a in target if is_private(a)), None)
