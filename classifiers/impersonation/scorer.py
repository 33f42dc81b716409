"""Scoring one account against one Trust's identity: evidence in, verdict out, every point of the score listed.

Evidence is of three kinds:

- **identity**: what the account copies. `name` (a display name reading as the Trust's name, an alias, a site or a
  registered account's name), `handle` (a lookalike of an official handle, or the Trust's name or initials with
  affixes, under the platform's own handle rules), `bio` (a copy of an official bio, or a bio speaking as the
  Trust), `executive` (a named executive's name), `contact` (the Trust's phone numbers or web domains) and `logo`
  (a profile image close to an official logo). Names are compared on Unicode skeletons (`classifiers.lookalikes`):
  invisible characters dropped, styled and small-capital letters and homoglyphs read as the letters they imitate.
- **deception**: what a genuine organisation does not do. Scam wording (payment by gift card or crypto, fees,
  refunds, WhatsApp-only contact, requests for card or NHS-number details), a lookalike of the Trust's web domain,
  invisible characters, styled letters or mixed scripts in a name that copies the Trust, and a copied name on a
  handle with nothing of it (a renamed or throwaway account, a Facebook page with no username).
- **mitigation**: a parody label, a staff member's own account, an organisation saying it is not the Trust.

The verdict (`ImpersonationScorer.score`): `impersonation` when the score reaches `impersonation_threshold` and the
account copies two identity elements (X's rule) or one identity element plus deception; `suspicious` when it
copies something of the Trust's identity but not enough; `parody_labelled` when it says it is parody; `official`
for an account on the register; `unrelated` otherwise. Account age and follower counts move the score a little
but never make a verdict on their own.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from enum import StrEnum
from functools import cached_property
from itertools import pairwise
from typing import Any

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from classifiers.approved_accounts import ApprovedRegister, normalise_handle
from classifiers.impersonation.content import (
    CHARITY_GIVING_PLATFORMS,
    DISCLAIMER,
    FUNDRAISING,
    LINK_SERVICES,
    NHS_SUFFIXES,
    OWN_MONEY_CHANNEL,
    PHONE,
    SAFETY_NOTICE,
    TEAM_PAGE,
    bio_similarity,
    charity_numbers,
    contains_bio,
    domains_in,
    national_digits,
    parody_label,
    personal_channel,
    scam_cues,
    staff_marker,
    undisguised,
)
from classifiers.impersonation.handles import HandleView, handle_view
from classifiers.impersonation.images import (
    LOGO_MATCH_DISTANCE,
    LOGO_NEAR_DISTANCE,
    PHASH_SIZE,
    ImageHash,
    ImageResult,
    ImageUnavailable,
    LogoHashes,
    LogoMatch,
    ProfileImage,
    closest_logo,
)
from classifiers.impersonation.scam_bios import ScamBioReader
from classifiers.lookalikes import readable, skeleton, unicode_tricks
from trustwatch.records import Account
from trustwatch.settings import Affiliate, TrustProfile

# Words an impersonator adds around a name or handle ("Support", "Official", "UK", "Refunds") and labels: they
# neither make a match nor break one.
_FILLER_WORDS = (
    "the and of for in at a an uk gb nhs ft nhsft official team support help helpdesk helpline desk info now today "
    "information news updates update jobs job careers career recruit recruitment recruiting hiring hr "
    "appointments appointment bookings booking enquiries contact customer service services line page account "
    "real hq online web portal live pals refund refunds claims claim payments payment pay compensation donate "
    "donations hosp my ask get hub unit office admin desk verify secure alerts fund appeal charity "
    "parody fan satire spoof unofficial department dept liaison advice nursing patient patients international staff "
    "talent vacancies vacancy resourcing finance billing payroll reimbursement reimbursements"
)
# Words every NHS body uses: never distinctive, so they never make a match on their own; but an organisation
# word the Trust's names do not contain ("Oxford *Health*" against Oxford University Hospitals) marks another
# organisation and weakens a match.
_GENERIC_WORDS = (
    "hospital hospitals trust trusts foundation health healthcare care university teaching general "
    "community acute integrated mental services service partnership group network national "
    "centre center clinic clinics medical patient patients royal ambulance"
)
# Words naming an organisation beside the Trust (its charity, a union branch, a League of Friends): a name or
# handle built from the Trust's name plus one of these is that organisation's, or a copy of it, so it counts
# for less until deception shows which.
_ORGANISATION_WORDS = (
    "charity charitable friends league union unison rcn gmb unite branch healthwatch federation "
    "school college society association volunteers volunteer radio icb alliance giving raffle lottery"
)
# Words an impersonator adds to a handle beside the Trust's initials ("GSTT.Jobs", "sth_hq", "CNTW_UK").
_AFFIX_WORDS = (
    "uk gb nhs ft nhsft official offical team support help helpdesk helpline desk info news updates jobs careers "
    "career recruit recruitment hiring hr bookings booking appointments contact care hosp hospital hospitals trust "
    "service services online web portal live pals refund refunds claims claim payments pay compensation donate "
    "donations appeal appeals charity fund hq my ask get hub unit office admin verify secure alerts patients patient "
    "the real assist assistance connect direct central work staff heroes hero wards ward now apply vacancies talent "
    "resourcing"
)
# Words of a name or handle collecting money for the Trust ("UHB Charity", "@CUHAppeal", "Hospital Heroes Fund").
_FUNDRAISING_WORDS = (
    "charity charities charitable appeal appeals fund funds fundraising fundraiser donate donations donation giving "
    "friends league giving raffle lottery"
)
# A bio giving the person another trade (not a pastime: "amateur photographer") or saying they only share the name
# ("Florist", "Structural engineer", "Accountant in Norwich", "I just have the same name"): a namesake of an
# executive, not the executive.
_ANOTHER_PERSON = re.compile(
    r"\b(?<!amateur\s)(same\s+name|not\s+that\s+one|no\s+relation|teacher|engineer|accountant|florist|photographer|lecturer|"
    r"groomer|student|tester|developer|designer|estate\s+agent|plumber|electrician|builder|joiner|carpenter|mechanic|"
    r"solicitor|lawyer|barrister|architect|surveyor|chef|barista|farmer|pilot|driver|musician|artist|writer|author|"
    r"journalist|historian|tutor|instructor|retired|potter|maker|personal\s+trainer|coach|hairdresser|stylist|painter|"
    r"decorator|translator|editor|actor|dancer|scientist|analyst|programmer|banker)s?\b",
    re.IGNORECASE,
)
# Words of a service or a cause that name no organisation ("Hospital Heroes Fund", "Care Jobs Sponsorship").
_SERVICE_NAME_WORDS = (
    "heroes hero sponsorship sponsor sponsored fundraising fundraiser donation lottery raffle giving centre center "
    "vacancies emergency winter christmas summer spring easter welfare visitor visitors notice notices noticeboard "
    "board point wellbeing experience nurse nurses doctor doctors carer carers midwife midwives announcements "
    "announcement messages message daily us main local good corner welcome stay informed frontline angels kindness "
    "need needs our recruiters staffing hiring hca hcas today now direct money back equipment abroad package visa visas"
)
# A bio offering jobs: vacancies, hiring, applications, interviews, visas for workers.
_OFFERS_JOBS = re.compile(
    r"\b(jobs?|vacanc(y|ies)|hiring|recruit\w*|careers?|apply|applications?|applicants?|interviews?|candidates|"
    r"new\s+starters|onboarding|shortlisted|visa|cos|wanted|shifts?|placements?|earn\w*|cvs?|staffing|"
    r"looking\s+for\s+work|weekly\s+pay|cash\s+weekly|paid\s+(course|contract))\b",
    re.IGNORECASE,
)
# A bio asking for gifts in words the fundraising pattern leaves to context ("every pound helps", "any amount").
_GIVING = re.compile(
    r"\bevery\s+(pound|penny|donation|donor|little|bit)\b|\bany\s+amount\b|\bplease\s+give\b|"
    r"\bgive\s+(what|whatever)\b|\bhelp\s+us\s+(fund|buy)\b|\bwe\s+collect\b|\bcollecting\s+for\b|"
    r"\bsponsor\s+an?\s+\w+",
    re.IGNORECASE,
)
_PRIZE_DRAW = re.compile(r"\b(lottery|raffle|prize\s+draw|giveaway|tickets?)\b", re.IGNORECASE)
# A bio handling patients' money: refunds, charges, reclaimed costs, compensation.
_PATIENT_MONEY = re.compile(
    r"\b(refund\w*|money\s+back|reclaim\w*|overpaid|over-?charged|charges?|compensation|reimburse\w*|"
    r"payments?|settle|fines?|grants?|vouchers?|owed|unclaimed|expenses|payouts?|overpayments?)\b|£\s?\d",
    re.IGNORECASE,
)
_TITLES = frozenset(
    {
        "dr",
        "prof",
        "professor",
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "sir",
        "dame",
        "lord",
        "lady",
        "rev",
        "obe",
        "mbe",
        "cbe",
    }
)
# Titles are compared on skeletons, as names are: "Sir" and "Miss" read as "slr" and "mlss".
_TITLE_SKELETONS = frozenset(skeleton(title) for title in _TITLES)
# What a bio beside an executive's name says to claim the post; fake executive profiles in NHS and NCSC warnings
# describe themselves loosely ("NHS leader", "hospital boss") as often as by title.
_ROLES = re.compile(
    r"\b(chief\s+executive(\s+officer)?|ceo|chair(man|woman|person)?(\s+of\s+the\s+board)?|"
    r"(medical|nursing|finance|operations|managing)\s+director|chief\s+(nurse|operating\s+officer|medical\s+officer)|"
    r"director|board\s+member|trustee|leader|boss)\b",
    re.IGNORECASE,
)

HEALTH_TOKENS = frozenset(
    skeleton(word)
    for word in ("nhs", "ft", "hospital", "hospitals", "health", "healthcare", "ambulance", "infirmary", "trust")
)
# Words saying what kind of body the Trust is (a hospital, a mental health or ambulance service…).
KIND_TOKENS = frozenset(
    skeleton(word)
    for word in ("hospital", "hospitals", "health", "healthcare", "ambulance", "infirmary", "mental", "community")
)
FILLER_TOKENS = frozenset(skeleton(word) for word in _FILLER_WORDS.split())
GENERIC_TOKENS = FILLER_TOKENS | frozenset(skeleton(word) for word in _GENERIC_WORDS.split())
ORGANISATION_TOKENS = frozenset(skeleton(word) for word in _ORGANISATION_WORDS.split())
AFFIX_TOKENS = frozenset(skeleton(word) for word in _AFFIX_WORDS.split())
SERVICE_NAME_TOKENS = GENERIC_TOKENS | AFFIX_TOKENS | frozenset(skeleton(word) for word in _SERVICE_NAME_WORDS.split())
FUNDRAISING_TOKENS = frozenset(skeleton(word) for word in _FUNDRAISING_WORDS.split())
# A handle may wrap the Trust's name or initials in another organisation's words ("friendsofmarsden",
# "uhb.raffle"): read them, and cap the match as another organisation's, so deception beside it decides.
HANDLE_AFFIX_TOKENS = AFFIX_TOKENS | ORGANISATION_TOKENS | FUNDRAISING_TOKENS | frozenset({"of", "for", "the"})
# Domains of the platforms themselves: a link to one is a profile, not a place money goes.
_SOCIAL_DOMAINS = frozenset(
    {
        "x.com",
        "twitter.com",
        "facebook.com",
        "fb.com",
        "instagram.com",
        "tiktok.com",
        "linkedin.com",
        "youtube.com",
        "bsky.app",
        "bsky.social",
        "threads.net",
        "reddit.com",
    }
)
# Affixes of a service desk, not of a news outlet or a fan page.
SERVICE_AFFIX_TOKENS = AFFIX_TOKENS - frozenset(
    skeleton(word)
    for word in (
        "uk",
        "gb",
        "news",
        "updates",
        "info",
        "online",
        "web",
        "portal",
        "live",
        "hub",
        "the",
        "real",
        "my",
        "get",
        "ask",
        "central",
        "direct",
        "connect",
    )
)

# Suffixes registered charities use for their own sites.
CHARITY_SUFFIXES = frozenset({"org", "org.uk"})
# Identity elements and their weight in the score at full strength.
ELEMENT_WEIGHTS = {"name": 0.35, "handle": 0.35, "logo": 0.30, "bio": 0.35, "executive": 0.35, "contact": 0.20}
# Deception evidence weights.
SCAM_CUE_WEIGHTS = (0.0, 0.2, 0.3, 0.4)
LOOKALIKE_DOMAIN_WEIGHT = 0.30
# A lookalike on nhs.uk cannot be registered by an impersonator and is often another NHS body's real domain.
NHS_SUFFIX_LOOKALIKE_WEIGHT = 0.15
NHS_DOMAIN_WEIGHT = 0.20
CONFUSABLE_HANDLE_WEIGHT = 0.25
# A copied display name spelled with a digit or look-alike letter in a word of the Trust's ("Kent C0mmunity").
CONFUSABLE_NAME_WEIGHT = 0.25
TYPO_HANDLE_WEIGHT = 0.15
# An official handle with a dot or underscore put inside a word ("oxleasn.hs"): nobody writes their own name so; it
# is made to pass a glance where the platform would refuse the exact handle.
SPLIT_HANDLE_WEIGHT = 0.20
DISGUISED_WORD_WEIGHT = 0.15
INVISIBLE_WEIGHT = 0.25
MIXED_SCRIPT_WEIGHT = 0.30
STYLED_WEIGHT = 0.15
UNRELATED_HANDLE_WEIGHT = 0.15
# How near an official bio a copy must be to say, on its own, that it claims to be the Trust's account.
COPIED_BIO_ELSEWHERE = 0.9
# An executive's name as display name and handle on an unregistered account: beside the name it reaches the flag.
EXECUTIVE_UNLISTED_WEIGHT = 0.15
# Beside a handle element alone this reaches the flag: a page with the Trust's handle that names no organisation.
GENERIC_SERVICE_NAME_WEIGHT = 0.2
# A fundraiser for the Trust or its charity collecting through a person (PayPal, bank details, a crowdfunding page,
# "DM to donate") or, when the charity's domains are configured, through any other site.
DONATION_OUTSIDE_CHARITY_WEIGHT = 0.25
# The cue name of a donation channel no registered charity uses: beside a copy of the charity's name or handle
# alone (capped as another organisation's), it makes an impersonation.
UNTRACEABLE_DONATION = "untraceable_donation"
FUNDRAISER_IDENTITY_NEEDED = 0.17
# The value of that evidence when the learned reading of scam bios reads the appeal as a fake one.
LEARNED_FAKE_APPEAL = "learned_fake_appeal"
# A bio raising money in the Trust's name through a person's channel, whatever the name and handle.
FUNDRAISER_BIO_STRENGTH = 0.7
# A bio offering the Trust's jobs or collecting money for it under a name that names no organisation.
GENERIC_SERVICE_BIO_STRENGTH = 1.0
# A charity number that is not the configured charity's, on an account presenting as it.
WRONG_CHARITY_NUMBER_WEIGHT = 0.30
# An account presenting as a configured affiliate that links its own domain or gives its charity number, with no
# deception: that organisation speaking (or a harmless copy of it).
AFFILIATE_OWN_CHANNEL_WEIGHT = -0.25
DISCLAIMER_WEIGHT = -0.25
STAFF_WEIGHT = -0.15
# An official bio is compared on what it says beside the Trust's names, when that is at least this long: a bio
# that only names the Trust ("Staff nurse at <Trust>") copies nothing of it.
MIN_BIO_WITHOUT_NAMES = 25
# Letters a short official bio needs beside the Trust's names for a word-for-word copy of it to count.
MIN_OWN_WORDS = 8
# Letters a handle cut at its platform's limit must keep to be read as the name it starts to spell.
MIN_CUT_HANDLE = 12
# An element copied at least this strongly counts as copied.
ELEMENT_PRESENT = 0.6
# A name or handle that is another organisation's (the Trust's charity, a union branch) is capped below an
# element: it adds weight, and deception beside it still makes an impersonation.
ORGANISATION_CAP = 0.5
IMPERSONATION_THRESHOLD = 0.45
# Deception needed beside a single identity element for `impersonation`; with no element copied in full,
# identity evidence of `WEAK_IDENTITY_NEEDED` needs `STRONG_DECEPTION_NEEDED`.
DECEPTION_NEEDED = 0.15
WEAK_IDENTITY_NEEDED = 0.3
STRONG_DECEPTION_NEEDED = 0.25
# A name match must cover at least this share, and two, of a variant's words (filler aside), unless it matches two
# or more distinctive words: "Leeds Live" shares only "Leeds" with "Leeds Hospitals".
NAME_COVERAGE_NEEDED = 0.5
SUSPICIOUS_THRESHOLD = 0.2

DETECTOR = "impersonation/2"


class Verdict(StrEnum):
    """What an account is, relative to the Trust."""

    OFFICIAL = "official"
    IMPERSONATION = "impersonation"
    SUSPICIOUS = "suspicious"
    PARODY_LABELLED = "parody_labelled"
    # An account of an organisation listed under `[[trust.affiliates]]` (the Trust's charity, a union branch).
    AFFILIATE = "affiliate"
    UNRELATED = "unrelated"


@dataclass(frozen=True)
class Evidence:
    """One reason behind a verdict: machine name, text for a person, its weight in the score, the value seen,
    and its kind (identity, deception, risk, mitigation, or info for what was checked and found nothing)."""

    name: str
    text: str
    weight: float
    value: Any = None
    kind: str = "info"


@dataclass(frozen=True)
class AccountVerdict:
    """The verdict, the score (0..1, higher is more likely impersonation) and the evidence that adds up to it."""

    verdict: Verdict
    score: float
    evidence: list[Evidence]
    elements: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (the `check-accounts` output fields)."""
        return {
            "verdict": self.verdict.value,
            "score": round(self.score, 4),
            "identity_elements": list(self.elements),
            "evidence": [asdict(item) for item in self.evidence],
        }


