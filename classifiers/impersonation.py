"""Impersonation scoring: is this account pretending to be the Trust? Explainable by construction.

The verdict follows X's impersonation rule: an account impersonates when it copies at least two of the
Trust's identity elements. The elements scored here are

- `name`: a display name that reads as the Trust's name, an alias or a registered account's name,
- `handle`: a handle that is a lookalike of an official handle or of the Trust's name plus affixes,
- `logo`: a profile image whose perceptual hash is close to an official logo,
- `bio_claim`: a bio that claims to be the Trust, to be official, offers its services ("DM us") or runs a
  recruitment or payment scam in its name ("apply via DM", "admin fee", "send us your bank details"),
- `contact`: the Trust's phone numbers or web domains (or a lookalike domain) in the profile.

Names and handles are compared after reduction to a confusable skeleton (`classifiers.lookalikes.skeleton`)
with rapidfuzz. A matching token must be distinctive: "NHS", "Hospital", "Trust", "Foundation" and similar
words are shared by every NHS body, so they never make a match on their own; extra distinctive words
("Richmond", "Council", a person's name) weaken one. Account age, follower ratio and verification move the
score but are never identity elements. The score is the sum of the evidence weights, clipped to 0..1, so
every point of it is listed in the evidence.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import re
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from enum import StrEnum
from functools import cached_property
from pathlib import Path
from typing import Any

import httpx
import imagehash
import numpy as np
from PIL import Image, ImageFilter, ImageOps, UnidentifiedImageError
from pydantic import ValidationError
from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from classifiers.approved_accounts import ApprovedRegister, normalise_handle
from classifiers.lookalikes import skeleton, skeleton_tokens
from trustwatch.errors import ConfigError, TrustWatchError
from trustwatch.records import Account, Finding, Severity, SubjectType, parse_utc
from trustwatch.settings import TrustProfile

log = logging.getLogger(__name__)

ImageHash = imagehash.ImageHash

DETECTOR = "impersonation/1"

# Words an impersonator adds around a name or handle ("Support", "Official", "UK") and labels: they
# neither make a match nor break one.
_FILLER_WORDS = (
    "the and of for in at a an uk gb nhs ft official team support help helpdesk desk info information news "
    "updates update jobs careers appointments appointment enquiries contact customer service line page account "
    "real hq parody fan satire spoof unofficial"
)
# Words every NHS body uses: never distinctive, so they never make a match on their own; but an
# organisation word the Trust's names do not contain ("Oxford *Health*" against Oxford University
# Hospitals) marks another organisation and weakens a match.
_GENERIC_WORDS = (
    "hospital hospitals trust trusts foundation health healthcare care university teaching general "
    "community acute integrated mental services partnership group network national "
    "centre center clinic clinics medical patient patients royal"
)
FILLER_TOKENS = frozenset(skeleton(word) for word in _FILLER_WORDS.split())
GENERIC_TOKENS = FILLER_TOKENS | frozenset(skeleton(word) for word in _GENERIC_WORDS.split())

ELEMENT_WEIGHTS = {"name": 0.30, "handle": 0.30, "logo": 0.30, "bio_claim": 0.25, "contact": 0.25}
# Defaults chosen on the dev Trusts of evals/data/impersonation_eval.jsonl (evals/impersonation.py --tune):
# the highest recall with no more than 1% of genuine accounts flagged, ties broken to the middle of the plateau.
# Rechecked after the logo and scam-wording changes: the search picks the same values.
ELEMENT_PRESENT = 0.6

# A 256-bit pHash (hash_size=16): re-encoded, resized or recoloured copies of a logo land within ~6 bits of
# it. The hash moves ~10 bits per 1% change of scale, so each official logo is hashed at centre crops and
# paddings in 1% steps (`LOGO_FULL_STEPS`), and both images are also hashed on their content box, the
# uniform background trimmed away (`LOGO_CONTENT_STEPS` absorbs the trim's own error): a copy that was
# padded, shifted or cropped only into its margins then matches too. NHS logos share one layout (blue
# lozenge, name below), and two Trusts whose names have the same length and line breaks can hash within
# ~10 bits of each other (evals/impersonation.py measures it): the logo is one element, never a verdict.
PHASH_SIZE = 16
LOGO_MATCH_DISTANCE = 24
LOGO_NEAR_DISTANCE = 36
LOGO_FULL_STEPS = tuple(step / 100 for step in range(-2, 13))
LOGO_CONTENT_STEPS = tuple(step / 100 for step in range(-3, 4))
# Sum of the RGB differences from the background above which a pixel is content, after a light blur so JPEG
# ringing around a logo's edges stays background.
BACKGROUND_TOLERANCE = 60
# Trimming works on a copy at most this many pixels a side: pHash itself looks at 64x64.
TRIM_MAX_SIDE = 512

IMPERSONATION_THRESHOLD = 0.5
SUSPICIOUS_THRESHOLD = 0.25

_PARODY = re.compile(
    r"\b(parody|satire|satirical|spoof|fan\s*(account|page|acc)|fanpage|not\s+(officially\s+)?(affiliated|associated|"
    r"endorsed|connected)|unofficial|not\s+(the\s+)?(real|official)|no\s+affiliation)\b",
    re.IGNORECASE,
)
_STAFF = re.compile(
    r"\b(views?\s+(are\s+)?(my\s+)?own|opinions?\s+(are\s+)?(my\s+)?own|own\s+views|personal\s+account|"
    r"(rts?|retweets?|likes)\s*(≠|!=|=/=|are\s+not|aren'?t|do\s+not\s+equal|not)\s*endorse|"
    r"(nurse|midwife|doctor|dr|consultant|registrar|surgeon|physio(therapist)?|matron|paramedic|hca|"
    r"pharmacist|radiographer|porter|anaesthetist|anesthetist|gp|sister|student|manager|director|"
    r"therapist|healthcare\s+assistant|fy[12]|st[1-8]|sho)\s+(at|@|in|for|with)\b)",
    re.IGNORECASE,
)
_OFFICIAL_OF = re.compile(
    r"\bofficial\s+(?:\w+\s+){0,2}?(?:account|page|twitter|feed|channel|profile)\s+(?:of|for)\s+(.{3,80})",
    re.IGNORECASE,
)
_OFFICIAL = re.compile(r"\b(official|verified|authori[sz]ed)\b", re.IGNORECASE)
_SERVICE_CLAIM = re.compile(
    r"\b(dm\s+us|message\s+us|contact\s+us|email\s+us|call\s+us|reach\s+us|we\s+are|we'?re|welcome\s+to|"
    r"our\s+(hospitals?|patients?|trust|team|services?|wards?)|help\s*desk|helpline|support\s+(team|desk|line)|"
    r"patient\s+(support|services|experience|liaison)|customer\s+(service|care|support)|"
    r"appointments?\s+(line|team|enquir\w*|queries|booking)|book\s+(your|an)\s+appointment|refunds?|"
    r"complaints?\s+(team|line|handled))\b",
    re.IGNORECASE,
)
# Recruitment and payment scams speak as the employer or the booking office: hiring, applications taken by
# direct message, fees to pay, personal or bank details asked for. Like the service wording above, they only
# count when the account already looks like the Trust.
_SCAM_CLAIM = re.compile(
    r"\b(now\s+hiring|we'?re\s+hiring|we\s+are\s+(now\s+)?(hiring|recruiting)|urgently\s+recruiting|"
    r"apply\s+(now\s+)?(via|by|through|in|on)\s+(a\s+)?(dm|direct\s+message|whatsapp|telegram|inbox)|"
    r"(send|dm|message|inbox)\s+(us\s+|me\s+)?(your|with\s+your)\s+(cv|details|full\s+name|name|bank|card|"
    r"nhs\s+number|date\s+of\s+birth|dob|address|phone\s+number|booking\s+reference|reference)|"
    r"(admin|administration|processing|registration|application|booking|interview|dbs|training|uniform|"
    r"onboarding)\s+fee|refundable\s+deposit|whatsapp\s+us|text\s+us\s+on\s+whatsapp)\b",
    re.IGNORECASE,
)
_PHONE = re.compile(r"(?:\+|00)?\d[\d\s().-]{7,}\d")
_DOMAIN = re.compile(r"\b((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24})\b", re.IGNORECASE)


class Verdict(StrEnum):
    """What an account is, relative to the Trust."""

    OFFICIAL = "official"
    IMPERSONATION = "impersonation"
    SUSPICIOUS = "suspicious"
    PARODY_LABELLED = "parody_labelled"
    UNRELATED = "unrelated"


@dataclass(frozen=True)
class Evidence:
    """One reason behind a verdict: machine name, text for a person, its weight in the score, the value seen."""

    name: str
    text: str
    weight: float
    value: Any = None


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


@dataclass(frozen=True)
class ProfileImage:
    """A fetched profile image, reduced to its perceptual hash (and the hash of its content box, if any)."""

    url: str
    hash: ImageHash
    content_type: str
    size_bytes: int
    content_hash: ImageHash | None = None


@dataclass(frozen=True)
class ImageUnavailable:
    """A profile image that could not be checked, and why (scoring goes on without it)."""

    url: str
    reason: str


ImageResult = ProfileImage | ImageUnavailable


@dataclass(frozen=True)
class ImageHashes:
    """An image's pHash, and the pHash of its content box (None when it has no uniform background to trim)."""

    full: ImageHash
    content: ImageHash | None


