"""Acting on posts that name staff: takedown drafts for the harmful ones, a praise digest for managers.

A negative, abusive or patient-identifying post naming a member of staff gets a takedown draft: the
platform's report route for a post that names someone, the reason "names a member of staff", and an
evidence pack whose copy of the post has every staff name replaced by "[staff name]"; the only place
the pack says who was named is its `staff_ids` list, so the pack can be attached to a report or
forwarded without repeating the colleague's name. Nothing is submitted automatically.

The report routes come from the platforms' public help and policy pages as found when this was
written (the NHS website's reviews policy and "Report this review" link, Care Opinion's moderation
principles, Google's Business Profile review reporting and Maps content policy, X's abuse reporting
and private-information rules, Reddit's content policy, Bluesky's in-app reporting). They were read
from search results, not submitted to: each route says "from public help pages, confirm before use".

Positive posts naming staff are collected once a week into one email per line manager, listing the
posts that praise their team, with a line asking them to pass it on. Staff without a line manager in
the directory appear only in the weekly report's praise section for the comms team.
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup
from jinja2 import DictLoader

from alerts.email import (
    compose_email,
    format_time,
    format_window,
    from_address,
    platform_name,
    safe_link,
    sending_time,
    template_environment,
)
from alerts.takedown import ReportRoute, report_routes
from classifiers.pii import redact
from classifiers.staff.directory import StaffDirectory, StaffMember
from classifiers.staff.names import COMMON_WORD_NAMES, TITLE_WORDS
from storage.store import Store
from trustwatch.records import Finding, Mention, Window, stable_id
from trustwatch.settings import Settings, TrustProfile

STAFF_NAME_MARKER = "[staff name]"
REPORT_REASON = "names a member of staff"
ROUTES_CHECKED = "from public help pages, confirm before use"
PRAISE_EXCERPT_CHARACTERS = 600
# A praised name that fits more colleagues than this goes to the weekly report, not to their managers.
MAX_PRAISE_CANDIDATES = 3


_STAFF_ROUTES: dict[str, dict[str, Any]] = {
    "nhs_website": {
        "how": (
            'Select "Report this review" under the review on the service\'s "Ratings and reviews" page. The Trust\'s '
            'NHS Profile Manager account can also "report as unsuitable", which hides the review at once and alerts '
            "the moderators."
        ),
        "choose": "it identifies a member of staff by name",
        "rule": (
            "The NHS website's reviews policy asks reviewers to respect the anonymity of staff by not mentioning "
            "their names or anything that may identify them, and its moderation rejects reviews that identify "
            "another person."
        ),
        "form_url": "https://www.nhs.uk/about-us/managing-patient-feedback/",
        "policy_url": "https://www.nhs.uk/aboutNHSChoices/aboutnhschoices/termsandconditions/Pages/commentspolicy.aspx",
    },
    "care_opinion": {
        "how": (
            "Contact Care Opinion's moderation team (the contact details are on the site's Contact page, or through "
            "the Trust's Care Opinion subscriber account) with the story's link, and ask them to re-moderate it."
        ),
        "choose": "the story identifies a member of staff",
        "rule": (
            "Care Opinion's moderation principles remove details that identify individuals, including a staff "
            "member named in a critical posting, and aim to treat staff legally and fairly."
        ),
        "form_url": "https://www.careopinion.org.uk/info/moderation-providers",
        "policy_url": "https://www.careopinion.org.uk/info/moderation",
    },
    "google_reviews": {
        "how": (
            "Signed in as a manager of the Trust's Business Profile: Read reviews, select Report next to the review "
            "(or use the Reviews Management Tool); from Google Maps, More then Report review."
        ),
        "choose": '"Personal information", or "Bullying or harassment" when it attacks the colleague',
        "rule": (
            "Google's Maps content policy does not allow posting a living identifiable person's personal "
            "information, such as their full or last name, without consent, nor personal attacks."
        ),
        "form_url": "https://support.google.com/business/answer/4596773",
        "policy_url": "https://support.google.com/contributionpolicy/answer/7400114",
    },
    "x": {
        "how": (
            "On the post: the more icon, Report, then 'Someone else or a specific group of people'. Posts "
            "sharing the colleague's private details (address, phone) are reported under X's private-information "
            "rules, which X accepts only from the person named or someone authorised to act for them."
        ),
        "choose": "abuse or harassment of a specific person (private information if it shares their private details)",
        "rule": (
            "The X Rules prohibit targeted harassment of a person and posting another person's private information."
        ),
        "form_url": "https://help.x.com/en/safety-and-security/report-abusive-behavior",
        "policy_url": "https://help.x.com/en/rules-and-policies/abusive-behavior",
    },
    "reddit": {
        "how": "On the post or comment: the ⋯ menu (or the flag), Report, then the reason; or reddit.com/report.",
        "choose": '"Harassment", or "Sharing personal information" when it gives the colleague\'s details',
        "rule": (
            "Reddit's Content Policy (Rules 1 and 3) prohibits harassment and sharing someone's personal or "
            "confidential information."
        ),
        "form_url": "https://www.reddit.com/report",
        "policy_url": "https://www.redditinc.com/policies/content-policy",
    },
    "bluesky": {
        "how": "On the post: the ⋯ menu, Report post, then the reason and a short note.",
        "choose": '"Harassment" (or the privacy / personal-information option if it shares their details)',
        "rule": "Bluesky's Community Guidelines prohibit harassment and sharing someone's private information.",
        "form_url": "https://bsky.social/about/support/community-guidelines",
        "policy_url": "https://bsky.social/about/support/community-guidelines",
    },
}

STAFF_REPORT_ROUTES = report_routes(ROUTES_CHECKED, _STAFF_ROUTES)

_REASON_WORDS = {
    "negative": "criticises them by name",
    "abusive": "is abusive towards them",
    "identifying": "also contains information that could identify a patient",
}
_KIND_WORDS = {"review": "review", "post": "post", "comment": "comment", "story": "story", "article": "article"}
_TITLE_PREFIX_WORDS = frozenset({*TITLE_WORDS, "staff", "charge", "ward", "student", "senior", "junior", "head"})
# A Reddit permalink's slug is the post title, which may carry the name; Reddit ignores the slug.
_REDDIT_SLUG = re.compile(r"^(/r/[^/]+/comments/[^/]+/)([^/]+)(/.*)?$")


@dataclass(frozen=True)
class StaffTakedownDraft:
    """A ready-to-send report of a post naming staff, for comms to review: nothing is submitted automatically."""

    draft_id: str
    finding_id: str
    platform: str
    post_url: str | None
    report_url: str | None
    route: ReportRoute | None
    what_to_report: str
    report_text: str
    evidence_pack: dict[str, Any] = field(repr=False)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return asdict(self)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _untitled(surface: str) -> str:
    """A written name without the titles in front of it: "Staff Nurse Okafor" → "Okafor"."""
    words = surface.split()
    while len(words) > 1 and words[0].casefold().rstrip(".") in _TITLE_PREFIX_WORDS:
        words.pop(0)
    return " ".join(words)


def staff_name_forms(
    staff_ids: Iterable[str], directory: StaffDirectory | None, surfaces: Iterable[str] = ()
) -> list[str]:
    """Every way the named staff may be written in the post: directory names and the words the post used."""
    forms: set[str] = set()
    members = [directory.get(staff_id) for staff_id in staff_ids] if directory is not None else []
    for member in members:
        if member is None:
            continue
        forms.update(_member_forms(member))
    for surface in surfaces:
        name = _untitled(" ".join(surface.split()))
        if name:
            forms.update({name, *name.split()})
    forms |= {_fold(form) for form in forms}
    return sorted((form for form in forms if len(form) > 1), key=lambda form: (-len(form), form))


def _member_forms(member: StaffMember) -> set[str]:
    parts = list(member.name_parts)
    forms = {member.full_name, member.display_name, member.surname, parts[0]}
    if member.known_as:
        forms |= {member.known_as, f"{member.known_as} {member.surname}"}
    return forms


def _name_pattern(form: str) -> re.Pattern[str]:
    # A name that is also a word ("Hope", "Will", "Grace") is a name only where it is capitalised.
    if " " not in form and form.casefold() in COMMON_WORD_NAMES:
        spellings = f"{re.escape(form[:1].upper() + form[1:].lower())}|{re.escape(form.upper())}"
        return re.compile(rf"(?<![^\W_])(?:{spellings})(?![^\W_])")
    body = r"\s+".join(re.escape(word) for word in form.split())
    return re.compile(rf"(?<![^\W_]){body}(?![^\W_])", re.IGNORECASE)


def _mask(text: str, spans: Iterable[tuple[int, int]], forms: Sequence[str]) -> list[bool]:
    masked = [False] * len(text)
    for start, end in spans:
        for index in range(max(0, start), min(len(text), end)):
            masked[index] = True
    folded = _fold(text)
    # Folding keeps one character per character for Latin names, so offsets stay valid; when it
    # does not (rare scripts), only the unfolded text is searched.
    haystacks = [text] if len(folded) != len(text) or folded == text else [text, folded]
    for form in forms:
        pattern = _name_pattern(form)
        for haystack in haystacks:
            for match in pattern.finditer(haystack):
                for index in range(match.start(), match.end()):
                    masked[index] = True
    return masked


def _apply_mask(text: str, masked: Sequence[bool]) -> str:
    out: list[str] = []
    index = 0
    while index < len(text):
        if not masked[index]:
            out.append(text[index])
            index += 1
            continue
        while index < len(text) and masked[index]:
            index += 1
        out.append(STAFF_NAME_MARKER)
    return "".join(out)


def remove_staff_names(
    title: str | None,
    text: str,
    spans: Iterable[tuple[int, int]],
    forms: Sequence[str],
) -> tuple[str | None, str]:
    """Title and text with each staff name replaced by "[staff name]".

    `spans` are the matcher's offsets into the post as the detectors read it (title, a line break,
    then the text, unless the text repeats the title); `forms` are names to remove wherever they
    appear (see `staff_name_forms`), which also catches a name the matcher did not report twice.
    """
    joined = bool(title) and not text.startswith(title or "")
    offset = len(title or "") + 1 if joined else 0
    span_list = list(spans)
    text_spans = [(start - offset, end - offset) for start, end in span_list if end > offset]
    new_title = title
    if title:
        # Joined or repeated at the start of the text, the title is the first len(title) characters.
        title_spans = [(start, min(end, len(title))) for start, end in span_list if start < len(title)]
        new_title = _apply_mask(title, _mask(title, title_spans, forms))
    return new_title, _apply_mask(text, _mask(text, text_spans, forms))


def nhs_report_link(mention: Mention) -> str | None:
    """The review's own "Report this review" link, as the scraped page carried it (NHS website only)."""
    html = mention.raw.get("html") if isinstance(mention.raw, dict) else None
    if mention.platform != "nhs_website" or not isinstance(html, str) or not mention.url:
        return None
    for anchor in BeautifulSoup(html, "lxml").find_all("a", href=True):
        href = anchor.get("href")
        if isinstance(href, str) and "report" in " ".join(anchor.get_text(" ").split()).casefold():
            link = urljoin(mention.url, href)
            parts = urlsplit(link)
            if parts.scheme == "https" and (parts.hostname or "").endswith("nhs.uk"):
                return link
    return None


