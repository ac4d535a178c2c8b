"""Settings from the environment and ``.env``. A bad value stops startup with one clear line."""

from __future__ import annotations

import hashlib
import re
import socket
from pathlib import Path
from typing import Annotated, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import AliasChoices, Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

_AES_KEY = re.compile(r"^[A-Za-z0-9]{43}$")
_TOKEN = re.compile(r"^[A-Za-z0-9]{1,32}$")
_INSTANCE = re.compile(r"^[A-Za-z0-9_.\-]{1,64}$")
_USERID = re.compile(r"^[A-Za-z0-9_.@\-]{1,64}$")

RETENTION_DAYS = (90, 3650)
UserIds = Annotated[tuple[str, ...], NoDecode]
ImportantTags = Annotated[tuple[str, ...], NoDecode]


def _env(name: str) -> AliasChoices:
    return AliasChoices(name)


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore", frozen=True)

    corp_id: str = Field(validation_alias=_env("WECOM_CORP_ID"), min_length=1)
    agent_id: int = Field(validation_alias=_env("WECOM_AGENT_ID"), gt=0)
    secret: SecretStr = Field(validation_alias=_env("WECOM_SECRET"))
    token: SecretStr = Field(validation_alias=_env("WECOM_TOKEN"))
    aes_key: SecretStr = Field(validation_alias=_env("WECOM_AES_KEY"))
    # The 通讯录同步 event server has its own token and key (optional: departures are also polled).
    contacts_token: SecretStr | None = Field(default=None, validation_alias=_env("WECOM_CONTACTS_TOKEN"))
    contacts_aes_key: SecretStr | None = Field(default=None, validation_alias=_env("WECOM_CONTACTS_AES_KEY"))
    api_base: str = Field(default="https://qyapi.weixin.qq.com", validation_alias=_env("WECOM_API_BASE"))
    # The intelligent bot (智能机器人) in long-connection API mode: no public URL needed. Both or neither.
    bot_id: str | None = Field(default=None, validation_alias=_env("WECOM_BOT_ID"))
    bot_secret: SecretStr | None = Field(default=None, validation_alias=_env("WECOM_BOT_SECRET"))
    bot_gateway: str = Field(default="wss://openws.work.weixin.qq.com", validation_alias=_env("HANDOVER_BOT_GATEWAY"))
    bot_ca_bundle: Path | None = Field(default=None, validation_alias=_env("HANDOVER_BOT_CA_BUNDLE"))

    redis_url: str | None = Field(default=None, validation_alias=_env("REDIS_URL"))
    redis_namespace: str = Field(default="wh", validation_alias=_env("HANDOVER_REDIS_PREFIX"))
    host: str = Field(default="0.0.0.0", validation_alias=_env("HANDOVER_HOST"))
    port: int = Field(default=8080, validation_alias=_env("HANDOVER_PORT"), ge=1, le=65535)
    data_dir: Path = Field(default=Path("./var"), validation_alias=_env("HANDOVER_DATA_DIR"))
    admins: UserIds = Field(default=(), validation_alias=_env("HANDOVER_ADMINS"))
    approvers: UserIds = Field(default=(), validation_alias=_env("HANDOVER_APPROVERS"))
    callback_max_skew: int = Field(default=300, validation_alias=_env("HANDOVER_CALLBACK_MAX_SKEW"), ge=0)
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field(
        default="INFO", validation_alias=_env("HANDOVER_LOG_LEVEL")
    )
    log_format: Literal["json", "text"] = Field(default="json", validation_alias=_env("HANDOVER_LOG_FORMAT"))
    timezone: str = Field(default="Asia/Shanghai", validation_alias=_env("HANDOVER_TIMEZONE"))
    dialog_ttl: int = Field(default=600, validation_alias=_env("HANDOVER_DIALOG_TTL"), ge=30)
    approval_ttl: int = Field(default=48 * 3600, validation_alias=_env("HANDOVER_APPROVAL_TTL"), ge=60)
    second_approval_over: int = Field(
        default=200, validation_alias=_env("HANDOVER_SECOND_APPROVAL_OVER"), ge=0
    )
    # Customers carrying one of these tags need the second approver too: "name" or "group:name".
    important_tags: ImportantTags = Field(default=(), validation_alias=_env("HANDOVER_IMPORTANT_TAGS"))
    backup_keep_days: int = Field(default=7, validation_alias=_env("HANDOVER_BACKUP_KEEP_DAYS"), ge=1, le=366)
    backup_time: str = Field(default="02:30", validation_alias=_env("HANDOVER_BACKUP_TIME"))
    worker_concurrency: int = Field(default=16, validation_alias=_env("HANDOVER_WORKER_CONCURRENCY"), ge=1)
    # A dead worker's events are taken over after this long without a sign of life (live workers
    # refresh theirs every third of it), so it bounds how long a crash delays someone's message.
    claim_idle: float = Field(default=30.0, validation_alias=_env("HANDOVER_CLAIM_IDLE"), ge=1, le=3600)
    # serve's event loop: auto = uvloop when installed (bot/eventloop.py)
    event_loop: Literal["auto", "asyncio", "uvloop"] = Field(
        default="auto", validation_alias=_env("HANDOVER_EVENT_LOOP")
    )
    # Stable per deployment slot: a restarted process with the same id takes its own leases back
    # at once. Unset → host name + a digest of the data dir (same host and data dir, same id).
    instance_id: str | None = Field(default=None, validation_alias=_env("HANDOVER_INSTANCE_ID"))
    reminder_time: str = Field(default="10:00", validation_alias=_env("HANDOVER_REMINDER_TIME"))
    checklist_template: Path | None = Field(default=None, validation_alias=_env("HANDOVER_CHECKLIST_TEMPLATE"))
    # Signs the audit chain's checkpoints (HMAC-SHA256); kept out of Redis, so someone who can write
    # Redis cannot re-sign a rewritten log. Required by `serve`.
    audit_key: SecretStr | None = Field(default=None, validation_alias=_env("HANDOVER_AUDIT_KEY"))
    # Conversations, dialog state and per-batch transfer details older than this are deleted daily
    # (audit entries and job records stay until `audit archive`).
    retention_days: int = Field(default=365, validation_alias=_env("HANDOVER_RETENTION_DAYS"))

    @field_validator("aes_key", "contacts_aes_key")
    @classmethod
    def _aes_key_shape(cls, v: SecretStr | None) -> SecretStr | None:
        if v is not None and not _AES_KEY.match(v.get_secret_value()):
            raise ValueError("must be exactly 43 letters or digits (the EncodingAESKey from the admin console)")
        return v

    @field_validator("audit_key")
    @classmethod
    def _audit_key_shape(cls, v: SecretStr | None) -> SecretStr | None:
        if v is not None and len(v.get_secret_value()) < 32:
            raise ValueError("must be at least 32 characters (e.g. the output of: openssl rand -hex 32)")
        return v

    @field_validator("retention_days", mode="before")
    @classmethod
    def _retention(cls, v: object) -> object:
        try:
            days = int(str(v).strip())
        except ValueError:
            days = 0
        if not RETENTION_DAYS[0] <= days <= RETENTION_DAYS[1]:
            raise ValueError(f"must be a whole number of days from {RETENTION_DAYS[0]} to {RETENTION_DAYS[1]} "
                             f"(default 365), got {v!r}")
        return days

    @field_validator("token", "contacts_token")
    @classmethod
    def _token_shape(cls, v: SecretStr | None) -> SecretStr | None:
        if v is not None and not _TOKEN.match(v.get_secret_value()):
            raise ValueError("must be 1-32 letters or digits (the Token from the admin console)")
        return v

    @field_validator("admins", "approvers", mode="before")
    @classmethod
    def _split_ids(cls, v: object) -> object:
        if isinstance(v, str):
            v = [part.strip() for part in v.replace("|", ",").split(",") if part.strip()]
        if isinstance(v, list | tuple):
            bad = [u for u in v if not isinstance(u, str) or not _USERID.match(u)]
            if bad:
                raise ValueError(f"not a valid userid: {bad[0]!r} (use comma-separated userids)")
            return tuple(v)
        return v

    @field_validator("important_tags", mode="before")
    @classmethod
    def _split_tags(cls, v: object) -> object:
        if isinstance(v, str):
            v = [part.strip() for part in v.replace("，", ",").split(",") if part.strip()]
        if isinstance(v, list | tuple):
            for item in v:
                group, sep, name = str(item).replace("：", ":").rpartition(":")
                if not name.strip() or (sep and not group.strip()):
                    raise ValueError(f"not a tag: {item!r} (use tag names or group:name, comma-separated)")
            return tuple(str(i).replace("：", ":").strip() for i in v)
        return v

    @field_validator("api_base")
    @classmethod
    def _api_base(cls, v: str) -> str:
        if not re.match(r"^https?://[^\s/]+", v):
            raise ValueError("must be an http(s) URL such as https://qyapi.weixin.qq.com")
        return v.rstrip("/")

    @field_validator("bot_id")
    @classmethod
    def _bot_id(cls, v: str | None) -> str | None:
        v = v.strip() if v else None
        if v is not None and not re.fullmatch(r"[A-Za-z0-9_\-]{1,128}", v):
            raise ValueError("must be the bot's ID from the admin console (letters, digits, '_' or '-')")
        return v

    @field_validator("bot_gateway")
    @classmethod
    def _gateway(cls, v: str) -> str:
        if not re.match(r"^wss?://[^\s/]+", v):
            raise ValueError("must be a ws:// or wss:// URL such as wss://openws.work.weixin.qq.com")
        return v.rstrip("/")

    @field_validator("bot_ca_bundle")
    @classmethod
    def _ca_bundle(cls, v: Path | None) -> Path | None:
        if v is not None and not v.is_file():
            raise ValueError(f"no such file: {v}")
        return v

    @model_validator(mode="after")
    def _bot_pair(self) -> Settings:
        if (self.bot_id is None) != (self.bot_secret is None or not self.bot_secret.get_secret_value()):
            raise ValueError("WECOM_BOT_ID and WECOM_BOT_SECRET go together: set both (long connection) or neither")
        return self

    @field_validator("timezone")
    @classmethod
    def _tz(cls, v: str) -> str:
        try:
            ZoneInfo(v)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {v!r} (e.g. Asia/Shanghai)") from exc
        return v

    @field_validator("instance_id")
    @classmethod
    def _instance_id(cls, v: str | None) -> str | None:
        if v is not None and not _INSTANCE.match(v):
            raise ValueError("must be 1-64 letters, digits, '.', '_' or '-' (e.g. the container or unit name)")
        return v

    @field_validator("reminder_time", "backup_time")
    @classmethod
    def _hhmm(cls, v: str) -> str:
        m = re.fullmatch(r"([01]?\d|2[0-3]):([0-5]\d)", v.strip())
        if not m:
            raise ValueError("must be HH:MM in 24-hour time, e.g. 10:00")
        return f"{int(m.group(1)):02d}:{m.group(2)}"

    @property
    def instance(self) -> str:
        """This process's instance id: HANDOVER_INSTANCE_ID, else derived from host and data dir."""
        return self.instance_id or default_instance_id(self.data_dir)

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def bot_enabled(self) -> bool:
        """The intelligent bot's long connection is configured."""
        return self.bot_id is not None and self.bot_secret is not None

    @property
    def contacts_enabled(self) -> bool:
        return self.contacts_token is not None and self.contacts_aes_key is not None


