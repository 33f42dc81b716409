"""The weekly report: one self-contained HTML page (and a plain-text twin) the comms team can forward.

It answers what a Director of Communications asks on a Monday: how much were we talked about, how
did it feel, what were the complaints about, what is still open, did the fake accounts come down,
who was praised, and can we trust the numbers (did every source run). Charts are inline SVG built
here, so the page loads nothing remote (no scripts, fonts or CDNs) and still renders when forwarded
or opened as an attachment; every chart has its numbers in a table beside it, because Outlook's
Word renderer and Gmail drop inline SVG from the email body.

Everything that came from a post passes through the patient-identifier redaction before it reaches
the report, and the HTML template escapes it. Authors are never shown: members of the public stay
out of a report meant to be forwarded.
"""

from __future__ import annotations

import itertools
import json
import math
import os
import re
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from jinja2 import FileSystemLoader
from markupsafe import Markup, escape

from alerts.email import (
    LONDON,
    TEMPLATES_DIR,
    compose_email,
    format_time,
    from_address,
    platform_name,
    safe_link,
    sending_time,
    template_environment,
)
from classifiers.pii import redact
from classifiers.staff_directory import StaffDirectory, load_staff_directory
from storage.store import Store
from trustwatch.records import Window, utc_now
from trustwatch.settings import Settings

# NHS identity colours (England.nhs.uk identity guidelines) and the NHS.UK frontend's text colours,
# which pass WCAG AA on white.
NHS_BLUE = "#005eb8"
NHS_DARK_BLUE = "#003087"
NHS_RED = "#d5281b"
NHS_GREEN = "#007f3b"
NHS_GREY = "#4c6272"
NHS_MID_GREY = "#768692"
NHS_PALE_GREY = "#e8edee"
TEXT_COLOUR = "#212b32"
SOURCE_COLOURS = ("#005eb8", "#ffb81c", "#00a499", "#330072", "#41b6e6", "#ae2573", "#ed8b00")
OTHER_COLOUR = NHS_MID_GREY
SENTIMENT_COLOURS = {"negative": NHS_RED, "neutral": NHS_GREY, "positive": NHS_GREEN}

MAX_SOURCES_CHARTED = len(SOURCE_COLOURS)
TOP_NEGATIVE_MENTIONS = 5
MAX_PRAISE_QUOTES = 10
MAX_THEMES = 10
THEME_PRIOR_WEEKS = 4
QUOTE_CHARACTERS = 320

KIND_LABELS = {
    "negative_mention": "Strongly negative mention",
    "staff_named": "Staff named in a post",
    "staff_praise": "Staff praised",
    "impersonation": "Impersonating account",
    "safeguarding": "Safeguarding concern",
    "complaint": "Complaint",
    "patient_identifiers": "Patient identifiers posted",
    "quota_exhausted": "Source out of budget",
    "source_broken": "Broken source",
    "fatal": "Failing source",
    "error": "Failing source",
}
INCIDENT_KINDS = ("safeguarding", "patient_identifiers")
OPEN_CASE_STATUSES = ("open", "acknowledged")
TAKEDOWN_STATUSES = ("drafted", "requested", "removed", "refused", "expired")
TAKEDOWN_COLOURS = {
    "drafted": NHS_MID_GREY,
    "requested": NHS_BLUE,
    "removed": NHS_GREEN,
    "refused": NHS_RED,
    "expired": "#ed8b00",
}
FAILURE_LABELS = {
    "failed": "failed",
    "fatal": "credentials or address refused",
    "quota_exhausted": "budget spent",
    "source_broken": "page layout changed",
    "retriable": "temporary failure",
    "error": "unexpected error",
    "out_of_reach": "window out of reach",
}
AGE_BUCKETS = ("under 2 days", "2 to 7 days", "over 7 days")

# Common English function words, social-media filler and words every hospital post uses; the
# Trust's own names are added per report. A stop-word list, not a model: the themes are a pointer
# for reading the posts, and the report says so.
_STOP_WORDS_TEXT = """
a about above after again against all almost also although always am among an and another any anyone
anything are aren't around as at away back be became because become been before being below between
both but by came can can't cannot come could couldn't did didn't do does doesn't doing don't done down
during each either else enough etc even ever every everyone everything few for from further get gets
getting go goes going gone got had hadn't has hasn't have haven't having he he'd he'll he's her here
here's hers herself him himself his how how's however i i'd i'll i'm i've if in into is isn't it it's
its itself just know last let let's like made make many may me might mine more most much must mustn't
my myself near need needs never new next no nor not nothing now of off often oh ok okay on once one
only or other others otherwise our ours ourselves out over own per perhaps please put quite rather
re really said same say says see seem seemed seems seen several shall shan't she she'd she'll she's
should shouldn't since so some someone something still such sure take than that that's the their
theirs them themselves then there there's these they they'd they'll they're they've thing things think
this those though through thus till to today told too took toward towards two under until up upon us
use used very via want wanted was wasn't way we we'd we'll we're we've well went were weren't what
what's whatever when when's where where's whether which while who who's whom whose why why's will
with within without won't would wouldn't yes yet you you'd you'll you're you've your yours yourself
yourselves amp rt lol im ive dont cant wont didnt doesnt isnt thats theres youre day days week weeks
year years yesterday tomorrow tonight morning afternoon evening hospital hospitals nhs trust
"""
STOP_WORDS = frozenset(_STOP_WORDS_TEXT.split())
_URL = re.compile(r"https?://\S+|www\.\S+", re.IGNORECASE)
_HANDLE = re.compile(r"(?<![\w/])(?:@|u/|r/)\w+")
_MARKER = re.compile(r"\[[^\]]{1,40}\]")
# A phrase never spans a sentence or clause break: "never arrived, waiting times" is two thoughts.
_BREAK = re.compile(r"[.,;:!?()\[\]\"\n\N{EM DASH}\N{EN DASH}]|\s-\s")
_WORD = re.compile(r"[a-z0-9][a-z0-9&'\N{RIGHT SINGLE QUOTATION MARK}]*[a-z0-9]|[a-z]")
_TOKEN = re.compile(rf"{_WORD.pattern}|\|")


@dataclass(frozen=True, slots=True)
class SourceVolume:
    """One source's mentions per day of the week, and its totals this week and last."""

    source: str
    label: str
    colour: str
    daily: tuple[int, ...]
    negative: int
    classified: int
    previous_total: int

    @property
    def total(self) -> int:
        """Mentions this week."""
        return sum(self.daily)

    @property
    def negative_share(self) -> float | None:
        """Share of the classified mentions that are negative, or None when none were classified."""
        return self.negative / self.classified if self.classified else None


