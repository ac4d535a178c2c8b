"""Driving the sandbox web chat page the way a visitor does: pick a member, type, tap cards."""

from __future__ import annotations

import re
from pathlib import Path

from playwright.async_api import Locator, Page, expect

from bot.sandbox.run import SandboxRunner

# Waits for the bot's answers (a real worker behind real HTTP); generous because CI machines vary.
WAIT_MS = 30_000


class ChatPage:
    def __init__(self, page: Page, runner: SandboxRunner, artifacts: Path, name: str) -> None:
        self.page = page
        self.runner = runner
        self.artifacts = artifacts
        self.name = name

    async def open(self) -> None:
        await self.page.goto(self.runner.url)
        await expect(self.page.locator("body")).to_have_attribute("data-ready", "1", timeout=WAIT_MS)

    async def shot(self, step: str) -> Path:
        self.artifacts.mkdir(parents=True, exist_ok=True)
        path = self.artifacts / f"{self.name}-{step}.png"
        await self.page.screenshot(path=str(path))
        return path

    # ------------------------------------------------------------------ who am I
    async def act_as(self, userid: str) -> None:
        await self.page.select_option("#who", userid)
        await expect(self.page.locator("body")).to_have_attribute("data-chat-for", userid, timeout=WAIT_MS)

    async def write_in(self, chat: str) -> None:
        """Switch the conversation: '' for the member's own chat with the bot, else a group's id."""
        await self.page.select_option("#where", chat)
        await expect(self.page.locator("body")).to_have_attribute("data-chat-in", chat, timeout=WAIT_MS)

    # ------------------------------------------------------------------ chat
    def bot_messages(self) -> Locator:
        return self.page.locator("#messages .msg.bot")

    def my_messages(self) -> Locator:
        return self.page.locator("#messages .msg.me")

    async def say(self, text: str) -> None:
        """Type and send; returns once the page shows the sent line."""
        before = await self.my_messages().count()
        await self.page.fill("#text", text)
        await self.page.press("#text", "Enter")
        await expect(self.my_messages()).to_have_count(before + 1, timeout=WAIT_MS)
        await expect(self.my_messages().last).to_contain_text(text)

    async def bot_says(self, *parts: str) -> Locator:
        """The (last) bot message containing every one of ``parts``, once it has arrived."""
        found = self.bot_messages()
        for part in parts:
            found = found.filter(has_text=part)
        await expect(found.last).to_be_visible(timeout=WAIT_MS)
        return found.last

    def vias(self, userid: str) -> set[str]:
        """How what ``userid`` was shown came: message/send, or the bot's connection (aibot_*)."""
        return {m.via for m in self.runner.world.delivered(userid)}

    def assert_heard_over_the_transport(self, userid: str) -> None:
        """Over "ws" the bot answered ``userid`` on the long connection; over "callback" never."""
        if self.runner.gateway is None:
            assert self.vias(userid) == {"message/send"}, self.vias(userid)
        else:
            assert "aibot_respond_msg" in self.vias(userid), self.vias(userid)

    def cards(self, *parts: str) -> Locator:
        found = self.page.locator("#messages .card")
        for part in parts:
            found = found.filter(has_text=part)
        return found

    async def card(self, *parts: str) -> Locator:
        found = self.cards(*parts)
        await expect(found.last).to_be_visible(timeout=WAIT_MS)
        return found.last

    # ------------------------------------------------------------------ side panels
    async def inspect(self, userid: str) -> Locator:
        await self.page.locator(f"#org .person[data-userid='{userid}']").click()
        detail = self.page.locator("#member-detail")
        await expect(detail.locator(".detail-sub")).to_contain_text(userid, timeout=WAIT_MS)
        return detail

    async def customer_count(self) -> int:
        text = await self.page.locator("#member-detail [data-count='customers']").inner_text()
        return int(text)

    # ------------------------------------------------------------------ clock
    async def sandbox_now(self) -> int:
        value = await self.page.locator("#clock").get_attribute("data-now")
        assert value is not None
        return int(value)

    async def advance(self, preset: str) -> None:
        async with self.page.expect_response(re.compile(r"/sandbox/api/clock/advance$")) as info:
            await self.page.locator(f"[data-advance='{preset}']").click()
        response = await info.value
        assert response.ok, await response.text()
