"""The builtin classifier: head files, one encoder pass for every head, and the real MiniLM (slow)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch
from pydantic import ValidationError
from transformers import AutoTokenizer

from classifiers import encoder as encoder_module
from classifiers import sentiment as sentiment_module
from classifiers.encoder import (
    FINGERPRINT_FILES,
    TokenStates,
    builtin_encoder_path,
    fingerprint_files,
    length_sorted_batches,
)
from classifiers.model import SENTIMENT_LABELS, Head, HeadSet, load_heads
from classifiers.sentiment import HEADS_DIR, BuiltinClassifier, load_builtin, load_classifier, to_classification
from tests.support.models import build_tiny_bert, make_head
from trustwatch.errors import ConfigError
from trustwatch.records import Classification
from trustwatch.settings import ClassifierSettings


@pytest.fixture(scope="module")
def tiny_encoder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_bert(tmp_path_factory.mktemp("encoder"))


def save_heads(directory: Path, encoder_dir: Path, heads: list[Head]) -> Path:
    fingerprint = fingerprint_files(encoder_dir, FINGERPRINT_FILES)
    HeadSet(encoder={"fingerprint": fingerprint}, heads={head.name: head for head in heads}).save(directory)
    return directory


def risk_heads() -> list[Head]:
    return [
        make_head("sentiment", SENTIMENT_LABELS, ("mean",), seed=1, activation="softmax"),
        make_head("abuse", ("abuse",), ("mean", "max"), seed=2, activation="sigmoid"),
        make_head("complaint", ("complaint", "not_complaint"), ("max",), seed=3, activation="softmax"),
    ]


MIXED_TEXTS = [
    "the maternity team were wonderful , thank you",
    "",
    " ".join(["the staff were kind and the nurse was kind"] * 30),
    "rude",
    "waited hours in a & e , appalling , nobody cared",
]


def test_every_head_comes_from_one_encoder_pass_per_batch(tiny_encoder: Path, tmp_path: Path) -> None:
    heads_dir = save_heads(tmp_path / "heads", tiny_encoder, risk_heads())
    classifier = load_builtin(ClassifierSettings(batch_size=2), heads_dir, tiny_encoder)
    forward_calls = []
    classifier.encoder.model.register_forward_hook(lambda *_: forward_calls.append(1))
    results = classifier.classify(MIXED_TEXTS)
    # Three batches of at most two texts: one forward each, however many heads read the features.
    assert len(forward_calls) == 3
    assert [set(result.heads) for result in results] == [{"sentiment", "abuse", "complaint"}] * len(MIXED_TEXTS)
    assert classifier.heads.poolings == ("mean", "max")


def test_batched_results_keep_input_order(tiny_encoder: Path, tmp_path: Path) -> None:
    heads_dir = save_heads(tmp_path / "heads", tiny_encoder, risk_heads())
    classifier = load_builtin(ClassifierSettings(batch_size=2, precision="float32"), heads_dir, tiny_encoder)
    batched = classifier.classify(MIXED_TEXTS)
    for text, together in zip(MIXED_TEXTS, batched, strict=True):
        alone = classifier.classify([text])[0]
        for name, output in together.heads.items():
            assert output["label"] == alone.heads[name]["label"]
            assert output["scores"] == pytest.approx(alone.heads[name]["scores"], abs=1e-5)


def test_a_call_longer_than_one_slice_gives_what_one_call_gives(
    tiny_encoder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    heads_dir = save_heads(tmp_path / "heads", tiny_encoder, risk_heads())
    classifier = load_builtin(ClassifierSettings(batch_size=2, precision="float32"), heads_dir, tiny_encoder)
    whole = classifier.classify(MIXED_TEXTS)
    monkeypatch.setattr(sentiment_module, "CALL_TEXTS", 2)
    seen: list[TokenStates] = []
    sliced = classifier.classify(MIXED_TEXTS, on_batch=seen.append)
    for one, other in zip(whole, sliced, strict=True):
        for name, output in one.heads.items():
            assert other.heads[name]["label"] == output["label"]
            assert other.heads[name]["scores"] == pytest.approx(output["scores"], abs=1e-5)
    # Each batch's text numbers are positions in the whole call, not in its slice.
    assert sorted({text for batch in seen for text in batch.texts}) == list(range(len(MIXED_TEXTS)))
    for batch in seen:
        for text, offsets in zip(batch.texts, batch.offsets, strict=True):
            assert all(MIXED_TEXTS[text][start:end] for start, end in offsets if end > start)
            assert max((end for _, end in offsets), default=0) <= len(MIXED_TEXTS[text])


def test_bfloat16_scores_stay_close_to_float32_and_independent_of_the_batch(tiny_encoder: Path, tmp_path: Path) -> None:
    heads_dir = save_heads(tmp_path / "heads", tiny_encoder, risk_heads())
    exact = load_builtin(ClassifierSettings(batch_size=2, precision="float32"), heads_dir, tiny_encoder)
    fast = load_builtin(ClassifierSettings(batch_size=2, precision="bfloat16"), heads_dir, tiny_encoder)
    assert (exact.encoder.precision, fast.encoder.precision) == ("float32", "bfloat16")
    batched = fast.classify(MIXED_TEXTS)
    references = exact.classify(MIXED_TEXTS)
    # The products really ran in bfloat16: some score moved, however slightly.
    assert any(
        together.heads[name]["scores"] != reference.heads[name]["scores"]
        for together, reference in zip(batched, references, strict=True)
        for name in together.heads
    )
    for text, reference, together in zip(MIXED_TEXTS, references, batched, strict=True):
        alone = fast.classify([text])[0]
        for name, output in together.heads.items():
            # bfloat16 keeps ~3 significant digits; the pooled features and heads stay float32.
            assert output["scores"] == pytest.approx(reference.heads[name]["scores"], abs=0.03)
            assert output["scores"] == pytest.approx(alone.heads[name]["scores"], abs=0.03)


def test_the_version_tells_bfloat16_results_apart(tiny_encoder: Path, tmp_path: Path) -> None:
    heads_dir = save_heads(tmp_path / "heads", tiny_encoder, risk_heads())
    exact = load_builtin(ClassifierSettings(precision="float32"), heads_dir, tiny_encoder).version
    fast = load_builtin(ClassifierSettings(precision="bfloat16"), heads_dir, tiny_encoder).version
    assert exact == load_heads(heads_dir).version
    assert fast == f"{exact}+bf16"


@pytest.mark.parametrize("native", [True, False], ids=["native bfloat16 CPU", "no native bfloat16"])
def test_auto_precision_takes_bfloat16_only_where_the_cpu_computes_it(
    native: bool, tiny_encoder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(encoder_module, "native_bfloat16", lambda: native)
    heads_dir = save_heads(tmp_path / "heads", tiny_encoder, risk_heads())
    classifier = load_builtin(ClassifierSettings(), heads_dir, tiny_encoder)
    assert classifier.encoder.precision == ("bfloat16" if native else "float32")


def test_an_unknown_precision_is_refused_by_name() -> None:
    with pytest.raises(ValidationError, match="precision"):
        ClassifierSettings(precision="float16")  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match=r"classifier\.precision: 'int8'"):
        encoder_module.resolve_precision("int8")


@pytest.mark.parametrize("side", ["right", "left"])
def test_length_sorted_batches_pad_exactly_as_the_tokenizer_would(tiny_encoder: Path, side: str) -> None:
    tokenizer = AutoTokenizer.from_pretrained(str(tiny_encoder), local_files_only=True)
    tokenizer.padding_side = side
    # Non-zero pad values, so padding with zeros everywhere could not pass.
    tokenizer.pad_token = "[MASK]"
    tokenizer._pad_token_type_id = 1
    assert (tokenizer.pad_token_id, tokenizer.pad_token_type_id) != (0, 0)
    encoded = tokenizer(MIXED_TEXTS, truncation=True, max_length=12, padding=False)
    seen: list[int] = []
    for positions, batch in length_sorted_batches(tokenizer, MIXED_TEXTS, batch_size=2, max_length=12):
        features = [{key: encoded[key][index] for key in encoded} for index in positions]
        expected = tokenizer.pad(features, padding=True, return_tensors="pt")
        assert set(batch) == set(expected)
        for key, tensor in batch.items():
            assert torch.equal(tensor, expected[key]), key
        seen.extend(positions)
    assert sorted(seen) == list(range(len(MIXED_TEXTS)))


def test_a_tokenizer_without_a_pad_token_is_refused_by_name(tiny_encoder: Path) -> None:
    tokenizer = AutoTokenizer.from_pretrained(str(tiny_encoder), local_files_only=True)
    tokenizer.pad_token = None
    with pytest.raises(ValueError, match="no padding token"):
        next(length_sorted_batches(tokenizer, MIXED_TEXTS, batch_size=2, max_length=12))


def test_sigmoid_heads_score_labels_independently_and_softmax_heads_sum_to_one(
    tiny_encoder: Path, tmp_path: Path
) -> None:
    heads_dir = save_heads(tmp_path / "heads", tiny_encoder, risk_heads())
    classifier = load_builtin(ClassifierSettings(), heads_dir, tiny_encoder)
    for result in classifier.classify(MIXED_TEXTS):
        assert sum(result.sentiment["scores"].values()) == pytest.approx(1.0, abs=1e-5)
        assert sum(result.heads["complaint"]["scores"].values()) == pytest.approx(1.0, abs=1e-5)
        assert 0.0 < result.heads["abuse"]["scores"]["abuse"] < 1.0


def test_version_changes_when_the_head_file_changes(tiny_encoder: Path, tmp_path: Path) -> None:
    heads = risk_heads()
    heads_dir = save_heads(tmp_path / "heads", tiny_encoder, heads)
    before = load_builtin(ClassifierSettings(), heads_dir, tiny_encoder).version
    assert load_builtin(ClassifierSettings(), heads_dir, tiny_encoder).version == before
    heads[0].tensors["sentiment.0.bias"] = heads[0].tensors["sentiment.0.bias"] + 0.01
    save_heads(heads_dir, tiny_encoder, heads)
    after = load_builtin(ClassifierSettings(), heads_dir, tiny_encoder)
    assert after.version != before
    scores = after.classify(["the staff were kind"])[0]
    assert to_classification(("x", "1"), scores, after).model_version == after.version


def test_to_classification_stores_sentiment_in_columns_and_risk_heads_in_extras(
    tiny_encoder: Path, tmp_path: Path
) -> None:
    heads_dir = save_heads(tmp_path / "heads", tiny_encoder, risk_heads())
    classifier = load_builtin(ClassifierSettings(), heads_dir, tiny_encoder)
    scores = classifier.classify(["food cold , staff rude"])[0]
    record = to_classification(("reddit", "t3_abc"), scores, classifier)
    assert isinstance(record, Classification)
    assert (record.platform, record.native_id, record.model) == ("reddit", "t3_abc", "builtin/all-MiniLM-L6-v2")
    assert record.sentiment_label == scores.sentiment["label"] in SENTIMENT_LABELS
    assert record.sentiment_scores == scores.sentiment["scores"]
    assert set(record.extras) == {"abuse", "complaint"}
    assert record.extras["abuse"]["scores"] == scores.heads["abuse"]["scores"]


def test_heads_trained_on_another_encoder_are_refused(tiny_encoder: Path, tmp_path: Path) -> None:
    heads = risk_heads()
    HeadSet(encoder={"fingerprint": "0" * 64}, heads={head.name: head for head in heads}).save(tmp_path)
    with pytest.raises(ConfigError, match=r"trained on encoder 000000000000.*retrain"):
        load_builtin(ClassifierSettings(), tmp_path, tiny_encoder)


def test_head_sized_for_another_encoder_is_refused(tiny_encoder: Path, tmp_path: Path) -> None:
    wide = make_head("sentiment", SENTIMENT_LABELS, ("mean",), seed=1, activation="softmax")
    wide.tensors["sentiment.0.weight"] = torch.zeros((3, 384))
    save_heads(tmp_path, tiny_encoder, [wide])
    with pytest.raises(ConfigError, match="head 'sentiment' does not fit the encoder's features"):
        load_builtin(ClassifierSettings(), tmp_path, tiny_encoder)


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda meta: meta.update(format="trustwatch-heads/0"), "format is 'trustwatch-heads/0'"),
        (lambda meta: meta["heads"]["sentiment"]["layers"][0].update(type="conv"), "unknown layer type 'conv'"),
        (
            lambda meta: meta["heads"]["sentiment"]["layers"][0].update(tensors=["nope.weight", "nope.bias"]),
            r"tensors \['nope.weight', 'nope.bias'\] not in heads.safetensors",
        ),
        (lambda meta: meta["heads"]["sentiment"].update(activation="tanh"), "unknown activation 'tanh'"),
        (lambda meta: meta["heads"].pop("sentiment"), "no 'sentiment' head"),
        (lambda meta: meta["heads"]["sentiment"].pop("inputs"), "heads.sentiment: missing key 'inputs'"),
    ],
    ids=[
        "an unknown format version is refused",
        "an unknown layer type is refused",
        "a layer naming a missing tensor is refused",
        "an unknown activation is refused",
        "a head set without sentiment is refused",
        "a head without inputs is refused",
    ],
)
def test_bad_head_metadata_is_a_config_error_naming_the_file(
    tiny_encoder: Path, tmp_path: Path, edit: object, message: str
) -> None:
    save_heads(tmp_path, tiny_encoder, risk_heads())
    metadata_path = tmp_path / "heads.json"
    metadata = json.loads(metadata_path.read_text())
    edit(metadata)  # type: ignore[operator]
    metadata_path.write_text(json.dumps(metadata))
    with pytest.raises(ConfigError, match=r"heads\.json") as raised:
        load_heads(tmp_path)
    assert raised.match(message)


def test_missing_head_files_are_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"heads.json: head file not found"):
        load_heads(tmp_path)


def test_classify_refuses_a_bare_string_and_non_text(tiny_encoder: Path, tmp_path: Path) -> None:
    classifier = load_builtin(ClassifierSettings(), save_heads(tmp_path, tiny_encoder, risk_heads()), tiny_encoder)
    with pytest.raises(TypeError, match="not a single string"):
        classifier.classify("the staff were kind")
    with pytest.raises(TypeError, match=r"texts\[1\] is NoneType"):
        classifier.classify(["kind", None])  # type: ignore[list-item]
    assert classifier.classify([]) == []


def test_committed_model_fits_the_installed_encoder_and_stays_under_20_mb() -> None:
    heads = load_heads(HEADS_DIR)
    assert heads.encoder["fingerprint"] == fingerprint_files(builtin_encoder_path(), FINGERPRINT_FILES)
    assert heads.heads["sentiment"].labels == SENTIMENT_LABELS
    assert set(heads.heads) == {"sentiment", "abuse", "complaint", "safeguarding"}
    assert "tweeteval_val" in heads.heads["sentiment"].training
    assert heads.encoder_delta, "the adapted encoder's delta is committed"
    committed = sum(path.stat().st_size for path in HEADS_DIR.iterdir() if path.is_file())
    assert committed < 20 * 1024 * 1024


@pytest.fixture(scope="module")
def minilm() -> BuiltinClassifier:
    classifier = load_classifier(ClassifierSettings(batch_size=4, max_length=128))
    assert isinstance(classifier, BuiltinClassifier)
    return classifier


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Waited 9 hours in A&E, appalling, nobody cared", "negative"),
        ("The maternity team were wonderful, thank you", "positive"),
    ],
    ids=["a long wait with nobody caring reads negative", "thanks to the maternity team reads positive"],
)
def test_minilm_reads_clear_sentiment(minilm: BuiltinClassifier, text: str, expected: str) -> None:
    result = minilm.classify([text])[0]
    assert result.sentiment["label"] == expected
    assert result.sentiment["scores"][expected] > 0.5


@pytest.mark.slow
@pytest.mark.parametrize(
    ("precision", "tolerance"),
    # bfloat16 rounds each product to ~3 digits, and a batch's padding changes how they are summed.
    [("float32", 1e-4), ("bfloat16", 5e-3)],
)
def test_minilm_keeps_input_order_for_mixed_lengths(precision: str, tolerance: float) -> None:
    minilm = load_builtin(ClassifierSettings(batch_size=4, max_length=128, precision=precision))  # type: ignore[arg-type]
    texts = [
        "The maternity team were wonderful, thank you",
        "Waited 9 hours in A&E, appalling, nobody cared",
        "Parking at Kingsmere General is " + "really " * 40 + "expensive and the machines never work",
        "ok",
        "Ward 7 nurses went above and beyond for my dad, so grateful",
        "Cancelled my operation again with no explanation.",
        "",
    ]
    batched = minilm.classify(texts)
    for text, together in zip(texts, batched, strict=True):
        alone = minilm.classify([text])[0]
        assert together.sentiment["label"] == alone.sentiment["label"]
        assert together.sentiment["scores"] == pytest.approx(alone.sentiment["scores"], abs=tolerance)


@pytest.mark.slow
def test_minilm_handles_empty_and_very_long_texts(minilm: BuiltinClassifier) -> None:
    long_praise = " ".join(["The staff on the children's ward were kind and patient."] * 300)
    empty, blank, long_text, long_then_complaint = minilm.classify(
        ["", "   ", long_praise, long_praise + " But then it was appalling, nobody cared."]
    )
    for result in (empty, blank, long_text):
        assert sum(result.sentiment["scores"].values()) == pytest.approx(1.0, abs=1e-5)
    # Both long texts are cut at max_length tokens, so the appended complaint is never read.
    assert long_then_complaint.sentiment["scores"] == pytest.approx(long_text.sentiment["scores"], abs=1e-5)
    assert long_text.sentiment["label"] == "positive"