@dataclass(frozen=True, slots=True)
class DaySentiment:
    """How the mentions of one London day split by sentiment."""

    day: date
    negative: int
    neutral: int
    positive: int
    unclassified: int

    @property
    def classified(self) -> int:
        """Mentions with a sentiment."""
        return self.negative + self.neutral + self.positive

    def share(self, label: str) -> float | None:
        """The share of classified mentions with `label`, or None on a day with none."""
        count = {"negative": self.negative, "neutral": self.neutral, "positive": self.positive}[label]
        return count / self.classified if self.classified else None


@dataclass(frozen=True, slots=True)
class Theme:
    """A word or two-word phrase over-represented in negative mentions."""

    term: str
    negative_mentions: int
    other_mentions: int
    z_score: float


@dataclass(frozen=True, slots=True)
class QuotedMention:
    """A post quoted in the report: redacted, cut to length, with a link only when it is safe."""

    title: str | None
    excerpt: str
    source: str
    platform: str
    kind: str
    published: str
    link: str | None
    negative: float | None = None
    rating: float | None = None
    staff: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CaseRow:
    """Open cases of one kind, by status and age."""

    kind: str
    label: str
    open: int
    acknowledged: int
    ages: tuple[int, ...]
    oldest_days: int

    @property
    def total(self) -> int:
        """Cases still open or acknowledged."""
        return self.open + self.acknowledged


@dataclass(frozen=True, slots=True)
class TakedownRow:
    """Takedown requests on one platform by status."""

    platform: str
    counts: tuple[int, ...]

    @property
    def total(self) -> int:
        """All takedowns on the platform."""
        return sum(self.counts)


@dataclass(frozen=True, slots=True)
class SourceHealth:
    """How one source's runs went this week."""

    source: str
    runs: int
    failures: int
    mentions: int
    last_failure: str | None


@dataclass(frozen=True, slots=True)
class Headline:
    """The figures at the top of the report."""

    mentions: int
    previous_mentions: int
    negative_share: float | None
    previous_negative_share: float | None
    alerts_raised: int
    incidents: int
    incidents_open: int | None
    staff_praise: int
    staff_named: int

    @property
    def change(self) -> float | None:
        """Relative change in mentions against the previous week, or None when that week had none."""
        if not self.previous_mentions:
            return None
        return (self.mentions - self.previous_mentions) / self.previous_mentions


@dataclass(frozen=True)
class WeeklyReport:
    """Everything the weekly report shows, computed from the store for one Monday-Sunday week."""

    trust_name: str
    week_ending: date
    window: Window
    generated_at: datetime
    team_inbox: str
    headline: Headline
    days: tuple[date, ...]
    volume: tuple[SourceVolume, ...]
    sentiment: tuple[DaySentiment, ...]
    themes: tuple[Theme, ...]
    negative_mentions: tuple[QuotedMention, ...]
    praise: tuple[QuotedMention, ...]
    cases: CaseSummary | None
    takedowns: TakedownSummary | None
    source_health: tuple[SourceHealth, ...]
    key_points: tuple[str, ...] = field(default=())

    @property
    def title(self) -> str:
        """The report's title, as in the email subject and the page heading."""
        return f"Weekly social media and reviews report: week ending {long_day(self.week_ending)}"


def long_day(day: date) -> str:
    """The day in full, as "Sunday 16 November 2026"."""
    return f"{day:%A} {day.day} {day:%B %Y}"


def short_day(day: date) -> str:
    """The day short, as "Sun 16 Nov"."""
    return f"{day:%a} {day.day} {day:%b}"


def week_window(week_ending: date) -> Window:
    """The seven London days ending on `week_ending`, midnight to midnight, as a UTC window.

    London midnight is never inside a clock change (the UK changes at 01:00 and 02:00), so the
    window is exact in GMT and BST weeks alike; a week with a clock change is 167 or 169 hours.
    """
    start = datetime.combine(week_ending - timedelta(days=6), time(0), tzinfo=LONDON)
    end = datetime.combine(week_ending + timedelta(days=1), time(0), tzinfo=LONDON)
    return Window(since=start, until=end)


def last_complete_week_ending(moment: datetime) -> date:
    """The Sunday that ends the last complete Monday-Sunday week before `moment`, in London time."""
    if moment.utcoffset() is None:
        raise ValueError("moment: must be timezone-aware")
    today = moment.astimezone(LONDON).date()
    # date.weekday(): Monday 0 ... Sunday 6. On a Sunday the week is not over yet.
    return today - timedelta(days=today.weekday() + 1)


def report_filename(week_ending: date) -> str:
    """`trustwatch-week-2026-11-16.html`."""
    return f"trustwatch-week-{week_ending.isoformat()}.html"


_ACRONYMS = {"nhs": "NHS", "x": "X", "rss": "RSS", "pals": "PALS", "bbc": "BBC", "itv": "ITV", "gp": "GP"}


def source_label(source: str) -> str:
    """A configured source name as a heading: "local-news" reads "Local news", "nhs-website" "NHS website"."""
    words = [_ACRONYMS.get(word, word) for word in source.replace("_", " ").replace("-", " ").split()]
    if not words:
        return source
    return " ".join([words[0][:1].upper() + words[0][1:], *words[1:]])


def _table_columns(store: Store, table: str) -> set[str]:
    rows = store.fetch_dicts(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = 'main' AND table_name = ?", [table]
    )
    return {row["column_name"] for row in rows}


def _evidence(value: Any) -> dict[str, Any]:
    if isinstance(value, str):
        try:
            parsed = json.loads(value)
        except json.JSONDecodeError:
            return {}
        return parsed if isinstance(parsed, dict) else {}
    return dict(value) if isinstance(value, Mapping) else {}


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, Iterable):
        return [str(item) for item in value if item]
    return [str(value)]


def tokens(text: str, excluded: frozenset[str] = frozenset()) -> list[str]:
    """Lower-cased words of a post, with links, handles and redaction markers removed.

    Stop-words and `excluded` words come back as "" so that callers never pair words that were not
    next to each other in the post into a phrase.
    """
    text = _MARKER.sub(" | ", _HANDLE.sub(" | ", _URL.sub(" | ", text.lower())))
    text = _BREAK.sub(" | ", text)
    words = []
    for match in _TOKEN.finditer(text):
        if match.group(0) == "|":
            words.append("")
            continue
        word = match.group(0).replace("\N{RIGHT SINGLE QUOTATION MARK}", "'").strip("'")
        if word.endswith("'s"):
            word = word[:-2]
        keep = len(word) >= 3 and not word.isdigit() and word not in STOP_WORDS and word not in excluded
        words.append(word if keep or word == "a&e" else "")
    return words