def default_instance_id(data_dir: Path, host: str | None = None) -> str:
    """``<host>-<8 hex of the data dir's absolute path>``: stable across restarts of one slot."""
    name = re.sub(r"[^A-Za-z0-9_.\-]", "-", host or socket.gethostname())[:40] or "host"
    digest = hashlib.sha256(str(data_dir.expanduser().resolve()).encode()).hexdigest()[:8]
    return f"{name}-{digest}"


class SettingsError(Exception):
    """Startup refused: the message names each bad setting in one line."""


def describe_validation_error(exc: ValidationError) -> str:
    aliases = {
        name: (field.validation_alias.choices[0] if isinstance(field.validation_alias, AliasChoices) else name)
        for name, field in Settings.model_fields.items()
    }
    lines = []
    for err in exc.errors():
        loc = str(err["loc"][0]) if err["loc"] else ""
        if not loc:  # a rule across settings: its message names them
            lines.append(err["msg"].removeprefix("Value error, "))
            continue
        env = aliases.get(loc, loc)
        msg = "is required but not set" if err["type"] == "missing" else err["msg"].removeprefix("Value error, ")
        lines.append(f"{env} {msg}")
    return "; ".join(lines)


def load_settings(**overrides: object) -> Settings:
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        raise SettingsError(f"invalid settings: {describe_validation_error(exc)}") from None