def _word_break(text: str, vocabulary: frozenset[str] | set[str]) -> bool:
    """True when `text` is a concatenation of vocabulary words (or empty)."""
    reachable = [True] + [False] * len(text)
    for end in range(1, len(text) + 1):
        reachable[end] = any(reachable[start] and text[start:end] in vocabulary for start in range(end))
    return reachable[len(text)]


def _covered_tokens(text: str, vocabulary: frozenset[str] | set[str]) -> list[str] | None:
    """The vocabulary words `text` is made of, or None when it is not made of them."""
    best: list[list[str] | None] = [[]] + [None] * len(text)
    for end in range(1, len(text) + 1):
        for start in range(end):
            previous = best[start]
            if previous is not None and text[start:end] in vocabulary:
                best[end] = [*previous, text[start:end]]
                break
    return best[len(text)]


def _token_matches(wanted: str, tokens: Sequence[str], joined: str) -> bool:
    if wanted in tokens:
        return True
    if len(wanted) >= 5 and wanted in joined:
        return True
    return len(wanted) >= 5 and any(len(token) >= 5 and fuzz.ratio(wanted, token) >= 85 for token in tokens)


def name_tokens(text: str) -> list[str]:
    """Word skeletons of a display name (CamelCase and separators split words): emoji, symbols and bare numbers
    (years, "999") are not words of it."""
    # Symbols go before NFKC, which would spell "™" as "TM".
    plain = readable("".join(" " if unicodedata.category(char).startswith("S") else char for char in text))
    plain = "".join(" " if not (char.isalnum() or char in "'&") else char for char in plain)
    # A capital I closing a lower-case word is a look-alike of l ("HospitaI"), not the start of a CamelCase word.
    spaced = re.sub(r"(?<=[a-z])(?=[A-Z])(?!I(?![A-Z]))", " ", plain)
    return [skeleton(word) for word in re.split(r"[\s'&]+", spaced) if word and not word.isdigit() and skeleton(word)]


@dataclass(frozen=True)
class _NameVariant:
    label: str
    text: str
    tokens: tuple[str, ...]
    distinctive: tuple[str, ...]
    skeleton: str


@dataclass(frozen=True)
class _ExecutiveName:
    name: str
    role: str
    first: str
    # The surname's skeleton whole, and its parts.
    last: str
    tokens: tuple[str, ...]


_FOUNDATION, _TRUST, _NHS = skeleton("foundation"), skeleton("trust"), skeleton("nhs")
# What is left of a Trust's name once its names are taken out of a bio ("<Trust> NHS FT").
_NAME_LINK_TOKENS = frozenset(
    skeleton(word) for word in ("nhs", "ft", "nhsft", "trust", "foundation", "the", "and", "of")
)


def organisation_words(tokens: Sequence[str], own: frozenset[str] | set[str] = frozenset()) -> list[str]:
    """Words marking another organisation: a charity, union, League of Friends… and "Foundation" without
    "Trust" (a Trust's charity is often "<Trust name> Foundation"; the Trust is an "NHS Foundation Trust").
    Words of the Trust's own names (`own`: the "College" of King's College Hospital) mark nothing."""
    words = [token for token in tokens if token in ORGANISATION_TOKENS and token not in own]
    # "NHS Foundation" is an NHS Foundation Trust's name cut short (a dotted handle ending ".nhs.foundation"):
    # charities beside the Trust do not call themselves that.
    nhs_foundation = any(first == _NHS and second == _FOUNDATION for first, second in pairwise(tokens))
    if _FOUNDATION in tokens and _TRUST not in tokens and not nhs_foundation:
        words.append(_FOUNDATION)
    return words


def _coverage(variant: _NameVariant, tokens: Sequence[str], joined: str, *, handle: bool = False) -> bool:
    """True when `tokens` cover enough of `variant` to read as it (see `NAME_COVERAGE_NEEDED`).

    A variant with one distinctive word is usually a place ("Leeds", "Cambridge"), which news outlets, universities
    and teams share: a name must keep a healthcare word of it ("Cambridge University" is not "Cambridge University
    Hospitals") and two of its words; a handle must add a healthcare or service word ("LeedsHelp", not "LeedsLive").
    """
    kinds = [token for token in variant.tokens if token in KIND_TOKENS]
    if not handle and kinds and not any(token in KIND_TOKENS for token in tokens):
        # "NHS Greater Manchester" (the integrated care board) is not "Greater Manchester Mental Health NHS FT":
        # a name keeps a word of what kind of body the Trust is, not only "NHS".
        return False
    if len(set(variant.distinctive)) >= 2:
        return True
    content = [token for token in variant.tokens if token not in FILLER_TOKENS]
    if not content:
        return True
    if handle:
        return any(token in HEALTH_TOKENS or token in SERVICE_AFFIX_TOKENS for token in tokens)
    present = sum(_token_matches(token, tokens, joined) for token in content)
    if any(token in HEALTH_TOKENS for token in variant.tokens) and not any(token in HEALTH_TOKENS for token in tokens):
        return False
    return present >= min(2, len(content)) and present / len(content) >= NAME_COVERAGE_NEEDED


