"""Real NHS patient text with our labels: the pools in ../shared joined to the label files in training/labels.

The texts are never committed: `training/labels/*.jsonl` hold only a key (`co:17` is row 17 of the Care
Opinion pool, `p1:…` a feedback-form answer, `fft:…` a Friends-and-Family-Test comment), a short hash of
the text, the split and the labels. Loading checks every hash, so a pool that changed under the labels
is an error naming the key, never a silent mislabel.

Splits were cut by a hash of the normalised text before any model saw a label (identical texts share a
split): `sealed` is read once, for the final figures; `dev` chooses thresholds and models; `train` fits.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

LABELS_DIR = Path(__file__).resolve().parent / "labels"
DEFAULT_DATA_DIR = Path(__file__).resolve().parents[2] / "shared" / "data"
SPLITS = ("train", "dev", "sealed")

# Each pool: the file under the data folder, its id column and its text column.
POOLS = {
    "co": ("nhs_feedback/care_opinion_stories_pool.csv", "row_index", "feedback"),
    "p1": ("nhs_feedback/phase1_comments_pool.csv", "row_index", "feedback"),
    "fft": ("nhs_fft/fft_v6_train.csv", "Comment ID", "FFT answer"),
}


class RealTextError(ValueError):
    """The pools and the labels do not fit together; the message names the file and key."""


@dataclass(frozen=True)
class RiskExample:
    """One real text with its complaint and safeguarding labels."""

    key: str
    text: str
    split: str
    complaint: int
    safeguarding: int
    sg_kind: str | None = None


@dataclass(frozen=True)
class PersonMention:
    """A span naming a person, and who they are to the text (staff, other_staff, patient_family, other)."""

    start: int
    end: int
    who: str
    person: str
    role: str | None = None
    team: str | None = None
    tone: str | None = None
    unsure: bool = False


@dataclass(frozen=True)
class StaffExample:
    """One real text with every person mention and every place named after a person marked."""

    key: str
    text: str
    split: str
    mentions: tuple[PersonMention, ...]
    places: tuple[tuple[int, int], ...] = field(default=())

    @property
    def names_staff(self) -> bool:
        """True when the text names at least one member of staff of the service it is about."""
        return any(mention.who == "staff" for mention in self.mentions)


def text_hash(text: str) -> str:
    """The short hash the label files keep in place of the text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def read_pools(data_dir: Path = DEFAULT_DATA_DIR) -> dict[str, str]:
    """Every text of the three pools, by key."""
    texts: dict[str, str] = {}
    for prefix, (relative, id_column, text_column) in POOLS.items():
        path = data_dir / relative
        try:
            with path.open(encoding="utf-8", newline="") as handle:
                for row in csv.DictReader(handle):
                    texts[f"{prefix}:{row[id_column]}"] = row[text_column]
        except FileNotFoundError:
            raise RealTextError(f"{path}: not found; pass the folder that holds nhs_feedback/ and nhs_fft/") from None
        except KeyError as error:
            raise RealTextError(f"{path}: no column {error}") from None
    return texts


def _label_rows(name: str) -> Iterator[dict[str, Any]]:
    path = LABELS_DIR / name
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            try:
                yield json.loads(line)
            except json.JSONDecodeError as error:
                raise RealTextError(f"{path}: line {number}: {error.msg}") from None


def _text_for(row: dict[str, Any], texts: dict[str, str], name: str) -> str:
    key = row["key"]
    if key not in texts:
        raise RealTextError(f"training/labels/{name}: {key} is not in the pools")
    text = texts[key]
    if text_hash(text) != row["sha"]:
        raise RealTextError(f"training/labels/{name}: {key} does not match its pool text (the pool changed)")
    return text


def _check_splits(splits: Iterable[str]) -> set[str]:
    wanted = set(splits)
    unknown = wanted - set(SPLITS)
    if unknown:
        raise RealTextError(f"splits: unknown {sorted(unknown)} (known: {', '.join(SPLITS)})")
    return wanted


def load_risk(splits: Iterable[str], data_dir: Path = DEFAULT_DATA_DIR) -> list[RiskExample]:
    """The labelled real texts of `splits` for the risk heads."""
    wanted = _check_splits(splits)
    texts = read_pools(data_dir)
    return [
        RiskExample(
            key=row["key"],
            text=_text_for(row, texts, "risk_real.jsonl"),
            split=row["split"],
            complaint=int(row["complaint"]),
            safeguarding=int(row["safeguarding"]),
            sg_kind=row.get("sg_kind"),
        )
        for row in _label_rows("risk_real.jsonl")
        if row["split"] in wanted
    ]


def load_staff(splits: Iterable[str], data_dir: Path = DEFAULT_DATA_DIR) -> list[StaffExample]:
    """The labelled real texts of `splits` for person mentions."""
    wanted = _check_splits(splits)
    texts = read_pools(data_dir)
    return [
        StaffExample(
            key=row["key"],
            text=_text_for(row, texts, "staff_real.jsonl"),
            split=row["split"],
            mentions=tuple(PersonMention(**mention) for mention in row["mentions"]),
            places=tuple((place["start"], place["end"]) for place in row["places"]),
        )
        for row in _label_rows("staff_real.jsonl")
        if row["split"] in wanted
    ]
