"""Person mentions, learned: a token-classification head on the sentence encoder's token states.

The head reads, for every word piece of a text, the encoder's last-layer token state (the same
states the sentiment and risk heads pool) and a few features of the word as written that the
uncased encoder cannot see: capitals, a sentence start, whether the text uses case at all. It
labels each piece O, B-STAFF, I-STAFF, B-PERSON or I-PERSON (a person who is not a member of staff:
the patient, a relative, the author, a GP elsewhere), trained on the real labelled texts of
`training/labels/staff_real.jsonl` (training/staff_mentions.py).

`decode` turns the pieces' probabilities into word-aligned spans of the ORIGINAL text, each with the
probability that it names a person and that the person is staff. Linking those spans to directory
rows is `classifiers.staff.linking`'s job; nothing here knows the directory.

Files (committed beside this module): `mention_head.safetensors` (the head's tensors) and
`mention_head.json` (labels, features, layers, the encoder fingerprint and layer count it was
trained on, the decision threshold chosen on the dev split, and how it was trained and measured).
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
from safetensors.torch import load_file

from trustwatch.errors import ConfigError

HEAD_DIR = Path(__file__).resolve().parent
HEAD_WEIGHTS = "mention_head.safetensors"
HEAD_METADATA = "mention_head.json"
# The encoder adaptation the head was trained on. It is kept beside the head because the risk heads'
# adaptation moves when they are retrained, and the head's token features must not move with it.
HEAD_DELTA = "encoder_delta.safetensors"
WINDOW = 256
WINDOW_OVERLAP = 64
HEAD_FORMAT = "trustwatch-mention-head/1"
LABELS = ("O", "B-STAFF", "I-STAFF", "B-PERSON", "I-PERSON")
OUTSIDE, B_STAFF, I_STAFF, B_PERSON, I_PERSON = range(len(LABELS))

# An inner apostrophe belongs to a name (O'Neil); a possessive "'s" does not.
_WORD = re.compile(r"[^\W_]+(?:['\u2019](?!s\b)[^\W_]+)*")
# Between two words of one name only spaces, a full stop after a title or initial, or a hyphen.
_JOINS_NAME = re.compile(r"[ \t.\-]{1,3}")
_SENTENCE_END = re.compile(r"[.!?:;\n\"“”()\[\]]\s*$")
FEATURES = (
    "title_case",
    "upper_case",
    "lower_case",
    "sentence_start",
    "text_cased",
    "first_piece",
    "special",
    "single_letter",
    "previous_title_case",
    "next_title_case",
    "has_digit",
)


@dataclass(frozen=True, slots=True)
class PersonSpan:
    """A span of the text that the head reads as naming a person.

    `person` is the probability that it names a person at all, `staff` that it names a member of
    staff of the service written about (`staff` <= `person`).
    """

    start: int
    end: int
    person: float
    staff: float


@dataclass(frozen=True, slots=True)
class Word:
    """A word of the original text (letters and digits, an inner apostrophe kept)."""

    start: int
    end: int


def words_of(text: str) -> list[Word]:
    """The text's words with their offsets."""
    return [Word(match.start(), match.end()) for match in _WORD.finditer(text)]


def piece_features(text: str, offsets: Sequence[tuple[int, int]]) -> torch.Tensor:
    """(pieces, len(FEATURES)) float features of the word each piece belongs to, as written.

    `offsets` are the tokenizer's (start, end) per piece, (0, 0) for special tokens.
    """
    words = words_of(text)
    starts = [word.start for word in words]
    cased = any(map(str.isupper, text)) and any(map(str.islower, text))
    # Each word's own features, once per text rather than once per piece. A sentence ends in the gap
    # before a word: what lies between two words holds no letter or digit, so the end's mark is there.
    written = [text[word.start : word.end] for word in words]
    title = [word[:1].isupper() and (len(word) == 1 or not word.isupper()) for word in written]
    gaps = ["", *(text[before.end : word.start] for before, word in itertools.pairwise(words))]
    own = [
        [
            float(title[index]),
            float(word.isupper() and len(word) > 1),
            float(word.islower()),
            float(index == 0 or _SENTENCE_END.search(gaps[index]) is not None),
            float(cased),
            1.0,
            0.0,
            float(len(word) == 1),
            float(index > 0 and title[index - 1]),
            float(index + 1 < len(words) and title[index + 1]),
            float(any(map(str.isdigit, word))),
        ]
        for index, word in enumerate(written)
    ]
    # Two more rows: a special token's, and a piece outside every word's (all zero).
    special, outside = len(own), len(own) + 1
    table = torch.tensor([*own, [0.0] * 6 + [1.0] + [0.0] * 4, [0.0] * len(FEATURES)], dtype=torch.float32)
    rows: list[int] = []
    later_pieces: list[int] = []
    word_of_previous_piece = -1
    for position, (start, end) in enumerate(offsets):
        if start == end:
            rows.append(special)
            word_of_previous_piece = -1
            continue
        index = bisect.bisect_right(starts, start) - 1
        if index < 0 or start >= words[index].end:
            rows.append(outside)
            word_of_previous_piece = -1
            continue
        if index == word_of_previous_piece:
            later_pieces.append(position)
        rows.append(index)
        word_of_previous_piece = index
    features = table[rows]
    # A word's later pieces read as its first piece, but for "starts a word".
    features[later_pieces, FEATURES.index("first_piece")] = 0.0
    return features