def _acronym(name: str) -> str:
    words = [word for word in re.split(r"[\s\-&,]+", name) if word and word[0].isalpha()]
    skip = {"and", "of", "the", "nhs", "foundation", "trust"}
    return "".join(word[0] for word in words if word.casefold() not in skip)


_RAW_NAME_KEYS = ("name", "displayName", "display_name")


def _literal_words(text: str) -> list[str]:
    """Words of `text` as a reader sees them (disguises read through, accents and case aside), CamelCase split
    except before a capital I closing a word, which stands for l."""
    plain = "".join(char for char in unicodedata.normalize("NFKD", readable(text)) if not unicodedata.combining(char))
    spaced = re.sub(r"(?<=[a-z])(?=[A-Z])(?!I(?![A-Z]))", " ", plain)
    return [word.casefold() for word in re.findall(r"[^\W_]+", spaced)]


def _shown_name(account: Account) -> str:
    """The display name as the platform sent it: connectors tidy text for classification (dropping zero-width
    characters), and the raw payload keeps what people saw, disguises included."""
    display_name = account.display_name or ""
    visible = skeleton(display_name)
    for key in _RAW_NAME_KEYS:
        raw = account.raw.get(key)
        if isinstance(raw, str) and raw != display_name and skeleton(raw) == visible:
            return raw
    return display_name


def _known_account_id(account: Account) -> str | None:
    return None if account.raw.get("account_id_missing") else account.account_id


def _identity(name: str, text: str, value: Any) -> Evidence:
    return Evidence(name, text, 0.0, value, "identity")


def _kind(affiliate: Affiliate) -> str:
    return affiliate.kind.replace("_", " ")


