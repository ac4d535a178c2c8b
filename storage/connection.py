"""Redis URL → asyncio client. Plain (redis://), TLS (rediss://), unix sockets, Sentinel and Cluster.

Cluster: every key of a deployment carries the same hash tag (storage.keys), so all of them live in
one slot and the multi-key Lua scripts and transactions work unchanged.
"""

from __future__ import annotations

from typing import Any, cast
from urllib.parse import parse_qs, urlparse

import redis.asyncio as aioredis
from redis.asyncio.sentinel import Sentinel

Redis = aioredis.Redis


def connect(url: str) -> Redis:
    """Build a client for ``url``; ``redis+sentinel://host:port,host:port/mastername/db`` for Sentinel,
    ``redis+cluster://host:port`` (any seed node) for Cluster."""
    parsed = urlparse(url)
    if parsed.scheme in ("redis+cluster", "rediss+cluster"):
        from redis.asyncio.cluster import RedisCluster

        seed = parsed._replace(scheme="rediss" if parsed.scheme.startswith("rediss") else "redis").geturl()
        cluster: Any = RedisCluster.from_url(seed, decode_responses=True)
        return cast(Redis, cluster)
    if parsed.scheme in ("redis+sentinel", "sentinel"):
        hosts = []
        for part in parsed.netloc.rsplit("@", 1)[-1].split(","):
            host, _, port = part.partition(":")
            hosts.append((host, int(port or 26379)))
        path = [p for p in parsed.path.split("/") if p]
        if not path:
            raise ValueError("a Sentinel URL needs the master name: redis+sentinel://host:26379/mymaster/0")
        service = path[0]
        db = int(path[1]) if len(path) > 1 else 0
        password = parsed.password
        opts = parse_qs(parsed.query)
        # redis-py types Sentinel's constructor only from 8.x: an Any-typed reference keeps mypy
        # quiet on every release the range allows, without an ignore that goes stale.
        make_sentinel: Any = Sentinel
        sentinel = make_sentinel(
            hosts,
            sentinel_kwargs={"password": opts.get("sentinel_password", [None])[0]},
            password=password,
            db=db,
            decode_responses=True,
        )
        client: Redis = sentinel.master_for(service, decode_responses=True)
        return client
    return aioredis.from_url(url, decode_responses=True, health_check_interval=30)
