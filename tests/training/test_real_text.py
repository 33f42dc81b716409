"""The real-text label files fit the pools in ../shared, and their splits were cut as documented."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from training.real_text import DEFAULT_DATA_DIR, load_risk, load_staff

pytestmark = pytest.mark.skipif(not DEFAULT_DATA_DIR.is_dir(), reason="../shared/data is not beside the repo")


def normalised(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().lower())


def test_every_risk_label_matches_its_pool_text_and_splits_never_share_a_text() -> None:
    examples = load_risk(["train", "dev", "sealed"])
    split_of: dict[str, set[str]] = {}
    for example in examples:
        split_of.setdefault(normalised(example.text), set()).add(example.split)
    assert len(examples) == 11_635
    assert all(len(splits) == 1 for splits in split_of.values())


def test_each_split_has_enough_disclosures_and_complaints_to_measure() -> None:
    examples = load_risk(["train", "dev", "sealed"])
    counts = Counter((example.split, example.safeguarding, example.complaint) for example in examples)
    for split in ("train", "dev", "sealed"):
        assert sum(n for (s, safeguarding, _), n in counts.items() if s == split and safeguarding) >= 20
        assert sum(n for (s, _, complaint), n in counts.items() if s == split and complaint) >= 150


def test_person_mentions_sit_on_word_boundaries_of_their_text() -> None:
    examples = load_staff(["train", "dev", "sealed"])
    spans = [(example.text, mention) for example in examples for mention in example.mentions]
    assert sum(example.names_staff for example in examples) >= 300
    for text, mention in spans:
        surface = text[mention.start : mention.end]
        assert surface.strip() == surface and surface, (mention, surface)
        assert mention.start == 0 or not text[mention.start - 1].isalnum() or not surface[0].isalnum()
        assert mention.who in {"staff", "other_staff", "patient_family", "other"}