def shareable_link(url: str | None, platform: str) -> str | None:
    """The post's link as it may go in a report or pack: a Reddit permalink loses its title slug."""
    if not url:
        return None
    if platform == "reddit":
        parts = urlsplit(url)
        match = _REDDIT_SLUG.match(parts.path)
        if match:
            return parts._replace(path=f"{match.group(1)}_{match.group(3) or '/'}", query="", fragment="").geturl()
    return url


def _kind_word(mention: Mention) -> str:
    return _KIND_WORDS.get(mention.kind, "post")


def _spans(evidence: Mapping[str, Any]) -> list[tuple[int, int]]:
    spans = []
    for match in evidence.get("matches") or []:
        if isinstance(match, Mapping) and isinstance(match.get("start"), int) and isinstance(match.get("end"), int):
            spans.append((int(match["start"]), int(match["end"])))
    return spans


def _post_as_read(mention: Mention) -> str:
    # The detectors' reading of a post: title, a line break, then the text (offsets refer to this).
    title, text = mention.title or "", mention.text
    return f"{title}\n{text}" if title and not text.startswith(title) else text


def staff_takedown_draft(
    mention: Mention,
    finding: Finding,
    trust: TrustProfile,
    *,
    directory: StaffDirectory | None,
    first_seen: datetime,
    now: datetime,
    hospital_number_pattern: str | None = None,
) -> StaffTakedownDraft:
    """A takedown draft for a post that names staff (a `staff_named` finding about `mention`).

    The evidence pack's copy of the post has staff names replaced by "[staff name]" and patient
    identifiers by markers; `staff_ids` is the pack's only record of who was named.
    """
    if finding.kind != "staff_named":
        raise ValueError(f"finding: staff takedown drafts are for staff_named findings, not {finding.kind}")
    if (finding.platform, finding.subject_id) != mention.key:
        raise ValueError(
            f"finding: it is about {finding.platform}/{finding.subject_id}, not the mention "
            f"{mention.platform}/{mention.native_id}"
        )
    evidence = finding.evidence
    staff_ids = sorted({str(staff_id) for staff_id in evidence.get("staff_ids") or []})
    spans = _spans(evidence)
    read = _post_as_read(mention)
    surfaces = [read[start:end] for start, end in spans if 0 <= start < end <= len(read)]
    forms = staff_name_forms(staff_ids, directory, surfaces)

    def clean(value: str) -> str:
        return redact(value, hospital_number_pattern=hospital_number_pattern)

    title, text = remove_staff_names(mention.title, mention.text, spans, forms)
    author_name = None
    if mention.author_name:
        author_name = clean(remove_staff_names(None, mention.author_name, (), forms)[1])
    link = shareable_link(mention.url, mention.platform)
    route = STAFF_REPORT_ROUTES.get(mention.platform)
    report_url = nhs_report_link(mention)
    reasons = [str(reason) for reason in evidence.get("reasons") or []]
    kind = _kind_word(mention)
    where = "the NHS website" if mention.platform == "nhs_website" else platform_name(mention.platform)

    snapshot = {
        "platform": mention.platform,
        "native_id": mention.native_id,
        "source": mention.source,
        "kind": mention.kind,
        "url": link,
        "author_handle": mention.author_handle,
        "author_name": author_name,
        "title": clean(title) if title else None,
        "text": clean(text),
        "language": mention.language,
        "rating": mention.rating,
        "published_at": mention.published_at.isoformat(),
        "in_reply_to": mention.in_reply_to,
    }
    pack = {
        "post_snapshot": snapshot,
        "staff_ids": staff_ids,
        "reason": REPORT_REASON,
        "reasons": reasons,
        "name_matches": [
            {key: match.get(key) for key in ("form", "confidence", "ambiguous")}
            for match in evidence.get("matches") or []
            if isinstance(match, Mapping)
        ],
        "platform_rule": route.rule if route else None,
        "report_route": asdict(route) if route else None,
        "report_url": report_url,
        "finding_id": finding.finding_id,
        "first_seen": first_seen.isoformat(),
        "prepared_at": now.isoformat(),
        "redaction": (
            f"Staff names are replaced by {STAFF_NAME_MARKER} and patient identifiers by markers such as "
            "[NHS number]; staff_ids says who was named (look them up in the staff directory)."
        ),
    }

    why = [REPORT_REASON, *(_REASON_WORDS[reason] for reason in reasons if reason in _REASON_WORDS)]
    what = f"A {kind} on {where} that {REPORT_REASON}" + (f" ({', '.join(reasons)})" if reasons else "") + "."
    lines = [
        f"I am writing on behalf of {trust.name}, an NHS organisation in England, to report a {kind} on {where} "
        "that names a member of our staff.",
        "",
        f"{kind.capitalize()}: {link}" if link else f"{kind.capitalize()}: id {mention.native_id} (no link given)",
    ]
    if not link and author_name:
        lines.append(f"Posted by: {author_name}")
    lines += [
        f"Posted: {mention.published_at:%d %B %Y}",
        f"Why it should come down: it {'; it '.join(why)}.",
    ]
    if route is not None:
        lines.append(route.rule)
    lines += [
        "",
        "Naming an individual member of staff in public exposes them to harassment they cannot answer, and they "
        "have no right of reply. Please remove it, or remove the name from it.",
        f"We have not repeated our colleague's name here; the attached evidence pack has a copy of the {kind} with "
        f"the name replaced by {STAFF_NAME_MARKER}.",
    ]
    if route is not None:
        lines += ["", f"[For comms: {route.how} Choose: {route.choose}."]
        if report_url:
            lines.append(f" This review's report link: {report_url}")
        lines.append(f" Route {route.checked}: {route.form_url}]")
    else:
        lines += ["", f"[For comms: no report route is on file for {where}; use the platform's help centre.]"]
    return StaffTakedownDraft(
        draft_id=stable_id("takedown", finding.finding_id),
        finding_id=finding.finding_id,
        platform=mention.platform,
        post_url=link,
        report_url=report_url,
        route=route,
        what_to_report=what,
        report_text="\n".join(lines),
        evidence_pack=pack,
    )


