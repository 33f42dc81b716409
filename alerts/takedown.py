"""Takedown drafts for impersonating accounts: what to report, where, and the evidence pack to attach.

The report routes are the platforms' public impersonation report forms and help pages as the TrustWatch
authors knew them when this was written; they were not fetched when the code was built (no network), and
platforms move these pages, so each route carries `checked` and the draft tells comms to confirm the link.
Reporting on behalf of an organisation usually requires the reporter to show they represent it: the
draft lists what the form will ask for.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from alerts.email import AlertItem, platform_name
from classifiers.impersonation import (
    FINDING_KINDS,
    IMPERSONATION_THRESHOLD,
    AccountVerdict,
    ImageResult,
    ImageUnavailable,
    ProfileImage,
    Verdict,
    profile_fingerprint,
)
from trustwatch.files import write_private
from trustwatch.records import Account, Severity, parse_utc, stable_id
from trustwatch.settings import TrustProfile

IMPERSONATION_ROUTES_CHECKED = "from the authors' knowledge, not verified online; confirm the link before use"


@dataclass(frozen=True)
class ReportRoute:
    """Where and how a platform takes a report: of an account impersonating the Trust, or of a post naming staff."""

    platform: str
    # Where to click in the app, or whom to write to.
    how: str
    # The page the report is made on: the platform's form, or the help page that leads to it.
    form_url: str
    policy_url: str
    # Where the route was found, and that comms should confirm it before use.
    checked: str
    # What the platform's impersonation form asks for.
    asks_for: tuple[str, ...] = ()
    # For a post: the report category to pick, in the platform's words.
    choose: str = ""
    # For a post: the platform's rule it breaks, in one sentence for the report.
    rule: str = ""


def report_routes(checked: str, routes: Mapping[str, Mapping[str, Any]]) -> dict[str, ReportRoute]:
    """A `ReportRoute` per platform from a table of their fields, all found the same way (`checked`)."""
    return {platform: ReportRoute(platform=platform, checked=checked, **fields) for platform, fields in routes.items()}


_IMPERSONATION_ROUTES: dict[str, dict[str, Any]] = {
    "x": {
        "form_url": "https://help.x.com/en/forms/authenticity/impersonation",
        "policy_url": "https://help.x.com/en/rules-and-policies/x-impersonation-and-deceptive-identities-policy",
        "how": "Profile → ⋯ → Report → 'They're pretending to be me or someone else'",
        "asks_for": (
            "the impersonating @username",
            "the genuine @username",
            "an official email address of the organisation",
        ),
    },
    "reddit": {
        "form_url": "https://www.reddit.com/report",
        "policy_url": "https://support.reddithelp.com/hc/en-us/articles/360043075032",
        "how": "Profile → ⋯ → Report user → 'Impersonation'",
        "asks_for": (
            "the impersonating u/username",
            "links to the impersonating posts or profile",
            "who is impersonated",
        ),
    },
    "bluesky": {
        "form_url": "https://blueskyweb.zendesk.com/hc/en-us/requests/new",
        "policy_url": "https://bsky.social/about/support/community-guidelines",
        "how": "Profile → ⋯ → Report account → 'Misleading account' (impersonation)",
        "asks_for": (
            "the impersonating handle and DID if known",
            "the genuine handle",
            "proof of representing the Trust",
        ),
    },
    "facebook": {
        "form_url": "https://www.facebook.com/help/contact/295309487309948",
        "policy_url": "https://www.facebook.com/help/174210519303259",
        "how": "Profile or Page → ⋯ → Find support or report → 'Pretending to be someone' → business",
        "asks_for": (
            "the impersonating profile or Page URL",
            "the genuine Page URL",
            "proof of representing the Trust",
        ),
    },
    "instagram": {
        "form_url": "https://help.instagram.com/contact/636276399721841",
        "policy_url": "https://help.instagram.com/446663175382270",
        "how": "Profile → ⋯ → Report → 'Report account' → 'They're pretending to be someone else'",
        "asks_for": ("the impersonating @username", "the genuine account", "proof of representing the Trust"),
    },
    "tiktok": {
        # The help page links TikTok's two impersonation forms (US accounts, accounts outside the US).
        "form_url": "https://support.tiktok.com/en/safety-hc/report-a-problem/report-an-impersonation-account",
        "policy_url": "https://www.tiktok.com/community-guidelines/en/integrity-authenticity",
        "how": "Profile → ⋯ (or share arrow) → Report → 'Report account' → 'Pretending to be someone'",
        "asks_for": (
            "the impersonating @username and profile URL",
            "the genuine account",
            "proof of representing the Trust",
        ),
    },
    "linkedin": {
        # LinkedIn takes impersonation reports in the product ("Fake account"); the help page explains the flow.
        "form_url": "https://www.linkedin.com/help/linkedin/answer/37822",
        "policy_url": "https://www.linkedin.com/legal/professional-community-policies",
        "how": "Page or profile → More → Report / Block → Report → 'Fake account' / impersonation",
        "asks_for": ("the impersonating profile or Page URL", "the genuine Page URL", "a work email of the Trust"),
    },
    "youtube": {
        # YouTube's impersonation policy page links its impersonation report form.
        "form_url": "https://support.google.com/youtube/answer/2802027",
        "policy_url": "https://support.google.com/youtube/answer/2801947",
        "how": "Channel → About → Report user (flag) → 'Impersonation'",
        "asks_for": ("the impersonating channel URL", "the genuine channel URL", "proof of representing the Trust"),
    },
    "threads": {
        # A Threads profile is an Instagram account's: Instagram's impersonation form covers both.
        "form_url": "https://help.instagram.com/contact/636276399721841",
        "policy_url": "https://help.instagram.com/446663175382270",
        "how": "Profile → ⋯ → Report → 'They're pretending to be someone else'",
        "asks_for": ("the impersonating @username", "the genuine account", "proof of representing the Trust"),
    },
    "mastodon": {
        # Each Mastodon server moderates its own accounts: the report goes to the impersonator's server.
        "form_url": "https://docs.joinmastodon.org/user/moderating/#report",
        "policy_url": "https://joinmastodon.org/covenant",
        "how": "Profile → ⋯ → Report → 'Something else' / rule broken; forward to the remote server when asked",
        "asks_for": ("the impersonating @user@server", "the genuine account", "proof of representing the Trust"),
    },
}

REPORT_ROUTES = report_routes(IMPERSONATION_ROUTES_CHECKED, _IMPERSONATION_ROUTES)

_PROFILE_URL = {
    "x": "https://x.com/{handle}",
    "reddit": "https://www.reddit.com/user/{handle}",
    "bluesky": "https://bsky.app/profile/{handle}",
    "instagram": "https://www.instagram.com/{handle}/",
    "tiktok": "https://www.tiktok.com/@{handle}",
    "facebook": "https://www.facebook.com/{handle}",
    "youtube": "https://www.youtube.com/@{handle}",
    "threads": "https://www.threads.net/@{handle}",
}
# A Facebook page or profile without a username is addressed by its number.
_FACEBOOK_ID_URL = "https://www.facebook.com/profile.php?id={handle}"
# LinkedIn addresses organisations and people differently; an impersonated executive is a person's profile.
_LINKEDIN_COMPANY_URL = "https://www.linkedin.com/company/{handle}/"
_LINKEDIN_PERSON_URL = "https://www.linkedin.com/in/{handle}/"


@dataclass(frozen=True)
class TakedownDraft:
    """A ready-to-send impersonation report for comms to review: nothing is submitted automatically."""

    draft_id: str
    platform: str
    account_handle: str | None
    account_url: str | None
    route: ReportRoute | None
    what_to_report: str
    report_text: str
    evidence_pack: dict[str, Any] = field(repr=False)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return asdict(self)

    def takedown_fields(self) -> dict[str, Any]:
        """The draft as `CaseBook.draft_takedown` stores it."""
        return {
            "reason": self.what_to_report,
            "subject_url": self.account_url,
            "evidence": self.evidence_pack,
            "report_text": self.report_text,
            "form_url": self.route.form_url if self.route else None,
            "takedown_id": self.draft_id,
        }


def profile_url(account: Account, *, person: bool = False) -> str | None:
    """The account's public profile URL (the one a report form asks for); `person` picks LinkedIn's /in/ form."""
    if account.url and account.url.startswith("https://") and account.handle is None:
        return account.url
    handle = (account.handle or "").strip().lstrip("@")
    if not handle:
        return account.url
    if account.platform == "facebook" and handle.isdigit():
        return _FACEBOOK_ID_URL.format(handle=handle)
    if account.platform == "linkedin":
        return (_LINKEDIN_PERSON_URL if person else _LINKEDIN_COMPANY_URL).format(handle=handle)
    if account.platform == "mastodon" and "@" in handle:
        user, server = handle.split("@", 1)
        return f"https://{server}/@{user}"
    template = _PROFILE_URL.get(account.platform)
    if template is None:
        return account.url
    return template.format(handle=handle)


def _is_person(verdict: AccountVerdict) -> bool:
    return any(item.name == "executive" and item.weight > 0 for item in verdict.evidence)


def build_evidence_pack(
    account: Account,
    verdict: AccountVerdict,
    *,
    first_seen: datetime,
    now: datetime,
    image: ImageResult | None = None,
    screenshots: tuple[Path, ...] = (),
) -> dict[str, Any]:
    """The evidence to attach: account snapshot, matched features, image-hash match, first seen."""
    image_match = next((item.value for item in verdict.evidence if item.name == "logo"), None)
    return {
        "account_snapshot": account.model_dump(mode="json"),
        "verdict": verdict.verdict.value,
        "score": verdict.score,
        "identity_elements": list(verdict.elements),
        "matched_features": [asdict(item) for item in verdict.evidence],
        "image_hash_match": image_match,
        "profile_image_hash": str(image.hash) if isinstance(image, ProfileImage) else None,
        "profile_fingerprint": profile_fingerprint(account, image),
        "first_seen": first_seen.isoformat(),
        "prepared_at": now.isoformat(),
        "screenshots": [str(path) for path in screenshots],
    }


def _attachments(verdict: AccountVerdict, image: ImageResult | None, screenshots: tuple[Path, ...]) -> str:
    """What the evidence pack holds, naming only what was really checked."""
    parts = ["profile snapshot", "each matched feature with its weight"]
    if any(item.name == "logo" and item.weight > 0 for item in verdict.evidence):
        parts.append("the profile image's match to our logo")
    elif isinstance(image, ProfileImage):
        parts.append("the profile image's hash (it did not match our logo)")
    if screenshots:
        parts.append(f"{len(screenshots)} screenshot(s)")
    return ", ".join(parts)


def build_takedown_draft(
    account: Account,
    verdict: AccountVerdict,
    trust: TrustProfile,
    *,
    first_seen: datetime,
    now: datetime,
    genuine_handles: Sequence[str] | None = None,
    image: ImageResult | None = None,
    screenshots: tuple[Path, ...] = (),
) -> TakedownDraft:
    """A takedown draft for an account scored as impersonation (other verdicts are refused).

    `genuine_handles` are the Trust's own accounts on the platform (configured and registered; the scorer's
    `genuine_handles`); without them, `[trust.official_handles]` is used.
    """
    if verdict.verdict is not Verdict.IMPERSONATION:
        raise ValueError(f"takedown drafts are for impersonation verdicts, not {verdict.verdict.value}")
    route = REPORT_ROUTES.get(account.platform)
    url = profile_url(account, person=_is_person(verdict))
    label = f"@{account.handle}" if account.handle else f"account {account.account_id}"
    handles = genuine_handles if genuine_handles is not None else trust.official_handles.get(account.platform, [])
    genuine_urls = [
        f"@{handle}"
        + (
            f" ({link})"
            if (link := profile_url(Account(platform=account.platform, account_id=handle, handle=handle)))
            else ""
        )
        for handle in dict.fromkeys(handles)
    ]
    genuine = ", ".join(genuine_urls) or "(none on this platform)"
    weighed = [item for item in verdict.evidence if item.weight > 0]
    # Findings stored before evidence had kinds list everything as identity.
    identity = [item.text for item in weighed if item.kind in ("identity", "info")]
    deception = [item.text for item in weighed if item.kind == "deception"]
    risk = [item.text for item in weighed if item.kind == "risk"]
    unchecked = [item.text for item in verdict.evidence if item.name == "image_unavailable"]
    if isinstance(image, ImageUnavailable) and not unchecked:
        unchecked.append(f"profile image not checked: {image.reason}")
    what = f"{label} on {account.platform} impersonates {trust.name}; genuine account(s): {genuine}."
    lines = [
        f"I am reporting an account impersonating {trust.name}, an NHS organisation in England.",
        "",
        f"Impersonating account: {label}" + (f" ({url})" if url else ""),
        f"Genuine account(s) of the organisation on this platform: {genuine}",
        f"First seen by our monitoring: {first_seen:%d %B %Y}",
        "",
        f"It copies our identity ({', '.join(verdict.elements) or 'in part'}):",
        *(f"- {reason}" for reason in identity),
    ]
    if deception:
        lines += ["", "And it deceives people:", *(f"- {reason}" for reason in deception)]
    if risk:
        lines += ["", "Other signs:", *(f"- {reason}" for reason in risk)]
    lines += [
        "",
        "It is not labelled as parody or fan content and is not affiliated with us. Members of the public may "
        "contact it believing it is the Trust, which puts patients' personal information and money at risk.",
        f"Please remove the account. Our evidence pack ({_attachments(verdict, image, screenshots)}) is attached.",
    ]
    if unchecked:
        lines += [f"[For comms: {unchecked[0]}; the report does not rely on it.]"]
    if route is not None:
        lines += ["", f"[For comms: submit at {route.form_url} ({route.checked}); in the app: {route.how}."]
        lines += [f" The form asks for: {'; '.join(route.asks_for)}.]"]
    else:
        lines += [
            "",
            f"[For comms: no report route is on file for {account.platform}; use the platform's help centre.]",
        ]
    return TakedownDraft(
        draft_id=stable_id("takedown", account.platform, account.account_id),
        platform=account.platform,
        account_handle=account.handle,
        account_url=url,
        route=route,
        what_to_report=what,
        report_text="\n".join(lines),
        evidence_pack=build_evidence_pack(
            account, verdict, first_seen=first_seen, now=now, image=image, screenshots=screenshots
        ),
    )


def write_evidence_pack(draft: TakedownDraft, directory: Path) -> Path:
    """Write the draft and its evidence pack as `DIR/<draft_id>/` (report.txt, evidence.json); return the folder."""
    folder = directory / draft.draft_id
    # The pack quotes the account and its posts: owner-only, like every file holding personal data.
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    write_private(folder / "report.txt", draft.report_text + "\n")
    payload = {key: value for key, value in draft.to_dict().items() if key != "report_text"}
    write_private(folder / "evidence.json", json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
    return folder


_ALERT_TITLES = {
    "impersonation": "Account impersonating the Trust",
    "suspicious_account": "Suspicious account using the Trust's identity",
    "parody_account": "Parody-labelled account using the Trust's identity",
}


def _severity(finding_row: Mapping[str, Any], finding_kind: str) -> Severity:
    if finding_row.get("severity"):
        return Severity(str(finding_row["severity"]))
    for kind, severity in FINDING_KINDS.values():
        if kind == finding_kind:
            return severity
    return Severity.NORMAL


def impersonation_alert_item(finding_row: Mapping[str, Any], alert_id: str) -> AlertItem:
    """The digest entry for an impersonation, suspicious- or parody-account finding (a `findings` row).

    It carries what comms need to act without opening the case: the verdict and score, the identity
    elements copied and each piece of evidence, the handle and profile link, when we first saw the
    account, and for impersonation the platform's report route (a takedown draft is in the case).
    """
    # Pending-alert rows carry the finding's kind as `finding_kind` (their `kind` is the joined mention's, empty
    # for an account); `findings` rows carry it as `kind`.
    kind = str(finding_row.get("finding_kind") or finding_row.get("kind") or finding_row.get("reason"))
    raw_evidence = finding_row.get("evidence")
    evidence: dict[str, Any] = json.loads(raw_evidence) if isinstance(raw_evidence, str) else dict(raw_evidence or {})
    platform = str(finding_row["platform"])
    snapshot: dict[str, Any] = evidence["account"] if isinstance(evidence.get("account"), dict) else {}
    try:
        account: Account | None = Account.model_validate(snapshot) if snapshot else None
    except ValidationError:
        account = None
    handle = (account.handle if account else None) or snapshot.get("handle")
    link = profile_url(account) if account is not None else None
    score = finding_row.get("score")
    pairs: list[tuple[str, str]] = [("Verdict", str(evidence.get("verdict", kind)).replace("_", " "))]
    if score is not None:
        pairs.append(
            (
                "Score",
                f"{float(score):.2f} (impersonation: {IMPERSONATION_THRESHOLD:.2f} or more and two identity elements)",
            )
        )
    elements = evidence.get("identity_elements") or []
    pairs.append(("Identity elements copied", ", ".join(str(e) for e in elements) or "none"))
    pairs.append(("Handle", f"@{handle}" if handle else f"account id {finding_row['subject_id']}"))
    if account is not None and account.display_name:
        pairs.append(("Display name", account.display_name))
    if link:
        pairs.append(("Profile", link))
    for item in evidence.get("evidence") or []:
        if isinstance(item, dict) and item.get("text") and (item.get("weight") or item.get("name") == "parody_label"):
            pairs.append(("Evidence", str(item["text"])))
    first_seen = evidence.get("first_seen")
    if isinstance(first_seen, str) and first_seen:
        pairs.append(("First seen", first_seen[:10]))
    if kind in ("impersonation", "suspicious_account"):
        route = REPORT_ROUTES.get(platform)
        if kind == "suspicious_account":
            pairs.append(
                (
                    "To do",
                    "check the profile today: it copies part of the Trust's identity but not enough to be sure. "
                    "If it impersonates the Trust, report it at the link below",
                )
            )
        if route is not None:
            pairs.append(("Report at", f"{route.form_url} (confirm the link first)"))
            pairs.append(("Report in the app", route.how))
        else:
            pairs.append(("Report at", f"no report route on file for {platform_name(platform)}"))
        if kind == "impersonation":
            pairs.append(("Takedown draft", "prepared in the case, with the evidence pack (trustwatch takedowns list)"))
    occurred_at = None
    if isinstance(first_seen, str) and first_seen:
        try:
            occurred_at = parse_utc(first_seen)
        except ValueError:
            occurred_at = None
    return AlertItem(
        alert_id=alert_id,
        title=f"{_ALERT_TITLES.get(str(kind), 'Account using the Trust identity')} on {platform_name(platform)}",
        severity=_severity(finding_row, kind),
        reason=str(finding_row.get("summary") or kind),
        platform=platform,
        link=link,
        author=f"@{handle}" if handle else None,
        occurred_at=occurred_at,
        score_label="impersonation" if score is not None else None,
        score=float(score) if score is not None else None,
        evidence=tuple(pairs),
    )