def terms(text: str, excluded: frozenset[str] = frozenset()) -> set[str]:
    """The distinct words and adjacent two-word phrases of a post (stop-words never count)."""
    words = tokens(text, excluded)
    found = {word for word in words if word}
    found.update(f"{first} {second}" for first, second in itertools.pairwise(words) if first and second)
    return found


def frequent_negative_terms(
    negative_texts: Sequence[str],
    other_texts: Sequence[str],
    background_texts: Sequence[str] = (),
    *,
    excluded: Iterable[str] = (),
    limit: int = MAX_THEMES,
    min_mentions: int = 2,
) -> list[Theme]:
    """Words and phrases that set the negative mentions apart from the rest of the week.

    The weighted log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi and Quinn,
    2008, "Fightin' Words"): each term's log-odds in negative mentions minus its log-odds in the
    other mentions, smoothed by its frequency in `background_texts` (all mentions of recent weeks,
    scaled to weigh as much as this week) and divided by its standard error, so a word in two posts
    cannot outrank one in twenty by chance. Terms count once per mention, so one long post repeating
    a word does not make a theme. A term must appear in at least `min_mentions` negative mentions.
    A phrase hides the single words it contains when they add little beyond it.
    """
    excluded_words = frozenset(word for phrase in excluded for word in tokens(phrase) if word) | frozenset(
        word.lower() for phrase in excluded for word in phrase.split()
    )
    negative_counts = Counter(term for text in negative_texts for term in terms(text, excluded_words))
    other_counts = Counter(term for text in other_texts for term in terms(text, excluded_words))
    background = Counter(term for text in background_texts for term in terms(text, excluded_words))
    background.update(negative_counts)
    background.update(other_counts)
    negative_total = sum(negative_counts.values())
    other_total = sum(other_counts.values())
    background_total = sum(background.values())
    if not negative_total or not background_total:
        return []
    prior_total = float(negative_total + other_total)
    scale = prior_total / background_total

    scored = []
    for term, in_negative in negative_counts.items():
        if in_negative < min_mentions:
            continue
        prior = background[term] * scale
        in_other = other_counts.get(term, 0)
        log_odds_negative = math.log((in_negative + prior) / (negative_total + prior_total - in_negative - prior))
        log_odds_other = math.log((in_other + prior) / (other_total + prior_total - in_other - prior))
        variance = 1.0 / (in_negative + prior) + 1.0 / (in_other + prior)
        z_score = (log_odds_negative - log_odds_other) / math.sqrt(variance)
        if z_score > 0:
            scored.append(Theme(term, in_negative, in_other, z_score))
    scored.sort(key=lambda theme: (-theme.z_score, -theme.negative_mentions, theme.term))

    chosen: list[Theme] = []
    for theme in scored:
        words = theme.term.split()
        if len(words) == 1 and any(
            theme.term in kept.term.split() and theme.negative_mentions <= kept.negative_mentions * 1.25
            for kept in chosen
        ):
            continue
        if len(words) == 2:
            chosen = [
                kept
                for kept in chosen
                if not (kept.term in words and kept.negative_mentions <= theme.negative_mentions * 1.25)
            ]
        chosen.append(theme)
    return chosen[:limit]


def _excerpt(text: str, limit: int = QUOTE_CHARACTERS) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(maxsplit=1)[0]
    return cut.rstrip(",;:. ") + " …"


def _quote(row: Mapping[str, Any], hospital_number_pattern: str | None, staff: Sequence[str] = ()) -> QuotedMention:
    def clean(text: str) -> str:
        return redact(text, hospital_number_pattern=hospital_number_pattern)

    link, _withheld = safe_link(row.get("url"), hospital_number_pattern)
    published = row.get("published_at")
    title = row.get("title")
    body = row.get("text") or ""
    if title and body.startswith(title):
        title = None
    # Redact before cutting, so a cut can never split an identifier into undetectable halves.
    return QuotedMention(
        title=_excerpt(clean(title), 140) if title else None,
        excerpt=_excerpt(clean(body)),
        source=source_label(row.get("source") or ""),
        platform=platform_name(row.get("platform") or ""),
        kind=row.get("kind") or "post",
        published=format_time(published)[0] if isinstance(published, datetime) else "date not given",
        link=link,
        negative=row.get("negative"),
        rating=row.get("rating"),
        staff=tuple(clean(name) for name in staff),
    )


def _distinct_quotes(quotes: Sequence[QuotedMention], limit: int) -> tuple[QuotedMention, ...]:
    seen: set[str] = set()
    kept = []
    for quote in quotes:
        key = " ".join(quote.excerpt.casefold().split())
        if key not in seen:
            seen.add(key)
            kept.append(quote)
    return tuple(kept[:limit])


def staff_directory_for(settings: Settings) -> StaffDirectory | None:
    """The staff directory when `[staff]` is configured (names are resolved at render time only)."""
    if settings.staff is None:
        return None
    return load_staff_directory(settings.resolve(settings.staff.directory), settings.staff.column_map or None)


def _staff_names(evidence: Mapping[str, Any], directory: StaffDirectory | None) -> list[str]:
    surfaces = _as_list(evidence.get("surface") or evidence.get("surfaces"))
    names: list[str] = []
    for index, staff_id in enumerate(_as_list(evidence.get("staff_ids"))):
        member = directory.get(staff_id) if directory is not None else None
        if member is not None:
            names.append(member.display_name)
        elif index < len(surfaces):
            names.append(surfaces[index])
    if not names:
        names = surfaces
    return list(dict.fromkeys(names))


_IN_WINDOW = "published_at >= $since AND published_at < $until"
_LONDON_DAY = "CAST(timezone('Europe/London', published_at) AS DATE)"


