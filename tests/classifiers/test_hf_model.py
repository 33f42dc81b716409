"""Loading any Hugging Face text-classification model, tested on tiny BERTs built here (no hub access)."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch
from transformers import BertForSequenceClassification

from classifiers.sentiment import HuggingFaceClassifier, load_classifier, map_labels
from tests.support.models import BertTokenizerFast, build_tiny_bert
from trustwatch.errors import ConfigError
from trustwatch.settings import ClassifierSettings


def raw_probabilities(directory: Path, texts: list[str]) -> torch.Tensor:
    """The model's own softmax over its labels, one text at a time (no batching to get wrong)."""
    tokenizer = BertTokenizerFast.from_pretrained(str(directory))
    model = BertForSequenceClassification.from_pretrained(str(directory))
    model.eval()  # type: ignore[no-untyped-call]
    with torch.inference_mode():
        rows = [torch.softmax(model(**tokenizer(text, return_tensors="pt")).logits, -1)[0] for text in texts]
    return torch.stack(rows)


TEXTS = [
    "the maternity team were wonderful , thank you",
    "waited hours in a & e , appalling , nobody cared",
    "",
    "food cold",
    "the nurse was kind and the doctor was kind and the staff were kind and the ward was wonderful",
]


@pytest.mark.parametrize(
    ("id2label", "label_map", "expected"),
    [
        (
            {0: "negative", 1: "neutral", 2: "positive"},
            {},
            {"negative": [0], "neutral": [1], "positive": [2]},
        ),
        (
            {0: "LABEL_0", 1: "LABEL_1", 2: "LABEL_2"},
            {},
            {"negative": [0], "neutral": [1], "positive": [2]},
        ),
        ({0: "NEG", 1: "NEU", 2: "POS"}, {}, {"negative": [0], "neutral": [1], "positive": [2]}),
        ({0: "POSITIVE", 1: "NEGATIVE"}, {}, {"negative": [1], "neutral": [], "positive": [0]}),
        (
            {0: "1 star", 1: "2 stars", 2: "3 stars", 3: "4 stars", 4: "5 stars"},
            {},
            {"negative": [0, 1], "neutral": [2], "positive": [3, 4]},
        ),
        (
            {0: "bad", 1: "meh", 2: "good"},
            {"bad": "negative", "meh": "neutral", "good": "positive"},
            {"negative": [0], "neutral": [1], "positive": [2]},
        ),
        (
            {0: "LABEL_0", 1: "LABEL_1", 2: "LABEL_2"},
            {"LABEL_0": "positive", "LABEL_2": "negative"},
            {"negative": [2], "neutral": [1], "positive": [0]},
        ),
    ],
    ids=[
        "plain negative neutral positive names map to themselves",
        "LABEL_0 to LABEL_2 follow the cardiffnlp order",
        "NEG NEU POS abbreviations are recognised",
        "a binary model folds into negative and positive with neutral zero",
        "one to five star ratings are bucketed two negative one neutral two positive",
        "custom labels map through the configured label map",
        "the configured label map overrides the cardiffnlp convention",
    ],
)
def test_model_labels_fold_into_three_sentiments(
    tmp_path: Path, id2label: dict[int, str], label_map: dict[str, str], expected: dict[str, list[int]]
) -> None:
    directory = build_tiny_bert(tmp_path / "model", id2label)
    settings = ClassifierSettings(model=str(directory), label_map=label_map, batch_size=2)
    classifier = load_classifier(settings)
    results = classifier.classify(TEXTS)
    raw = raw_probabilities(directory, TEXTS)
    assert len(results) == len(TEXTS)
    for row, result in enumerate(results):
        scores = result.sentiment["scores"]
        for sentiment, indices in expected.items():
            assert scores[sentiment] == pytest.approx(float(raw[row, indices].sum()) if indices else 0.0, abs=1e-5)
        assert result.sentiment["label"] == max(scores, key=scores.__getitem__)
        assert sum(scores.values()) == pytest.approx(1.0, abs=1e-5)


def test_unknown_model_label_is_a_config_error_naming_model_and_label(tmp_path: Path) -> None:
    directory = build_tiny_bert(tmp_path / "emotion", {0: "anger", 1: "joy", 2: "optimism"})
    with pytest.raises(ConfigError, match=r"emotion.*'anger'.*label_map"):
        load_classifier(ClassifierSettings(model=str(directory)))


def test_label_map_naming_a_label_the_model_lacks_is_a_config_error(tmp_path: Path) -> None:
    directory = build_tiny_bert(tmp_path / "sentiment", {0: "negative", 1: "neutral", 2: "positive"})
    settings = ClassifierSettings(model=str(directory), label_map={"very_bad": "negative"})
    with pytest.raises(ConfigError, match=r"label_map: model '.*sentiment' has no label 'very_bad'"):
        load_classifier(settings)


def test_label_map_that_leaves_no_positive_label_is_a_config_error(tmp_path: Path) -> None:
    directory = build_tiny_bert(tmp_path / "sentiment", {0: "negative", 1: "neutral", 2: "positive"})
    settings = ClassifierSettings(model=str(directory), label_map={"positive": "neutral"})
    with pytest.raises(ConfigError, match="no label maps to positive"):
        load_classifier(settings)


def test_two_generic_labels_are_ambiguous_without_a_label_map() -> None:
    with pytest.raises(ConfigError, match="'LABEL_0'"):
        map_labels("some/binary-model", {0: "LABEL_0", 1: "LABEL_1"}, {})


def test_a_directory_that_is_not_a_model_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot load a text-classification model"):
        load_classifier(ClassifierSettings(model=str(tmp_path)))


def test_batched_results_keep_input_order_and_match_one_at_a_time(tmp_path: Path) -> None:
    directory = build_tiny_bert(tmp_path / "model", {0: "negative", 1: "neutral", 2: "positive"})
    classifier = load_classifier(ClassifierSettings(model=str(directory), batch_size=2))
    batched = classifier.classify(TEXTS)
    single = [classifier.classify([text])[0] for text in TEXTS]
    for together, alone in zip(batched, single, strict=True):
        for label, score in together.sentiment["scores"].items():
            assert score == pytest.approx(alone.sentiment["scores"][label], abs=1e-5)


def test_texts_longer_than_the_position_table_are_truncated(tmp_path: Path) -> None:
    directory = build_tiny_bert(tmp_path / "model", {0: "negative", 1: "neutral", 2: "positive"})
    classifier = load_classifier(ClassifierSettings(model=str(directory), max_length=512))
    assert isinstance(classifier, HuggingFaceClassifier)
    assert classifier.max_length == 64
    long_text = " ".join(["the staff were kind"] * 200)
    first, second = classifier.classify([long_text, long_text + " appalling rude awful"])
    assert first.sentiment["scores"] == pytest.approx(second.sentiment["scores"])


def test_version_follows_the_config_and_the_label_map(tmp_path: Path) -> None:
    first = build_tiny_bert(tmp_path / "first", {0: "bad", 1: "meh", 2: "good"})
    second = build_tiny_bert(tmp_path / "second", {0: "bad", 1: "meh", 2: "great"})

    def version(directory: Path, label_map: dict[str, str]) -> str:
        return load_classifier(ClassifierSettings(model=str(directory), label_map=label_map)).version

    mapping = {"bad": "negative", "meh": "neutral", "good": "positive"}
    reference = version(first, mapping)
    assert version(first, mapping) == reference
    assert version(second, {"bad": "negative", "meh": "neutral", "great": "positive"}) != reference
    assert version(first, {**mapping, "meh": "negative"}) != reference
