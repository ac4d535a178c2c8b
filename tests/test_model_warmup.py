"""A worker reads the reader's learned models when it starts, not while the first message waits (~0.35 s)."""

from __future__ import annotations

from bot.language.intent_model import model, scope_model
from bot.language.role_model import role_model
from tests.support.stack import start_stack, stop_stack


async def test_a_started_worker_has_read_the_models_before_any_message(redis_url: str) -> None:
    for cached in (model, scope_model, role_model):
        cached.cache_clear()
    _stack, closers = await start_stack(redis_url)
    try:
        assert [cached.cache_info().currsize for cached in (model, scope_model, role_model)] == [1, 1, 1]
    finally:
        await stop_stack(closers)