def piece_labels(offsets: Sequence[tuple[int, int]], spans: Sequence[tuple[int, int, bool]]) -> list[int]:
    """Training labels per piece for (start, end, is_staff) spans: B on a span's first piece, I after."""
    labels = [OUTSIDE] * len(offsets)
    for span_start, span_end, is_staff in spans:
        first = True
        for position, (start, end) in enumerate(offsets):
            if start == end or start < span_start or start >= span_end:
                continue
            if first:
                labels[position] = B_STAFF if is_staff else B_PERSON
                first = False
            else:
                labels[position] = I_STAFF if is_staff else I_PERSON
    return labels


def decode(
    text: str, offsets: Sequence[tuple[int, int]], probabilities: torch.Tensor, *, person_threshold: float = 0.5
) -> list[PersonSpan]:
    """Word-aligned person spans from per-piece probabilities ((pieces, 5), softmax over LABELS).

    A word is read from its first piece. Consecutive person words form one span when only a space,
    a full stop or a hyphen separates them and the later word does not start a new name (B > I).
    """
    words = words_of(text)
    if not words:
        return []
    first_piece: dict[int, int] = {}
    starts = [word.start for word in words]

    for piece, (start, end) in enumerate(offsets):
        if start == end:
            continue
        index = bisect.bisect_right(starts, start) - 1
        if 0 <= index < len(words) and start < words[index].end and index not in first_piece:
            first_piece[index] = piece
    rows = probabilities.tolist()
    spans: list[PersonSpan] = []
    current: list[tuple[Word, list[float]]] = []

    def close() -> None:
        if current:
            person = sum(1.0 - row[OUTSIDE] for _word, row in current) / len(current)
            staff = sum(row[B_STAFF] + row[I_STAFF] for _word, row in current) / len(current)
            spans.append(PersonSpan(current[0][0].start, current[-1][0].end, person, min(staff, person)))
            current.clear()

    for index, word in enumerate(words):
        position = first_piece.get(index)
        if position is None:
            close()
            continue
        row = rows[position]
        if 1.0 - row[OUTSIDE] < person_threshold:
            close()
            continue
        begins = row[B_STAFF] + row[B_PERSON] > row[I_STAFF] + row[I_PERSON]
        joined = bool(current) and _JOINS_NAME.fullmatch(text[current[-1][0].end : word.start]) is not None
        if current and (begins or not joined):
            close()
        current.append((word, row))
    close()
    return spans


@dataclass
class MentionHead:
    """The trained head: standardise, linear, relu, linear, softmax over LABELS."""

    tensors: dict[str, torch.Tensor]
    metadata: dict[str, Any]
    version: str

    @property
    def threshold(self) -> float:
        """The staff probability at or above which a span is reported (chosen on the dev split)."""
        return float(self.metadata["threshold"])

    @property
    def encoder_fingerprint(self) -> str:
        """The encoder the head was trained on (sha256 of its files)."""
        return str(self.metadata["encoder"]["fingerprint"])

    @property
    def encoder_layers(self) -> int | None:
        """How many bottom encoder layers it was trained on (None: all)."""
        layers = self.metadata["encoder"].get("layers")
        return int(layers) if layers is not None else None

    def probabilities(self, states: torch.Tensor, features: torch.Tensor) -> torch.Tensor:
        """(pieces, 5) label probabilities from (pieces, dimension) states and (pieces, FEATURES) features."""
        inputs = torch.cat([states, features], dim=-1)
        inputs = (inputs - self.tensors["mean"]) / self.tensors["scale"]
        hidden = torch.relu(inputs @ self.tensors["hidden.weight"].T + self.tensors["hidden.bias"])
        logits = hidden @ self.tensors["output.weight"].T + self.tensors["output.bias"]
        return torch.softmax(logits, dim=-1)


def load_mention_head(directory: Path = HEAD_DIR) -> MentionHead:
    """The committed head (or one in `directory`), checked for its format and tensors."""
    weights, metadata_path = directory / HEAD_WEIGHTS, directory / HEAD_METADATA
    for path in (weights, metadata_path):
        if not path.is_file():
            raise ConfigError(f"{path}: the staff mention head is missing (train it with training/staff_mentions.py)")
    metadata = json.loads(metadata_path.read_text(encoding="utf-8"))
    if metadata.get("format") != HEAD_FORMAT:
        raise ConfigError(f"{metadata_path}: format {metadata.get('format')!r}, expected {HEAD_FORMAT!r}")
    if tuple(metadata.get("labels", ())) != LABELS or tuple(metadata.get("features", ())) != FEATURES:
        raise ConfigError(f"{metadata_path}: labels or features differ from this version of TrustWatch")
    tensors = load_file(str(weights))
    needed = {"mean", "scale", "hidden.weight", "hidden.bias", "output.weight", "output.bias"}
    if needed - set(tensors):
        raise ConfigError(f"{weights}: missing tensors {sorted(needed - set(tensors))}")
    digest = hashlib.sha256(weights.read_bytes())
    digest.update(metadata_path.read_bytes())
    return MentionHead(
        tensors={k: v.float() for k, v in tensors.items()}, metadata=metadata, version=digest.hexdigest()[:16]
    )