def write_staff_evidence_pack(draft: StaffTakedownDraft, directory: Path) -> Path:
    """Write the draft as `DIR/<draft_id>/` (report.txt, evidence.json), readable by its owner only."""
    folder = directory / draft.draft_id
    folder.mkdir(parents=True, exist_ok=True)
    payload = {key: value for key, value in draft.to_dict().items() if key != "report_text"}
    files = {
        "report.txt": draft.report_text + "\n",
        "evidence.json": json.dumps(payload, indent=2, ensure_ascii=False) + "\n",
    }
    for name, content in files.items():
        path = folder / name
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(content)
    return folder


@dataclass(frozen=True, slots=True)
class PraisedPost:
    """A positive post naming staff, as one line manager's digest lists it (text not yet redacted)."""

    finding_id: str
    platform: str
    source: str
    kind: str
    published_at: datetime
    url: str | None
    title: str | None
    text: str
    rating: float | None
    # The manager's staff that the post names (their directory ids).
    staff_ids: tuple[str, ...]
    # The name as written fits more than one colleague.
    ambiguous: bool = False


@dataclass(frozen=True)
class PraiseByManager:
    """A week's praise split by line manager; `unmanaged_staff` have no manager in the directory."""

    by_manager: dict[str, list[PraisedPost]]
    unmanaged_staff: tuple[str, ...]