def _volume(store: Store, window: Window, days: Sequence[date]) -> tuple[SourceVolume, ...]:
    rows = store.fetch_dicts(
        f"""
        SELECT source, {_LONDON_DAY} AS day, count(*) AS mentions,
               count(*) FILTER (WHERE sentiment = 'negative') AS negative,
               count(sentiment) AS classified
        FROM mentions WHERE {_IN_WINDOW}
        GROUP BY ALL
        """,
        {"since": window.since, "until": window.until},
    )
    previous = {
        row["source"]: int(row["mentions"])
        for row in store.fetch_dicts(
            f"SELECT source, count(*) AS mentions FROM mentions WHERE {_IN_WINDOW} GROUP BY source",
            {"since": window.since - timedelta(days=7), "until": window.since},
        )
    }
    daily: dict[str, list[int]] = defaultdict(lambda: [0] * len(days))
    negative: Counter[str] = Counter()
    classified: Counter[str] = Counter()
    index = {day: position for position, day in enumerate(days)}
    for row in rows:
        daily[row["source"]][index[row["day"]]] += int(row["mentions"])
        negative[row["source"]] += int(row["negative"])
        classified[row["source"]] += int(row["classified"])
    for source in previous:
        daily[source]  # a source quiet this week still shows its fall from last week
    ordered = sorted(daily, key=lambda source: (-sum(daily[source]), -previous.get(source, 0), source))
    colours = {source: SOURCE_COLOURS[i] for i, source in enumerate(ordered[:MAX_SOURCES_CHARTED])}
    return tuple(
        SourceVolume(
            source=source,
            label=source_label(source),
            colour=colours.get(source, OTHER_COLOUR),
            daily=tuple(daily[source]),
            negative=negative[source],
            classified=classified[source],
            previous_total=previous.get(source, 0),
        )
        for source in ordered
    )


def _sentiment(store: Store, window: Window, days: Sequence[date]) -> tuple[DaySentiment, ...]:
    rows = {
        row["day"]: row
        for row in store.fetch_dicts(
            f"""
            SELECT {_LONDON_DAY} AS day,
                   count(*) FILTER (WHERE sentiment = 'negative') AS negative,
                   count(*) FILTER (WHERE sentiment = 'neutral') AS neutral,
                   count(*) FILTER (WHERE sentiment = 'positive') AS positive,
                   count(*) FILTER (WHERE sentiment IS NULL) AS unclassified
            FROM mentions WHERE {_IN_WINDOW}
            GROUP BY ALL
            """,
            {"since": window.since, "until": window.until},
        )
    }
    empty = {"negative": 0, "neutral": 0, "positive": 0, "unclassified": 0}
    return tuple(
        DaySentiment(
            day=day,
            negative=int(rows.get(day, empty)["negative"]),
            neutral=int(rows.get(day, empty)["neutral"]),
            positive=int(rows.get(day, empty)["positive"]),
            unclassified=int(rows.get(day, empty)["unclassified"]),
        )
        for day in days
    )


def _themes(store: Store, window: Window, excluded: Sequence[str], hospital_number_pattern: str | None) -> list[Theme]:
    rows = store.fetch_dicts(
        """
        SELECT coalesce(title || ' ', '') || text AS text, sentiment,
               published_at >= $since AS this_week
        FROM mentions WHERE published_at >= $prior_since AND published_at < $until
        """,
        {
            "since": window.since,
            "until": window.until,
            "prior_since": window.since - timedelta(days=7 * (THEME_PRIOR_WEEKS - 1)),
        },
    )

    def clean(text: str) -> str:
        # Redacted first: a theme must never be a fragment of someone's NHS number or postcode.
        return redact(text, hospital_number_pattern=hospital_number_pattern)

    negative = [clean(row["text"]) for row in rows if row["this_week"] and row["sentiment"] == "negative"]
    other = [clean(row["text"]) for row in rows if row["this_week"] and row["sentiment"] != "negative"]
    background = [clean(row["text"]) for row in rows if not row["this_week"]]
    return frequent_negative_terms(negative, other, background, excluded=excluded)


def _findings_in_window(store: Store, window: Window, kinds: Sequence[str]) -> list[dict[str, Any]]:
    # A finding about a post counts in the week the post was published; any other finding in the
    # week it was first detected.
    return store.fetch_dicts(
        """
        SELECT m.*, f.kind AS finding_kind, f.evidence, f.score, f.first_detected_at
        FROM findings AS f
        LEFT JOIN mentions AS m ON f.subject_type = 'mention' AND m.platform = f.platform AND m.native_id = f.subject_id
        WHERE list_contains($kinds, f.kind)
          AND coalesce(m.published_at, f.first_detected_at) >= $since
          AND coalesce(m.published_at, f.first_detected_at) < $until
        ORDER BY coalesce(m.published_at, f.first_detected_at), f.finding_id
        """,
        {"kinds": list(kinds), "since": window.since, "until": window.until},
    )


@dataclass(frozen=True, slots=True)
class CaseSummary:
    """Open cases by kind and age (as at the report's generation), and this week's case flow."""

    rows: tuple[CaseRow, ...]
    opened: int
    resolved: int | None

    @property
    def open_total(self) -> int:
        """Cases open or acknowledged now."""
        return sum(row.total for row in self.rows)


@dataclass(frozen=True, slots=True)
class TakedownSummary:
    """Takedown requests to date by platform and status, and what changed this week."""

    rows: tuple[TakedownRow, ...]
    this_week: dict[str, int] | None

    @property
    def totals(self) -> tuple[int, ...]:
        """Requests to date per status, in TAKEDOWN_STATUSES order."""
        return tuple(sum(row.counts[i] for row in self.rows) for i in range(len(TAKEDOWN_STATUSES)))


def _cases(store: Store, window: Window, now: datetime) -> CaseSummary | None:
    columns = _table_columns(store, "cases")
    if not {"kind", "status", "opened_at"} <= columns:
        return None
    bounds = {"since": window.since, "until": window.until}
    rows = store.fetch_dicts(
        "SELECT kind, status, opened_at FROM cases WHERE list_contains($statuses, status)",
        {"statuses": list(OPEN_CASE_STATUSES)},
    )
    opened = store.fetch_dicts(
        "SELECT count(*) AS n FROM cases WHERE opened_at >= $since AND opened_at < $until", bounds
    )
    resolved = None
    if "resolved_at" in columns:
        resolved = int(
            store.fetch_dicts(
                "SELECT count(*) AS n FROM cases WHERE status = 'resolved' "
                "AND resolved_at >= $since AND resolved_at < $until",
                bounds,
            )[0]["n"]
        )
    by_kind: dict[str, dict[str, Any]] = {}
    for row in rows:
        entry = by_kind.setdefault(
            row["kind"], {"open": 0, "acknowledged": 0, "ages": [0] * len(AGE_BUCKETS), "oldest": 0}
        )
        entry[row["status"]] += 1
        age_days = max(0, (now - row["opened_at"]).days)
        entry["ages"][0 if age_days < 2 else 1 if age_days <= 7 else 2] += 1
        entry["oldest"] = max(entry["oldest"], age_days)
    return CaseSummary(
        rows=tuple(
            CaseRow(
                kind=kind,
                label=KIND_LABELS.get(kind, kind.replace("_", " ").capitalize()),
                open=entry["open"],
                acknowledged=entry["acknowledged"],
                ages=tuple(entry["ages"]),
                oldest_days=entry["oldest"],
            )
            # Safeguarding and patient data first: they are the ones that cannot wait.
            for kind, entry in sorted(
                by_kind.items(),
                key=lambda item: (item[0] not in INCIDENT_KINDS, -(item[1]["open"] + item[1]["acknowledged"]), item[0]),
            )
        ),
        opened=int(opened[0]["n"]),
        resolved=resolved,
    )


