"""Settings, read in one place from the environment and an optional ``KEY=value`` file.

The environment wins over the file. Nothing here runs at import time; ``Settings.load()`` does the work.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from bot.errors import ConfigError

__all__ = ["DEFAULT_API_URL", "Retention", "Settings", "SmtpSettings", "default_db_path", "find_content_root"]

DEFAULT_API_URL = "https://api.telegram.org"


@dataclass(frozen=True)
class Retention:
    """How long each kind of record is kept, in days. Every period is configurable."""

    sessions_days: int = 30  # idle conversations (language, role, position in a flow)
    questions_days: int = 90  # unanswered questions and feedback, masked, for maintainers
    tickets_days: int = 180  # closed escalations, with their thread and audit trail
    drafts_hours: int = 24  # an escalation intake left unsent: the concern typed so far is emptied
    audit_days: int = 365  # the audit log (who did what, when; no content)
    outbox_days: int = 30  # payloads of messages that could not be delivered at all (they may quote a concern)
    inbox_hours: int = 24  # a Telegram update a crash left unhandled (normally deleted when its turn ends)


@dataclass(frozen=True)
class SmtpSettings:
    host: str = ""
    port: int = 587
    user: str = ""
    password: str = field(default="", repr=False)
    starttls: bool = True
    sender: str = ""

    @property
    def enabled(self) -> bool:
        return bool(self.host and self.sender)


@dataclass(frozen=True)
class Settings:
    content_root: Path
    db_path: Path
    telegram_token: str = field(default="", repr=False)
    telegram_api_url: str = DEFAULT_API_URL
    contacts_path: Path | None = None
    smtp: SmtpSettings = SmtpSettings()
    retention: Retention = Retention()
    claim_reminder_minutes: int = 120
    log_level: str = "INFO"
    allowlist: tuple[str, ...] = ()  # Telegram user ids allowed to escalate without an invite code
    mail_reply_address: str = ""  # contacts' e-mail replies go to this address (plus-addressed per ticket)
    inbound_smtp: str = ""  # host:port where the bot receives those replies, e.g. 0.0.0.0:2525
    rate_limit: bool = True  # off only for load benchmarks against a local Bot API stand-in
    review_months: int = 12  # helpdesk check warns about FAQ entries not reviewed for longer than this
    webhook_secret: str = field(default="", repr=False)

    @classmethod
    def load(cls, environ: Mapping[str, str] | None = None) -> Settings:
        env = dict(os.environ if environ is None else environ)
        config_file = env.get("HELPDESK_CONFIG")
        if config_file:
            env = {**_read_env_file(Path(config_file)), **env}
        contacts = env.get("HELPDESK_CONTACTS")
        return cls(
            content_root=Path(env["HELPDESK_CONTENT"]) if env.get("HELPDESK_CONTENT") else find_content_root(),
            db_path=Path(env["HELPDESK_DB"]) if env.get("HELPDESK_DB") else default_db_path(env),
            telegram_token=env.get("TELEGRAM_BOT_TOKEN", "").strip(),
            telegram_api_url=env.get("TELEGRAM_API_URL", DEFAULT_API_URL).rstrip("/") or DEFAULT_API_URL,
            contacts_path=Path(contacts) if contacts else None,
            smtp=SmtpSettings(
                host=env.get("HELPDESK_SMTP_HOST", ""),
                port=_int(env, "HELPDESK_SMTP_PORT", 587),
                user=env.get("HELPDESK_SMTP_USER", ""),
                password=env.get("HELPDESK_SMTP_PASSWORD", ""),
                starttls=env.get("HELPDESK_SMTP_STARTTLS", "true").lower() not in ("0", "false", "no"),
                sender=env.get("HELPDESK_SMTP_FROM", ""),
            ),
            retention=Retention(
                sessions_days=_int(env, "HELPDESK_RETAIN_SESSIONS_DAYS", Retention.sessions_days),
                questions_days=_int(env, "HELPDESK_RETAIN_QUESTIONS_DAYS", Retention.questions_days),
                tickets_days=_int(env, "HELPDESK_RETAIN_TICKETS_DAYS", Retention.tickets_days),
                drafts_hours=_int(env, "HELPDESK_RETAIN_DRAFTS_HOURS", Retention.drafts_hours),
                audit_days=_int(env, "HELPDESK_RETAIN_AUDIT_DAYS", Retention.audit_days),
                outbox_days=_int(env, "HELPDESK_RETAIN_OUTBOX_DAYS", Retention.outbox_days),
                inbox_hours=_int(env, "HELPDESK_RETAIN_INBOX_HOURS", Retention.inbox_hours),
            ),
            claim_reminder_minutes=_int(env, "HELPDESK_CLAIM_REMINDER_MINUTES", 120),
            review_months=_int(env, "HELPDESK_REVIEW_MONTHS", 12),
            log_level=env.get("HELPDESK_LOG_LEVEL", "INFO").upper(),
            mail_reply_address=env.get("HELPDESK_MAIL_REPLY_ADDRESS", ""),
            inbound_smtp=env.get("HELPDESK_INBOUND_SMTP", ""),
            rate_limit=env.get("HELPDESK_RATE_LIMIT", "on").lower() not in ("off", "0", "false", "no"),
            webhook_secret=env.get("TELEGRAM_WEBHOOK_SECRET", ""),
            allowlist=tuple(x.strip() for x in env.get("HELPDESK_ALLOWLIST", "").split(",") if x.strip()),
        )

    def require_token(self) -> str:
        if not self.telegram_token:
            raise ConfigError(
                "TELEGRAM_BOT_TOKEN is not set. Create a bot with @BotFather in Telegram, then run: "
                "export TELEGRAM_BOT_TOKEN='123456:ABC...' (or put it in the file named by HELPDESK_CONFIG). "
                "To try the bot without Telegram, run 'helpdesk chat'."
            )
        return self.telegram_token


def default_db_path(env: Mapping[str, str]) -> Path:
    """``$XDG_DATA_HOME/helpdesk/helpdesk.db``, else ``~/.local/share/helpdesk/helpdesk.db``."""
    base = Path(env["XDG_DATA_HOME"]) if env.get("XDG_DATA_HOME") else Path.home() / ".local" / "share"
    return base / "helpdesk" / "helpdesk.db"


def find_content_root() -> Path:
    """The folder holding ``faq/`` and ``flows/``: the current folder, else the source checkout."""
    for candidate in (Path.cwd(), Path(__file__).resolve().parent.parent):
        if (candidate / "faq").is_dir() and (candidate / "flows").is_dir():
            return candidate
    raise ConfigError("cannot find the content folders faq/ and flows/: run helpdesk from the project folder, "
                      "or set HELPDESK_CONTENT to the folder that holds them")


def _int(env: Mapping[str, str], key: str, default: int) -> int:
    raw = env.get(key, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{key}={raw!r} is not a whole number; set it to e.g. {default}") from None
    if value < 0:
        raise ConfigError(f"{key} must not be negative; set it to e.g. {default}")
    return value


def _read_env_file(path: Path) -> dict[str, str]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ConfigError(f"HELPDESK_CONFIG points to {path}, which cannot be read ({exc.strerror})") from None
    values = {}
    for number, line in enumerate(lines, start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key, sep, value = line.partition("=")
        if not sep:
            raise ConfigError(f"{path}:{number}: expected KEY=value")
        values[key.strip().removeprefix("export ").strip()] = value.strip().strip("'\"")
    return values
