"""Feed shards: one per registrable domain, an IP address or a bare name its own."""

from __future__ import annotations

from watcher.shards import shard_of


def test_hosts_of_one_registrable_domain_share_a_shard() -> None:
    assert shard_of("https://news.example.org/rss") == "example.org"
    assert shard_of("https://FEEDS.Example.org./atom.xml") == "example.org"
    assert shard_of("https://a.b.example.co.uk/f") == "example.co.uk"


def test_sites_under_a_public_suffix_are_shards_of_their_own() -> None:
    assert shard_of("https://one.blogspot.com/feeds") == "one.blogspot.com"
    assert shard_of("https://two.blogspot.com/feeds") == "two.blogspot.com"


def test_addresses_and_bare_names_are_their_own_shard() -> None:
    assert shard_of("http://127.0.0.2:8080/f.xml") == "127.0.0.2"
    assert shard_of("http://127.0.0.3/f.xml") == "127.0.0.3"
    assert shard_of("http://[::1]:8080/f.xml") == "::1"
    assert shard_of("http://localhost:8080/f.xml") == "localhost"