_SUBJECT_POST = (
    "LEFT JOIN collected_mentions AS m "
    "ON f.subject_type = 'mention' AND m.platform = f.platform AND m.native_id = f.subject_id"
)


def _incidents_open(store: Store, window: Window) -> int | None:
    """Of this week's safeguarding and patient-identifier findings, how many have a case still open."""
    if not {"finding_id", "status"} <= _table_columns(store, "cases"):
        return None
    return int(
        store.fetch_dicts(
            f"SELECT count(*) AS n FROM findings AS f JOIN cases AS c USING (finding_id) {_SUBJECT_POST} "
            "WHERE list_contains($kinds, f.kind) AND coalesce(m.published_at, f.first_detected_at) >= $since "
            "AND coalesce(m.published_at, f.first_detected_at) < $until AND c.status <> 'resolved'",
            {"kinds": list(INCIDENT_KINDS), "since": window.since, "until": window.until},
        )[0]["n"]
    )


def _takedowns(store: Store, window: Window) -> TakedownSummary | None:
    columns = _table_columns(store, "takedowns")
    if not {"status", "platform"} <= columns:
        return None
    rows = store.fetch_dicts("SELECT platform, status, count(*) AS n FROM takedowns GROUP BY ALL")
    counts: dict[str, list[int]] = defaultdict(lambda: [0] * len(TAKEDOWN_STATUSES))
    for row in rows:
        if row["status"] in TAKEDOWN_STATUSES:
            counts[row["platform"]][TAKEDOWN_STATUSES.index(row["status"])] += int(row["n"])
    this_week = None
    if {"requested_at", "decided_at"} <= columns:
        # A request counts in the week it was sent; an outcome in the week the platform decided.
        found = store.fetch_dicts(
            """
            SELECT count(*) FILTER (WHERE requested_at >= $since AND requested_at < $until) AS requested,
                   count(*) FILTER (WHERE status = 'removed' AND decided_at >= $since AND decided_at < $until)
                       AS removed,
                   count(*) FILTER (WHERE status = 'refused' AND decided_at >= $since AND decided_at < $until)
                       AS refused,
                   count(*) FILTER (WHERE status = 'expired' AND decided_at >= $since AND decided_at < $until)
                       AS expired
            FROM takedowns
            """,
            {"since": window.since, "until": window.until},
        )[0]
        this_week = {status: int(count) for status, count in found.items()}
    return TakedownSummary(
        rows=tuple(
            TakedownRow(platform=platform_name(platform), counts=tuple(values))
            for platform, values in sorted(counts.items(), key=lambda item: (-sum(item[1]), item[0]))
        ),
        this_week=this_week,
    )


def _source_health(store: Store, window: Window) -> tuple[SourceHealth, ...]:
    rows = store.fetch_dicts(
        """
        SELECT s.source, count(*) AS runs,
               count(*) FILTER (WHERE s.status <> 'complete') AS failures,
               sum(s.mentions) AS mentions,
               arg_max(s.status, s.finished_at) FILTER (WHERE s.status <> 'complete') AS last_failure
        FROM run_sources AS s JOIN runs AS r USING (run_id)
        WHERE r.started_at >= $since AND r.started_at < $until
        GROUP BY s.source
        ORDER BY failures DESC, s.source
        """,
        {"since": window.since, "until": window.until},
    )
    return tuple(
        SourceHealth(
            source=source_label(row["source"]),
            runs=int(row["runs"]),
            failures=int(row["failures"]),
            mentions=int(row["mentions"] or 0),
            last_failure=FAILURE_LABELS.get(row["last_failure"], row["last_failure"]) if row["last_failure"] else None,
        )
        for row in rows
    )


def _percent(share: float | None) -> str:
    return "n/a" if share is None else f"{share:.0%}"


def _key_points(report: WeeklyReport) -> tuple[str, ...]:
    headline = report.headline
    points = []
    change = headline.change
    if change is None:
        trend = "(none the week before)" if headline.mentions else ""
    elif abs(change) < 0.005:
        trend = "the same as the week before"
    else:
        trend = f"{'up' if change > 0 else 'down'} {abs(change):.0%} on the week before ({headline.previous_mentions})"
    points.append(f"{headline.mentions} mentions across {sum(1 for s in report.volume if s.total)} sources, {trend}.")
    if headline.mentions:
        totals = [sum(source.daily[i] for source in report.volume) for i in range(len(report.days))]
        busiest = max(range(len(totals)), key=lambda i: (totals[i], -i))
        leader = max(report.volume, key=lambda source: source.daily[busiest])
        points.append(
            f"Busiest day: {long_day(report.days[busiest]).rsplit(' ', 1)[0]}, {totals[busiest]} mentions "
            f"({leader.daily[busiest]} from {leader.label})."
        )
    if headline.negative_share is not None:
        sentence = f"{headline.negative_share:.0%} of mentions were negative"
        if headline.previous_negative_share is not None:
            delta = round((headline.negative_share - headline.previous_negative_share) * 100)
            sentence += (
                f", {abs(delta)} points {'higher' if delta > 0 else 'lower'} than the week before"
                if delta
                else ", as the week before"
            )
        sentence += "."
        if report.themes:
            sentence += " Words that stood out in them: " + ", ".join(f"“{t.term}”" for t in report.themes[:3]) + "."
        points.append(sentence)
    if headline.staff_praise:
        points.append(
            f"{headline.staff_praise} {'post' if headline.staff_praise == 1 else 'posts'} praised named staff."
        )
    if headline.incidents:
        open_note = f" ({headline.incidents_open} still open)" if headline.incidents_open else ""
        points.append(
            f"{headline.incidents} safeguarding or patient-identifier "
            f"{'incident' if headline.incidents == 1 else 'incidents'} handled{open_note}."
        )
    failing = [source.source for source in report.source_health if source.failures]
    if failing:
        points.append(
            f"Collection problems this week: {', '.join(failing)}. Figures for "
            f"{'that source' if len(failing) == 1 else 'those sources'} may be incomplete."
        )
    return tuple(points)