def praise_in_week(store: Store, week: Window) -> list[dict[str, Any]]:
    """The week's staff-praise findings with their posts (by publication time, as the weekly report counts them)."""
    return store.staff_praise_in(week)


def _evidence(value: Any) -> dict[str, Any]:
    if isinstance(value, str):
        loaded = json.loads(value)
        return loaded if isinstance(loaded, dict) else {}
    return dict(value) if isinstance(value, Mapping) else {}


def praise_by_manager(rows: Sequence[Mapping[str, Any]], directory: StaffDirectory) -> PraiseByManager:
    """Group praise rows (from `praise_in_week`) by the line manager of each member of staff they name."""
    by_manager: dict[str, list[PraisedPost]] = {}
    unmanaged: set[str] = set()
    for row in rows:
        evidence = _evidence(row.get("evidence"))
        matches = [match for match in evidence.get("matches") or [] if isinstance(match, Mapping)]
        ambiguous_ids = {
            str(staff_id) for match in matches if match.get("ambiguous") for staff_id in match.get("candidates") or []
        }
        # A name shared by many colleagues is not sent to each of their managers: it stays in the
        # weekly report for the comms team, who can tell who is meant.
        crowded_ids = {
            str(staff_id)
            for match in matches
            if len(match.get("candidates") or []) > MAX_PRAISE_CANDIDATES
            for staff_id in match.get("candidates") or []
        }
        staff_by_manager: dict[str, list[str]] = {}
        named = (str(staff_id) for staff_id in evidence.get("staff_ids") or [])
        for staff_id in dict.fromkeys(staff_id for staff_id in named if staff_id not in crowded_ids):
            member = directory.get(staff_id)
            if member is None or not member.line_manager_email:
                unmanaged.add(staff_id)
                continue
            staff_by_manager.setdefault(member.line_manager_email, []).append(staff_id)
        for manager, staff_ids in staff_by_manager.items():
            by_manager.setdefault(manager, []).append(
                PraisedPost(
                    finding_id=str(row["finding_id"]),
                    platform=str(row["platform"]),
                    source=str(row.get("source") or ""),
                    kind=str(row.get("kind") or "post"),
                    published_at=row["published_at"],
                    url=row.get("url"),
                    title=row.get("title"),
                    text=str(row.get("text") or ""),
                    rating=row.get("rating"),
                    staff_ids=tuple(staff_ids),
                    ambiguous=any(staff_id in ambiguous_ids for staff_id in staff_ids),
                )
            )
    return PraiseByManager(by_manager=dict(sorted(by_manager.items())), unmanaged_staff=tuple(sorted(unmanaged)))


