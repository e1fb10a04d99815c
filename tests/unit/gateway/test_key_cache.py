"""The key cache stays bounded whatever ids a caller sends (each unknown id is one lookup
remembered as a miss), and still answers from the cache within its delay."""

import secrets

from gateway.auth import KeyStore


class CountingKeys:
    def __init__(self) -> None:
        self.lookups = 0

    async def find_one(self, query):
        self.lookups += 1
        return None


class FakeDb:
    def __init__(self) -> None:
        self.api_keys = CountingKeys()


async def test_unknown_key_ids_do_not_grow_the_cache_without_bound():
    db = FakeDb()
    store = KeyStore(db, bootstrap=None, cache_s=60)
    store.CACHE_MAX = 100
    for _ in range(1000):
        token = f"dp_{secrets.token_hex(8)}_{secrets.token_urlsafe(24)}"
        assert await store.authenticate(token) is None
    assert db.api_keys.lookups == 1000
    assert len(store._cache) <= 100


async def test_a_miss_is_cached_within_the_delay():
    db = FakeDb()
    store = KeyStore(db, bootstrap=None, cache_s=60)
    token = f"dp_{secrets.token_hex(8)}_{secrets.token_urlsafe(24)}"
    for _ in range(5):
        assert await store.authenticate(token) is None
    assert db.api_keys.lookups == 1
