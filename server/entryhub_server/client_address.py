"""Who is asking: the client address of a request, and the keys enrolment limits count by.

Behind a reverse proxy every request comes from the proxy. Its ``X-Forwarded-For`` names the
client, but anyone can send that header: it is read only when the peer is a configured trusted
proxy (``--trusted-proxy``, none by default), and then from the right, skipping trusted proxies,
so the first address no trusted proxy vouches for is the client (a client's own spoofed entries
lie further left and are never reached).

Failed enrolments count per address, and for IPv6 also per /64: one host usually holds a whole
/64 and can change its address at will.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable, Sequence

IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
MAX_KEY = 100  # enrol_attempt.client holds 100 characters


class TrustedProxies:
    """Addresses or networks (``10.0.0.2``, ``10.1.0.0/16``, ``::1``) allowed to forward."""

    def __init__(self, entries: Iterable[str] = ()) -> None:
        self.networks: tuple[IPNetwork, ...] = tuple(parse_network(e) for e in entries)

    def __bool__(self) -> bool:
        return bool(self.networks)

    def trusts(self, address: str) -> bool:
        parsed = parse_address(address)
        return parsed is not None and any(parsed in network for network in self.networks)


def parse_network(text: str) -> IPNetwork:
    """A trusted proxy as given on the command line; ValueError for anything else."""
    network = ipaddress.ip_network(text.strip(), strict=False)
    if isinstance(network, ipaddress.IPv6Network) and network.prefixlen >= 96:
        mapped = network.network_address.ipv4_mapped
        if mapped is not None:
            return ipaddress.ip_network(f"{mapped}/{network.prefixlen - 96}", strict=False)
    return network


def parse_address(text: str) -> IPAddress | None:
    """An address (IPv4-mapped IPv6 read as IPv4; brackets, a port and an IPv6 zone dropped:
    some proxies forward ``203.0.113.7:51234`` or ``[2001:db8::1]:51234``, and a port that
    changes with every connection must not make every attempt a new client)."""
    cleaned = text.strip()
    if cleaned.startswith("["):  # [IPv6] or [IPv6]:port
        cleaned = cleaned[1:].partition("]")[0]
    elif cleaned.count(":") == 1:  # IPv4:port (an IPv6 address has at least two colons)
        cleaned = cleaned.partition(":")[0]
    cleaned = cleaned.split("%", 1)[0]
    try:
        address = ipaddress.ip_address(cleaned)
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


def client_address(peer: str | None, forwarded_for: Sequence[str], proxies: TrustedProxies) -> str:
    """The client of a request that came from ``peer`` with these ``X-Forwarded-For`` headers
    (each possibly a comma-separated list)."""
    current = peer or "unknown"
    if not proxies or not proxies.trusts(current):
        return _normalised(current)
    hops = [hop.strip() for header in forwarded_for for hop in header.split(",")]
    for hop in reversed([h for h in hops if h]):
        current = hop
        if not proxies.trusts(hop):
            break
    return _normalised(current)


def _normalised(text: str) -> str:
    parsed = parse_address(text)
    return (str(parsed) if parsed is not None else text.strip())[:MAX_KEY]


def limit_keys(client: str) -> tuple[str, ...]:
    """The keys a failure from ``client`` counts under: the address, and its /64 for IPv6."""
    parsed = parse_address(client)
    if isinstance(parsed, ipaddress.IPv6Address):
        network = ipaddress.IPv6Network(f"{parsed}/64", strict=False)
        return (str(parsed), str(network))
    return ((str(parsed) if parsed is not None else client)[:MAX_KEY],)
