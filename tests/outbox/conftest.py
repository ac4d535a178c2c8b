"""The outbox against the sandbox WeCom over HTTP (the engine tests' fixtures) and the real Redis."""

from tests.engine.conftest import api_base, session, world  # noqa: F401  (fixtures)