@dataclass(frozen=True)
class LogoHashes:
    """An official logo hashed as impersonators re-upload it: (crop fraction, hash) pairs for the whole image
    and for its content box; a negative fraction is a padding."""

    full: tuple[tuple[float, ImageHash], ...]
    content: tuple[tuple[float, ImageHash], ...] = ()

    @classmethod
    def of(cls, logo: LogoHashes | ImageHash) -> LogoHashes:
        """`logo` itself, or a bare pHash taken as the whole image at its own size."""
        return logo if isinstance(logo, LogoHashes) else cls(((0.0, logo),))


@dataclass(frozen=True)
class LogoMatch:
    """How close a profile image is to an official logo: Hamming distance in bits, which hashes were compared
    ("whole image" or "content box") and the logo variant's crop fraction (negative: padding)."""

    distance: int
    compared: str
    step: float


def _flattened_image(image_bytes: bytes, max_pixels: int) -> Image.Image:
    try:
        with Image.open(io.BytesIO(image_bytes)) as image:
            width, height = image.size
            # Check the header's size before decoding: a tiny file can declare a gigapixel canvas.
            if width * height > max_pixels:
                raise ValueError(f"image of {width}x{height} pixels exceeds the {max_pixels}-pixel limit")
            image.seek(0)
            rgba = image.convert("RGBA")
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError) as error:
        raise ValueError(f"not a readable image ({type(error).__name__})") from None
    # Logos are usually PNGs on transparent backgrounds while avatars are flattened JPEGs: compare on white.
    flattened = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
    flattened.alpha_composite(rgba)
    return flattened.convert("RGB")


