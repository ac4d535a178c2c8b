"""``wecom-handover sandbox``: the simulated WeCom and the real bot, wired through encrypted
callbacks, in one process on loopback.

- The sandbox (API under ``/cgi-bin`` and, when present, the web chat page) listens on
  ``host:port`` (default 127.0.0.1:8080).
- The bot (the production app: callback edge, workers, timers, engine) listens on a private
  loopback port, uses the embedded Redis under the data directory and calls the sandbox API.
- Both share one clock that follows real time and can be fast-forwarded (``advance``).
- ``transport``: "callback" (WeCom POSTs encrypted callbacks to the bot) or "ws" (the bot dials
  the sandbox's intelligent-bot gateway at ``/aibot/ws`` and keeps one long connection; members'
  messages and clicks on cards it sent arrive as frames; clicks on the app's cards still come as
  callbacks, as they would from WeCom).
- The world is saved under ``<data_dir>/sandbox/world.json`` (and Redis keeps its AOF), so a
  restart continues where it was.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import logging
import secrets
import shutil
import signal
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import aiohttp
from aiohttp import web

from bot.app import RUNTIME, AppOptions, create_app, make_keys
from bot.clock import ManualClock
from bot.sandbox.api import create_sandbox_api
from bot.sandbox.callbacks import CallbackSender
from bot.sandbox.demo import DEMO_ADMINS
from bot.sandbox.longconn import SandboxGateway
from bot.sandbox.world import SandboxWorld, load_world, save_world
from bot.serving import start_site
from bot.settings import Settings
from storage.connection import connect
from storage.embedded import free_port

log = logging.getLogger(__name__)

WebSetup = Callable[[web.Application, "SandboxRunner"], None]


@dataclass
class SandboxOptions:
    host: str = "127.0.0.1"
    port: int = 8080
    data_dir: Path = Path("./var")
    seed: int = 1
    reset: bool = False
    redis_url: str | None = None  # tests pass theirs; the demo uses the embedded server
    approvers: tuple[str, ...] = ("sunhong",)
    save_every: float = 2.0
    transport: Literal["callback", "ws"] = "callback"


@dataclass
class SandboxRunner:
    options: SandboxOptions = field(default_factory=SandboxOptions)
    web_setup: WebSetup | None = None
    world: SandboxWorld = field(init=False)
    clock: ManualClock = field(init=False)
    sender: CallbackSender = field(init=False)
    bot_app: web.Application = field(init=False)
    gateway: SandboxGateway | None = field(default=None, init=False)  # the "ws" transport's gateway
    url: str = field(init=False, default="")
    _runners: list[web.AppRunner] = field(default_factory=list, init=False)
    _session: aiohttp.ClientSession | None = field(default=None, init=False)
    _saver: asyncio.Task[None] | None = field(default=None, init=False)
    _saving: asyncio.Future[None] | None = field(default=None, init=False)  # a save running in its thread
    listeners: list[Callable[[], Awaitable[None]]] = field(default_factory=list, init=False)

    @property
    def world_file(self) -> Path:
        return self.options.data_dir / "sandbox" / "world.json"

    def _load_or_create_world(self) -> bool:
        """Returns True when the world is new (its pending departures still to be announced)."""
        self.clock = ManualClock(follow_real_time=True)
        if self.world_file.exists() and not self.options.reset:
            self.world = load_world(self.world_file, self.clock)
            return False
        self.world = SandboxWorld.demo(self.clock, seed=self.options.seed, departed=False)
        return True

    def bot_settings(self, bot_port: int) -> Settings:
        extra: dict[str, object] = {}
        if self.gateway is not None:
            c = self.world.credentials
            extra = {"WECOM_BOT_ID": c.bot_id, "WECOM_BOT_SECRET": c.bot_secret,
                     "HANDOVER_BOT_GATEWAY": f"ws://{self.options.host}:{self.options.port}/aibot/ws"}
        return settings_for_world(
            self.world,
            f"http://{self.options.host}:{self.options.port}",
            HANDOVER_APPROVERS=",".join(self.options.approvers),
            HANDOVER_DATA_DIR=str(self.options.data_dir),
            HANDOVER_HOST="127.0.0.1",
            HANDOVER_PORT=bot_port,
            HANDOVER_AUDIT_KEY=self._audit_key(),
            **extra,
        )

    def _audit_key(self) -> str:
        """The sandbox's audit key: generated once, kept beside the world (never in Redis)."""
        path = self.options.data_dir / "sandbox" / "audit.key"
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(secrets.token_hex(32), encoding="utf-8")
            path.chmod(0o600)
        return path.read_text(encoding="utf-8").strip()

    async def start(self) -> str:
        if self.options.reset:
            self.world_file.unlink(missing_ok=True)
        fresh = self._load_or_create_world()
        if self.options.transport == "ws":
            self.gateway = SandboxGateway(self.world)
        sandbox_app = create_sandbox_api(self.world, gateway=self.gateway)
        if self.web_setup is not None:
            self.web_setup(sandbox_app, self)
        await self._serve(sandbox_app, self.options.host, self.options.port)
        bot_port = free_port()
        settings = self.bot_settings(bot_port)
        if self.options.reset:
            await self._forget_bot_state(settings)
        self.bot_app = create_app(
            settings, AppOptions(clock=self.clock, redis_url=self.options.redis_url, claim_idle=5.0)
        )
        bot_runner, _ = await start_site(self.bot_app, "127.0.0.1", bot_port)  # as `serve` does
        self._runners.append(bot_runner)
        self._session = aiohttp.ClientSession()
        self.sender = CallbackSender(
            self.world, self._session,
            f"http://127.0.0.1:{bot_port}/wecom/callback", f"http://127.0.0.1:{bot_port}/wecom/contacts",
            timeout=5.0, retries=3, retry_delay=0.5,
        )
        if self.gateway is not None:
            await self._until_subscribed()
        if fresh:
            # A bot that ran before 张伟's last day had backed up his customers: let the first
            # backup finish before the demo's pending departures happen.
            backup = self.bot_app[RUNTIME].services.get("backup_feature")
            if backup is not None:
                await backup.settled()
            await self.announce_departures()
        self._saver = asyncio.create_task(self._save_loop(), name="sandbox-save")
        self.url = f"http://{self.options.host}:{self.options.port}/"
        return self.url

    async def _until_subscribed(self, timeout: float = 30.0) -> None:
        assert self.gateway is not None
        async with asyncio.timeout(timeout):
            while self.gateway.connection() is None:
                await asyncio.sleep(0.02)

    # --- what a member does, over the chosen transport -----------------------------------------
    async def member_says(self, userid: str, text: str, *, chatid: str = "") -> None:
        """A member writes to the bot (``chatid``: @-mentions it in that group, "ws" only)."""
        if self.gateway is None:
            if chatid:
                raise ValueError("group chats need the long connection (--transport ws)")
            await self.sender.send_text(userid, text)
            return
        if self.world.find_member(userid) is None:
            raise ValueError(f"no member {userid}")
        await self.gateway.send_text(userid, text, chatid=chatid)

    async def member_clicks(self, userid: str, task_id: str, key: str,
                            selected: dict[str, list[str]] | None = None) -> bool:
        """A tap on the member's copy of a card: over the connection when the bot sent the card
        there, else the app's callback. False when the bot did not acknowledge it."""
        copy_ = self.world.card_copy(userid, task_id)
        if self.gateway is None or copy_ is None or copy_.via == "message/send":
            return (await self.sender.click_card(userid, task_id, key, selected)).ok
        card_type = self.world.check_click(userid, task_id, key)
        await self.gateway.click(userid, task_id, key, card_type=card_type, selected=selected)
        return True

    async def _serve(self, app: web.Application, host: str, port: int) -> None:
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        await web.TCPSite(runner, host, port).start()
        self._runners.append(runner)

    async def _forget_bot_state(self, settings: Settings) -> None:
        """--reset is from scratch for the bot too: its jobs, dialogs, inbox and dedupe keys go."""
        if self.options.redis_url is None:
            # The embedded server is not running yet (the bot starts it): its files are the state.
            shutil.rmtree(settings.data_dir / "redis", ignore_errors=True)
            return
        redis = connect(self.options.redis_url)
        try:
            async for key in redis.scan_iter(match=make_keys(settings).everything(), count=1000):
                await redis.unlink(key)
        finally:
            await redis.aclose()

    async def announce_departures(self) -> list[str]:
        """Members whose departure time has come are deleted and the bot hears it as WeCom tells it."""
        gone = self.world.apply_pending_departures()
        for userid in gone:
            await self.sender.contact_deleted(userid)
        return gone

    async def advance(self, seconds: float) -> None:
        """Fast-forward: takeovers settle, queued platform events are delivered, departures happen."""
        self.world.advance(seconds)
        await self.sender.flush()
        await self.announce_departures()
        await self.notify()

    async def notify(self) -> None:
        for listener in list(self.listeners):
            with contextlib.suppress(Exception):
                await listener()

    async def idle(self, timeout: float = 30.0) -> None:
        """Wait until the bot has handled everything delivered so far."""
        inbox = self.bot_app[RUNTIME].inbox
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while (await inbox.depth())[0] and loop.time() < deadline:
            await asyncio.sleep(0.02)

    async def _save_loop(self) -> None:
        while True:
            await asyncio.sleep(self.options.save_every)
            # shielded: cancelling the loop must not leave its thread writing while stop() saves
            self._saving = asyncio.ensure_future(asyncio.to_thread(save_world, self.world, self.world_file))
            try:
                await asyncio.shield(self._saving)
            except Exception:
                log.warning("could not save the sandbox world", exc_info=True)

    async def stop(self) -> None:
        if self._saver is not None:
            self._saver.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._saver
        if self._saving is not None:
            with contextlib.suppress(Exception):
                await self._saving  # the last periodic save finishes before the final one
        save_world(self.world, self.world_file)
        if self._session is not None:
            await self._session.close()
        for runner in reversed(self._runners):
            await runner.cleanup()
        self._runners.clear()