def build_report(
    store: Store,
    settings: Settings,
    week_ending: date,
    *,
    staff_directory: StaffDirectory | None = None,
    now: datetime | None = None,
) -> WeeklyReport:
    """Compute the weekly report for the Monday-Sunday week ending on `week_ending` (London days).

    Cases and takedowns are read when their tables exist; otherwise those sections say there are
    none yet. Staff are named by their directory display name when `staff_directory` is given, else
    by the words the post used.
    """
    now = now or utc_now()
    if now.utcoffset() is None:
        raise ValueError("now: must be timezone-aware")
    window = week_window(week_ending)
    previous = Window(since=window.since - timedelta(days=7), until=window.since)
    days = tuple(week_ending - timedelta(days=6 - offset) for offset in range(7))
    pattern = settings.privacy.hospital_number_pattern

    volume = _volume(store, window, days)
    sentiment = _sentiment(store, window, days)
    previous_split = store.fetch_dicts(
        f"SELECT count(*) FILTER (WHERE sentiment = 'negative') AS negative, count(sentiment) AS classified "
        f"FROM mentions WHERE {_IN_WINDOW}",
        {"since": previous.since, "until": previous.until},
    )[0]
    negative = sum(day.negative for day in sentiment)
    classified = sum(day.classified for day in sentiment)
    # A finding belongs to the week its post was published (so a backfilled week counts its own
    # alerts); findings about accounts and sources belong to the week they were first detected.
    alerts_raised = store.fetch_dicts(
        f"SELECT count(*) AS n FROM alerts AS a JOIN findings AS f USING (finding_id) {_SUBJECT_POST} "
        "WHERE coalesce(m.published_at, a.created_at) >= $since AND coalesce(m.published_at, a.created_at) < $until",
        {"since": window.since, "until": window.until},
    )[0]["n"]
    incidents = store.fetch_dicts(
        f"SELECT count(*) AS n FROM findings AS f {_SUBJECT_POST} WHERE list_contains($kinds, f.kind) "
        "AND coalesce(m.published_at, f.first_detected_at) >= $since "
        "AND coalesce(m.published_at, f.first_detected_at) < $until",
        {"kinds": list(INCIDENT_KINDS), "since": window.since, "until": window.until},
    )[0]["n"]
    cases = _cases(store, window, now)

    staff_rows = _findings_in_window(store, window, ("staff_praise", "staff_named"))
    praise_rows = [row for row in staff_rows if row["finding_kind"] == "staff_praise"]
    praise = tuple(
        _quote(row, pattern, _staff_names(_evidence(row["evidence"]), staff_directory))
        for row in praise_rows
        if row.get("text")
    )[:MAX_PRAISE_QUOTES]

    negative_rows = store.fetch_dicts(
        f"SELECT * FROM mentions WHERE sentiment = 'negative' AND {_IN_WINDOW} "
        "ORDER BY negative DESC, published_at, native_id LIMIT $limit",
        # Reposts and copied reviews repeat the same words: fetch extra so the list still has five.
        {"since": window.since, "until": window.until, "limit": TOP_NEGATIVE_MENTIONS * 4},
    )
    trust = settings.trust
    excluded = [*trust.names, *(handle for handles in trust.official_handles.values() for handle in handles)]

    report = WeeklyReport(
        trust_name=trust.name,
        week_ending=week_ending,
        window=window,
        generated_at=now,
        team_inbox=settings.alerts.team_inbox,
        headline=Headline(
            mentions=sum(source.total for source in volume),
            previous_mentions=sum(source.previous_total for source in volume),
            negative_share=negative / classified if classified else None,
            previous_negative_share=(
                previous_split["negative"] / previous_split["classified"] if previous_split["classified"] else None
            ),
            alerts_raised=int(alerts_raised),
            incidents=int(incidents),
            incidents_open=_incidents_open(store, window),
            staff_praise=len(praise_rows),
            staff_named=sum(1 for row in staff_rows if row["finding_kind"] == "staff_named"),
        ),
        days=days,
        volume=volume,
        sentiment=sentiment,
        themes=tuple(_themes(store, window, excluded, pattern)),
        negative_mentions=_distinct_quotes([_quote(row, pattern) for row in negative_rows], TOP_NEGATIVE_MENTIONS),
        praise=praise,
        cases=cases,
        takedowns=_takedowns(store, window),
        source_health=_source_health(store, window),
    )
    return WeeklyReport(**{**report.__dict__, "key_points": _key_points(report)})


def _nice_ceiling(value: float) -> tuple[float, float]:
    """An axis maximum and gridline step for values up to `value` (steps of 1, 2 or 5 x 10^n)."""
    if value <= 0:
        return 4.0, 1.0
    raw_step = value / 4
    magnitude = 10 ** math.floor(math.log10(raw_step))
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw_step)
    step = max(step, 1.0)
    return math.ceil(value / step) * step, step


def _number(value: float) -> str:
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"


