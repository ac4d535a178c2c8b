"""``CallbackSender``: what WeCom POSTs to the bot — XML plaintext (API.md §2), encrypted with
receive_id = CorpID, signed, sent as ``POST url?msg_signature&timestamp&nonce`` with the
``<xml><ToUserName/><AgentID/><Encrypt/></xml>`` envelope. Each delivery waits ``timeout`` seconds
(5 s like WeCom) and is retried up to ``retries`` times (3) after a timeout, a connection failure
or a non-200 status; the same body is re-sent, so the MsgId/CreateTime dedupe keys repeat.

A non-empty 200 answer is read as an encrypted passive reply: a text reply lands in the sender's
inbox in the world; an ``update_button`` reply greys out the clicker's copy of the card
(best-effort on the real platform, see API.md §5.2).

Member-change events (``contact_deleted``/``contact_updated``) go to ``contacts_url`` with the
通讯录同步 token/key, as the real platform only delivers them to that event server (API.md §2.4).
"""

from __future__ import annotations

import asyncio
import hashlib
import secrets
from dataclasses import dataclass, field
from xml.etree.ElementTree import Element

import aiohttp

from bot.sandbox.world import DeliveredMessage, SandboxWorld
from crypto import CryptoError, WeComCrypto, parse_reply, render_envelope, safexml

XmlField = tuple[str, str | int]


@dataclass
class Delivery:
    kind: str
    plaintext: str
    url: str
    attempts: int = 0
    status: int | None = None
    ok: bool = False
    reply: str | None = None  # decrypted passive reply XML, if any
    errors: list[str] = field(default_factory=list)


def _cdata(text: str) -> str:
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def render_plaintext(fields: list[XmlField], extra_xml: str = "") -> str:
    parts = ["<xml>"]
    for tag, value in fields:
        text = str(value) if isinstance(value, int) else _cdata(value)
        parts.append(f"<{tag}>{text}</{tag}>")
    parts.append(extra_xml)
    parts.append("</xml>")
    return "".join(parts)


