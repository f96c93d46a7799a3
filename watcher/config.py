"""Load and validate config.yaml: ``load(path, environ) -> Config``.

Every problem is reported with its key path and the bad value, all at once, so that
``watcher check`` can list them together. ``${VAR}`` anywhere in a string is replaced from
the environment before validation; a missing variable is an error naming it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any, Literal, get_args
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml
from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from watcher import config_messages as messages
from watcher import logs
from watcher.errors import ConfigError

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)?\s*$")
_DURATION_UNITS = {"ms": 0.001, "s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800, None: 1}
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb|kib|mib|gib)?\s*$", re.IGNORECASE)
_SIZE_UNITS = {"b": 1, "kb": 10**3, "mb": 10**6, "gb": 10**9, "kib": 2**10, "mib": 2**20,
               "gib": 2**30, None: 1}


def parse_duration(value: Any) -> float:
    """'15m' -> 900.0; numbers are seconds."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    m = _DURATION.match(str(value))
    if not m:
        raise ValueError(f"{value!r} is not a duration (use e.g. 30s, 15m, 2h, 1d)")
    return float(m.group(1)) * _DURATION_UNITS[m.group(2)]


def parse_size(value: Any) -> int:
    """'10MB' -> 10_000_000; numbers are bytes."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    m = _SIZE.match(str(value))
    if not m:
        raise ValueError(f"{value!r} is not a size (use e.g. 512KB, 10MB)")
    unit = m.group(2).lower() if m.group(2) else None
    return int(float(m.group(1)) * _SIZE_UNITS[unit])


def parse_worker_count(value: Any) -> int | str:
    """'auto' or a whole number >= 0; anything else is one plain sentence, not one line per
    member of the union."""
    if value == "auto":
        return "auto"
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    raise ValueError(f"must be a number of worker processes or 'auto' (got {value!r})")


def check_http_url(value: str, *, secret: bool = False) -> str:
    """An absolute http(s) URL with a host and a port in range; the ValueError says which
    part is wrong (the URL of a feed or a webhook, or one given to `watcher poll`). A
    ``secret`` URL (a webhook's path is its token) is named by scheme and host only."""
    parts = urlsplit(value)
    shown = repr(value)
    if secret:
        shown = f"'{parts.scheme}://{parts.netloc}{'/…' if parts.path.strip('/') else ''}'"
    if not parts.scheme or not parts.netloc:
        hint = f" (did you mean https://{value}?)" if "." in value.split("/")[0] else ""
        raise ValueError(f"{'this' if secret else shown} is not a URL: it needs http:// or "
                         f"https://{'' if secret else hint}")
    if parts.scheme.lower() not in ("http", "https"):
        raise ValueError(f"{shown} is not an http(s) URL: {parts.scheme}:// is not "
                         "supported, only http:// and https://")
    if not parts.hostname:
        raise ValueError(f"{shown} has no host name")
    try:
        port = parts.port
    except ValueError:
        port = -1
    if port is not None and not 0 < port < 65536:
        raise ValueError(f"{shown}: port {parts.netloc.rpartition(':')[2]} is out of range "
                         "(1-65535)")
    return value


def _secret_url(value: str) -> str:
    return check_http_url(value, secret=True)


Duration = Annotated[float, BeforeValidator(parse_duration), Field(gt=0)]
Size = Annotated[int, BeforeValidator(parse_size), Field(gt=0)]


def validate_timezone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(
            f"unknown time zone {value!r} (use an IANA name such as Asia/Seoul)") from None
    return value


def validate_cron(value: str) -> str:
    from apscheduler.triggers.cron import CronTrigger

    try:
        CronTrigger.from_crontab(value, timezone="UTC")
    except ValueError as exc:
        raise ValueError(
            f"bad cron expression {value!r}: {exc} (five fields: minute hour day month weekday)"
        ) from None
    return value


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class StorageConfig(_Model):
    database: str = "./watcher.db"
    retention_days: int = Field(default=90, ge=1)


class PollingConfig(_Model):
    interval: Duration = 900.0
    jitter: float = Field(default=0.1, ge=0, le=0.5)  # fraction of the interval
    max_connections: int = Field(default=256, ge=1)
    per_host: int = Field(default=2, ge=1)
    timeout: Duration = 30.0
    connect_timeout: Duration = 10.0
    max_bytes: Size = 10_000_000
    max_backoff: Duration = 86400.0
    max_interval: Duration = 86400.0  # cap on Cache-Control / ttl floors
    max_redirects: int = Field(default=10, ge=0)
    # A feed on a public address may not redirect to a private or loopback one unless true.
    allow_private_networks: bool = False
    # Worker processes for parsing: "auto" is one per core from 200 feeds up, else none.
    parse_workers: Annotated[int | Literal["auto"], BeforeValidator(parse_worker_count)] = "auto"
    user_agent: str = "watcher/0.1 (feed alert daemon; +https://github.com/watcher-alerts/watcher)"


class HttpConfig(_Model):
    """The optional status endpoint: /healthz and Prometheus /metrics."""

    enabled: bool = False
    host: str = "127.0.0.1"  # loopback unless said otherwise: the metrics name feeds
    port: int = Field(default=9464, ge=1, le=65535)
    # /healthz answers 503 when no poll cycle has completed for this long.
    stale_after: Duration = 300.0


class AlertsConfig(_Model):
    """When the destination in ``alerts_to`` hears about a source."""

    failing_after: Duration = 86400.0  # a feed failing this long
    silent_after: Duration = 604800.0  # a feed that published daily, silent this long
    check_every: Duration = 300.0


class SmtpConfig(_Model):
    host: str
    port: int = Field(default=587, ge=1, le=65535)
    security: Literal["starttls", "tls", "none"] = "starttls"
    username: str | None = None
    password: str | None = None
    from_: str = Field(alias="from")
    timeout: Duration = 30.0
    verify_tls: bool = True


class FeedConfig(_Model):
    url: str
    name: str = ""
    interval: Duration | None = None
    tags: tuple[str, ...] = ()
    enabled: bool = True
    fulltext: bool = False  # fetch each new item's page and match its main text

    _url = field_validator("url")(classmethod(lambda cls, v: check_http_url(v)))


class ProfileConfig(_Model):
    description: str = ""
    query: str
    exclude: str | None = None
    min_score: float = 0.0
    weights: dict[str, float] = Field(default_factory=dict)  # term -> weight
    field_boosts: dict[str, float] = Field(default_factory=dict)  # field -> multiplier


class _DestinationBase(_Model):
    mode: Literal["digest", "instant"] = "digest"
    schedule: str = "0 8 * * *"
    timezone: str = "UTC"
    profiles: tuple[str, ...] | None = None  # None: every profile
    max_items: int = Field(default=100, ge=1)
    batch_window: Duration = 60.0
    send_empty: bool = False
    max_attempts: int = Field(default=10, ge=1)
    template: str | None = None  # path to a Jinja2 template overriding the built-in one

    _tz = field_validator("timezone")(classmethod(lambda cls, v: validate_timezone(v)))
    _cron = field_validator("schedule")(classmethod(lambda cls, v: validate_cron(v)))


class _DigestMailDestination(_DestinationBase):
    # "full": each story shows the item's whole text as the feed gave it (links kept,
    # sanitised), the way rss2email mails a post; "snippet": the highlighted excerpt.
    content: Literal["snippet", "full"] = "snippet"


class FileDestination(_DigestMailDestination):
    type: Literal["file"]
    path: str = "./digests"


class EmailDestination(_DigestMailDestination):
    type: Literal["email"]
    to: tuple[str, ...] = Field(min_length=1)
    subject: str = "watcher: {count} new items"


class ChatDestination(_DestinationBase):
    type: Literal["slack", "discord", "teams", "mattermost", "googlechat"]
    url: str

    _url = field_validator("url")(classmethod(lambda cls, v: _secret_url(v)))


class WebhookDestination(_DestinationBase):
    type: Literal["webhook"]
    url: str

    _url = field_validator("url")(classmethod(lambda cls, v: _secret_url(v)))
    secret: str  # Standard Webhooks secret, "whsec_" + base64, usually "${WEBHOOK_SECRET}"


class AppriseDestination(_DestinationBase):
    type: Literal["apprise"]
    urls: tuple[str, ...] = Field(min_length=1)


Destination = Annotated[
    FileDestination | EmailDestination | ChatDestination | WebhookDestination | AppriseDestination,
    Field(discriminator="type"),
]


class Config(_Model):
    storage: StorageConfig = StorageConfig()
    polling: PollingConfig = PollingConfig()
    http: HttpConfig = HttpConfig()
    smtp: SmtpConfig | None = None
    feeds: tuple[FeedConfig, ...] = ()
    aliases: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    profiles: dict[str, ProfileConfig] = Field(default_factory=dict)
    destinations: dict[str, Destination] = Field(default_factory=dict)
    alerts_to: str | None = None  # a destination told when a source breaks
    alerts: AlertsConfig = AlertsConfig()
    base_dir: Path = Path(".")  # the config file's folder; relative paths resolve against it

    @model_validator(mode="after")
    def _cross_checks(self) -> Config:
        problems: list[str] = []
        seen: dict[str, int] = {}
        for i, feed in enumerate(self.feeds):
            key = feed.url.rstrip("/").lower()
            if key in seen:
                problems.append(
                    f"feeds[{i}].url: duplicate feed URL {feed.url!r} (also feeds[{seen[key]}])"
                )
            seen[key] = i
        for name, dest in self.destinations.items():
            for j, prof in enumerate(dest.profiles or ()):
                if prof not in self.profiles:
                    problems.append(
                        f"destinations.{name}.profiles[{j}]: unknown profile {prof!r}"
                        + messages.suggest(prof, self.profiles)
                    )
            if dest.type == "email" and self.smtp is None:
                problems.append(f"destinations.{name}: type email needs an 'smtp' section")
        if self.alerts_to is not None and self.alerts_to not in self.destinations:
            problems.append(f"alerts_to: unknown destination {self.alerts_to!r}"
                            + messages.suggest(self.alerts_to, self.destinations))
        if problems:
            raise ValueError("\n".join(problems))
        return self

    def resolve(self, path: str) -> Path:
        p = Path(path).expanduser()
        return p if p.is_absolute() else self.base_dir / p


# The destination model for each `type:` value, read off the union itself.
DESTINATION_TYPES: dict[str, type[BaseModel]] = {
    tag: cls
    for cls in (FileDestination, EmailDestination, ChatDestination, WebhookDestination,
                AppriseDestination)
    for tag in get_args(cls.model_fields["type"].annotation)
}


def parse(data: Any, environ: Mapping[str, str], base_dir: Path) -> Config:
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError("config: the top level must be a mapping of keys")
    # A missing ${VAR} becomes "" and validation goes on, so one run lists every problem.
    data, problems = messages.interpolate(data, environ)
    unset = {line.partition(": ")[0] for line in problems}
    try:
        config = Config.model_validate({**data, "base_dir": base_dir})
    except ValidationError as exc:
        for err in exc.errors():
            lines = messages.describe(err, Config, DESTINATION_TYPES).splitlines()
            # The "" that stood in for a missing variable is that variable's problem.
            problems += [ln for ln in lines if ln.partition(": ")[0] not in unset]
    if problems:
        raise ConfigError(f"{len(problems)} problem(s) in config", problems) from None
    return config


def load(path: str | Path, environ: Mapping[str, str]) -> Config:
    """Read, interpolate and validate config.yaml; ConfigError lists every problem."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read config {path}: {exc.strerror}") from None
    try:
        # libyaml's loader when PyYAML has it: 0.14 -> 0.02 s for a 2,000-feed config
        data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        raise ConfigError(_yaml_problem(path, exc)) from None
    try:
        config = parse(data, environ, path.resolve().parent)
    except ConfigError as exc:
        raise ConfigError(f"{len(exc.problems)} problem(s) in {path}", exc.problems) from None
    # Every command loads its config here, so every secret is known to the log before
    # anything is sent (httpx logs each URL it posts to at -vv).
    logs.hide(secret_values(config))
    return config


def _yaml_problem(path: Path, exc: yaml.YAMLError) -> str:
    """"config.yaml, line 3, column 4: not valid YAML: did not find expected '-' indicator
    (while parsing a block collection that starts on line 2)"."""
    mark = getattr(exc, "problem_mark", None)
    if mark is None:
        return f"{path}: not valid YAML: {' '.join(str(exc).split())}"
    text = f"{path}, line {mark.line + 1}, column {mark.column + 1}: not valid YAML: "
    text += str(getattr(exc, "problem", None) or "syntax error")
    context, where = getattr(exc, "context", None), getattr(exc, "context_mark", None)
    if context and where is not None and where.line != mark.line:
        text += f" ({context} that starts on line {where.line + 1})"
    return text


def secret_values(config: Config) -> list[str]:
    """Webhook URLs (their path is the token), signing secrets, the SMTP password."""
    values: list[str] = []
    for dest in config.destinations.values():
        if isinstance(dest, ChatDestination | WebhookDestination):
            values.append(dest.url)
        if isinstance(dest, WebhookDestination):
            values.append(dest.secret)
        if isinstance(dest, AppriseDestination):
            values += dest.urls
    if config.smtp is not None and config.smtp.password:
        values.append(config.smtp.password)
    return values