@dataclass
class ImpersonationScorer:
    """Scores accounts against one Trust's identity: its profile, approved register and logo hashes."""

    trust: TrustProfile
    register: ApprovedRegister
    logo_hashes: Sequence[LogoHashes | ImageHash] = ()
    impersonation_threshold: float = IMPERSONATION_THRESHOLD
    element_present: float = ELEMENT_PRESENT
    deception_needed: float = DECEPTION_NEEDED
    logo_match_distance: int = LOGO_MATCH_DISTANCE
    # The learned reading of scam bios (`scam_bios`); None scores by the listed rules alone.
    scam_bios: ScamBioReader | None = None
    _official_skeletons: dict[str, dict[str, str]] = field(init=False, repr=False)
    _logos: list[LogoHashes] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._logos = [LogoHashes.of(logo) for logo in self.logo_hashes]
        handles: dict[str, dict[str, str]] = {}
        for platform, handle in self._official_pairs():
            view = handle_view(handle, platform)
            key = view.full
            if len(key) >= 3:
                handles.setdefault(key, {}).setdefault(platform, f"@{view.handle} ({platform})")
        self._official_skeletons = handles

    def _official_pairs(self) -> list[tuple[str, str]]:
        pairs = [(platform, handle) for platform, names in self.trust.official_handles.items() for handle in names]
        return pairs + [(entry.platform, entry.handle) for entry in self.register]

    def genuine_handles(self, platform: str) -> list[str]:
        """The Trust's own handles on `platform`: configured and registered, each once (what a report names)."""
        found = [handle for name, handle in self._official_pairs() if name == platform]
        return list(dict.fromkeys(handle.strip().lstrip("@") for handle in found))

    @cached_property
    def name_variants(self) -> list[_NameVariant]:
        """The Trust's name, aliases, registered display names and acronym, tokenised to skeletons."""
        texts = [("name", self.trust.name)]
        texts += [("alias", alias) for alias in self.trust.alias_forms]
        texts += [("registered display name", name) for name in self.register.display_names()]
        acronym = _acronym(self.trust.name)
        if len(acronym) >= 3:
            texts.append(("acronym", acronym))
        variants = []
        for label, text in texts:
            tokens = tuple(name_tokens(text))
            distinctive = tuple(token for token in tokens if token not in GENERIC_TOKENS)
            if distinctive:
                variants.append(_NameVariant(label, text, tokens, distinctive, skeleton(text)))
        return variants

    @cached_property
    def distinctive_vocabulary(self) -> set[str]:
        """Every distinctive token of the Trust's names (an extra word outside it weakens a name match)."""
        return {token for variant in self.name_variants for token in variant.distinctive}

    def place_service_name(self, display_name: str) -> bool:
        """True when `display_name` is two or more service and cause words beside one word of the Trust's names, such
        as its town or a site ("Norwich NHS Jobs", "Sheffield Patient Refunds"): a place, not an organisation."""
        tokens = name_tokens(display_name)
        service = [token for token in tokens if token in SERVICE_NAME_TOKENS]
        own = [token for token in tokens if token not in SERVICE_NAME_TOKENS and token in self.distinctive_vocabulary]
        return len(own) == 1 and len(service) >= 2 and len(own) + len(service) == len(tokens)

    def nameless(self, display_name: str) -> bool:
        """True when `display_name` names no organisation: service and cause words alone, or beside a place."""
        return generic_service_name(display_name) or self.place_service_name(display_name)

    def _nameless_offer(self, display_name: str, bio: str) -> str | None:
        """What in `bio` offers the Trust's jobs or takes money for it under a name naming no organisation."""
        if generic_service_name(display_name):
            return self._offer(bio)
        if not self.place_service_name(display_name):
            return None
        # Genuine job boards and appeals are named after towns too ("Bath Health Jobs" linking NHS Jobs adverts):
        # beside a place only scam wording counts, listed or learned, not an offer alone.
        return self._scam_wording(bio)

    @cached_property
    def own_name_words(self) -> frozenset[str]:
        """Every word of the Trust's names, aliases and registered display names (no filler added)."""
        return frozenset(token for variant in self.name_variants for token in variant.tokens)

    @cached_property
    def trust_vocabulary(self) -> frozenset[str]:
        """Every token of the Trust's names plus filler words: the words a copied name or handle is made of."""
        return FILLER_TOKENS | {token for variant in self.name_variants for token in variant.tokens}

    @cached_property
    def short_stems(self) -> dict[str, str]:
        """Initials and short names (four letters or fewer: "UHB", "SWAS") by skeleton, with the text they came
        from; a handle made of one and affixes copies the Trust."""
        stems: dict[str, str] = {}
        for variant in self.name_variants:
            if len(variant.tokens) == 1 and 3 <= len(variant.skeleton) <= 4:
                stems.setdefault(variant.skeleton, variant.text)
        for key in self._official_skeletons:
            for suffix in ("nhs", "ft", "nhsft", "trust"):
                stem = key.removesuffix(suffix)
                if stem != key and 3 <= len(stem) <= 4:
                    stems.setdefault(stem, key)
        return stems

    @cached_property
    def executives(self) -> list[_ExecutiveName]:
        """The configured executives' names as skeleton tokens, titles dropped."""
        names = []
        for executive in self.trust.executives:
            words = [word for word in executive.name.split() if skeleton(word).strip(".") not in _TITLE_SKELETONS]
            if len(words) < 2:
                continue
            # A double-barrelled surname ("Okafor-Blythe") is one surname, written whole in handles.
            surname = tuple(name_tokens(words[-1]))
            first = name_tokens(words[0])
            if first and surname:
                names.append(_ExecutiveName(executive.name, executive.role, first[0], "".join(surname), surname))
        return names

    @cached_property
    def _phone_digits(self) -> set[str]:
        return {national_digits(number) for number in self.trust.phone_numbers if national_digits(number)}

    @cached_property
    def _domains(self) -> list[str]:
        return [domain.casefold().removeprefix("www.") for domain in self.trust.web_domains]

    @cached_property
    def _domain_stems(self) -> set[str]:
        """The parts of the Trust's domains an impersonator's domain reuses ("uhb" of uhb.nhs.uk)."""
        stems = {skeleton(domain.split(".")[0]) for domain in self._domains}
        stems |= {stem for stem in self.short_stems if len(stem) >= 3}
        return {stem for stem in stems if len(stem) >= 3}

    @cached_property
    def _domain_words(self) -> frozenset[str]:
        return frozenset(self.trust_vocabulary | AFFIX_TOKENS | ORGANISATION_TOKENS | self._domain_stems)

    @cached_property
    def _name_pattern(self) -> re.Pattern[str]:
        names = sorted(
            {self.trust.name, *self.trust.alias_forms, *self.register.display_names()}, key=len, reverse=True
        )
        return re.compile("|".join(re.escape(readable(name)) for name in names if name.strip()), re.IGNORECASE)

    def _without_names(self, text: str) -> str:
        """`text` without the Trust's names: what is left of a bio that is more than "works at <the Trust>"."""
        return self._name_pattern.sub(" ", text)

    @cached_property
    def _registered_bios(self) -> list[tuple[str, str]]:
        """(registered bio, the same without the Trust's names) for every bio on the register."""
        return [(bio, self._without_names(readable(bio))) for bio in self.register.bios()]

    @cached_property
    def _official_bios(self) -> list[tuple[str, str]]:
        """(official bio, the same without the Trust's names) for each registered bio with enough of its own."""
        return [(bio, rest) for bio, rest in self._registered_bios if len(rest.strip()) >= MIN_BIO_WITHOUT_NAMES]

    @cached_property
    def _verbatim_official_bios(self) -> list[str]:
        """Registered bios with words of their own beside the Trust's names, however short ("<Trust> on Bluesky",
        "<Trust>. News and updates."): a word-for-word copy of one is a copy, even where too short to compare
        loosely."""
        return [
            bio
            for bio, rest in self._registered_bios
            if len("".join(token for token in name_tokens(rest) if token not in _NAME_LINK_TOKENS)) >= MIN_OWN_WORDS
        ]

    def is_official(self, account: Account) -> Evidence | None:
        """Evidence that `account` is on the register (or a configured official handle), else None."""
        account_id = _known_account_id(account)
        entry = self.register.match(account.platform, account_id, account.handle)
        if entry is not None:
            how = "account id" if entry.account_id and entry.account_id == account_id else "handle"
            return Evidence(
                "approved_register",
                f"on the approved accounts register (line {entry.line}, owner {entry.owner_team}), matched by {how}",
                0.0,
                {"line": entry.line, "handle": entry.handle, "matched_by": how},
            )
        handle = account.handle or ""
        configured = [normalise_handle(h) for h in self.trust.official_handles.get(account.platform, [])]
        if handle and normalise_handle(handle) in configured and not self.register.has_handle(account.platform, handle):
            return Evidence(
                "configured_official_handle",
                f"@{handle} is listed in trust.official_handles.{account.platform}",
                0.0,
                handle,
            )
        return None

    def affiliate_account(self, account: Account) -> Evidence | None:
        """Evidence that `account` is listed as an account of one of `[[trust.affiliates]]`, else None."""
        handle = normalise_handle(account.handle or "")
        if not handle:
            return None
        for affiliate in self.trust.affiliates:
            listed = {normalise_handle(name) for name in affiliate.accounts.get(account.platform, [])}
            if handle in listed:
                return Evidence(
                    "affiliate_account",
                    f"@{account.handle} is listed as an account of the Trust's {_kind(affiliate)} {affiliate.name} "
                    f"(trust.affiliates.accounts.{account.platform})",
                    0.0,
                    {"affiliate": affiliate.name, "kind": affiliate.kind},
                )
        return None

    @cached_property
    def _affiliate_names(self) -> list[tuple[Affiliate, tuple[str, ...]]]:
        """Each affiliate's name and aliases as word skeletons, link words aside."""
        names = []
        for affiliate in self.trust.affiliates:
            for text in (affiliate.name, *affiliate.aliases):
                words = tuple(token for token in name_tokens(text) if token not in {"the", "and", "of"})
                if words:
                    names.append((affiliate, words))
        return names

    @cached_property
    def _affiliate_handles(self) -> list[tuple[Affiliate, str]]:
        return [
            (affiliate, handle_view(handle, platform).full)
            for affiliate in self.trust.affiliates
            for platform, handles in affiliate.accounts.items()
            for handle in handles
        ]

    @cached_property
    def _affiliate_domains(self) -> list[str]:
        return [domain for affiliate in self.trust.affiliates for domain in affiliate.web_domains]

    @cached_property
    def _affiliate_numbers(self) -> set[str]:
        # "1234567-1" is a linked charity of 1234567: either is the charity's.
        return {
            number
            for affiliate in self.trust.affiliates
            if affiliate.charity_number
            for number in (affiliate.charity_number, affiliate.charity_number.split("-")[0])
        }

    def reads_as_affiliate(self, display_name: str, view: HandleView) -> Affiliate | None:
        """The affiliate whose name the display name or handle reads as, or whose handle it is one or two
        characters from (an unlisted account presenting as the Trust's charity), else None."""
        tokens = name_tokens(display_name)
        joined = "".join(tokens)
        for affiliate, words in self._affiliate_names:
            if all(_token_matches(word, tokens, joined) for word in words):
                return affiliate
            if len("".join(words)) >= 6 and "".join(words) in view.full:
                return affiliate
        for affiliate, handle in self._affiliate_handles:
            if len(handle) >= 6 and view.full and OSA.distance(view.full, handle) <= 2:
                return affiliate
        return None

    def _affiliate_channel(self, profile_text: str) -> str | None:
        """An affiliate's own donation domain or charity number given in `profile_text`, else None."""
        lowered = profile_text.casefold()
        for domain in self._affiliate_domains:
            if re.search(rf"(?<![a-z0-9-]){re.escape(domain)}\b(?!\.[a-z])", lowered):
                return domain
        own = [number for number in charity_numbers(profile_text) if number in self._affiliate_numbers]
        return f"charity number {own[0]}" if own else None

    def _is_fundraising(self, display_name: str, profile_text: str, view: HandleView) -> bool:
        """True when the name or handle is a fundraiser's ("UHB Charity", "@CUHAppeal") or the profile collects
        money (an appeal, a donation request, a shortfall)."""
        words = set(name_tokens(display_name))
        vocabulary = self._domain_words | FUNDRAISING_TOKENS
        words |= {token for word in view.words for token in (_covered_tokens(word, vocabulary) or [])}
        if words & FUNDRAISING_TOKENS:
            return True
        if any(len(token) >= 6 and token in view.full for token in FUNDRAISING_TOKENS):
            return True
        return FUNDRAISING.search(profile_text) is not None

    def _donation_elsewhere(self, domain: str) -> bool:
        """True when `domain` is neither the Trust's, an affiliate's, a giving platform nor a social platform."""
        known = [*self._domains, *self._affiliate_domains, *CHARITY_GIVING_PLATFORMS, *LINK_SERVICES, *_SOCIAL_DOMAINS]
        if any(domain == own or domain.endswith("." + own) for own in known):
            return False
        return not domain.endswith(NHS_SUFFIXES)

    def _donation_evidence(
        self,
        display_name: str,
        bio: str,
        profile_text: str,
        view: HandleView,
        affiliate: Affiliate | None,
        judged: list[Evidence],
    ) -> list[Evidence]:
        """Deception in how a fundraiser for the Trust or its charity collects money (see docs/impersonation.md)."""
        if affiliate is None and not self._is_fundraising(display_name, profile_text, view):
            return []
        evidence: list[Evidence] = []
        if affiliate is not None and affiliate.charity_number:
            wrong = [number for number in charity_numbers(profile_text) if number not in self._affiliate_numbers]
            if wrong:
                evidence.append(
                    Evidence(
                        "wrong_charity_number",
                        f"presents as the Trust's {_kind(affiliate)} {affiliate.name} but gives charity number "
                        f"{wrong[0]}, not its own ({affiliate.charity_number})",
                        WRONG_CHARITY_NUMBER_WEIGHT,
                        wrong[0],
                        "deception",
                    )
                )
        if self._affiliate_channel(profile_text) is not None:
            return evidence
        collecting = f"{readable(display_name)}.\n{profile_text}"
        channel = personal_channel(collecting)
        if channel is not None:
            how = "in a way no registered charity does" if channel.cue == UNTRACEABLE_DONATION else "through a person"
            value, reading = channel.cue, ""
            if channel.cue != UNTRACEABLE_DONATION and (learned := self._scam_bio(bio)) is not None:
                # A bank transfer or PayPal is how a League of Friends may take money too; an appeal that also reads
                # as the fake appeals the reading learned is one, as it would be with no channel named at all.
                value = LEARNED_FAKE_APPEAL
                reading = f"; the appeal reads as a fake appeal to the learned reading of scam bios (p = {learned:.2f})"
            evidence.append(
                Evidence(
                    "donation_outside_charity",
                    f"collects money for the Trust or its charity {how}, not a registered charity's own "
                    f"channel ({channel.description}: {channel.matched!r}){reading}",
                    DONATION_OUTSIDE_CHARITY_WEIGHT,
                    value,
                    "deception",
                )
            )
        elif (learned := self._scam_bio(bio)) is not None:
            # An appeal in the Trust's or its charity's name that reads as the fake appeals of NHS and Charity
            # Commission warnings ("our hospital is in crisis", "1 share = 1 meal", "gift via DM"): counted as a
            # channel no registered charity uses, which a copy of the charity's name alone makes an impersonation.
            evidence.append(
                Evidence(
                    "donation_outside_charity",
                    f"an appeal in the Trust's or its charity's name that reads as a fake appeal to the learned "
                    f"reading of scam bios (p = {learned:.2f})",
                    DONATION_OUTSIDE_CHARITY_WEIGHT,
                    LEARNED_FAKE_APPEAL,
                    "deception",
                )
            )
        elif affiliate is not None and affiliate.web_domains and not any(i.name == "lookalike_domain" for i in judged):
            elsewhere = next((domain for domain in domains_in(profile_text) if self._donation_elsewhere(domain)), None)
            if elsewhere is not None:
                evidence.append(
                    Evidence(
                        "donation_outside_charity",
                        f"presents as the Trust's {_kind(affiliate)} {affiliate.name} but sends people to {elsewhere}, "
                        f"not its own {', '.join(affiliate.web_domains)}",
                        DONATION_OUTSIDE_CHARITY_WEIGHT,
                        elsewhere,
                        "deception",
                    )
                )
        return evidence

    def prepare(self, accounts: Iterable[Account], now: datetime) -> None:
        """Read, in batches, the bios the learned scam reading will be asked about when `accounts` are scored.

        Only accounts carrying some of the Trust's identity, or a name that names no organisation, have their bio
        read: the reading never counts elsewhere. Scoring without preparing gives the same verdicts, slower.
        """
        reader = self.scam_bios
        if reader is None:
            return
        # The same scorer without the reading (a shallow copy keeps what it has worked out about the Trust) says
        # which accounts carry the Trust's identity.
        rules_only = copy.copy(self)
        rules_only.scam_bios = None
        reader.prepare(
            readable_bio(account.description or "")
            for account in accounts
            if account.description
            and (
                self.nameless(account.display_name or "")
                or any(item.kind == "identity" for item in rules_only.score(account, now).evidence)
            )
        )

    def score(self, account: Account, now: datetime, image: ImageResult | None = None) -> AccountVerdict:
        """Score one account; `image` is its fetched profile image (or why it could not be fetched)."""
        official = self.is_official(account)
        if official is not None:
            return AccountVerdict(Verdict.OFFICIAL, 0.0, [official])
        listed = self.affiliate_account(account)
        if listed is not None:
            return AccountVerdict(Verdict.AFFILIATE, 0.0, [listed])

        display_name = account.display_name or ""
        bio = account.description or ""
        bio_text = readable_bio(bio)
        profile_text = " ".join(part for part in (bio_text, account.url or "") if part)
        view = handle_view(account.handle or "", account.platform)
        staff = staff_marker(bio_text)
        disclaimer = DISCLAIMER.search(bio_text)
        parody = parody_label(" ".join(part for part in (readable(display_name), bio_text) if part))

        affiliate = self.reads_as_affiliate(display_name, view) if self.trust.affiliates else None
        strengths, found = self._identity_elements(
            display_name, bio_text, profile_text, view, image, staff, disclaimer, affiliate
        )
        executive_named = "executive" in strengths
        evidence = [
            Evidence(item.name, item.text, round(ELEMENT_WEIGHTS[key] * strengths[key], 4), item.value, "identity")
            for key, item in found.items()
            if key in strengths
        ]
        if "logo_unavailable" in found:
            evidence.append(found["logo_unavailable"])
        identity = sum(item.weight for item in evidence)
        if identity > 0:
            shown = _shown_name(account)
            deceptions = self._deception_evidence(shown, bio, profile_text, view, strengths, found)
            deceptions += self._donation_evidence(display_name, bio_text, profile_text, view, affiliate, deceptions)
            evidence += deceptions
            own_channel = self._affiliate_channel(profile_text) if self.trust.affiliates else None
            presents_as_other = affiliate is not None or organisation_words(
                name_tokens(display_name), self.own_name_words
            )
            if own_channel is not None and presents_as_other and not deceptions:
                evidence.append(
                    Evidence(
                        "affiliate_own_channel",
                        f"presents as an organisation beside the Trust and gives the Trust's affiliate's own "
                        f"{own_channel}",
                        AFFILIATE_OWN_CHANNEL_WEIGHT,
                        own_channel,
                        "mitigation",
                    )
                )
        if staff is not None:
            weight = STAFF_WEIGHT if identity > 0 and not executive_named else 0.0
            evidence.append(
                Evidence(
                    "staff_marker", "bio reads as a member of staff's own account", weight, staff.group(0), "mitigation"
                )
            )
        if disclaimer is not None:
            weight = DISCLAIMER_WEIGHT if identity > 0 else 0.0
            evidence.append(
                Evidence("disclaimer", "says it is not the Trust", weight, disclaimer.group(0), "mitigation")
            )
        if parody is not None:
            evidence.append(
                Evidence(
                    "parody_label", "labels itself parody, fan or unaffiliated", 0.0, parody.group(0), "mitigation"
                )
            )
        if identity > 0:
            evidence += self._risk_evidence(account, now)

        score = min(1.0, max(0.0, sum(item.weight for item in evidence)))
        elements = tuple(key for key, strength in strengths.items() if strength >= self.element_present)
        deception = sum(item.weight for item in evidence if item.kind == "deception")
        untraceable = any(
            item.name == "donation_outside_charity" and item.value in (UNTRACEABLE_DONATION, LEARNED_FAKE_APPEAL)
            for item in evidence
        )
        # NHS Employers: an NHS organisation never charges a candidate a fee or deposit. A fee for the job a bio
        # offers, in any copy of the Trust's name, is a fake recruiter's, as a channel no charity uses is a fake
        # appeal's.
        job_fee = _OFFERS_JOBS.search(bio_text) is not None and any(
            item.name == "scam_content" and isinstance(item.value, list) and "fee" in item.value for item in evidence
        )
        verdict = self._verdict(
            score, elements, identity, deception, parody is not None, money_no_genuine_body_takes=untraceable or job_fee
        )
        kept_for_a_person = self._page_for_the_digest(verdict, bio_text, evidence, deception)
        if kept_for_a_person is not None:
            verdict = Verdict.SUSPICIOUS
            evidence.append(kept_for_a_person)
        return AccountVerdict(verdict, round(score, 4), evidence, elements)

    @staticmethod
    def _page_for_the_digest(
        verdict: Verdict, bio_text: str, evidence: list[Evidence], deception: float
    ) -> Evidence | None:
        """Why an `impersonation` verdict goes to a person in the digest instead (None when it stands)."""
        notice = SAFETY_NOTICE.search(bio_text)
        warning = notice or TEAM_PAGE.search(bio_text)
        copied_bio = any(item.name == "bio" and isinstance(item.value, dict) for item in evidence)
        if (
            verdict is not Verdict.IMPERSONATION
            or warning is None
            or deception > 0
            or copied_bio
            or _OFFICIAL.search(bio_text)
        ):
            return None
        # A page that warns its followers against the scam (NHS England's and Action Fraud's advice: "we will
        # never ask for payment by DM", "don't share personal details") and shows no deception of its own is a
        # Trust team or staff page the register does not list: a person looks at it in the daily digest rather
        # than a takedown going out at once. A copy of the Trust's own bio, or a page calling itself official,
        # claims to be the Trust whatever warning it carries. A page calling itself a team's account is the same
        # kind of page.
        if notice is not None:
            return Evidence("safety_notice", "warns its followers against scams", 0.0, notice.group(0), "mitigation")
        return Evidence("team_page", "calls itself a team's own page", 0.0, warning.group(0), "mitigation")

    def _verdict(
        self,
        score: float,
        elements: tuple[str, ...],
        identity: float,
        deception: float,
        parody: bool,
        *,
        money_no_genuine_body_takes: bool = False,
    ) -> Verdict:
        if parody and (elements or score >= SUSPICIOUS_THRESHOLD):
            return Verdict.PARODY_LABELLED
        if score >= self.impersonation_threshold and (
            len(elements) >= 2
            or (elements and deception >= self.deception_needed)
            or (identity >= WEAK_IDENTITY_NEEDED and deception >= STRONG_DECEPTION_NEEDED)
        ):
            return Verdict.IMPERSONATION
        if money_no_genuine_body_takes and identity >= FUNDRAISER_IDENTITY_NEEDED:
            # An appeal in the Trust's or its charity's name taking money as no registered charity does (crypto,
            # gift cards, PayPal friends and family, a treasurer's account) is a fake appeal, and a fee for a job no
            # NHS employer would charge is a fake recruiter's, whoever's name either also uses.
            return Verdict.IMPERSONATION
        if elements or (identity > 0 and score >= SUSPICIOUS_THRESHOLD):
            return Verdict.SUSPICIOUS
        return Verdict.UNRELATED

    def _identity_elements(
        self,
        display_name: str,
        bio_text: str,
        profile_text: str,
        view: HandleView,
        image: ImageResult | None,
        staff: re.Match[str] | None,
        disclaimer: re.Match[str] | None,
        affiliate: Affiliate | None = None,
    ) -> tuple[dict[str, float], dict[str, Evidence]]:
        """Each identity element copied, by strength (0..1), with its evidence (and an unchecked image's)."""
        strengths: dict[str, float] = {}
        found: dict[str, Evidence] = {}
        for element, result in (
            ("name", self._name_element(display_name)),
            ("handle", self._handle_element(view)),
            ("executive", self._executive_element(display_name, view, bio_text)),
            ("logo", self._logo_element(image)),
        ):
            if result is None:
                continue
            strength, item = result
            if element == "logo" and strength <= 0:
                found["logo_unavailable"] = item
                continue
            strengths[element], found[element] = strength, item
        handle = found.get("handle")
        how = handle.value.get("how", "") if handle is not None and isinstance(handle.value, dict) else ""
        foreign = self._foreign_words(display_name)
        if (
            handle is not None
            and "edit(s) from" in how
            and strengths.get("name", 0.0) < self.element_present
            and foreign
            and strengths["handle"] > ORGANISATION_CAP
        ):
            # A handle a letter or two from the Trust's under another organisation's name ("North East Ambulance
            # Service" as @NEAmbulance beside @NWAmbulance) is that organisation's until deception shows otherwise.
            strengths["handle"] = ORGANISATION_CAP
            found["handle"] = _identity(
                "handle", f"{handle.text} (under another organisation's name: {', '.join(foreign)})", handle.value
            )
        if affiliate is not None:
            # An unlisted account with the charity's name or handle copies the charity, which is the Trust's too:
            # as much as another organisation's name, so deception beside it still decides.
            for element, where in (("name", "display name"), ("handle", "handle")):
                if strengths.get(element, 0.0) < ORGANISATION_CAP:
                    strengths[element] = ORGANISATION_CAP
                    found[element] = _identity(
                        element,
                        f"{where} reads as the Trust's {_kind(affiliate)} {affiliate.name!r}, an account not listed "
                        "under trust.affiliates",
                        {"affiliate": affiliate.name},
                    )
        contact = self._contact_element(profile_text)
        if contact is not None:
            strengths["contact"], found["contact"] = contact
        looks_like = max(
            (strengths.get(key, 0.0) for key in ("name", "handle", "executive", "logo", "contact")), default=0.0
        )
        executive_named = "executive" in strengths
        bio_result = self._bio_element(
            display_name,
            bio_text,
            looks_like >= self.element_present,
            # An executive's own account belongs on the register: "views my own" beside their name claims the role.
            (staff is not None and not executive_named) or bool(disclaimer),
            executive_named,
        )
        if bio_result is not None:
            strengths["bio"], found["bio"] = bio_result
            # Another organisation (a charity, a union branch) speaking of "our helpline" speaks as itself.
            if strengths["bio"] > ORGANISATION_CAP and organisation_words(
                name_tokens(display_name), self.own_name_words
            ):
                strengths["bio"] = ORGANISATION_CAP

        return strengths, found

    def _name_element(self, display_name: str) -> tuple[float, Evidence] | None:
        tokens = name_tokens(display_name)
        if not tokens:
            return None
        joined = "".join(tokens)
        vocabulary = self.trust_vocabulary
        extras = [token for token in tokens if not _word_break(token, vocabulary | ORGANISATION_TOKENS)]
        extras = [
            token
            for token in extras
            if not any(len(token) >= 5 and fuzz.ratio(token, known) >= 85 for known in self.distinctive_vocabulary)
        ]
        best: tuple[float, _NameVariant] | None = None
        display_skeleton = skeleton(display_name)
        for official, labels in self._official_skeletons.items():
            if display_skeleton == official:
                handle_variant = _NameVariant(
                    "official handle", next(iter(labels.values())), (official,), (official,), official
                )
                best = (1.0, handle_variant)
        for variant in self.name_variants:
            if not all(_token_matches(wanted, tokens, joined) for wanted in variant.distinctive):
                continue
            if not _coverage(variant, tokens, joined):
                continue
            similarity = max(
                fuzz.token_set_ratio(" ".join(tokens), " ".join(variant.tokens)),
                fuzz.ratio(joined, variant.skeleton),
            )
            strength = similarity / 100 * 0.5 ** len(extras)
            if best is None or strength > best[0]:
                best = (strength, variant)
        if best is None or best[0] < 0.3:
            return None
        strength, variant = best
        text = f"display name {display_name!r} reads as the Trust's {variant.label} {variant.text!r}"
        if extras:
            text += f" (weakened by other words: {', '.join(extras)})"
        organisation = organisation_words(tokens, self.own_name_words)
        if organisation and strength > ORGANISATION_CAP:
            strength = ORGANISATION_CAP
            text += f" (as another organisation's name: {', '.join(organisation)})"
        return strength, _identity("name", text, {"display_name": display_name, "matched": variant.text})

    def _handle_element(self, view: HandleView) -> tuple[float, Evidence] | None:
        if not view.full:
            return None
        best: tuple[float, str, str] | None = None

        def consider(strength: float, target: str, how: str) -> None:
            nonlocal best
            if best is None or strength > best[0]:
                best = (strength, target, how)

        vocabulary = self.trust_vocabulary | HANDLE_AFFIX_TOKENS
        for official, labels in self._official_skeletons.items():
            label = labels.get(view.platform) or next(iter(labels.values()))
            if view.full == official:
                consider(1.0, label, "same skeleton as")
                continue
            for text in {view.full, view.core}:
                if official in text:
                    before, _, after = text.partition(official)
                    if _word_break(before, vocabulary) and _word_break(after, vocabulary):
                        consider(0.95, label, "official handle plus affixes")
            # Short handles have many genuine neighbours (@ucl beside @uclh): only confusables count there.
            allowed = 0 if len(official) <= 5 else 1 if len(official) <= 8 else 2
            # Optimal string alignment: a transposition (MTF for MFT) is one edit, as a reader sees it.
            for text in {view.full, view.core}:
                distance = OSA.distance(text, official)
                if 0 < distance <= allowed:
                    consider(0.9 if distance == 1 else 0.8, label, f"{distance} edit(s) from")
                elif len(official) >= 6 and fuzz.ratio(text, official) >= 85:
                    consider(fuzz.ratio(text, official) / 100 * 0.9, label, "close to")
        covered = _covered_tokens(view.core, vocabulary) or []
        for variant in self.name_variants:
            stem = "".join(variant.distinctive)
            if len(stem) < 5 or stem not in view.core:
                continue
            before, _, after = view.core.partition(stem)
            if (
                _word_break(before, vocabulary)
                and _word_break(after, vocabulary)
                and _coverage(variant, [*covered, stem], view.core, handle=True)
            ):
                consider(0.85, f"the Trust's {variant.label} {variant.text!r}", "name plus affixes")
        for variant in self.name_variants:
            distinctive = [token for token in covered if token in variant.distinctive]
            if (
                distinctive
                and len(set(distinctive)) >= min(2, len(set(variant.distinctive)))
                and _coverage(variant, covered, view.core, handle=True)
            ):
                consider(0.8, f"the Trust's {variant.label} {variant.text!r}", "made of words of")
        short = self._short_stem_match(view)
        if short is not None:
            consider(0.8, f"the Trust's initials {short!r}", "initials plus affixes")
        cut = self._cut_name(view)
        if cut is not None:
            consider(0.85, f"the Trust's name {cut!r}", f"cut at {view.platform}'s handle length limit")
        if best is None:
            return None
        strength, target, how = best
        words = self.trust_vocabulary | AFFIX_TOKENS | ORGANISATION_TOKENS | set(self.short_stems)
        organisation = organisation_words(
            [token for word in view.words for token in (_covered_tokens(word, words) or [])], self.own_name_words
        )
        text = f"handle @{view.handle} is a lookalike of {target} ({how})"
        if organisation and strength > ORGANISATION_CAP:
            strength = ORGANISATION_CAP
            text += f" (with another organisation's word: {', '.join(organisation)})"
        return strength, _identity("handle", text, {"handle": view.handle, "of": target, "how": how})

    @cached_property
    def _spelled_names(self) -> list[tuple[str, str]]:
        """The Trust's name and each alias, with its words run together as a handle spells them."""
        return [(form, "".join(name_tokens(form))) for form in (self.trust.name, *self.trust.alias_forms)]

    def _cut_name(self, view: HandleView) -> str | None:
        """The Trust's name or alias a handle at its platform's length limit spells until it is cut, or None."""
        if not view.at_length_limit or len(view.core) < MIN_CUT_HANDLE:
            return None
        for form, spelled in self._spelled_names:
            if len(view.core) >= 0.6 * len(spelled) and any(
                (affixed := before + spelled + after).startswith(view.core) and len(view.core) < len(affixed)
                for before, after in (("", ""), ("", "nhs"), ("nhs", ""), ("the", ""))
            ):
                return form
        return None

    def _short_stem_match(self, view: HandleView) -> str | None:
        """The Trust's initials when the handle is them plus affixes ("GSTT.Jobs", "sth_hq", "jobs_cuh")."""
        stems = self.short_stems
        if not stems or not view.words:
            return None
        affixes = HANDLE_AFFIX_TOKENS | self.trust_vocabulary
        # Initials spelled out a letter at a time ("g.h.f.t") are one word.
        words = (view.full,) if len(view.words) > 1 and all(len(word) == 1 for word in view.words) else view.words
        matched: str | None = None
        for word in words:
            hit = None
            for stem in stems:
                if (
                    word == stem
                    or (word.startswith(stem) and _word_break(word[len(stem) :], HANDLE_AFFIX_TOKENS))
                    or (word.endswith(stem) and _word_break(word[: -len(stem)], HANDLE_AFFIX_TOKENS))
                ):
                    hit = stem
                if hit:
                    break
            if hit is not None and matched is None:
                matched = hit
            elif not _word_break(word, affixes):
                return None
        return stems[matched] if matched is not None else None

    def _executive_element(self, display_name: str, view: HandleView, bio: str) -> tuple[float, Evidence] | None:
        if not self.executives:
            return None
        tokens = set(name_tokens(display_name))
        best: tuple[float, _ExecutiveName, str] | None = None
        for executive in self.executives:
            if executive.first in tokens and all(part in tokens for part in executive.tokens):
                strength, where = 1.0, "display name"
            elif any(
                pattern in view.full for pattern in (executive.first + executive.last, executive.last + executive.first)
            ):
                strength, where = 0.9, "handle"
            elif executive.first[0] + executive.last in view.full and len(executive.last) >= 5:
                strength, where = 0.8, "handle"
            elif (
                (all(part in tokens for part in executive.tokens) or executive.last in view.full)
                and len(executive.last) >= 5
                and _ROLES.search(f"{readable(display_name)} {bio}")
            ):
                strength, where = 0.6, "surname with an executive role"
            else:
                continue
            if best is None or strength > best[0]:
                best = (strength, executive, where)
        if best is None:
            return None
        strength, executive, where = best
        return strength, _identity(
            "executive",
            f"uses the name of the Trust's {executive.role} {executive.name} ({where})",
            {"executive": executive.name, "role": executive.role, "where": where},
        )

    def _logo_element(self, image: ImageResult | None) -> tuple[float, Evidence] | None:
        if isinstance(image, ImageUnavailable):
            return 0.0, Evidence("image_unavailable", f"profile image not checked: {image.reason}", 0.0, image.url)
        if image is None:
            return None
        match = self.logo_match(image)
        if match is None:
            return None
        distance, compared, step = match.distance, match.compared, match.step
        if distance > LOGO_NEAR_DISTANCE:
            return None
        if distance <= self.logo_match_distance:
            strength = 1.0 - 0.3 * distance / max(1, self.logo_match_distance)
        else:
            strength = 0.5 * (LOGO_NEAR_DISTANCE - distance) / (LOGO_NEAR_DISTANCE - self.logo_match_distance)
        variant = "as is" if step == 0 else f"cropped {step:.0%}" if step > 0 else f"padded {-step:.0%}"
        return strength, _identity(
            "logo",
            f"profile image ({compared}) is {distance}/{PHASH_SIZE**2} bits from an official logo ({variant}; "
            f"a match is ≤ {self.logo_match_distance})",
            {
                "distance": distance,
                "compared": compared,
                "logo_variant": variant,
                "image_hash": str(image.hash),
                "url": image.url,
            },
        )

    def logo_match(self, image: ProfileImage) -> LogoMatch | None:
        """The official logo variant closest to `image` (whole image or content box), or None without logos."""
        return closest_logo(image, self._logos)

    def references_trust(self, text: str) -> str | None:
        """What in `text` names the Trust (an ODS code, an official handle, a domain, a name), or None."""
        for code in self.trust.ods_codes:
            if re.search(rf"\b{re.escape(code)}\b", text):
                return f"ODS code {code}"
        lowered = text.casefold()
        for _, handle in self._official_pairs():
            name = handle.strip().lstrip("@").casefold()
            if re.search(rf"@{re.escape(name)}\b", lowered):
                return f"@{handle}"
        for domain in self._domains:
            if domain in lowered:
                return domain
        text_tokens = name_tokens(text)
        text_skeleton = "".join(text_tokens)
        for variant in self.name_variants:
            # partial_ratio looks for the shorter string in the longer: the Trust's name must be the shorter,
            # or "University College London" would match inside "University College London Hospitals".
            if len(variant.skeleton) < 8 or len(variant.skeleton) > len(text_skeleton):
                # Initials are one word of any length ("SWBH", "ESNEFT", "LYPFT"): as a word of the text they name
                # the Trust; shorter than 8 letters, a fuzzy search would find them inside other words.
                if (len(variant.skeleton) <= 4 or len(variant.tokens) == 1) and variant.skeleton in text_tokens:
                    return f"{variant.label} {variant.text!r}"
                continue
            # 96: a slip of one letter in a long name, not a different word ("North East" for "North West").
            if fuzz.partial_ratio(variant.skeleton, text_skeleton) >= 96:
                return f"{variant.label} {variant.text!r}"
        return None

    def _bio_element(
        self, display_name: str, bio: str, looks_like: bool, own_account: bool, executive: bool
    ) -> tuple[float, Evidence] | None:
        if not bio:
            return None
        reference = self.references_trust(bio)
        rest = self._without_names(bio)
        copied = max(
            ((bio_similarity(rest, official_rest), official) for official, official_rest in self._official_bios),
            default=None,
        )
        copy_strength = 0.0
        verbatim = next((official for official in self._verbatim_official_bios if contains_bio(bio, official)), None)
        if verbatim is not None and (copied is None or copied[0] < 1.0):
            copied = (1.0, verbatim)
        if copied is not None:
            similarity = copied[0]
            # Trusts share bio templates ("Not monitored 24/7. In an emergency call 999"): a copy must name this
            # Trust too, unless it is near-verbatim.
            if similarity >= 0.9 or (similarity >= 0.75 and reference is not None):
                copy_strength = min(1.0, 0.6 + (similarity - 0.75) * 2.0)
        claim = None if own_account else _bio_claim(bio, reference, looks_like, executive, self.references_trust)
        if claim is None and not own_account and reference is not None and FUNDRAISING.search(bio):
            channel = personal_channel(bio)
            if channel is not None:
                # The Charity Commission's and Fundraising Regulator's advice: an appeal for a named hospital that
                # takes money by bank transfer, payment app, crypto or DM is not a registered charity's; the bio
                # raising it speaks for the Trust whatever the name says ("Hospital Heroes Fund").
                claim = FUNDRAISER_BIO_STRENGTH, f"bio raises money for {reference} ({channel.matched!r})"
        if claim is None and not own_account and reference is not None:
            offer = self._nameless_offer(display_name, bio)
            if offer is not None:
                # "NHS Jobs Centre" hiring for a named hospital, "Donations UK" collecting for it: a page that offers
                # the Trust's jobs or takes money for it under a name no organisation has, as the fake recruitment
                # and appeal pages in NHS and Action Fraud warnings do; every NHS body, charity, agency and
                # fundraiser says whose page it is.
                claim = (
                    GENERIC_SERVICE_BIO_STRENGTH,
                    (
                        f"bio offers jobs or takes money for {reference} ({offer!r}) under a name that names "
                        "no organisation"
                    ),
                )
        if claim is None and copy_strength == 0:
            return None
        claim_strength, claim_text = claim if claim is not None else (0.0, "")
        if copy_strength >= claim_strength and copied is not None:
            return copy_strength, _identity(
                "bio",
                f"bio copies an official bio ({copied[0]:.0%} similar)",
                {"similarity": round(copied[0], 3), "official_bio": copied[1]},
            )
        return claim_strength, _identity("bio", claim_text, reference)

    def _contact_element(self, text: str) -> tuple[float, Evidence] | None:
        if not text:
            return None
        for match in PHONE.finditer(text):
            digits = national_digits(match.group(0))
            if digits and digits in self._phone_digits:
                return 1.0, _identity(
                    "contact", f"profile gives the Trust's phone number {match.group(0).strip()}", digits
                )
        lowered = text.casefold()
        for domain in self._domains:
            if re.search(rf"(?<![a-z0-9-]){re.escape(domain)}\b(?!\.[a-z])", lowered):
                return 1.0, _identity("contact", f"profile links the Trust's web domain {domain}", domain)
        for domain in domains_in(text):
            why = self.lookalike_domain(domain)
            if why is not None and "presents itself" not in why:
                strength = 0.6 if domain.endswith(NHS_SUFFIXES) else 0.8
                return strength, _identity(
                    "contact", f"profile links a lookalike of the Trust's web domain: {why}", domain
                )
        return None

    def lookalike_domain(self, domain: str) -> str | None:
        """Why `domain` imitates the Trust's web domains or the NHS's (None when it does not)."""
        if domain in LINK_SERVICES or any(domain == own or domain.endswith("." + own) for own in self._domains):
            return None
        bare, dot, suffix = domain.partition(".")
        if dot and suffix in CHARITY_SUFFIXES and skeleton(bare) in self._domain_stems:
            # The Trust's name or initials alone on .org is where its own charity lives ("<initials>.org"): the
            # name with something added ("-refunds", "give2"), or on .com or .co.uk, is what impersonators register.
            return None
        labels = re.split(r"[.\-]", domain)
        on_nhs_suffix = domain.endswith(NHS_SUFFIXES)
        for own in self._domains:
            own_name = own.partition(".")[0]
            name = domain.partition(".")[0]
            if skeleton(domain) == skeleton(own) or (name != own_name and skeleton(name) == skeleton(own_name)):
                return f"{domain} reads as the Trust's domain {own} (look-alike characters)"
            distance = OSA.distance(skeleton(domain), skeleton(own))
            if 0 < distance <= (1 if len(own_name) <= 4 else 2):
                return f"{domain} is {distance} character(s) from the Trust's domain {own}"
        # Words of the name part, hyphens and dots aside ("newcastle-hospitals-patients" of a .co.uk domain).
        # Each label on its own: joined first, "tr.nhs" would read as "tmhs" (rn for m) across the dot.
        name_part = "".join(
            skeleton(label) for label in re.split(r"[.\-]", domain.removesuffix(".uk").rsplit(".", 1)[0])
        )
        words = _covered_tokens(name_part, self._domain_words) or []
        extra = [word for word in words if word not in self._domain_stems and word not in self.own_name_words]
        if organisation_words(words, self.own_name_words) and all(word in ORGANISATION_TOKENS for word in extra):
            # The Trust's charity or a union branch on its own domain ("uhbcharity.org") is another organisation's;
            # "charity-appeal" or "charity-donate" beside the name is not how a charity names itself.
            return None
        for label_skeleton in [*(skeleton(label) for label in labels), name_part]:
            for stem in self._domain_stems:
                if label_skeleton == stem or (
                    stem in label_skeleton
                    and (len(stem) >= 6 or _word_break(label_skeleton.replace(stem, "", 1), AFFIX_TOKENS))
                ):
                    where = "an NHS domain that is not the Trust's" if on_nhs_suffix else "a domain outside the NHS"
                    return f"{domain} uses the Trust's name {stem!r} on {where}"
        if not on_nhs_suffix and "nhs" in (skeleton(label) for label in labels):
            return f"{domain} presents itself as an NHS domain but is not on nhs.uk"
        return None

    def _scam_content(self, display_name: str, bio: str, profile_text: str) -> list[Evidence]:
        """Scam wording in the profile, listed cues and the learned reading of the bio."""
        evidence: list[Evidence] = []
        # A display name is scam wording too ("Patient Refunds Desk"), read as its own sentence.
        cues = scam_cues(f"{readable(display_name)}.\n{profile_text}")
        if cues:
            weight = SCAM_CUE_WEIGHTS[min(len(cues), len(SCAM_CUE_WEIGHTS) - 1)]
            evidence.append(
                Evidence(
                    "scam_content",
                    "profile " + "; ".join(f"{cue.description} ({cue.matched!r})" for cue in cues),
                    weight,
                    [cue.cue for cue in cues],
                    "deception",
                )
            )
        learned = self._scam_bio(bio)
        if learned is not None:
            # The learned reading counts as one more cue: beside the listed ones it adds what one more would.
            listed = min(len(cues), len(SCAM_CUE_WEIGHTS) - 1)
            weight = SCAM_CUE_WEIGHTS[min(listed + 1, len(SCAM_CUE_WEIGHTS) - 1)] - SCAM_CUE_WEIGHTS[listed]
            evidence.append(
                Evidence(
                    "scam_bio",
                    f"bio reads as a donation, refund or job scam to the learned reading (p = {learned:.2f})",
                    round(weight, 4),
                    round(learned, 3),
                    "deception",
                )
            )
        return evidence

    def _deception_evidence(
        self,
        display_name: str,
        bio: str,
        profile_text: str,
        view: HandleView,
        strengths: dict[str, float],
        found: dict[str, Evidence],
    ) -> list[Evidence]:
        evidence = self._scam_content(display_name, bio, profile_text)
        for domain in domains_in(profile_text):
            why = self.lookalike_domain(domain)
            if why is not None:
                weight = (
                    NHS_DOMAIN_WEIGHT
                    if "presents itself" in why
                    else NHS_SUFFIX_LOOKALIKE_WEIGHT
                    if domain.endswith(NHS_SUFFIXES) and "reads as" not in why
                    else LOOKALIKE_DOMAIN_WEIGHT
                )
                evidence.append(Evidence("lookalike_domain", why, weight, domain, "deception"))
                break
        disguised = undisguised(readable(bio))[1]
        if disguised is not None:
            evidence.append(
                Evidence(
                    "disguised_word",
                    f"writes 'official' with digits for letters ({disguised!r})",
                    DISGUISED_WORD_WEIGHT,
                    disguised,
                    "deception",
                )
            )
        spelling = self._handle_spelling(view, found.get("handle"))
        if spelling is not None:
            evidence.append(spelling)
        if view.domain is not None:
            why = self.lookalike_domain(view.domain)
            if why is not None and not any(item.name == "lookalike_domain" for item in evidence):
                evidence.append(
                    Evidence(
                        "lookalike_domain",
                        f"handle is a domain: {why}",
                        LOOKALIKE_DOMAIN_WEIGHT,
                        view.domain,
                        "deception",
                    )
                )
        copies_name = strengths.get("name", 0.0) >= self.element_present or strengths.get("executive", 0.0) > 0
        if copies_name:
            tricks = unicode_tricks(display_name)
            if tricks.invisible:
                evidence.append(
                    Evidence(
                        "invisible_characters",
                        f"display name hides {len(tricks.invisible)} invisible character(s) "
                        f"({', '.join(sorted(set(tricks.invisible)))}) inside the Trust's name",
                        INVISIBLE_WEIGHT,
                        list(tricks.invisible),
                        "deception",
                    )
                )
            if tricks.mixed_script:
                evidence.append(
                    Evidence(
                        "mixed_script",
                        f"display name mixes Latin with Cyrillic or Greek letters ({', '.join(tricks.mixed_script)})",
                        MIXED_SCRIPT_WEIGHT,
                        list(tricks.mixed_script),
                        "deception",
                    )
                )
            if tricks.styled:
                evidence.append(
                    Evidence(
                        "styled_letters",
                        "display name is written in styled letters (mathematical, fullwidth or small capitals) "
                        "that read as the Trust's name",
                        STYLED_WEIGHT,
                        "".join(tricks.styled[:10]),
                        "deception",
                    )
                )
            bio_tricks = unicode_tricks(bio)
            if (bio_tricks.invisible or bio_tricks.mixed_script) and not (tricks.invisible or tricks.mixed_script):
                evidence.append(
                    Evidence(
                        "invisible_characters",
                        "bio hides invisible characters or mixed-script letters",
                        0.1,
                        list(bio_tricks.invisible) + list(bio_tricks.mixed_script),
                        "deception",
                    )
                )
        swapped = self._swapped_name_words(display_name) if strengths.get("name", 0.0) >= self.element_present else []
        if swapped:
            evidence.append(
                Evidence(
                    "confusable_name",
                    f"display name spells the Trust's words with swapped look-alike characters ({', '.join(swapped)})",
                    CONFUSABLE_NAME_WEIGHT,
                    swapped,
                    "deception",
                )
            )
        if strengths.get("name", 0.0) >= self.element_present and "handle" not in strengths:
            if view.numeric_id is not None:
                evidence.append(
                    Evidence(
                        "unrelated_handle",
                        f"a page with the Trust's name but no username (its address is the number {view.numeric_id})",
                        UNRELATED_HANDLE_WEIGHT,
                        view.numeric_id,
                        "deception",
                    )
                )
            elif view.full and not self._handle_shares_identity(view, display_name):
                evidence.append(
                    Evidence(
                        "unrelated_handle",
                        f"the Trust's name on @{view.handle}, a handle with nothing of it (a renamed or throwaway "
                        "account)",
                        UNRELATED_HANDLE_WEIGHT,
                        view.handle,
                        "deception",
                    )
                )
            elif view.full and skeleton(display_name) == skeleton(self.trust.name):
                # The Trust's full registered name ("... NHS Foundation Trust") on a new handle that is neither one
                # of its own nor a lookalike of them, even one with a place in it ("@local_nhs_bristol"): pages
                # about a hospital or a place share its short names, but nobody else takes its legal name whole.
                evidence.append(
                    Evidence(
                        "unrelated_handle",
                        f"the Trust's full name on @{view.handle}, a handle that is neither one of its own nor a "
                        "lookalike of them",
                        UNRELATED_HANDLE_WEIGHT,
                        view.handle,
                        "deception",
                    )
                )
        evidence += [
            item
            for item in (
                self._executive_unlisted(display_name, bio, view, found),
                self._generic_service_name(display_name, bio, strengths),
            )
            if item is not None
        ]
        bio_item = found.get("bio")
        copied_bio = (
            bio_item is not None
            and isinstance(bio_item.value, dict)
            and bio_item.value.get("similarity", 0.0) >= COPIED_BIO_ELSEWHERE
        )
        if (
            copied_bio
            and strengths.get("name", 0.0) < self.element_present
            and "handle" not in strengths
            and "executive" not in strengths
            and view.full
            and not self._handle_shares_identity(view, display_name)
        ):
            # The Trust's own bio, word for word, under a name and handle with nothing of the Trust: the
            # "official account of …" it states is false wherever it is not the Trust's account (X's and Meta's
            # impersonation policies: posing as an organisation in a confusing or deceptive manner).
            evidence.append(
                Evidence(
                    "unrelated_handle",
                    f"the Trust's official bio on @{view.handle}, under a name and handle with nothing of the Trust",
                    UNRELATED_HANDLE_WEIGHT,
                    view.handle,
                    "deception",
                )
            )
        return evidence

    def _scam_bio(self, bio: str) -> float | None:
        """The learned reading's probability when `bio` reads as a scam, else None (or no reader configured)."""
        if self.scam_bios is None:
            return None
        text = readable_bio(bio)
        # The reading knows what a bio is about (refunds, donations, pay), not whether it warns against the scam
        # or sends people to the organisation's own desk or site: a PALS or cashier's page saying "we will never
        # ask for bank details" or "claimed in person" is left to the listed rules.
        if SAFETY_NOTICE.search(text) or OWN_MONEY_CHANNEL.search(text):
            return None
        return self.scam_bios.reads_as_scam(text)

    def _scam_wording(self, bio: str) -> str | None:
        """The listed scam wording in `bio`, else the learned reading's verdict, else None."""
        cues = scam_cues(bio)
        if cues:
            return cues[0].matched
        return "reads as a scam offer to the learned reading" if self._scam_bio(bio) is not None else None

    def _offer(self, bio: str) -> str | None:
        """What in `bio` offers jobs or handles money: the listed wording, else the learned reading's verdict."""
        return offers_jobs_or_takes_money(bio) or self._scam_wording(bio)

    def _generic_service_name(self, display_name: str, bio: str, strengths: dict[str, float]) -> Evidence | None:
        """Deception when a name naming no organisation stands beside a copied handle, or beside a bio offering the
        Trust's jobs or taking money for it."""
        # The Trust named in the bio, or its web domain imitated there, is whose jobs or money the page handles.
        offer = (
            max(strengths.get("bio", 0.0), strengths.get("contact", 0.0)) >= self.element_present
            and self._nameless_offer(display_name, readable(bio)) is not None
        )
        copied_handle = strengths.get("handle", 0.0) >= self.element_present and generic_service_name(display_name)
        if not ((copied_handle or offer) and "name" not in strengths):
            return None
        # "NHS Help Desk", "Hospital Updates" beside a handle built on the Trust's initials or name, "NHS Jobs Centre"
        # hiring for its hospital: a page that presents as an NHS service yet names no organisation, as fake pages in
        # NHS fraud warnings do; every NHS body's own name says which body it is.
        beside = "a bio offering the Trust's jobs or taking money for it" if offer else "a handle copying the Trust's"
        return Evidence(
            "generic_service_name",
            f"display name {display_name!r} presents as an NHS service without naming any organisation, beside "
            + beside,
            GENERIC_SERVICE_NAME_WEIGHT,
            display_name,
            "deception",
        )

    def _executive_unlisted(
        self, display_name: str, bio: str, view: HandleView, found: dict[str, Evidence]
    ) -> Evidence | None:
        """Deception when an executive's name is both the display name and the handle of an unlisted account whose
        bio does not make it someone else's."""
        item = found.get("executive")
        if item is None or not isinstance(item.value, dict) or _ANOTHER_PERSON.search(readable(bio)):
            return None
        named = next(executive for executive in self.executives if executive.name == item.value["executive"])
        shown = set(name_tokens(display_name))
        if not (
            named.last in view.full
            and set(named.tokens) <= shown
            and (named.first in shown or named.first in view.full)
        ):
            return None
        # An executive's own accounts belong on the register (docs/impersonation.md); one it does not list that takes
        # their name as both display name and handle is dressed as them, whatever its bio says, as the fake leader
        # profiles in NHS and NCSC warnings are.
        return Evidence(
            "executive_unlisted",
            f"the {named.role} {named.name}'s name as display name and handle, on an account the register does not "
            "list",
            EXECUTIVE_UNLISTED_WEIGHT,
            view.handle,
            "deception",
        )

    @cached_property
    def _literal_words(self) -> dict[str, frozenset[str]]:
        """The Trust's words as written (case and accents aside) and their skeletons: from its names, aliases,
        registered display names and official handles."""
        texts = [self.trust.name, *self.trust.alias_forms, *self.register.display_names()]
        texts += [handle_view(handle, platform).handle for platform, handle in self._official_pairs()]
        literal = {word for text in texts for word in _literal_words(text) if len(word) >= 4}
        return {"literal": frozenset(literal), "skeleton": frozenset(skeleton(word) for word in literal)}

    def _swapped_name_words(self, display_name: str) -> list[str]:
        """Words of a display name that read as one of the Trust's only through a digit or look-alike letter
        ("C0mmunity", "Birmlngham", "HospitaI"): a typo a reader would not notice, made on purpose."""
        words = self._literal_words
        return [
            word
            for word in _literal_words(display_name)
            if len(word) >= 4 and word not in words["literal"] and skeleton(word) in words["skeleton"]
        ]

    def _foreign_words(self, display_name: str) -> list[str]:
        """Distinctive words of a display name that are none of the Trust's: another organisation's name."""
        words = self.trust_vocabulary | AFFIX_TOKENS | ORGANISATION_TOKENS
        return [
            token
            for token in name_tokens(display_name)
            if len(token) >= 3 and token not in GENERIC_TOKENS and not _word_break(token, words)
        ]

    def _swaps_characters(self, view: HandleView) -> bool:
        """True when the handle reads as an official one only through swapped characters (0 for O, Cyrillic a),
        not just a separator or capital letter added."""
        plain = re.sub(r"[\W_]+", "", view.handle).casefold()
        officials = {
            re.sub(r"[\W_]+", "", handle_view(handle, platform).handle).casefold()
            for platform, handle in self._official_pairs()
        }
        return plain not in officials and not any(
            plain == re.sub(r"[\W_]+", "", official.removesuffix("bskysocial")) for official in officials
        )

    def _handle_spelling(self, view: HandleView, handle: Evidence | None) -> Evidence | None:
        """Deception in how a handle reaching an official one is spelled: swapped look-alike characters, a
        separator inside a word, or one character off."""
        how = handle.value.get("how") if handle is not None and isinstance(handle.value, dict) else None
        if how == "same skeleton as" and self._swaps_characters(view):
            name, text, weight = (
                "confusable_handle",
                "is spelled to read as an official handle (swapped look-alike characters)",
                CONFUSABLE_HANDLE_WEIGHT,
            )
        elif how == "same skeleton as" and self._splits_a_word(view):
            name, text, weight = (
                "split_handle",
                "is an official handle with a separator put inside one of its words",
                SPLIT_HANDLE_WEIGHT,
            )
        elif how == "1 edit(s) from":
            name, text, weight = "typo_handle", "is one character off an official handle", TYPO_HANDLE_WEIGHT
        else:
            return None
        return Evidence(name, f"@{view.handle} {text}", weight, view.handle, "deception")

    def _splits_a_word(self, view: HandleView) -> bool:
        """True when a separator in the handle falls inside a word rather than between the Trust's words or affixes
        ("oxleasn.hs", "cd.dftnhs" for @oxleasnhs, @CDDFT_NHS)."""
        if len(view.words) < 2:
            return False
        vocabulary = self.trust_vocabulary | HANDLE_AFFIX_TOKENS | set(self.short_stems)
        return any(not _word_break(word, vocabulary) for word in view.words)

    def _handle_shares_identity(self, view: HandleView, display_name: str) -> bool:
        """True when the handle has a word of the Trust's names, initials or display name (3+ letters)."""
        words = {token for token in self.distinctive_vocabulary if len(token) >= 3}
        words |= set(self.short_stems)
        shown = name_tokens(display_name)
        words |= {token for token in shown if len(token) >= 4 and token not in GENERIC_TOKENS}
        initials = "".join(token[0] for token in shown if token not in {"and", "of", "the"})
        if len(initials) >= 3:
            words.add(initials)
        words |= {skeleton(_acronym(alias)) for alias in self.trust.alias_forms if len(_acronym(alias)) >= 3}
        # Handles shorten the name they start with ("@lancsthpals" for Lancashire Teaching Hospitals PALS).
        shortened = any(
            len(token) >= 6 and token not in GENERIC_TOKENS and view.full.startswith(token[:4]) for token in shown
        )
        return shortened or any(word in view.full for word in words)

    def _risk_evidence(self, account: Account, now: datetime) -> list[Evidence]:
        evidence = []
        if account.created_at is not None:
            age_days = (now - account.created_at).total_seconds() / 86400
            if age_days < 30:
                evidence.append(
                    Evidence("account_age", f"account is {age_days:.0f} days old", 0.10, round(age_days, 1), "risk")
                )
            elif age_days < 180:
                evidence.append(
                    Evidence("account_age", f"account is {age_days:.0f} days old", 0.05, round(age_days, 1), "risk")
                )
        followers, following = account.followers, account.following
        if followers is not None and following is not None and followers < 50 and following > 3 * max(followers, 10):
            evidence.append(
                Evidence(
                    "follower_ratio",
                    f"follows {account.following} accounts with {account.followers} followers",
                    0.05,
                    {"followers": account.followers, "following": account.following},
                    "risk",
                )
            )
        if account.verified:
            # Paid verification is open to anyone, impersonators included: noted, never a reason either way.
            evidence.append(Evidence("verified", "account shows a verification badge (can be bought)", 0.0, True))
        return evidence


