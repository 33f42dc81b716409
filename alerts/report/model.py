"""What the weekly report shows, computed from the store for one Monday-Sunday week."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from alerts.email import LONDON, format_time, platform_name, safe_link
from alerts.report.palette import MAX_SOURCES_CHARTED, OTHER_COLOUR, SOURCE_COLOURS
from alerts.report.themes import THEME_PRIOR_WEEKS, Theme, frequent_negative_terms
from classifiers.pii import redact
from classifiers.staff.directory import StaffDirectory
from storage import reports as queries
from storage.store import Store
from trustwatch.records import Window, utc_now
from trustwatch.settings import Settings

TOP_NEGATIVE_MENTIONS = 5
MAX_PRAISE_QUOTES = 10
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


def _volume(store: Store, window: Window, days: Sequence[date]) -> tuple[SourceVolume, ...]:
    rows = queries.volume_by_source_and_day(store, window)
    previous = queries.volume_by_source(store, Window(since=window.since - timedelta(days=7), until=window.since))
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
    rows = {row["day"]: row for row in queries.sentiment_by_day(store, window)}
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
    rows = queries.theme_texts(store, window, THEME_PRIOR_WEEKS)

    def clean(text: str) -> str:
        # Redacted first: a theme must never be a fragment of someone's NHS number or postcode.
        return redact(text, hospital_number_pattern=hospital_number_pattern)

    negative = [clean(row["text"]) for row in rows if row["this_week"] and row["sentiment"] == "negative"]
    other = [clean(row["text"]) for row in rows if row["this_week"] and row["sentiment"] != "negative"]
    background = [clean(row["text"]) for row in rows if not row["this_week"]]
    return frequent_negative_terms(negative, other, background, excluded=excluded)


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
    columns = queries.table_columns(store, "cases")
    if not {"kind", "status", "opened_at"} <= columns:
        return None
    rows = queries.cases_with_status(store, OPEN_CASE_STATUSES)
    resolved = queries.cases_resolved(store, window) if "resolved_at" in columns else None
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
        opened=queries.cases_opened(store, window),
        resolved=resolved,
    )


def _incidents_open(store: Store, window: Window) -> int | None:
    """Of this week's safeguarding and patient-identifier findings, how many have a case still open."""
    if not {"finding_id", "status"} <= queries.table_columns(store, "cases"):
        return None
    return queries.findings_with_case_open(store, window, INCIDENT_KINDS)


def _takedowns(store: Store, window: Window) -> TakedownSummary | None:
    columns = queries.table_columns(store, "takedowns")
    if not {"status", "platform"} <= columns:
        return None
    rows = queries.takedowns_by_platform_and_status(store)
    counts: dict[str, list[int]] = defaultdict(lambda: [0] * len(TAKEDOWN_STATUSES))
    for row in rows:
        if row["status"] in TAKEDOWN_STATUSES:
            counts[row["platform"]][TAKEDOWN_STATUSES.index(row["status"])] += int(row["n"])
    # A request counts in the week it was sent; an outcome in the week the platform decided.
    this_week = queries.takedown_changes(store, window) if {"requested_at", "decided_at"} <= columns else None
    return TakedownSummary(
        rows=tuple(
            TakedownRow(platform=platform_name(platform), counts=tuple(values))
            for platform, values in sorted(counts.items(), key=lambda item: (-sum(item[1]), item[0]))
        ),
        this_week=this_week,
    )


def _source_health(store: Store, window: Window) -> tuple[SourceHealth, ...]:
    rows = queries.source_runs(store, window)
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


def percent(share: float | None) -> str:
    """A share as a whole percentage, or "n/a" when there is none."""
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
    previous_negative, previous_classified = queries.negative_split(store, previous)
    negative = sum(day.negative for day in sentiment)
    classified = sum(day.classified for day in sentiment)
    alerts_raised = queries.alerts_raised(store, window)
    incidents = queries.findings_counted(store, window, INCIDENT_KINDS)
    cases = _cases(store, window, now)

    staff_rows = queries.findings_in_window(store, window, ("staff_praise", "staff_named"))
    praise_rows = [row for row in staff_rows if row["finding_kind"] == "staff_praise"]
    praise = tuple(
        _quote(row, pattern, _staff_names(_evidence(row["evidence"]), staff_directory))
        for row in praise_rows
        if row.get("text")
    )[:MAX_PRAISE_QUOTES]

    # Reposts and copied reviews repeat the same words: fetch extra so the list still has five.
    negative_rows = queries.most_negative_mentions(store, window, TOP_NEGATIVE_MENTIONS * 4)
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
            previous_negative_share=previous_negative / previous_classified if previous_classified else None,
            alerts_raised=alerts_raised,
            incidents=incidents,
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
