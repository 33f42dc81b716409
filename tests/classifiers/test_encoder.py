"""Reading long texts in windows: spans, pooling over windows, window-scoped heads, token states for other heads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch

from classifiers.encoder import (
    FINGERPRINT_FILES,
    SentenceEncoder,
    TokenStates,
    WindowPlan,
    fingerprint_files,
    length_sorted_batches,
    pool_states,
)
from classifiers.model import SENTIMENT_LABELS, HeadSet, load_heads
from classifiers.sentiment import load_builtin
from tests.support.models import build_tiny_bert, make_head
from trustwatch.errors import ConfigError
from trustwatch.settings import ClassifierSettings

LONG = " ".join(["the staff were kind and the nurse was kind ."] * 12)  # 120 tokens
SHORT = "the maternity team were wonderful , thank you"


@pytest.fixture(scope="module")
def tiny_encoder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_bert(tmp_path_factory.mktemp("encoder"))


@pytest.mark.parametrize(
    ("plan", "length", "spans"),
    [
        pytest.param(WindowPlan(size=10, overlap=2, max_tokens=100), 5, [(0, 5)], id="a short text is one window"),
        pytest.param(WindowPlan(size=10, overlap=2, max_tokens=100), 0, [(0, 0)], id="an empty text is one window"),
        pytest.param(
            WindowPlan(size=10, overlap=2, max_tokens=100),
            20,
            [(0, 8), (6, 14), (12, 20)],
            id="windows overlap and the last ends at the end",
        ),
        pytest.param(
            WindowPlan(size=10, overlap=2, max_tokens=100), 17, [(0, 8), (6, 14), (9, 17)], id="the last is pulled back"
        ),
        pytest.param(WindowPlan(size=10, overlap=2, max_tokens=12), 50, [(0, 8), (2, 10)], id="reading stops at max"),
        pytest.param(WindowPlan(size=10), 50, [(0, 8)], id="without max_tokens a text is cut at one window"),
    ],
)
def test_window_spans(plan: WindowPlan, length: int, spans: list[tuple[int, int]]) -> None:
    assert plan.spans(length) == spans


@pytest.mark.parametrize(
    ("size", "overlap", "message"),
    [(2, 0, "holds no text"), (10, 8, "overlap 8 must be below"), (10, -1, "overlap -1")],
)
def test_impossible_windows_are_refused(size: int, overlap: int, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        WindowPlan(size=size, overlap=overlap)


def test_a_text_read_in_one_window_gets_the_features_a_single_window_encoder_gives(tiny_encoder: Path) -> None:
    windowed = SentenceEncoder(tiny_encoder, max_length=64, window=64, overlap=16)
    single = SentenceEncoder(tiny_encoder, max_length=64)
    texts = [SHORT, "", "rude"]
    features = windowed.encode(texts, ("mean", "max"))
    expected = single.encode(texts, ("mean", "max"))
    for name in ("mean", "max"):
        assert torch.equal(features[name], expected[name])
    # And both equal the tokenizer's own batching, pooled directly.
    (positions, batch), *_ = length_sorted_batches(single.tokenizer, texts, batch_size=8, max_length=64)
    with torch.inference_mode():
        pooled = pool_states(single.forward(batch), batch["attention_mask"], ("mean",))["mean"]
    assert torch.allclose(features["mean"][torch.tensor(positions)], pooled, atol=1e-6)


def test_a_long_text_is_pooled_over_all_its_windows(tiny_encoder: Path) -> None:
    encoder = SentenceEncoder(tiny_encoder, max_length=1000, window=32, overlap=8)
    encoded = encoder.encode_windows([SHORT, LONG], ("mean", "max"))
    owner = encoded.window_text.tolist()
    assert owner[0] == 0 and owner.count(1) == 6  # 120 tokens: windows of 30 text tokens, 22 new each
    long_windows = encoded.windows["max"][encoded.window_text == 1]
    assert torch.equal(encoded.texts["max"][1], long_windows.max(dim=0).values)
    assert torch.equal(encoded.texts["max"][0], encoded.windows["max"][0])
    cut = SentenceEncoder(tiny_encoder, max_length=32).encode([LONG], ("mean",))["mean"]
    assert not torch.allclose(encoded.texts["mean"][1], cut[0], atol=1e-4)


def save_heads(directory: Path, encoder_dir: Path, *, windows: dict[str, int] | None, over: str) -> Path:
    heads = [
        make_head("sentiment", SENTIMENT_LABELS, ("mean", "max"), seed=1, activation="softmax"),
        make_head("safeguarding", ("safeguarding",), ("mean", "max"), seed=4, activation="sigmoid"),
    ]
    heads[1].over = over  # type: ignore[assignment]
    encoder = {"fingerprint": fingerprint_files(encoder_dir, FINGERPRINT_FILES)}
    if windows is not None:
        encoder["windows"] = windows  # type: ignore[assignment]
    HeadSet(encoder=encoder, heads={head.name: head for head in heads}).save(directory)
    return directory


def test_a_head_over_windows_gives_a_text_its_highest_windows_score(tiny_encoder: Path, tmp_path: Path) -> None:
    heads_dir = save_heads(tmp_path, tiny_encoder, windows={"size": 32, "overlap": 8}, over="windows")
    classifier = load_builtin(ClassifierSettings(max_length=1000, precision="float32"), heads_dir, tiny_encoder)
    texts = [LONG, SHORT]
    (long_scores, short_scores) = classifier.classify(texts)
    encoded = classifier.encoder.encode_windows(texts, classifier.heads.poolings)
    per_window = classifier.heads.heads["safeguarding"].probabilities(encoded.windows)[:, 0]
    assert long_scores.heads["safeguarding"]["scores"]["safeguarding"] == pytest.approx(
        float(per_window[encoded.window_text == 0].max()), abs=1e-6
    )
    assert short_scores.heads["safeguarding"]["scores"]["safeguarding"] == pytest.approx(
        float(per_window[encoded.window_text == 1].max()), abs=1e-6
    )
    assert load_heads(heads_dir).heads["safeguarding"].over == "windows"


def test_token_states_reach_another_head_from_the_same_pass(tiny_encoder: Path, tmp_path: Path) -> None:
    heads_dir = save_heads(tmp_path, tiny_encoder, windows={"size": 32, "overlap": 8}, over="text")
    classifier = load_builtin(ClassifierSettings(max_length=1000, batch_size=4), heads_dir, tiny_encoder)
    forward_calls: list[int] = []
    classifier.encoder.model.register_forward_hook(lambda *_: forward_calls.append(1))
    seen: list[TokenStates] = []
    texts = [LONG, SHORT, "rude"]
    classifier.classify(texts, on_batch=seen.append)
    assert len(seen) == len(forward_calls) == 2  # eight windows, batches of four: one pass serves both
    for batch in seen:
        for row, (text_index, offsets) in enumerate(zip(batch.texts, batch.offsets, strict=True)):
            assert int(batch.attention_mask[row].sum()) == len(offsets)
            words = [texts[text_index][start:end] for start, end in offsets if end > start]
            assert all(word and word in texts[text_index] for word in words)
    assert sorted(text for batch in seen for text in batch.texts) == [0, 0, 0, 0, 0, 0, 1, 2]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"windows": {"size": 32, "overlap": 32}}, "encoder.windows must be"),
        ({"windows": {"size": "long", "overlap": 8}}, "encoder.windows must be"),
        ({"over": "sentences"}, "over must be one of text, windows"),
    ],
    ids=["overlap as long as the window", "a size that is not a number", "an unknown scope"],
)
def test_bad_window_settings_in_heads_json_are_named(
    tiny_encoder: Path, tmp_path: Path, change: dict[str, object], message: str
) -> None:
    heads_dir = save_heads(tmp_path, tiny_encoder, windows={"size": 32, "overlap": 8}, over="text")
    path = heads_dir / "heads.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    if "windows" in change:
        document["encoder"]["windows"] = change["windows"]
    else:
        document["heads"]["safeguarding"]["over"] = change["over"]
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_heads(heads_dir)