def praise_email_id(week: Window, manager_email: str) -> str:
    """The praise digest's email id: one per week and manager, so a re-run never emails twice."""
    return stable_id("staff-praise", week.since.isoformat(), week.until.isoformat(), manager_email.casefold())


def _excerpt(text: str) -> str:
    text = text.strip()
    if len(text) <= PRAISE_EXCERPT_CHARACTERS:
        return text
    cut = text[:PRAISE_EXCERPT_CHARACTERS].rsplit(maxsplit=1)[0]
    return cut.rstrip(",;:. ") + " …"


def _who(member: StaffMember | None, staff_id: str) -> str:
    if member is None:
        return f"staff id {staff_id}"
    role = ", ".join(part for part in (member.role, member.department) if part)
    return member.display_name + (f" ({role})" if role else "")


_PRAISE_TEXT = """\
{{ heading }}
{{ "=" * heading|length }}

{{ intro }}

{% for post in posts %}
{{ loop.index }}. {{ post.who }}
   Where:   {{ post.where }}
   Posted:  {{ post.posted }}
{% if post.rating %}
   Rating:  {{ post.rating }}
{% endif %}
{% if post.ambiguous %}
   Note:    the name fits more than one colleague; check who is meant before passing it on
{% endif %}
{% if post.link %}
   Link:    {{ post.link }}
{% endif %}

{% if post.title %}
   > {{ post.title }}
{% endif %}
{% for line in post.excerpt.splitlines() %}
   > {{ line }}
{% endfor %}

{% endfor %}
{{ pass_on }}

--
Sent by TrustWatch for the communications team of {{ trust_name }} on {{ generated }}.
Questions or corrections: {{ team_inbox }}. Patient identifiers in posts are replaced by markers such as [NHS number].
"""