def volume_chart_svg(report: WeeklyReport) -> Markup:
    """Stacked bars: mentions per London day, one colour per source, the day's total on top."""
    # A narrow canvas with large type: on a phone the chart shrinks to about 60%, and its labels
    # must still be readable there.
    width, height = 560, 300
    left, right, top, bottom = 40, 4, 28, 56
    plot_width, plot_height = width - left - right, height - top - bottom
    charted = [source for source in report.volume if source.total][:MAX_SOURCES_CHARTED]
    rest = [source for source in report.volume if source.total][MAX_SOURCES_CHARTED:]
    series = [(source.label, source.colour, source.daily) for source in charted]
    if rest:
        other = tuple(sum(source.daily[i] for source in rest) for i in range(len(report.days)))
        series.append(("Other sources", OTHER_COLOUR, other))
    totals = [sum(values[i] for _label, _colour, values in series) for i in range(len(report.days))]
    maximum, step = _nice_ceiling(max(totals, default=0))
    slot = plot_width / len(report.days)
    bar = slot * 0.62

    def y(value: float) -> float:
        return top + plot_height - value / maximum * plot_height

    busiest = max(range(len(totals)), key=lambda i: (totals[i], -i)) if totals else 0
    description = (
        f"Mentions per day from {short_day(report.days[0])} to {short_day(report.days[-1])}: "
        + ", ".join(f"{short_day(day)} {total}" for day, total in zip(report.days, totals, strict=True))
        + (f". Busiest day {short_day(report.days[busiest])}." if any(totals) else ".")
    )
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" role="img" '
        f'aria-labelledby="volume-title volume-desc" style="max-width:620px; height:auto; display:block;" '
        'font-family="Arial, Helvetica, sans-serif">',
        '<title id="volume-title">Mentions per day by source</title>',
        f'<desc id="volume-desc">{escape(description)}</desc>',
    ]
    gridline = 0.0
    while gridline <= maximum + 1e-9:
        parts.append(
            f'<line x1="{left}" x2="{width - right}" y1="{y(gridline):.1f}" y2="{y(gridline):.1f}" '
            f'stroke="{"#aeb7bd" if gridline == 0 else NHS_PALE_GREY}" stroke-width="1"/>'
            f'<text x="{left - 8}" y="{y(gridline) + 5:.1f}" text-anchor="end" font-size="15" '
            f'fill="{NHS_GREY}">{_number(gridline)}</text>'
        )
        gridline += step
    for index, day in enumerate(report.days):
        x = left + index * slot + (slot - bar) / 2
        base = 0
        for label, colour, values in series:
            value = values[index]
            if value:
                parts.append(
                    f'<rect x="{x:.1f}" y="{y(base + value):.1f}" width="{bar:.1f}" '
                    f'height="{y(base) - y(base + value):.1f}" fill="{colour}">'
                    f"<title>{escape(label)}, {escape(short_day(day))}: {value}</title></rect>"
                )
                base += value
        centre = x + bar / 2
        weight = ' font-weight="bold"' if index == busiest and totals[index] else ""
        parts.append(
            f'<text x="{centre:.1f}" y="{y(totals[index]) - 7:.1f}" text-anchor="middle" font-size="17"'
            f'{weight} fill="{TEXT_COLOUR}">{totals[index]}</text>'
            f'<text x="{centre:.1f}" y="{height - bottom + 23}" text-anchor="middle" font-size="17" '
            f'fill="{TEXT_COLOUR}">{day:%a}</text>'
            f'<text x="{centre:.1f}" y="{height - bottom + 45}" text-anchor="middle" font-size="15" '
            f'fill="{NHS_GREY}">{day.day} {day:%b}</text>'
        )
    parts.append("</svg>")
    # Safe: every text above is a number, a fixed string or passed through escape().
    return Markup("".join(parts))  # noqa: S704


def _spread_labels(positions: list[float], gap: float, low: float, high: float) -> list[float]:
    """Move label positions apart by at least `gap`, keeping their order and the bounds."""
    order = sorted(range(len(positions)), key=lambda i: positions[i])
    placed = [positions[i] for i in order]
    for i in range(1, len(placed)):
        placed[i] = max(placed[i], placed[i - 1] + gap)
    overflow = placed[-1] - high if placed else 0
    if overflow > 0:
        placed = [p - overflow for p in placed]
        for i in range(len(placed) - 2, -1, -1):
            placed[i] = min(placed[i], placed[i + 1] - gap)
    placed = [max(p, low) for p in placed]
    result = [0.0] * len(positions)
    for rank, original in enumerate(order):
        result[original] = placed[rank]
    return result


def sentiment_chart_svg(report: WeeklyReport) -> Markup:
    """Lines: each day's share of negative, neutral and positive mentions, labelled at their ends."""
    width, height = 560, 290
    left, right, top, bottom = 48, 124, 16, 56
    plot_width, plot_height = width - left - right, height - top - bottom
    slot = plot_width / len(report.days)

    def x(index: int) -> float:
        return left + slot * (index + 0.5)

    def y(share: float) -> float:
        return top + plot_height - share * plot_height

    week = {
        label: (sum(getattr(day, label) for day in report.sentiment) / classified if classified else None)
        for label in SENTIMENT_COLOURS
        for classified in [sum(day.classified for day in report.sentiment)]
    }
    description = "Daily share of mentions by sentiment. " + "; ".join(
        f"{short_day(day.day)}: "
        + (
            ", ".join(f"{_percent(day.share(label))} {label}" for label in SENTIMENT_COLOURS)
            if day.classified
            else "no classified mentions"
        )
        for day in report.sentiment
    )
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" role="img" '
        f'aria-labelledby="sentiment-title sentiment-desc" style="max-width:620px; height:auto; display:block;" '
        'font-family="Arial, Helvetica, sans-serif">',
        '<title id="sentiment-title">Sentiment by day, share of mentions</title>',
        f'<desc id="sentiment-desc">{escape(description)}</desc>',
    ]
    for gridline in (0.0, 0.25, 0.5, 0.75, 1.0):
        parts.append(
            f'<line x1="{left}" x2="{width - right + 8}" y1="{y(gridline):.1f}" y2="{y(gridline):.1f}" '
            f'stroke="{"#aeb7bd" if gridline == 0 else NHS_PALE_GREY}" stroke-width="1"/>'
            f'<text x="{left - 8}" y="{y(gridline) + 5:.1f}" text-anchor="end" font-size="15" '
            f'fill="{NHS_GREY}">{gridline:.0%}</text>'
        )
    ends: list[tuple[str, float, int]] = []
    for label, colour in SENTIMENT_COLOURS.items():
        dash = ' stroke-dasharray="6 4"' if label == "neutral" else ""
        segment: list[str] = []
        segments: list[list[str]] = []
        last: tuple[int, float] | None = None
        for index, day in enumerate(report.sentiment):
            share = day.share(label)
            if share is None:
                if segment:
                    segments.append(segment)
                segment = []
                continue
            segment.append(f"{x(index):.1f},{y(share):.1f}")
            last = (index, share)
            parts.append(
                f'<circle cx="{x(index):.1f}" cy="{y(share):.1f}" r="4" fill="{colour}">'
                f"<title>{escape(short_day(day.day))}: {share:.0%} {label} ({getattr(day, label)} of "
                f"{day.classified})</title></circle>"
            )
        if segment:
            segments.append(segment)
        for points in segments:
            if len(points) > 1:
                parts.append(
                    f'<polyline points="{" ".join(points)}" fill="none" stroke="{colour}" stroke-width="3"'
                    f'{dash} stroke-linejoin="round"/>'
                )
        if last is not None:
            ends.append((label, y(last[1]), last[0]))
    label_positions = _spread_labels([end[1] for end in ends], 21, top + 6, top + plot_height)
    for (label, _y, _index), position in zip(ends, label_positions, strict=True):
        parts.append(
            f'<text x="{width - right + 14}" y="{position + 6:.1f}" font-size="16" font-weight="bold" '
            f'fill="{SENTIMENT_COLOURS[label]}">{label.capitalize()}'
            f'<tspan font-weight="normal" fill="{NHS_GREY}"> {_percent(week[label])}</tspan></text>'
        )
    for index, weekday in enumerate(report.days):
        parts.append(
            f'<text x="{x(index):.1f}" y="{height - bottom + 23}" text-anchor="middle" font-size="17" '
            f'fill="{TEXT_COLOUR}">{weekday:%a}</text>'
            f'<text x="{x(index):.1f}" y="{height - bottom + 44}" text-anchor="middle" font-size="13" '
            f'fill="{NHS_GREY}">{weekday.day} {weekday:%b}</text>'
        )
    parts.append("</svg>")
    # Safe: every text above is a number, a fixed string or passed through escape().
    return Markup("".join(parts))  # noqa: S704


