import json
from pathlib import Path

import pytest
import torch
from safetensors.torch import save_file

from classifiers.staff.mentions import (
    B_PERSON,
    B_STAFF,
    FEATURES,
    HEAD_FORMAT,
    HEAD_METADATA,
    HEAD_WEIGHTS,
    I_STAFF,
    LABELS,
    OUTSIDE,
    PersonSpan,
    decode,
    load_mention_finder,
    load_mention_head,
    merge_window_spans,
    piece_features,
    piece_labels,
    words_of,
)
from trustwatch.errors import ConfigError
from trustwatch.settings import ClassifierSettings


def _pieces(text: str) -> list[tuple[int, int]]:
    """One piece per word, between [CLS] and [SEP] (what a word-piece tokenizer gives for short words)."""
    return [(0, 0), *((word.start, word.end) for word in words_of(text)), (0, 0)]


def _probabilities(text: str, labelled: dict[str, int]) -> torch.Tensor:
    rows = []
    for start, end in _pieces(text):
        row = [0.0] * len(LABELS)
        row[labelled.get(text[start:end], OUTSIDE) if start != end else OUTSIDE] = 1.0
        rows.append(row)
    return torch.tensor(rows)


def test_features_see_the_capitals_the_uncased_encoder_cannot() -> None:
    text = "thanks. Louise was kind"
    features = piece_features(text, _pieces(text))
    column = {name: index for index, name in enumerate(FEATURES)}
    assert features.shape == (6, len(FEATURES))
    assert features[0, column["special"]] == 1.0
    louise = features[2]
    assert louise[column["title_case"]] == 1.0
    assert louise[column["sentence_start"]] == 1.0
    assert louise[column["text_cased"]] == 1.0
    assert features[3, column["previous_title_case"]] == 1.0


def test_labels_mark_the_first_piece_of_each_span_begin_and_the_rest_inside() -> None:
    text = "Dr Patel and my son Sam"
    offsets = _pieces(text)
    labels = piece_labels(offsets, [(0, 8, True), (20, 23, False)])
    assert labels == [OUTSIDE, B_STAFF, I_STAFF, OUTSIDE, OUTSIDE, OUTSIDE, B_PERSON, OUTSIDE]


def test_decode_joins_title_and_name_and_splits_two_people_joined_by_and() -> None:
    text = "Dr. Patel and Sam were great"
    probabilities = _probabilities(text, {"Dr": B_STAFF, "Patel": I_STAFF, "Sam": B_STAFF})
    spans = decode(text, _pieces(text), probabilities)
    assert [(text[s.start : s.end], s.staff) for s in spans] == [("Dr. Patel", 1.0), ("Sam", 1.0)]


def test_decode_starts_a_new_span_when_a_word_begins_another_name() -> None:
    text = "Ada Bea were lovely"
    probabilities = _probabilities(text, {"Ada": B_STAFF, "Bea": B_STAFF})
    assert [text[s.start : s.end] for s in decode(text, _pieces(text), probabilities)] == ["Ada", "Bea"]


def test_decode_never_joins_across_a_comma() -> None:
    text = "Ada, Bea"
    probabilities = _probabilities(text, {"Ada": B_STAFF, "Bea": I_STAFF})
    assert [text[s.start : s.end] for s in decode(text, _pieces(text), probabilities)] == ["Ada", "Bea"]


def _write_head(directory: Path, **metadata: object) -> None:
    width = 384 + len(FEATURES)
    tensors = {
        "mean": torch.zeros(width),
        "scale": torch.ones(width),
        "hidden.weight": torch.zeros(8, width),
        "hidden.bias": torch.zeros(8),
        "output.weight": torch.zeros(len(LABELS), 8),
        "output.bias": torch.tensor([5.0, 0, 0, 0, 0]),
    }
    save_file(tensors, str(directory / HEAD_WEIGHTS))
    body = {
        "format": HEAD_FORMAT,
        "labels": list(LABELS),
        "features": list(FEATURES),
        "threshold": 0.6,
        "encoder": {"fingerprint": "abc", "layers": 3},
    } | metadata
    (directory / HEAD_METADATA).write_text(json.dumps(body), encoding="utf-8")


def test_a_head_loads_and_its_probabilities_sum_to_one(tmp_path: Path) -> None:
    _write_head(tmp_path)
    head = load_mention_head(tmp_path)
    probabilities = head.probabilities(torch.randn(4, 384), torch.zeros(4, len(FEATURES)))
    assert torch.allclose(probabilities.sum(dim=-1), torch.ones(4))
    assert head.threshold == 0.6
    assert head.encoder_layers == 3


@pytest.mark.parametrize(
    ("metadata", "message"),
    [({"format": "other/1"}, "format"), ({"labels": ["O", "B"]}, "labels or features")],
    ids=["another format", "other labels"],
)
def test_a_head_of_another_format_is_refused(tmp_path: Path, metadata: dict[str, object], message: str) -> None:
    _write_head(tmp_path, **metadata)
    with pytest.raises(ConfigError, match=message):
        load_mention_head(tmp_path)


def test_a_missing_head_names_the_training_script(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"training/staff_mentions\.py"):
        load_mention_head(tmp_path)


def test_overlapping_windows_keep_one_reading_of_each_name() -> None:
    first = PersonSpan(start=10, end=20, person=0.9, staff=0.6)
    again = PersonSpan(start=10, end=20, person=0.95, staff=0.9)
    other = PersonSpan(start=30, end=35, person=0.9, staff=0.9)
    assert merge_window_spans([other, first, again]) == [again, other]


@pytest.mark.slow
def test_a_name_past_the_encoders_position_limit_is_found_by_the_detector_on_the_run_settings() -> None:
    # The run reads texts up to [classifier] max_length (2,048) tokens, four times the encoder's positions.
    finder = load_mention_finder(max_length=ClassifierSettings().max_length)
    text = "The ward was clean and the food was fine. " * 120 + "Dr Hartley was brilliant with my dad."
    (spans,) = finder.find([text])
    named = [text[span.start : span.end] for span in spans if span.staff >= finder.head.threshold]
    assert named == ["Dr Hartley"]
