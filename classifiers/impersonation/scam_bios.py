"""A learned reading of scam bios: does a profile's bio read as a donation, refund or job scam?

Scam wording is open-ended: each new way of writing a fake appeal or a fee for a job slipped past the listed cues
of `content.scam_cues` (decision 0104). This head is a logistic regression on the builtin encoder's mean-pooled
bio embedding, trained by `training/impersonation_scam_bios.py` on the development sets' scam bios against every
genuine bio and real ordinary profiles. The scorer counts it only as deception beside a copied identity element
and as the offer of a page that names no organisation, never as identity: a bio alone does not say whose it is.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from trustwatch.errors import ConfigError

if TYPE_CHECKING:
    from classifiers.encoder import SentenceEncoder

HEAD_PATH = Path(__file__).with_name("scam_bio_head.json")
# Bios are short: 96 tokens hold the longest platform bio (X: 160 characters; Instagram, TikTok: 150-200).
BIO_TOKENS = 96


@dataclass(frozen=True)
class ScamBioHead:
    """The trained linear head: weights over the encoder's mean embedding, bias and the decision threshold."""

    weights: tuple[float, ...]
    bias: float
    threshold: float
    encoder_fingerprint: str
    trained: dict[str, Any] = field(default_factory=dict)

    def probability(self, vector: Sequence[float]) -> float:
        """P(scam bio) for one unit-length mean embedding."""
        if len(vector) != len(self.weights):
            raise ConfigError(f"scam bio head: expects {len(self.weights)} features, the encoder gives {len(vector)}")
        logit = self.bias + math.fsum(w * float(x) for w, x in zip(self.weights, vector, strict=True))
        return 1.0 / (1.0 + math.exp(-logit)) if logit > -700 else 0.0

    def to_json(self) -> str:
        """The head as written to `scam_bio_head.json`."""
        return json.dumps(
            {
                "encoder_fingerprint": self.encoder_fingerprint,
                "pooling": "mean",
                "max_tokens": BIO_TOKENS,
                "threshold": self.threshold,
                "bias": self.bias,
                "weights": list(self.weights),
                "trained": self.trained,
            },
            indent=1,
        )


def load_scam_bio_head(path: Path = HEAD_PATH) -> ScamBioHead:
    """The head in `path`; a missing or malformed file is a `ConfigError` naming it and the field."""
    try:
        payload = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ConfigError(f"{path}: cannot read the scam bio head ({error})") from None
    try:
        weights = tuple(float(value) for value in payload["weights"])
        threshold = float(payload["threshold"])
        head = ScamBioHead(
            weights, float(payload["bias"]), threshold, str(payload["encoder_fingerprint"]), payload.get("trained", {})
        )
    except (KeyError, TypeError, ValueError) as error:
        raise ConfigError(f"{path}: field {error} is missing or not a number") from None
    if not weights or not 0.0 < threshold < 1.0:
        raise ConfigError(f"{path}: needs weights and a threshold between 0 and 1")
    return head


class ScamBioReader:
    """Reads bios with the encoder and the head, remembering each bio's probability for the scorer's later calls.

    `prepare` reads many bios in batches (a run's or a file's accounts); a bio not prepared is read alone.
    """

    def __init__(self, head: ScamBioHead, encoder: SentenceEncoder | Callable[[], SentenceEncoder]) -> None:
        """`encoder` is the encoder, or what loads it when the first bio is read (a run with no account to check
        never loads it)."""
        self.head = head
        self._encoder: SentenceEncoder | None = None
        if callable(encoder):
            self._load = encoder
        else:
            given = self._encoder = self._checked(encoder)
            self._load = lambda: given
        self._read: dict[str, float] = {}

    def _checked(self, encoder: SentenceEncoder) -> SentenceEncoder:
        if encoder.fingerprint != self.head.encoder_fingerprint:
            raise ConfigError(
                f"scam bio head was trained on another encoder ({self.head.encoder_fingerprint[:12]}), "
                f"not {encoder.model_dir.name} ({encoder.fingerprint[:12]})"
            )
        return encoder

    @property
    def encoder(self) -> SentenceEncoder:
        """The encoder, loaded and checked against the head on first use."""
        if self._encoder is None:
            self._encoder = self._checked(self._load())
        return self._encoder

    @property
    def threshold(self) -> float:
        """The probability from which a bio reads as a scam."""
        return self.head.threshold

    def prepare(self, bios: Iterable[str]) -> None:
        """Read every bio of `bios` not read yet, in the encoder's batches."""
        wanted = sorted({text for bio in bios if (text := bio.strip()) and text not in self._read})
        if not wanted:
            return
        vectors = self.encoder.encode(wanted)["mean"].tolist()
        for text, vector in zip(wanted, vectors, strict=True):
            self._read[text] = self.head.probability(vector)

    def probability(self, bio: str) -> float:
        """P(scam bio) of `bio` (0 for an empty bio)."""
        text = bio.strip()
        if not text:
            return 0.0
        if text not in self._read:
            self.prepare([text])
        return self._read[text]

    def reads_as_scam(self, bio: str) -> float | None:
        """The probability when `bio` reads as a scam (at or above the head's threshold), else None."""
        probability = self.probability(bio)
        return probability if probability >= self.head.threshold else None


@functools.cache
def _builtin_bio_encoder() -> SentenceEncoder:
    # Loaded once per process: a scheduled worker or a test session builds many scorers.
    from classifiers.encoder import SentenceEncoder, builtin_encoder_path

    return SentenceEncoder(builtin_encoder_path(), batch_size=64, max_length=BIO_TOKENS)


def builtin_scam_bio_reader(head_path: Path = HEAD_PATH) -> ScamBioReader:
    """A reader of the shipped head on the builtin encoder (all-MiniLM-L6-v2, float32, bios cut at `BIO_TOKENS`).

    Each call gives a reader with its own memory of bios read, so a long-lived process keeps none between runs.
    """
    return ScamBioReader(load_scam_bio_head(head_path), _builtin_bio_encoder)