def settings_for_world(world: SandboxWorld, api_base: str, **overrides: object) -> Settings:
    """The bot's settings for a sandbox world: its credentials, the demo admins, ``overrides`` by
    environment-variable name. Built from these values only: the environment must not leak in."""
    c = world.credentials
    values: dict[str, object] = {
        "WECOM_CORP_ID": c.corp_id,
        "WECOM_AGENT_ID": c.agent_id,
        "WECOM_SECRET": c.secret,
        "WECOM_TOKEN": c.token,
        "WECOM_AES_KEY": c.aes_key,
        "WECOM_CONTACTS_TOKEN": c.contacts_token,
        "WECOM_CONTACTS_AES_KEY": c.contacts_aes_key,
        "WECOM_API_BASE": api_base,
        "HANDOVER_ADMINS": ",".join(DEMO_ADMINS),
        "HANDOVER_APPROVERS": "sunhong",
        "HANDOVER_IMPORTANT_TAGS": "VIP",  # the demo's VIP group (bot/sandbox/demo.py)
        "HANDOVER_LOG_FORMAT": "text",
    }
    values.update(overrides)
    return Settings.model_validate(values)


def web_setup_if_available() -> WebSetup | None:
    try:
        web_ui = importlib.import_module("bot.sandbox.web")
    except ModuleNotFoundError:
        return None
    setup: WebSetup = web_ui.setup_web
    return setup


async def run_forever(options: SandboxOptions) -> None:
    runner = SandboxRunner(options, web_setup=web_setup_if_available())
    url = await runner.start()
    print(f"WeCom sandbox with the handover bot is running: {url}", flush=True)
    print("Press Ctrl+C to stop (state is kept under " + str(options.data_dir) + ").", flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        # stop cleanly (save the world, stop the embedded Redis) instead of dying mid-write
        loop.add_signal_handler(sig, stop.set)
    try:
        await stop.wait()
    finally:
        await runner.stop()