def content_box(image: Image.Image, rounds: int = 3) -> Image.Image | None:
    """`image` with its uniform background border trimmed (nested frames too); None if the border is not
    one colour, as in a photo, where there is no background to trim."""
    scale = min(1.0, TRIM_MAX_SIDE / max(image.size))
    current = image.convert("RGB")
    if scale < 1.0:
        current = current.resize((max(1, round(image.width * scale)), max(1, round(image.height * scale))))
    trimmed = False
    for _ in range(rounds):
        width, height = current.size
        blurred = current.filter(ImageFilter.BoxBlur(max(1, min(width, height) // 100)))
        pixels = np.asarray(blurred, dtype=np.int16)
        border = np.concatenate([pixels[0], pixels[-1], pixels[:, 0], pixels[:, -1]])
        background = np.median(border, axis=0)
        off_background = np.abs(border - background).sum(axis=1) > BACKGROUND_TOLERANCE
        if off_background.mean() > 0.1:
            break
        content = np.abs(pixels - background).sum(axis=2) > BACKGROUND_TOLERANCE
        rows, columns = np.flatnonzero(content.any(axis=1)), np.flatnonzero(content.any(axis=0))
        if rows.size == 0:
            break
        box = (int(columns[0]), int(rows[0]), int(columns[-1]) + 1, int(rows[-1]) + 1)
        # A box of a few pixels is a speck on a blank image, not a logo.
        if box == (0, 0, width, height) or box[2] - box[0] < width / 10 or box[3] - box[1] < height / 10:
            trimmed = True
            break
        current = current.crop(box)
        trimmed = True
    return current if trimmed else None


def _grown(image: Image.Image, fraction: float) -> Image.Image:
    """`image` cropped by `fraction` of each side, or padded with white when `fraction` is negative."""
    width, height = image.size
    if fraction >= 0:
        dx, dy = round(width * fraction), round(height * fraction)
        return image.crop((dx, dy, width - dx, height - dy))
    return ImageOps.expand(image, border=(round(-width * fraction), round(-height * fraction)), fill="white")


def _phash(image: Image.Image) -> ImageHash:
    return imagehash.phash(image, hash_size=PHASH_SIZE)


def profile_image_hash(image_bytes: bytes, max_pixels: int = 16_000_000) -> ImageHash:
    """The perceptual hash (pHash, 256 bits) of an image; transparent areas are read as white."""
    return _phash(_flattened_image(image_bytes, max_pixels))


def profile_image_hashes(image_bytes: bytes, max_pixels: int = 16_000_000) -> ImageHashes:
    """The pHash of the whole image and of its content box (background trimmed), to compare with logos."""
    image = _flattened_image(image_bytes, max_pixels)
    content = content_box(image)
    return ImageHashes(_phash(image), _phash(content) if content is not None else None)


def logo_hashes(image_bytes: bytes, max_pixels: int = 16_000_000) -> LogoHashes:
    """An official logo hashed at the crops and paddings of `LOGO_FULL_STEPS` and, trimmed to its content
    box, of `LOGO_CONTENT_STEPS`; raises ValueError for unreadable bytes."""
    image = _flattened_image(image_bytes, max_pixels)
    full = tuple((step, _phash(_grown(image, step))) for step in LOGO_FULL_STEPS)
    content = content_box(image)
    if content is None:
        return LogoHashes(full)
    return LogoHashes(full, tuple((step, _phash(_grown(content, step))) for step in LOGO_CONTENT_STEPS))


def load_logo_hashes(paths: Iterable[Path]) -> list[LogoHashes]:
    """Hashes of the Trust's official logos; a missing or unreadable file is a ConfigError naming it."""
    hashes = []
    for path in paths:
        try:
            hashes.append(logo_hashes(path.read_bytes()))
        except FileNotFoundError:
            raise ConfigError(f"{path}: trust.logos: logo file not found") from None
        except (OSError, ValueError) as error:
            raise ConfigError(f"{path}: trust.logos: cannot read logo ({error})") from None
    return hashes


def fetch_profile_image(
    client: httpx.Client, url: str, max_bytes: int = 2_000_000, timeout: float = 10.0
) -> ImageResult:
    """Fetch and hash a profile image within a size and a total time limit; failures come back as evidence."""
    deadline = time.monotonic() + timeout
    try:
        with client.stream("GET", url, timeout=timeout) as response:
            if response.status_code != 200:
                return ImageUnavailable(url, f"HTTP {response.status_code}")
            content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
            if not content_type.startswith("image/"):
                return ImageUnavailable(url, f"not an image ({content_type or 'no content type'})")
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                return ImageUnavailable(url, f"{declared} bytes exceeds the {max_bytes}-byte limit")
            body = bytearray()
            for chunk in response.iter_bytes():
                body.extend(chunk)
                if len(body) > max_bytes:
                    return ImageUnavailable(url, f"more than the {max_bytes}-byte limit")
                if time.monotonic() > deadline:
                    return ImageUnavailable(url, f"took longer than {timeout:g} s")
    except httpx.TimeoutException:
        return ImageUnavailable(url, f"timed out after {timeout:g} s")
    except httpx.HTTPError as error:
        return ImageUnavailable(url, f"fetch failed ({type(error).__name__})")
    try:
        hashes = profile_image_hashes(bytes(body))
    except ValueError as error:
        return ImageUnavailable(url, str(error))
    return ProfileImage(url, hashes.full, content_type, len(body), hashes.content)


def _word_break(text: str, vocabulary: frozenset[str] | set[str]) -> bool:
    """True when `text` is a concatenation of vocabulary words (or empty)."""
    reachable = [True] + [False] * len(text)
    for end in range(1, len(text) + 1):
        reachable[end] = any(reachable[start] and text[start:end] in vocabulary for start in range(end))
    return reachable[len(text)]


def _token_matches(wanted: str, tokens: Sequence[str], joined: str) -> bool:
    if wanted in tokens:
        return True
    if len(wanted) >= 5 and wanted in joined:
        return True
    return len(wanted) >= 5 and any(len(token) >= 5 and fuzz.ratio(wanted, token) >= 85 for token in tokens)


@dataclass(frozen=True)
class _NameVariant:
    label: str
    text: str
    tokens: tuple[str, ...]
    distinctive: tuple[str, ...]
    skeleton: str


def _acronym(name: str) -> str:
    words = [word for word in re.split(r"[\s\-&,]+", name) if word and word[0].isalpha()]
    skip = {"and", "of", "the", "nhs", "foundation", "trust"}
    return "".join(word[0] for word in words if word.casefold() not in skip)


@dataclass
class ImpersonationScorer:
    """Scores accounts against one Trust's identity: its profile, approved register and logo hashes."""

    trust: TrustProfile
    register: ApprovedRegister
    logo_hashes: Sequence[LogoHashes | ImageHash] = ()
    impersonation_threshold: float = IMPERSONATION_THRESHOLD
    element_present: float = ELEMENT_PRESENT
    logo_match_distance: int = LOGO_MATCH_DISTANCE
    _official_skeletons: dict[str, dict[str, str]] = field(init=False, repr=False)
    _logos: list[LogoHashes] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._logos = [LogoHashes.of(logo) for logo in self.logo_hashes]
        handles: dict[str, dict[str, str]] = {}
        pairs = [(platform, handle) for platform, names in self.trust.official_handles.items() for handle in names]
        pairs += [(entry.platform, entry.handle) for entry in self.register]
        for platform, handle in pairs:
            key = self._handle_skeleton(handle, platform)
            if len(key) >= 3:
                handles.setdefault(key, {}).setdefault(platform, f"@{handle} ({platform})")
        self._official_skeletons = handles

    @staticmethod
    def _handle_skeleton(handle: str, platform: str) -> str:
        handle = handle.strip().lstrip("@")
        if platform == "bluesky" or (platform not in ("x", "reddit") and "." in handle):
            handle = handle.split(".")[0]
        return skeleton(handle)

    @cached_property
    def name_variants(self) -> list[_NameVariant]:
        """The Trust's name, aliases, registered display names and acronym, tokenised to skeletons."""
        texts = [("name", self.trust.name)]
        texts += [("alias", alias) for alias in self.trust.aliases]
        texts += [("registered display name", name) for name in self.register.display_names()]
        acronym = _acronym(self.trust.name)
        if len(acronym) >= 3:
            texts.append(("acronym", acronym))
        variants = []
        for label, text in texts:
            tokens = tuple(skeleton_tokens(text))
            distinctive = tuple(token for token in tokens if token not in GENERIC_TOKENS)
            if distinctive:
                variants.append(_NameVariant(label, text, tokens, distinctive, skeleton(text)))
        return variants

    @cached_property
    def distinctive_vocabulary(self) -> set[str]:
        """Every distinctive token of the Trust's names (an extra word outside it weakens a name match)."""
        return {token for variant in self.name_variants for token in variant.distinctive}

    @cached_property
    def trust_vocabulary(self) -> frozenset[str]:
        """Every token of the Trust's names plus filler words: the words a copied name or handle is made of."""
        return FILLER_TOKENS | {token for variant in self.name_variants for token in variant.tokens}

    @cached_property
    def _phone_digits(self) -> set[str]:
        return {_national_digits(number) for number in self.trust.phone_numbers if _national_digits(number)}

    @cached_property
    def _domains(self) -> list[str]:
        return [domain.casefold().removeprefix("www.") for domain in self.trust.web_domains]

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

    def score(self, account: Account, now: datetime, image: ImageResult | None = None) -> AccountVerdict:
        """Score one account; `image` is its fetched profile image (or why it could not be fetched)."""
        official = self.is_official(account)
        if official is not None:
            return AccountVerdict(Verdict.OFFICIAL, 0.0, [official])

        evidence: list[Evidence] = []
        strengths: dict[str, float] = {}

        name = self._name_element(account.display_name or "")
        if name is not None:
            strengths["name"] = name[0]
            evidence.append(name[1])
        handle = self._handle_element(account.handle or "", account.platform)
        if handle is not None:
            strengths["handle"] = handle[0]
            evidence.append(handle[1])
        logo = self._logo_element(account, image)
        if logo is not None:
            if logo[0] > 0:
                strengths["logo"] = logo[0]
            evidence.append(logo[1])

        bio = account.description or ""
        profile_text = " ".join(part for part in (bio, account.url or "") if part)
        staff = _STAFF.search(bio)
        parody = _PARODY.search(" ".join(part for part in (account.display_name or "", bio) if part))
        looks_like = max(strengths.get("name", 0.0), strengths.get("handle", 0.0), strengths.get("logo", 0.0))
        claim = self._bio_claim(bio, looks_like >= self.element_present, staff is not None)
        if claim is not None:
            strengths["bio_claim"] = claim[0]
            evidence.append(claim[1])
        contact = self._contact_element(profile_text)
        if contact is not None:
            strengths["contact"] = contact[0]
            evidence.append(contact[1])

        for element, strength in strengths.items():
            weight = round(ELEMENT_WEIGHTS[element] * strength, 4)
            evidence[:] = [
                Evidence(item.name, item.text, weight, item.value) if item.name == element else item
                for item in evidence
            ]
        if staff is not None:
            evidence.append(
                Evidence("staff_marker", "bio reads as a member of staff's own account", 0.0, staff.group(0))
            )
        if parody is not None:
            evidence.append(Evidence("parody_label", "labels itself parody, fan or unaffiliated", 0.0, parody.group(0)))
        evidence += self._risk_evidence(account, now)

        score = min(1.0, max(0.0, sum(item.weight for item in evidence)))
        elements = tuple(element for element, strength in strengths.items() if strength >= self.element_present)
        if parody is not None and (elements or score >= SUSPICIOUS_THRESHOLD):
            verdict = Verdict.PARODY_LABELLED
        elif len(elements) >= 2 and score >= self.impersonation_threshold:
            verdict = Verdict.IMPERSONATION
        elif elements or score >= SUSPICIOUS_THRESHOLD:
            verdict = Verdict.SUSPICIOUS
        else:
            verdict = Verdict.UNRELATED
        return AccountVerdict(verdict, round(score, 4), evidence, elements)

    def _name_element(self, display_name: str) -> tuple[float, Evidence] | None:
        tokens = skeleton_tokens(display_name)
        if not tokens:
            return None
        joined = "".join(tokens)
        vocabulary = self.trust_vocabulary
        extras = [token for token in tokens if not _word_break(token, vocabulary)]
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
        return strength, Evidence("name", text, 0.0, {"display_name": display_name, "matched": variant.text})

    def _handle_element(self, handle: str, platform: str) -> tuple[float, Evidence] | None:
        handle = handle.strip().lstrip("@")
        if not handle:
            return None
        candidate = self._handle_skeleton(handle, platform)
        # Trailing digits ("KingsmereNHS2") are an affix, not letters in disguise.
        core = self._handle_skeleton(re.sub(r"[\d_.\-]+$", "", handle) or handle, platform)
        best: tuple[float, str, str] | None = None

        def consider(strength: float, target: str, how: str) -> None:
            nonlocal best
            if best is None or strength > best[0]:
                best = (strength, target, how)

        for official, labels in self._official_skeletons.items():
            label = labels.get(platform) or next(iter(labels.values()))
            if candidate == official:
                consider(1.0, label, "same skeleton as")
                continue
            for text in {candidate, core}:
                if official in text:
                    before, _, after = text.partition(official)
                    if _word_break(before, self.trust_vocabulary) and _word_break(after, self.trust_vocabulary):
                        consider(0.95, label, "official handle plus affixes")
            # Short handles have many genuine neighbours (@ucl beside @uclh): only confusables count there.
            allowed = 0 if len(official) <= 5 else 1 if len(official) <= 8 else 2
            # Optimal string alignment: a transposition (MTF for MFT) is one edit, as a reader sees it.
            distance = OSA.distance(core, official)
            if 0 < distance <= allowed:
                consider(0.9 if distance == 1 else 0.8, label, f"{distance} edit(s) from")
            elif len(official) >= 6:
                similarity = fuzz.ratio(core, official) / 100
                if similarity >= 0.85:
                    consider(similarity * 0.9, label, "close to")
        for variant in self.name_variants:
            stem = "".join(variant.distinctive)
            if len(stem) < 5 or stem not in core:
                continue
            before, _, after = core.partition(stem)
            affixes = FILLER_TOKENS | set(variant.tokens)
            if _word_break(before, affixes) and _word_break(after, affixes):
                consider(0.85, f"the Trust's {variant.label} {variant.text!r}", "name plus affixes")
        if best is None:
            return None
        strength, target, how = best
        return strength, Evidence(
            "handle", f"handle @{handle} is a lookalike of {target} ({how})", 0.0, {"handle": handle, "of": target}
        )

    def _logo_element(self, account: Account, image: ImageResult | None) -> tuple[float, Evidence] | None:
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
        return strength, Evidence(
            "logo",
            f"profile image ({compared}) is {distance}/{PHASH_SIZE**2} bits from an official logo ({variant}; "
            f"a match is ≤ {self.logo_match_distance})",
            0.0,
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
        candidates = [
            LogoMatch(int(image.hash - logo_hash), "whole image", step)
            for logo in self._logos
            for step, logo_hash in logo.full
        ]
        if image.content_hash is not None:
            candidates += [
                LogoMatch(int(image.content_hash - logo_hash), "content box", step)
                for logo in self._logos
                for step, logo_hash in logo.content
            ]
        return min(candidates, key=lambda match: (match.distance, abs(match.step)), default=None)

    def _references_trust(self, text: str) -> str | None:
        for code in self.trust.ods_codes:
            if re.search(rf"\b{re.escape(code)}\b", text):
                return f"ODS code {code}"
        lowered = text.casefold()
        for platform_handles in self.trust.official_handles.values():
            for handle in platform_handles:
                if re.search(rf"@{re.escape(handle.casefold())}\b", lowered):
                    return f"@{handle}"
        for domain in self._domains:
            if domain in lowered:
                return domain
        text_skeleton = skeleton(text)
        for variant in self.name_variants:
            # partial_ratio looks for the shorter string in the longer: the Trust's name must be the shorter,
            # or "University College London" would match inside "University College London Hospitals".
            if len(variant.skeleton) < 8 or len(variant.skeleton) > len(text_skeleton):
                continue
            if fuzz.partial_ratio(variant.skeleton, text_skeleton) >= 92:
                return f"{variant.label} {variant.text!r}"
        return None

    def _bio_claim(self, bio: str, looks_like: bool, staff: bool) -> tuple[float, Evidence] | None:
        if not bio or staff:
            return None
        reference = self._references_trust(bio)
        official_of = _OFFICIAL_OF.search(bio)
        if official_of is not None:
            subject = official_of.group(1)
            subject_reference = self._references_trust(subject)
            if subject_reference is None:
                return None
            return 1.0, Evidence(
                "bio_claim", f"bio claims to be the official account of {subject_reference}", 0.0, official_of.group(0)
            )
        service = _SERVICE_CLAIM.search(bio) or _SCAM_CLAIM.search(bio)
        official = _OFFICIAL.search(bio)
        claim = service or official
        if claim is None:
            # Naming the Trust is not claiming to be it (X's rule wants a false claim of affiliation), so this
            # stays below the element threshold: it adds weight but never makes the second element.
            if reference is not None and looks_like:
                return 0.4, Evidence("bio_claim", f"bio names {reference}", 0.0, reference)
            return None
        if reference is not None:
            return 1.0, Evidence(
                "bio_claim", f"bio speaks as the Trust ({claim.group(0)!r}, names {reference})", 0.0, claim.group(0)
            )
        if looks_like:
            strength = 0.8 if service is not None else 0.7
            return strength, Evidence(
                "bio_claim", f"bio speaks as an official account ({claim.group(0)!r})", 0.0, claim.group(0)
            )
        return None

    def _contact_element(self, text: str) -> tuple[float, Evidence] | None:
        if not text:
            return None
        for match in _PHONE.finditer(text):
            digits = _national_digits(match.group(0))
            if digits and digits in self._phone_digits:
                return 1.0, Evidence(
                    "contact", f"profile gives the Trust's phone number {match.group(0).strip()}", 0.0, digits
                )
        lowered = text.casefold()
        for domain in self._domains:
            if re.search(rf"(?<![a-z0-9-]){re.escape(domain)}\b", lowered):
                return 1.0, Evidence("contact", f"profile links the Trust's web domain {domain}", 0.0, domain)
        for match in _DOMAIN.finditer(lowered):
            seen = match.group(1).removeprefix("www.")
            for domain in self._domains:
                if (
                    seen != domain
                    and not seen.endswith("." + domain)
                    and fuzz.ratio(skeleton(seen), skeleton(domain)) >= 85
                ):
                    return 0.9, Evidence(
                        "contact", f"profile links {seen}, a lookalike of the Trust's domain {domain}", 0.0, seen
                    )
        return None

    def _risk_evidence(self, account: Account, now: datetime) -> list[Evidence]:
        evidence = []
        if account.created_at is not None:
            age_days = (now - account.created_at).total_seconds() / 86400
            if age_days < 30:
                evidence.append(
                    Evidence("account_age", f"account is {age_days:.0f} days old", 0.10, round(age_days, 1))
                )
            elif age_days < 180:
                evidence.append(
                    Evidence("account_age", f"account is {age_days:.0f} days old", 0.05, round(age_days, 1))
                )
        followers, following = account.followers, account.following
        if followers is not None and following is not None and followers < 50 and following > 3 * max(followers, 10):
            evidence.append(
                Evidence(
                    "follower_ratio",
                    f"follows {account.following} accounts with {account.followers} followers",
                    0.05,
                    {"followers": account.followers, "following": account.following},
                )
            )
        if account.verified:
            # Paid verification is available to anyone, so it only slightly offsets the other signals.
            evidence.append(Evidence("verified", "account is verified by the platform", -0.05, True))
        return evidence


def _national_digits(number: str) -> str:
    digits = re.sub(r"\D", "", number)
    if number.strip().startswith("+") and digits.startswith("44"):
        digits = "0" + digits[2:]
    elif digits.startswith("0044"):
        digits = "0" + digits[4:]
    return digits if len(digits) >= 9 else ""


def _known_account_id(account: Account) -> str | None:
    return None if account.raw.get("account_id_missing") else account.account_id


def profile_fingerprint(account: Account, image: ImageResult | None = None) -> str:
    """A hash of what the account shows the public: a change means the finding must be updated."""
    shown = {
        "handle": account.handle,
        "display_name": account.display_name,
        "description": account.description,
        "profile_image_url": account.profile_image_url,
        "url": account.url,
        "image_hash": str(image.hash) if isinstance(image, ProfileImage) else None,
    }
    return hashlib.sha256(json.dumps(shown, sort_keys=True).encode()).hexdigest()[:16]


FINDING_KINDS = {
    Verdict.IMPERSONATION: ("impersonation", Severity.HIGH),
    Verdict.SUSPICIOUS: ("suspicious_account", Severity.LOW),
    Verdict.PARODY_LABELLED: ("parody_account", Severity.LOW),
}


def impersonation_finding(
    account: Account, verdict: AccountVerdict, now: datetime, image: ImageResult | None = None
) -> Finding | None:
    """The finding to store for a verdict (None for official and unrelated accounts).

    Its id depends only on (kind, platform, account id), so re-seeing the account updates the same
    finding and never re-alerts; `profile_fingerprint` in the evidence shows when the profile changed.
    """
    kind_severity = FINDING_KINDS.get(verdict.verdict)
    if kind_severity is None:
        return None
    kind, severity = kind_severity
    label = f"@{account.handle}" if account.handle else account.account_id
    return Finding(
        kind=kind,
        subject_type=SubjectType.ACCOUNT,
        platform=account.platform,
        subject_id=account.account_id,
        severity=severity,
        score=verdict.score,
        summary=f"{label} on {account.platform}: {verdict.verdict.value} (score {verdict.score:.2f}; "
        f"copies {', '.join(verdict.elements) or 'no identity element'})",
        evidence={
            **verdict.to_dict(),
            "profile_fingerprint": profile_fingerprint(account, image),
            "account": account.model_dump(mode="json", exclude={"raw"}),
        },
        detected_at=now,
        detector=DETECTOR,
    )


class AccountInputError(TrustWatchError):
    """A line of `check-accounts` input is not a valid account; the message names the line and field."""


INPUT_FIELDS = (
    "platform",
    "handle",
    "display_name",
    "description",
    "account_id",
    "created_at",
    "followers",
    "following",
    "verified",
    "profile_image_url",
    "url",
)


def account_from_json(payload: Mapping[str, Any], where: str = "input") -> Account:
    """An Account from one `check-accounts` JSON object; a missing id is recorded as missing, not invented."""
    unknown = sorted(set(payload) - set(INPUT_FIELDS))
    known = {key: payload[key] for key in INPUT_FIELDS if key in payload and payload[key] is not None}
    for key in ("platform", "handle"):
        if not isinstance(known.get(key), str) or not known[key].strip():
            raise AccountInputError(f"{where}: field {key!r} is required and must be a non-empty string")
    known["handle"] = known["handle"].strip().lstrip("@")
    raw: dict[str, Any] = {"extra_fields": {key: payload[key] for key in unknown}} if unknown else {}
    if "account_id" not in known:
        # Account ids are required on records; the handle stands in and the register matches by handle only.
        known["account_id"] = f"handle:{known['handle'].casefold()}"
        raw["account_id_missing"] = True
    else:
        known["account_id"] = str(known["account_id"])
    if isinstance(known.get("created_at"), str):
        try:
            known["created_at"] = parse_utc(known["created_at"])
        except ValueError:
            raise AccountInputError(f"{where}: field 'created_at': {known['created_at']!r} is not ISO-8601") from None
    try:
        return Account(**known, raw=raw)
    except ValidationError as error:
        problems = "; ".join(f"field {'.'.join(str(p) for p in e['loc'])!r}: {e['msg']}" for e in error.errors())
        raise AccountInputError(f"{where}: {problems}") from None


def check_accounts(
    lines: Iterable[str],
    scorer: ImpersonationScorer,
    now: datetime,
    fetch_image: Callable[[str], ImageResult] | None = None,
    source: str = "input",
) -> Iterator[dict[str, Any]]:
    """Score JSON lines of accounts and yield each input object with `verdict`, `score`, `evidence` added."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{source}: line {number}"
        try:
            payload = json.loads(line)
        except json.JSONDecodeError as error:
            raise AccountInputError(f"{where}: not valid JSON ({error.msg} at column {error.colno})") from None
        if not isinstance(payload, dict):
            raise AccountInputError(f"{where}: expected a JSON object, got {type(payload).__name__}")
        account = account_from_json(payload, where)
        image = fetch_image(account.profile_image_url) if fetch_image and account.profile_image_url else None
        verdict = scorer.score(account, now, image)
        yield {**payload, **verdict.to_dict()}