_PRAISE_HTML = """\
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ subject }}</title>
</head>
<body style="margin:0; padding:0; background-color:#f0f4f5; font-family:Arial, Helvetica, sans-serif; color:#212b32;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f0f4f5;">
<tr><td align="center" style="padding:16px 8px;">
<table role="presentation" width="640" cellpadding="0" cellspacing="0" border="0"
 style="width:640px; max-width:640px; background-color:#ffffff; border:1px solid #d8dde0;">
<tr><td style="background-color:#007f3b; padding:16px 24px; color:#ffffff;">
<div style="font-size:13px; font-weight:bold; letter-spacing:1px;">STAFF PRAISE</div>
<h1 style="margin:6px 0 0 0; font-size:20px; line-height:26px; font-weight:bold; color:#ffffff;">{{ heading }}</h1>
</td></tr>
<tr><td style="padding:12px 24px; font-size:14px; line-height:20px; border-bottom:1px solid #d8dde0;">
{{ intro }}
</td></tr>
{% for post in posts %}
<tr><td style="padding:16px 24px 0 24px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"
 style="border:1px solid #d8dde0; border-left:6px solid #007f3b;">
<tr><td style="padding:12px 16px; font-size:14px; line-height:20px;">
<h2 style="margin:0 0 6px 0; font-size:16px; line-height:22px;">{{ post.who }}</h2>
<div style="color:#4c6272;">{{ post.where }} &middot; {{ post.posted }}
{%- if post.rating %} &middot; {{ post.rating }}{% endif %}</div>
{% if post.ambiguous %}
<div style="margin:6px 0 0 0; color:#4c6272;">
The name fits more than one colleague: check who is meant before passing it on.
</div>
{% endif %}
<div style="margin:10px 0 0 0; padding:8px 12px; background-color:#f0f4f5; border-left:3px solid #aeb7bd;">
{% if post.title %}<strong>{{ post.title }}</strong><br>{% endif %}{{ post.excerpt|nl2br }}</div>
{% if post.link %}
<p style="margin:10px 0 0 0;">
<a href="{{ post.link }}" style="color:#005eb8; font-weight:bold;">Read it on {{ post.platform }}</a>
</p>
{% endif %}
</td></tr>
</table>
</td></tr>
{% endfor %}
<tr><td style="padding:16px 24px 0 24px; font-size:15px; line-height:22px; font-weight:bold;">{{ pass_on }}</td></tr>
<tr><td style="padding:20px 24px; font-size:12px; line-height:18px; color:#4c6272;">
Sent by TrustWatch for the communications team of {{ trust_name }} on {{ generated }}.<br>
Questions or corrections: {{ team_inbox }}. Patient identifiers in posts are replaced by markers such as [NHS number].
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
"""