_OFFICIAL_OF = re.compile(
    r"\bofficial\s+(?:\w+\s+){0,2}?(?:account|page|twitter|feed|channel|profile|instagram|tiktok|site)\s+(?:of|for)\s+"
    r"(.{3,80})",
    re.IGNORECASE,
)
_WELCOME_TO = re.compile(r"\bwelcome\s+to\s+(?:the\s+)?(?:official\s+\w+\s+of\s+)?(.{3,80})", re.IGNORECASE)
# "Official charity for …", "official recruitment partner of …": another organisation naming its link to the Trust.
_OFFICIAL_PARTNER = re.compile(
    r"\b(official|registered)\s+(\w+\s+)?(charity|partner|supplier|union|sponsor)\b|\bcharity\s+partner\b",
    re.IGNORECASE,
)
# "Vacancies from verified local employers" describes others, not the account.
_OFFICIAL = re.compile(
    r"\b(official|verified|authori[sz]ed)\b(?!\s+(local\s+)?(employers|partners|suppliers|agencies|providers|sources))",
    re.IGNORECASE,
)
_SERVICE_CLAIM = re.compile(
    r"\b(dm\s+us|message\s+us|contact\s+us|email\s+us|call\s+us|reach\s+us|ask\s+us|we\s+are|we'?re|welcome\s+to|"
    r"our\s+(hospitals?|patients?|trust|team|services?|wards?|staff|nurses)|help\s*desk|helpline|"
    r"support\s+(team|desk|line)|patient\s+(support|services|experience|liaison|payments|advice)|"
    r"customer\s+(service|care|support)|appointments?\s+(line|team|enquir\w*|queries|booking|rebooking)|"
    r"book\s+(your|an)\s+appointment|(book|change|cancel|rebook)[^.!?\n]{0,25}\bappointments?|"
    r"official\s+(website|site)|refunds?|complaints?\s+(team|line|handled)|we\s+(reply|respond|run)|"
    r"hr\s+department|recruitment\s+team|we'?re\s+hiring|we\s+are\s+(now\s+)?(hiring|recruiting)|"
    r"now\s+hiring|pals\b|hiring\b|(?<!that\sare\s)(?<!which\sare\s)recruiting\b|talent\s+acquisition)",
    re.IGNORECASE,
)