class MentionFinder:
    """Person spans for texts: the encoder's token states, the head, then `decode`.

    `spans_from_batch` is the part that runs on a pass shared with the other heads; `find` runs a
    pass of its own for callers that have none (scan-staff, evaluations).
    """

    def __init__(self, head: MentionHead, encoder: Any) -> None:
        if encoder.fingerprint != head.encoder_fingerprint:
            raise ConfigError(
                f"staff mention head: trained on encoder {head.encoder_fingerprint[:12]}, the installed one is "
                f"{encoder.fingerprint[:12]}; retrain with training/staff_mentions.py"
            )
        if head.encoder_layers is not None and encoder.layers != head.encoder_layers:
            raise ConfigError(
                f"staff mention head: trained on {head.encoder_layers} encoder layers, the encoder runs "
                f"{encoder.layers}; retrain with training/staff_mentions.py"
            )
        self.head = head
        self.encoder = encoder

    def spans_from_batch(
        self, texts: Sequence[str], offsets: Sequence[Sequence[tuple[int, int]]], states: torch.Tensor
    ) -> list[list[PersonSpan]]:
        """Spans of each row of a batch: row r is `texts[r]` read with `offsets[r]` over `states[r]`.

        The head reads every row's real pieces in one call: called per row, its handful of small
        tensor operations cost more than the head's arithmetic.
        """
        widths = [len(row) for row in offsets]
        with torch.inference_mode():
            pieces = torch.cat([states[row, :width] for row, width in enumerate(widths)]).float()
            features = torch.cat([piece_features(text, row) for text, row in zip(texts, offsets, strict=True)])
            probabilities = torch.split(self.head.probabilities(pieces, features), widths)
        return [decode(text, row, rows) for text, row, rows in zip(texts, offsets, probabilities, strict=True)]

    def find(self, texts: Sequence[str]) -> list[list[PersonSpan]]:
        """Person spans of each text, in input order, reading long texts in the encoder's windows."""
        from classifiers.encoder import window_batches

        if not texts:
            return []
        windows = self.encoder.windows(texts)
        found: list[list[PersonSpan]] = [[] for _ in texts]
        with torch.inference_mode():
            for batch in window_batches(self.encoder.tokenizer, windows, batch_size=self.encoder.batch_size):
                states = self.encoder.forward(batch.inputs)
                rows = [windows[index] for index in batch.rows]
                spans = self.spans_from_batch([texts[w.text] for w in rows], [w.offsets for w in rows], states)
                for window, window_spans in zip(rows, spans, strict=True):
                    found[window.text].extend(window_spans)
        return [merge_window_spans(spans) for spans in found]


def merge_window_spans(spans: Sequence[PersonSpan]) -> list[PersonSpan]:
    """One span per name: where windows overlap, the same name may be read twice; keep the surer reading."""
    merged: list[PersonSpan] = []
    for span in sorted(spans, key=lambda span: (span.start, -span.staff)):
        if merged and span.start < merged[-1].end:
            if span.staff > merged[-1].staff:
                merged[-1] = span
            continue
        merged.append(span)
    return merged


def load_mention_finder(
    *, batch_size: int = 32, max_length: int = 256, precision: str = "float32", head_dir: Path = HEAD_DIR
) -> MentionFinder:
    """The committed head on the bundled encoder, cut to its layers and adapted by the delta it was trained on."""
    from classifiers.encoder import SentenceEncoder, builtin_encoder_path

    head = load_mention_head(head_dir)
    delta_path = head_dir / HEAD_DELTA
    if not delta_path.is_file():
        raise ConfigError(f"{delta_path}: the staff mention head's encoder delta is missing")
    encoder = SentenceEncoder(
        builtin_encoder_path(),
        batch_size=batch_size,
        max_length=max_length,
        delta=load_file(str(delta_path)),
        layers=head.encoder_layers,
        precision=precision,
        # The head was trained on texts cut at WINDOW tokens; longer texts are read in windows of that size.
        window=WINDOW,
        overlap=WINDOW_OVERLAP,
    )
    recorded = head.metadata["encoder"].get("key")
    if recorded is not None and recorded != states_key(encoder.fingerprint, encoder.layers, delta_path):
        raise ConfigError(f"{delta_path}: not the encoder delta the staff mention head was trained on")
    return MentionFinder(head, encoder)


def states_key(fingerprint: str, layers: int | None, delta: Path) -> str:
    """What a head's token states depend on: the base weights, the kept layers and the delta file."""
    digest = hashlib.sha256(fingerprint.encode())
    digest.update(str(layers).encode())
    if delta.is_file():
        digest.update(delta.read_bytes())
    return digest.hexdigest()[:16]