class CallbackSender:
    def __init__(
        self,
        world: SandboxWorld,
        session: aiohttp.ClientSession,
        url: str,
        contacts_url: str | None = None,
        *,
        timeout: float = 5.0,
        retries: int = 3,
        retry_delay: float = 1.0,
    ) -> None:
        self.world = world
        self.session = session
        self.url = url
        self.contacts_url = contacts_url
        self.timeout = timeout
        self.retries = retries
        self.retry_delay = retry_delay
        creds = world.credentials
        self._app = WeComCrypto(creds.token, creds.aes_key, creds.corp_id)
        self._contacts = WeComCrypto(creds.contacts_token, creds.contacts_aes_key, creds.corp_id)
        self.deliveries: list[Delivery] = []

    # ------------------------------------------------------------------ building blocks
    def _now(self) -> int:
        return int(self.world.now())

    def _head(self, from_user: str, msg_type: str) -> list[XmlField]:
        return [("ToUserName", self.world.credentials.corp_id), ("FromUserName", from_user),
                ("CreateTime", self._now()), ("MsgType", msg_type)]

    def _agent(self) -> list[XmlField]:
        return [("AgentID", self.world.credentials.agent_id)]

    async def post(self, kind: str, plaintext: str, *, contacts: bool = False) -> Delivery:
        """Encrypt, sign and deliver one plaintext with WeCom's timeout/retry behaviour."""
        url = self.contacts_url if contacts else self.url
        if url is None:
            raise ValueError("no contacts_url configured: member-change events go to the 通讯录同步 server")
        crypto = self._contacts if contacts else self._app
        msg = crypto.encrypt(plaintext, timestamp=str(self._now()), nonce=str(secrets.randbelow(10**10)))
        agent_id = None if contacts else str(self.world.credentials.agent_id)
        body = render_envelope(self.world.credentials.corp_id, agent_id, msg.encrypt)
        params = {"msg_signature": msg.signature, "timestamp": msg.timestamp, "nonce": msg.nonce}
        delivery = Delivery(kind, plaintext, url)
        self.deliveries.append(delivery)
        for attempt in range(1 + self.retries):
            if attempt and self.retry_delay:
                await asyncio.sleep(self.retry_delay)
            delivery.attempts += 1
            try:
                async with self.session.post(
                    url, params=params, data=body, headers={"Content-Type": "text/xml"},
                    timeout=aiohttp.ClientTimeout(total=self.timeout),
                ) as resp:
                    delivery.status = resp.status
                    text = await resp.text()
            except (TimeoutError, aiohttp.ClientError) as exc:
                delivery.errors.append(type(exc).__name__)
                continue
            if resp.status != 200:
                delivery.errors.append(f"HTTP {resp.status}")
                continue
            delivery.ok = True
            if text.strip():
                delivery.reply = self._read_reply(text, crypto)
            break
        return delivery

    def _read_reply(self, text: str, crypto: WeComCrypto) -> str | None:
        try:
            reply = parse_reply(text)
            return crypto.decrypt(reply.signature, reply.timestamp, reply.nonce, reply.encrypt)
        except CryptoError:
            return None

    def _apply_passive_reply(self, delivery: Delivery, user: str, task_id: str | None = None) -> None:
        if delivery.reply is None:
            return
        try:
            root: Element = safexml.parse(delivery.reply)
        except safexml.RefusedXml:  # a garbled reply is ignored, as the platform would
            return
        msg_type = root.findtext("MsgType") or ""
        if msg_type == "text":
            self.world.inboxes.setdefault(user, []).append(DeliveredMessage(
                msgtype="text", msgid=self.world.next_id("passive"), sent_at=self.world.now(),
                content=root.findtext("Content") or ""))
        elif msg_type == "update_button" and task_id:
            name = root.findtext("Button/ReplaceName") or ""
            copy_ = self.world.card_copy(user, task_id)
            if name and copy_ is not None and copy_.card is not None:
                copy_.card["replace_text"] = name

    def _require_member(self, userid: str) -> None:
        if not self.world.is_present(userid):
            raise ValueError(f"{userid} is not a present member: WeCom would not deliver their message")

    # ------------------------------------------------------------------ app callbacks
    async def send_text(self, from_user: str, content: str) -> int:
        """A member types a message to the app; returns the MsgId."""
        self._require_member(from_user)
        msgid = int(hashlib.sha1(self.world.next_id("in").encode()).hexdigest()[:15], 16)  # noqa: S324
        xml = render_plaintext([*self._head(from_user, "text"), ("Content", content), ("MsgId", str(msgid)),
                                *self._agent()])
        delivery = await self.post("text", xml)
        self._apply_passive_reply(delivery, from_user)
        return msgid

    async def click_card(
        self,
        from_user: str,
        task_id: str,
        event_key: str,
        selected: dict[str, list[str]] | None = None,
        *,
        force: bool = False,
    ) -> Delivery:
        """A member taps ``event_key`` on their copy of card ``task_id``: template_card_event with a
        fresh ResponseCode registered in the world."""
        code, card_type = self.world.register_click(from_user, task_id, event_key, force=force)
        items = ""
        if selected:
            items = "<SelectedItems>" + "".join(
                f"<SelectedItem><QuestionKey>{_cdata(q)}</QuestionKey><OptionIds>"
                + "".join(f"<OptionId>{_cdata(o)}</OptionId>" for o in opts)
                + "</OptionIds></SelectedItem>"
                for q, opts in selected.items()
            ) + "</SelectedItems>"
        xml = render_plaintext([*self._head(from_user, "event"), ("Event", "template_card_event"),
                                ("EventKey", event_key), ("TaskId", task_id), ("CardType", card_type),
                                ("ResponseCode", code), *self._agent()], items)
        delivery = await self.post("template_card_event", xml)
        self._apply_passive_reply(delivery, from_user, task_id)
        return delivery

    async def enter_agent(self, user: str) -> Delivery:
        self._require_member(user)
        xml = render_plaintext([*self._head(user, "event"), ("Event", "enter_agent"), ("EventKey", ""),
                                *self._agent()])
        delivery = await self.post("enter_agent", xml)
        self._apply_passive_reply(delivery, user)
        return delivery

    async def transfer_fail(self, takeover_userid: str, external_userid: str, reason: str) -> Delivery:
        """change_external_contact/transfer_fail (reason: customer_refused | customer_limit_exceed)."""
        xml = render_plaintext([*self._head("sys", "event"), ("Event", "change_external_contact"),
                                ("ChangeType", "transfer_fail"), ("FailReason", reason),
                                ("UserID", takeover_userid), ("ExternalUserID", external_userid)])
        return await self.post("transfer_fail", xml)

    async def customer_changed(self, change_type: str, userid: str, external_userid: str) -> Delivery:
        """change_external_contact add/edit/del_external_contact or del_follow_user (doc 92130): what a
        member's edit in the WeCom client produces (changes made through the API produce none)."""
        xml = render_plaintext([*self._head("sys", "event"), ("Event", "change_external_contact"),
                                ("ChangeType", change_type), ("UserID", userid),
                                ("ExternalUserID", external_userid)])
        return await self.post(change_type, xml)

    async def flush(self) -> list[Delivery]:
        """Deliver the platform-originated events the world queued (transfer_fail on refusals and
        cap failures when takeovers settle)."""
        out = []
        while self.world.outbox:
            event = self.world.outbox.pop(0)
            if event.kind == "transfer_fail":
                out.append(await self.transfer_fail(event.fields["UserID"], event.fields["ExternalUserID"],
                                                    event.fields["FailReason"]))
        return out

    # ------------------------------------------------------------------ contacts-sync callbacks
    async def contact_deleted(self, userid: str) -> Delivery:
        """change_contact/delete_user. Deletes the member in the world first if still present."""
        member = self.world.member(userid)
        if not member.deleted:
            self.world.delete_member(userid)
        xml = render_plaintext([*self._head("sys", "event"), ("Event", "change_contact"),
                                ("ChangeType", "delete_user"), ("UserID", userid)])
        return await self.post("delete_user", xml, contacts=True)

    async def contact_updated(self, userid: str, *, new_userid: str | None = None,
                              department: list[int] | None = None) -> Delivery:
        """change_contact/update_user with the ID-only fields event servers get since 2022-08-15."""
        fields: list[XmlField] = [*self._head("sys", "event"), ("Event", "change_contact"),
                                  ("ChangeType", "update_user"), ("UserID", userid)]
        if new_userid:
            fields.append(("NewUserID", new_userid))
        if department is not None:
            fields.append(("Department", ",".join(map(str, department))))
        return await self.post("update_user", render_plaintext(fields), contacts=True)

    # ------------------------------------------------------------------ URL verification
    async def verify_url(self, url: str | None = None, *, contacts: bool = False) -> bool:
        """The console's GET handshake: True when the bot echoes the decrypted echostr exactly."""
        target = url or (self.contacts_url if contacts else self.url)
        if target is None:
            raise ValueError("no URL to verify")
        crypto = self._contacts if contacts else self._app
        expected = str(secrets.randbelow(10**19))
        msg = crypto.encrypt(expected, timestamp=str(self._now()), nonce=str(secrets.randbelow(10**10)))
        params = {"msg_signature": msg.signature, "timestamp": msg.timestamp, "nonce": msg.nonce,
                  "echostr": msg.encrypt}
        try:
            async with self.session.get(target, params=params,
                                        timeout=aiohttp.ClientTimeout(total=1.0)) as resp:
                body = await resp.read()
        except (TimeoutError, aiohttp.ClientError):
            return False
        return resp.status == 200 and body == expected.encode()
