"""Risk heads: one encoder pass with an adapted encoder, the classify record, thresholds, and the real model (slow)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import torch

from classifiers.encoder import FINGERPRINT_FILES, SentenceEncoder, fingerprint_files
from classifiers.model import DELTA_FILE, SENTIMENT_LABELS, HeadSet, TextScores, load_heads
from classifiers.risk import check_thresholds, classification_record, default_thresholds, risk_labels
from classifiers.sentiment import HEADS_DIR, BuiltinClassifier, load_builtin, load_classifier
from tests.support.models import build_tiny_bert, make_head
from trustwatch.errors import ConfigError
from trustwatch.settings import ClassifierSettings


@pytest.fixture(scope="module")
def tiny_encoder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_bert(tmp_path_factory.mktemp("encoder"))


def the_trust_heads() -> dict[str, Any]:
    """Sentiment, abuse (offensive, hate), complaint and safeguarding heads, as the builtin set has them."""
    heads = [
        make_head("sentiment", SENTIMENT_LABELS, ("mean", "max"), seed=1, activation="softmax"),
        make_head("abuse", ("offensive", "hate"), ("mean", "max"), seed=2, activation="sigmoid"),
        make_head("complaint", ("complaint",), ("mean", "max"), seed=3, activation="sigmoid"),
        make_head("safeguarding", ("safeguarding",), ("mean", "max"), seed=4, activation="sigmoid"),
    ]
    return {head.name: head for head in heads}


def top_layer_delta(seed: int = 5) -> dict[str, torch.Tensor]:
    """A change to the tiny encoder's (only) layer's feed-forward weights, as finetune.py writes one."""
    generator = torch.Generator().manual_seed(seed)
    return {
        "encoder.layer.0.output.dense.weight": 0.5 * torch.randn((16, 32), generator=generator),
        "encoder.layer.0.output.dense.bias": 0.5 * torch.randn((16,), generator=generator),
    }


def save_adapted(
    directory: Path, encoder_dir: Path, delta: dict[str, torch.Tensor] | None = None, **encoder: Any
) -> Path:
    fingerprint = fingerprint_files(encoder_dir, FINGERPRINT_FILES)
    HeadSet(
        encoder={"fingerprint": fingerprint, **encoder},
        heads=the_trust_heads(),
        encoder_delta=delta or top_layer_delta(),
    ).save(directory)
    return directory


TEXTS = [
    "the maternity team were wonderful , thank you",
    "waited hours in a & e , appalling , nobody cared",
    " ".join(["the staff were kind and the nurse was kind"] * 20),
    "rude",
]


def test_all_heads_read_one_forward_pass_of_the_adapted_encoder(tiny_encoder: Path, tmp_path: Path) -> None:
    classifier = load_builtin(ClassifierSettings(batch_size=2), save_adapted(tmp_path, tiny_encoder), tiny_encoder)
    forward_calls = []
    classifier.encoder.model.register_forward_hook(lambda *_: forward_calls.append(1))
    results = classifier.classify(TEXTS)
    assert len(forward_calls) == 2  # four texts in batches of two, four heads
    assert [set(result.heads) for result in results] == [{"sentiment", "abuse", "complaint", "safeguarding"}] * 4


def test_the_committed_delta_is_added_to_the_base_weights(tiny_encoder: Path, tmp_path: Path) -> None:
    delta = top_layer_delta()
    # float32 like the base it is compared with, so bfloat16 rounding cannot pass for the delta.
    settings = ClassifierSettings(precision="float32")
    classifier = load_builtin(settings, save_adapted(tmp_path, tiny_encoder, delta), tiny_encoder)
    base = SentenceEncoder(tiny_encoder)
    name = "encoder.layer.0.output.dense.weight"
    adapted = dict(classifier.encoder.model.named_parameters())[name]
    original = dict(base.model.named_parameters())[name]
    # Stored as float16: equal to the float16 rounding of the change.
    assert torch.allclose(adapted - original, delta[name].half().float(), atol=1e-6)
    assert not torch.allclose(classifier.encoder.encode(TEXTS[:1])["mean"], base.encode(TEXTS[:1])["mean"], atol=1e-3)


def test_version_covers_the_encoder_delta(tiny_encoder: Path, tmp_path: Path) -> None:
    first = load_heads(save_adapted(tmp_path / "a", tiny_encoder, top_layer_delta(seed=5))).version
    second = load_heads(save_adapted(tmp_path / "b", tiny_encoder, top_layer_delta(seed=6))).version
    assert first != second
    assert (tmp_path / "a" / DELTA_FILE).is_file()


@pytest.mark.parametrize(
    ("delta", "message"),
    [
        ({"encoder.layer.9.output.dense.weight": torch.zeros((16, 32))}, "is not a parameter"),
        ({"encoder.layer.0.output.dense.weight": torch.zeros((32, 16))}, r"has shape \(32, 16\)"),
    ],
    ids=["a delta for a layer the encoder lacks is refused", "a delta of the wrong shape is refused"],
)
def test_a_delta_that_does_not_fit_the_encoder_is_a_config_error(
    tiny_encoder: Path, tmp_path: Path, delta: dict[str, torch.Tensor], message: str
) -> None:
    with pytest.raises(ConfigError, match=message):
        load_builtin(ClassifierSettings(), save_adapted(tmp_path, tiny_encoder, delta), tiny_encoder)


@pytest.fixture(scope="module")
def two_layer_encoder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_bert(tmp_path_factory.mktemp("encoder2"), layers=2)


def test_a_shallower_head_set_runs_only_the_bottom_layers(two_layer_encoder: Path, tmp_path: Path) -> None:
    heads_dir = save_adapted(tmp_path, two_layer_encoder, layers=1)
    classifier = load_builtin(ClassifierSettings(precision="float32"), heads_dir, two_layer_encoder)
    assert len(classifier.encoder.model.encoder.layer) == classifier.encoder.layers == 1
    shallow = SentenceEncoder(two_layer_encoder, delta=top_layer_delta(), layers=1).encode(TEXTS)["mean"]
    full = SentenceEncoder(two_layer_encoder, delta=top_layer_delta()).encode(TEXTS)["mean"]
    features = classifier.encoder.encode(TEXTS)["mean"]
    assert torch.allclose(features, shallow, atol=1e-3)
    assert not torch.allclose(features, full, atol=1e-3)


@pytest.mark.parametrize(
    ("encoder", "delta", "message"),
    [
        ({"layers": 1}, {"encoder.layer.1.output.dense.bias": torch.zeros(16)}, "is not a parameter"),
        ({"layers": 3}, None, r"encoder layers: 3 asked for, .* has 1\.\.2"),
        ({"layers": 0}, None, "encoder.layers must be a positive whole number"),
        ({"layers": "two"}, None, "encoder.layers must be a positive whole number"),
    ],
    ids=[
        "a delta for a dropped layer is refused",
        "more layers than the encoder has",
        "no layers",
        "layers not a number",
    ],
)
def test_encoder_settings_that_do_not_fit_are_config_errors(
    two_layer_encoder: Path,
    tmp_path: Path,
    encoder: dict[str, Any],
    delta: dict[str, torch.Tensor] | None,
    message: str,
) -> None:
    heads_dir = save_adapted(tmp_path, two_layer_encoder, delta, **encoder)
    with pytest.raises(ConfigError, match=message):
        load_builtin(ClassifierSettings(), heads_dir, two_layer_encoder)


def test_a_missing_delta_file_is_a_config_error_naming_it(tiny_encoder: Path, tmp_path: Path) -> None:
    save_adapted(tmp_path, tiny_encoder)
    (tmp_path / DELTA_FILE).unlink()
    with pytest.raises(ConfigError, match=r"encoder_delta\.safetensors"):
        load_heads(tmp_path)


def scores_with(abuse: tuple[float, float], complaint: float, safeguarding: float) -> TextScores:
    return TextScores(
        heads={
            "sentiment": {"label": "negative", "scores": {"negative": 0.7, "neutral": 0.2, "positive": 0.1}},
            "abuse": {"label": "offensive", "scores": {"offensive": abuse[0], "hate": abuse[1]}},
            "complaint": {"label": "complaint", "scores": {"complaint": complaint}},
            "safeguarding": {"label": "safeguarding", "scores": {"safeguarding": safeguarding}},
        }
    )


def test_record_has_sentiment_three_risks_and_pii_spans() -> None:
    text = "My NHS number is 943 476 5919, call 07700 900123. The ward left mum in wet sheets."
    thresholds = {"abuse": 0.5, "complaint": 0.5, "safeguarding": 0.85}
    record = classification_record(scores_with((0.2, 0.7), 0.4, 0.9), text, thresholds)
    assert set(record) == {"sentiment", "abuse", "complaint", "safeguarding", "pii"}
    assert record["sentiment"]["label"] == "negative"
    assert record["abuse"] == {"label": True, "score": 0.7}  # hate is the abuse score when higher
    assert record["complaint"] == {"label": False, "score": 0.4}
    assert record["safeguarding"] == {"label": True, "score": 0.9, "tier": "urgent"}
    kinds = {span["kind"]: text[span["start"] : span["end"]] for span in record["pii"]}
    assert kinds == {"nhs_number": "943 476 5919", "phone": "07700 900123"}


@pytest.mark.parametrize(
    ("threshold", "expected"),
    [(0.3, True), (0.4, True), (0.41, False)],
    ids=["a score above the threshold is a complaint", "a score equal to it is", "a score below it is not"],
)
def test_thresholds_from_config_decide_the_label(threshold: float, expected: bool) -> None:
    record = classification_record(scores_with((0.1, 0.1), 0.4, 0.1), "text", {"complaint": threshold})
    assert record["complaint"]["label"] is expected


@pytest.mark.parametrize(
    ("score", "tier", "label"),
    [(0.9, "urgent", True), (0.5, "review", False), (0.1, None, False)],
    ids=["above URGENT", "on the review list", "below both"],
)
def test_the_record_names_the_safeguarding_tier(score: float, tier: str | None, label: bool) -> None:
    thresholds = {"safeguarding": 0.8, "safeguarding_review": 0.3}
    record = classification_record(scores_with((0.1, 0.1), 0.1, score), "text", thresholds)
    assert record["safeguarding"] == {"label": label, "score": score, "tier": tier}


def test_moving_urgent_below_the_measured_review_threshold_takes_review_down_with_it() -> None:
    measured = default_thresholds()
    lowered = check_thresholds({"safeguarding": measured["safeguarding_review"] / 2})
    assert lowered["safeguarding_review"] == lowered["safeguarding"]
    raised = check_thresholds({"safeguarding": 0.99})
    assert raised["safeguarding_review"] == measured["safeguarding_review"]


def test_risk_labels_read_stored_extras_and_skip_risks_never_scored() -> None:
    extras = dict(scores_with((0.9, 0.1), 0.2, 0.6).extras)
    assert risk_labels(extras, {"abuse": 0.95, "complaint": 0.3, "safeguarding": 0.5}) == {
        "abuse": (False, 0.9),
        "complaint": (False, 0.2),
        "safeguarding": (True, 0.6),
    }
    del extras["abuse"]
    assert set(risk_labels(extras, {})) == {"complaint", "safeguarding"}


def test_a_sentiment_only_model_gives_unknown_risks_not_false_ones() -> None:
    scores = TextScores(heads={"sentiment": {"label": "positive", "scores": {"positive": 1.0}}})
    record = classification_record(scores, "thanks", {})
    assert (record["abuse"], record["complaint"], record["safeguarding"], record["pii"]) == (None, None, None, [])


@pytest.mark.parametrize(
    ("thresholds", "message"),
    [
        ({"violence": 0.5}, "unknown risk 'violence'"),
        ({"abuse": 1.0}, r"classifier.thresholds.abuse: 1.0 is not a probability"),
        ({"complaint": "high"}, "classifier.thresholds.complaint"),
    ],
    ids=["an unknown risk is refused", "a threshold of one is refused", "a non-number is refused"],
)
def test_bad_thresholds_are_refused_by_name(thresholds: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        risk_labels({}, thresholds)


def test_a_corrupt_stored_score_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match=r"extras.complaint.scores.complaint: 1.5 is not a probability"):
        risk_labels({"complaint": {"label": "complaint", "scores": {"complaint": 1.5}}}, {})


@pytest.fixture(scope="module")
def minilm() -> BuiltinClassifier:
    classifier = load_classifier(ClassifierSettings(batch_size=8, max_length=128))
    assert isinstance(classifier, BuiltinClassifier)
    return classifier


@pytest.fixture(scope="module")
def minilm_windows() -> BuiltinClassifier:
    """The committed model as `trustwatch run` loads it by default: long texts read in full."""
    classifier = load_classifier(ClassifierSettings(batch_size=8))
    assert isinstance(classifier, BuiltinClassifier)
    return classifier


HARD_NEGATIVES = [
    "this queue is killing me",
    "I'd kill for a coffee",
    "My feet are dying after a 12 hour shift on the ward",
    "Casualty last night had a stabbing in the car park, great episode",
]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [pytest.param(text, id=text) for text in HARD_NEGATIVES],
)
def test_idioms_and_fiction_stay_below_the_safeguarding_threshold(minilm: BuiltinClassifier, text: str) -> None:
    (scores,) = minilm.classify([text])
    assert classification_record(scores, text, default_thresholds())["safeguarding"]["label"] is False


# Invented statements of intent to end one's life, in the shapes real text takes: a tweet, a one-line form
# answer, flat within a complaint, late in a long and otherwise ordinary review. Each must be URGENT.
LONG_REVIEW_OPENING = (
    "I have been under the community mental health team since the spring. The reception staff are friendly, the "
    "building is clean and the parking is easier than it used to be. My care coordinator changed twice in three "
    "months and each time I had to tell my story again, which was tiring, and the letters about appointments often "
    "arrived after the appointment date. The group sessions on Tuesdays were helpful and the facilitator was kind. "
    "The pharmacy was slow but got there in the end. "
)
EXPLICIT_INTENT = [
    "I want to kill myself tonight, I have the pills ready",
    "I'm going to end my life this weekend. I've written the letters and sorted the dog.",
    "Going to take every tablet in the house tonight and not wake up. Sorry mum.",
    "What could we do better? Nothing now. I have decided to kill myself.",
    "I am going to hang myself when I get home, nobody will miss me",
    "Waited nine months for the crisis team and still nothing, so I'm going to end it tonight. Tell them they were "
    "too late.",
    "this is goodbye. I'm going to jump from the multi-storey car park at the hospital later",
    LONG_REVIEW_OPENING * 3 + "I am telling you now that I am going to kill myself on Friday, I have the rope.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", [pytest.param(text, id=text[:60]) for text in EXPLICIT_INTENT])
def test_every_explicit_statement_of_intent_to_end_ones_life_is_urgent(
    minilm_windows: BuiltinClassifier, text: str
) -> None:
    (scores,) = minilm_windows.classify([text])
    assert classification_record(scores, text, default_thresholds())["safeguarding"]["tier"] == "urgent"


@pytest.mark.slow
def test_a_plain_formal_complaint_is_not_a_safeguarding_matter(minilm: BuiltinClassifier) -> None:
    text = (
        "@KingsmereNHS my dad's operation was cancelled for the third time with no explanation, I want a proper "
        "answer and I'm making a formal complaint"
    )
    (scores,) = minilm.classify([text])
    assert classification_record(scores, text, default_thresholds())["safeguarding"]["tier"] is None


@pytest.mark.slow
@pytest.mark.xfail(
    strict=True, reason="known failure class: veiled disclosures in tweet register (docs/models/risk.md)"
)
def test_a_veiled_disclosure_reaches_the_safeguarding_lead(minilm: BuiltinClassifier) -> None:
    text = "I can't go on any more, I've got my tablets saved up and tonight is the night. Sorry everyone."
    (scores,) = minilm.classify([text])
    assert classification_record(scores, text, default_thresholds())["safeguarding"]["tier"] is not None


def test_default_thresholds_are_the_ones_measured_with_the_committed_heads() -> None:
    recorded = json.loads((HEADS_DIR / "heads.json").read_text(encoding="utf-8"))["heads"]
    defaults = default_thresholds()
    assert defaults["abuse"] == 0.5
    for risk in ("complaint", "safeguarding"):
        assert defaults[risk] == recorded[risk]["training"]["threshold"]


def test_heads_without_measured_thresholds_name_their_file(tmp_path: Path) -> None:
    (tmp_path / "heads.json").write_text('{"heads": {"complaint": {"training": {}}}}', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"heads\.json: no measured complaint/safeguarding thresholds"):
        default_thresholds(tmp_path)