def _signed_percent(change: float | None) -> str:
    if change is None:
        return "no mentions the week before"
    if abs(change) < 0.005:
        return "same as the week before"
    arrow = "▲" if change > 0 else "▼"
    return f"{arrow} {abs(change):.0%} on the week before"


def _points_change(current: float | None, previous: float | None) -> str:
    if current is None or previous is None:
        return "no classified mentions the week before" if current is not None else ""
    delta = round((current - previous) * 100)
    if not delta:
        return "same as the week before"
    return f"{'▲' if delta > 0 else '▼'} {abs(delta)} points on the week before"


_ENVIRONMENT = template_environment(
    FileSystemLoader(TEMPLATES_DIR), percent=_percent, short_day=short_day, long_day=long_day
)


def _context(report: WeeklyReport) -> dict[str, Any]:
    headline = report.headline
    daily_totals = [sum(source.daily[i] for source in report.volume) for i in range(len(report.days))]
    theme_maximum = max((theme.negative_mentions for theme in report.themes), default=1)
    takedown_totals = report.takedowns.totals if report.takedowns else (0,) * len(TAKEDOWN_STATUSES)
    return {
        "report": report,
        "headline": headline,
        "title": report.title,
        "subject": report_subject(report, "[TrustWatch]"),
        "period": f"{report.days[0]:%A} {report.days[0].day} {report.days[0]:%B} to {long_day(report.week_ending)}",
        "generated": format_time(report.generated_at)[0],
        "mentions_change": _signed_percent(headline.change),
        "negative_change": _points_change(headline.negative_share, headline.previous_negative_share),
        "volume_chart": volume_chart_svg(report),
        "sentiment_chart": sentiment_chart_svg(report),
        "daily_totals": daily_totals,
        "theme_maximum": theme_maximum,
        "age_buckets": AGE_BUCKETS,
        "prior_weeks": THEME_PRIOR_WEEKS,
        "takedown_statuses": TAKEDOWN_STATUSES,
        "takedown_colours": TAKEDOWN_COLOURS,
        "takedown_totals": takedown_totals,
        "takedown_total": sum(takedown_totals),
        "sentiment_colours": SENTIMENT_COLOURS,
        "source_changes": {source.source: _source_change(source) for source in report.volume},
    }


def _source_change(source: SourceVolume) -> str:
    if not source.previous_total:
        return "new" if source.total else "\N{EN DASH}"
    change = (source.total - source.previous_total) / source.previous_total
    if abs(change) < 0.005:
        return "0%"
    sign = "+" if change > 0 else "\N{MINUS SIGN}"
    return f"{sign}{abs(change):.0%}"


def report_subject(report: WeeklyReport, prefix: str) -> str:
    """The email subject: the week and its two headline figures."""
    headline = report.headline
    figures = f"{headline.mentions} {'mention' if headline.mentions == 1 else 'mentions'}"
    if headline.negative_share is not None:
        figures += f", {headline.negative_share:.0%} negative"
    return f"{prefix} Weekly report, week ending {short_day(report.week_ending)} {report.week_ending:%Y}: {figures}"


def render_html(report: WeeklyReport) -> str:
    """The report as one self-contained HTML page (inline CSS and SVG; nothing loaded from elsewhere)."""
    return _ENVIRONMENT.get_template("report.html.j2").render(_context(report))


def render_text(report: WeeklyReport) -> str:
    """The report as plain text: the email's text part, for clients that show no HTML."""
    return _ENVIRONMENT.get_template("report.txt.j2").render(_context(report))


def write_report(html: str, directory: Path, week_ending: date) -> Path:
    """Write the HTML atomically and owner-only (it quotes posts) as `trustwatch-week-<date>.html`."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / report_filename(week_ending)
    descriptor, temporary = tempfile.mkstemp(dir=directory, prefix=".", suffix=".html.tmp")
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(html)
            handle.flush()
            os.fsync(handle.fileno())
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def compose_report_email(
    report: WeeklyReport,
    settings: Settings,
    *,
    html: str | None = None,
    text: str | None = None,
    recipients: Sequence[str] | None = None,
    message_id: str | None = None,
    sent_at: datetime | None = None,
) -> EmailMessage:
    """The weekly report as an email: text and HTML alternatives, plus the HTML page as an attachment.

    The attachment is what survives forwarding and opens with the charts in any browser (Outlook's
    own renderer drops inline SVG from the body). The same conventions as alert digests: Message-ID
    on the sender's domain, Auto-Submitted so out-of-office replies stay away, everything from posts
    redacted (when the report was built) and escaped (by the template).
    """
    alerts = settings.alerts
    sender = from_address(alerts.sender)
    sent_at = sending_time(sent_at)
    html = html if html is not None else render_html(report)
    message = compose_email(
        sender,
        subject=report_subject(report, alerts.subject_prefix),
        recipients=recipients or [alerts.team_inbox],
        text=text if text is not None else render_text(report),
        html=html,
        sent_at=sent_at,
        message_id=message_id,
    )
    # Declared utf-8 as well as in the page's <meta>, so a client previewing the attachment never
    # guesses the encoding and garbles the curly quotes and names with accents.
    message.add_attachment(
        html,
        subtype="html",
        charset="utf-8",
        cte="base64",
        disposition="attachment",
        filename=report_filename(report.week_ending),
    )
    return message