# "For patient queries please contact PALS", "we can't answer queries - please contact PALS": a bio sending
# people to the Trust's own service desk says it is not that desk (staff networks, research teams); the words it
# names are not the account's own service.
_REFERRAL = re.compile(
    r"\b(quer(y|ies)|enquir(y|ies)|questions?|complaints?|concerns?|feedback|issues?|individual\s+care)\b"
    r"[^.!?\n;]{0,25}?\??\s*\b(please\s+)?(contact|call|email|see|visit|use|go\s+to|speak\s+to)\s+(the\s+|our\s+)?"
    r"(trust'?s?\s+)?(pals|patient\s+advice(\s+and\s+liaison)?(\s+service)?|main\s+(account|page|website)|trust)\b",
    re.IGNORECASE,
)


def _bio_claim(
    bio: str, reference: str | None, looks_like: bool, executive: bool, references: Callable[[str], str | None]
) -> tuple[float, str] | None:
    """How strongly `bio` speaks as the Trust (or, beside an executive's name, as that executive); `references`
    says what in a text names the Trust."""
    official_of = _OFFICIAL_OF.search(bio) or _WELCOME_TO.search(bio)
    if official_of is not None and not _OFFICIAL_PARTNER.search(bio):
        subject = references(official_of.group(1))
        if subject is None:
            # The official account of someone else ("Official account of the University of Oxford").
            return None
        return 1.0, f"bio claims to be the official account of {subject}"
    partner = _OFFICIAL_PARTNER.search(bio)
    # A bio that introduces itself as the Trust's charity or partner speaks for that organisation: its "helpline"
    # or "our official website" is its own.
    service = None if partner else _SERVICE_CLAIM.search(_REFERRAL.sub(" ", bio))
    official = None if partner else _OFFICIAL.search(bio)
    role = _ROLES.search(bio) if executive else None
    claim = service or official or role
    if claim is None:
        # Naming the Trust is not claiming to be it (X's rule wants a false claim of affiliation), so this
        # stays below the element threshold: it adds weight but never makes an element.
        if reference is not None and looks_like:
            return 0.4, f"bio names {reference}"
        return None
    if reference is not None:
        return 1.0, f"bio speaks as the Trust ({claim.group(0)!r}, names {reference})"
    if looks_like:
        notice = SAFETY_NOTICE.search(bio)
        if notice is not None:
            # A team of the Trust's that is not on the register (recruitment, patient experience) describes its
            # service and warns against the scam in the same breath; a person should look, not a takedown.
            return 0.5, f"bio speaks as a team ({claim.group(0)!r}) and warns against scams ({notice.group(0)!r})"
        return (0.8 if service is not None else 0.7), f"bio speaks as an official account ({claim.group(0)!r})"
    return None


def readable_bio(bio: str) -> str:
    """A bio as the scorer reads it: styled and look-alike letters read as letters, "0fficial" as "official"."""
    return undisguised(readable(bio))[0]


def offers_jobs_or_takes_money(bio: str) -> str | None:
    """The words of `bio` offering jobs or handling money (an appeal, a lottery, a refund, a charge, or any scam
    wording), or None."""
    for pattern in (_OFFERS_JOBS, FUNDRAISING, _GIVING, _PRIZE_DRAW, _PATIENT_MONEY):
        found = pattern.search(bio)
        if found is not None:
            return found.group(0)
    cues = scam_cues(bio)
    return cues[0].matched if cues else None


def generic_service_name(display_name: str) -> bool:
    """True when `display_name` is made only of service and cause words and names no organisation ("NHS Jobs
    Centre", "Donations UK")."""
    tokens = name_tokens(display_name)
    return bool(tokens) and all(token in SERVICE_NAME_TOKENS for token in tokens)
