from __future__ import annotations

import pytest

from entryhub_server.client_address import (
    TrustedProxies,
    client_address,
    limit_keys,
    parse_network,
)


def test_no_trusted_proxy_means_the_peer() -> None:
    assert client_address("198.51.100.9", ["203.0.113.1"], TrustedProxies()) == "198.51.100.9"


def test_an_untrusted_peer_is_the_client() -> None:
    proxies = TrustedProxies(["10.0.0.2"])
    assert client_address("198.51.100.9", ["203.0.113.1"], proxies) == "198.51.100.9"


def test_the_rightmost_address_no_trusted_proxy_vouches_for() -> None:
    proxies = TrustedProxies(["10.0.0.0/8", "::1"])
    assert client_address("::1", ["1.1.1.1, 203.0.113.7", "10.1.2.3"], proxies) == "203.0.113.7"
    assert client_address("10.0.0.2", [], proxies) == "10.0.0.2"
    # everything trusted: the leftmost entry
    assert client_address("10.0.0.2", ["10.0.0.3"], proxies) == "10.0.0.3"


def test_addresses_are_normalised() -> None:
    proxies = TrustedProxies(["127.0.0.1"])
    assert client_address("::ffff:127.0.0.1", ["2001:DB8::0001"], proxies) == "2001:db8::1"
    assert client_address("127.0.0.1", ["[2001:db8::2]"], proxies) == "2001:db8::2"


def test_a_forwarded_port_is_not_part_of_the_client() -> None:
    """Some proxies forward the client's port too: each new connection of one host must not
    count as a new client (it would escape the per-address limit), and an IPv6 host with a
    port is still counted under its /64."""
    proxies = TrustedProxies(["10.0.0.2"])
    assert client_address("10.0.0.2", ["203.0.113.7:51234"], proxies) == "203.0.113.7"
    assert client_address("10.0.0.2", ["[2001:db8::1]:51234"], proxies) == "2001:db8::1"
    assert limit_keys(client_address("10.0.0.2", ["[2001:db8::9]:443"], proxies)) == (
        "2001:db8::9",
        "2001:db8::/64",
    )
    # a trusted proxy forwarded with its port is still trusted (the next hop is read)
    assert client_address("10.0.0.2", ["198.51.100.4, 10.0.0.2:8080"], proxies) == ("198.51.100.4")


def test_limit_keys() -> None:
    assert limit_keys("198.51.100.9") == ("198.51.100.9",)
    assert limit_keys("2001:db8:1:2:3:4:5:6") == ("2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64")
    assert limit_keys("not an address") == ("not an address",)


def test_bad_proxy_entries_are_refused() -> None:
    with pytest.raises(ValueError):
        parse_network("proxy.example.org")
    assert str(parse_network("::ffff:10.0.0.0/104")) == "10.0.0.0/8"