_ENVIRONMENT = template_environment(DictLoader({"praise.txt.j2": _PRAISE_TEXT, "praise.html.j2": _PRAISE_HTML}))


def compose_praise_digest(
    settings: Settings,
    manager_email: str,
    posts: Sequence[PraisedPost],
    week: Window,
    *,
    directory: StaffDirectory,
    message_id: str | None = None,
    sent_at: datetime | None = None,
) -> EmailMessage:
    """One line manager's weekly email: the positive posts naming their staff, and "please pass this on".

    Post text is redacted for patient identifiers and escaped in the HTML part; authors are never
    shown. Replies go to the team inbox, so a manager's answer reaches the comms team.
    """
    if not posts:
        raise ValueError("posts: a praise digest needs at least one post")
    if "@" not in manager_email.strip("@"):
        raise ValueError(f"manager_email: {manager_email!r} is not an email address")
    alerts = settings.alerts
    pattern = settings.privacy.hospital_number_pattern
    sender = from_address(alerts.sender)
    sent_at = sending_time(sent_at)

    def clean(text: str) -> str:
        return redact(text, hospital_number_pattern=pattern)

    views = []
    named: dict[str, None] = {}
    for post in sorted(posts, key=lambda post: (post.published_at, post.finding_id)):
        people = [_who(directory.get(staff_id), staff_id) for staff_id in post.staff_ids]
        for staff_id in post.staff_ids:
            member = directory.get(staff_id)
            named[member.display_name if member else staff_id] = None
        link, _withheld = safe_link(post.url, pattern)
        title = post.title if post.title and not post.text.startswith(post.title) else None
        views.append(
            {
                "who": " and ".join(people),
                "where": f"{platform_name(post.platform)} ({post.source})"
                if post.source
                else platform_name(post.platform),
                "platform": platform_name(post.platform),
                "posted": format_time(post.published_at)[0],
                "rating": f"{post.rating:g} out of 5 stars" if post.rating is not None else None,
                "ambiguous": post.ambiguous,
                "link": link,
                "title": clean(title) if title else None,
                # Redact before cutting so a cut never splits an identifier into undetectable halves.
                "excerpt": _excerpt(clean(post.text)),
            }
        )
    count = len(views)
    names = list(named)
    colleagues = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
    heading = f"{count} {'post' if count == 1 else 'posts'} praising your team"
    window = format_window(week)
    subject = f"{alerts.subject_prefix} Staff praise for your team, {window}: {heading}"
    context = {
        "subject": subject,
        "heading": heading,
        "intro": (
            f"Patients and families named members of your team in public this week ({window}) to say thank you. "
            f"TrustWatch found these {'post' if count == 1 else 'posts'} about {settings.trust.name}."
        ),
        "pass_on": (
            f"Please pass this on to {colleagues}: it means a lot to hear it, and a thank-you is worth sharing "
            "with the team."
        ),
        "posts": views,
        "trust_name": settings.trust.name,
        "team_inbox": alerts.team_inbox,
        "generated": format_time(sent_at)[0],
    }
    return compose_email(
        sender,
        subject=subject,
        recipients=[manager_email],
        text=_ENVIRONMENT.get_template("praise.txt.j2").render(context),
        html=_ENVIRONMENT.get_template("praise.html.j2").render(context),
        sent_at=sent_at,
        message_id=message_id,
        reply_to=alerts.team_inbox,
    )
