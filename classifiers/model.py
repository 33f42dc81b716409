"""Trained heads on top of one encoder pass, and the scores they produce.

A head set is two or three files in one directory (committed under `classifiers/heads/`):

* `heads.safetensors`: every head's tensors, named `<head>.<layer index>.<weight|bias|mean|scale>`.
* `heads.json`: the format version, the encoder the heads were trained on (its sha256 fingerprint,
  how many of its bottom layers are kept, `encoder.layers`, and the windows long texts are read in,
  `encoder.windows`), and per head its labels, the features it reads (concatenated in the order
  listed), whether it reads a whole text or each window (`over`), its layers, its output activation
  and how it was trained and measured.
* `encoder_delta.safetensors` (when the encoder was adapted): tuned minus base weights of the
  encoder parameters that training changed, in float16, named as in the encoder's state dict and
  added to the packaged base weights at load time. `heads.json` lists it under `encoder.delta`.

The version stored with every classification hashes all of these files.

Layers are a small closed vocabulary (`standardize`, `linear`, `relu`) so inference needs only
torch, never the library the head was trained with. A softmax head gives mutually exclusive labels
(sentiment); a sigmoid head gives independent per-label probabilities (abuse, complaint,
safeguarding can each be true at once). The encoder runs once per batch for all heads together.

A head `over` the text (the default) reads features pooled over every window of the text. A head
`over` windows scores each window on its own and gives the text its highest window's probability per
label, so one alarming paragraph in a long, warm story scores as it would alone.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, TypedDict

import torch
from safetensors.torch import load_file, save_file

from classifiers.encoder import Encoded
from trustwatch.errors import ConfigError

HEADS_FORMAT = "trustwatch-heads/1"
WEIGHTS_FILE = "heads.safetensors"
METADATA_FILE = "heads.json"
DELTA_FILE = "encoder_delta.safetensors"
SENTIMENT_LABELS = ("negative", "neutral", "positive")

LayerType = Literal["standardize", "linear", "relu"]
Activation = Literal["softmax", "sigmoid"]
Scope = Literal["text", "windows"]
SCOPES = ("text", "windows")


class HeadOutput(TypedDict):
    """One head's verdict on one text: the top label and every label's probability."""

    label: str
    scores: dict[str, float]


def text_sha256(text: str) -> str:
    """The digest that ties stored person spans to the exact text they were found in."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True)
class PersonSpans:
    """Person spans the staff mention head found in one text on the shared pass, for the staff detector.

    Each span is (start, end, person probability, staff probability), character offsets into the text
    whose sha256 is `text_sha256`; the detector uses them only for that exact text.
    """

    text_sha256: str
    spans: tuple[tuple[int, int, float, float], ...]

    def record(self) -> dict[str, Any]:
        """As stored in `Classification.extras["persons"]`."""
        return {"text_sha256": self.text_sha256, "spans": [list(span) for span in self.spans]}


@dataclass(frozen=True)
class TextScores:
    """Every head's output for one text, from one encoder pass."""

    heads: Mapping[str, HeadOutput]
    persons: PersonSpans | None = None

    @property
    def sentiment(self) -> HeadOutput:
        """The sentiment head: label negative/neutral/positive and the three probabilities."""
        return self.heads["sentiment"]

    @property
    def extras(self) -> dict[str, HeadOutput]:
        """Every head other than sentiment (the risk heads), as stored in `Classification.extras`."""
        return {name: output for name, output in self.heads.items() if name != "sentiment"}


@dataclass(frozen=True)
class LayerSpec:
    """One step of a head: its type and, for layers with parameters, the tensors' names."""

    type: LayerType
    tensors: tuple[str, ...] = ()


@dataclass
class Head:
    """A trained head: features in, probabilities per label out."""

    name: str
    labels: tuple[str, ...]
    inputs: tuple[str, ...]
    layers: tuple[LayerSpec, ...]
    activation: Activation
    tensors: dict[str, torch.Tensor]
    training: dict[str, Any] = field(default_factory=dict)
    over: Scope = "text"

    def probabilities(self, features: Mapping[str, torch.Tensor]) -> torch.Tensor:
        """(n, len(labels)) probabilities from the pooled features named in `inputs`."""
        values = torch.cat([features[name] for name in self.inputs], dim=1)
        for layer in self.layers:
            if layer.type == "standardize":
                mean, scale = (self.tensors[name] for name in layer.tensors)
                values = (values - mean) / scale
            elif layer.type == "linear":
                weight, bias = (self.tensors[name] for name in layer.tensors)
                values = torch.nn.functional.linear(values, weight, bias)
            else:
                values = torch.relu(values)
        if self.activation == "softmax":
            return torch.softmax(values, dim=1)
        return torch.sigmoid(values)

    def text_probabilities(self, encoded: Encoded) -> torch.Tensor:
        """(texts, len(labels)) probabilities: from the text's features, or its highest window's."""
        if self.over == "text":
            return self.probabilities(encoded.texts)
        per_window = self.probabilities(encoded.windows)
        count = next(iter(encoded.texts.values())).shape[0]
        index = encoded.window_text.unsqueeze(1).expand_as(per_window)
        return torch.zeros((count, per_window.shape[1])).scatter_reduce(
            0, index, per_window, reduce="amax", include_self=False
        )

    def outputs(self, encoded: Encoded) -> list[HeadOutput]:
        """One HeadOutput per text: the most probable label and all label probabilities."""
        probabilities = self.text_probabilities(encoded).tolist()
        results: list[HeadOutput] = []
        for row in probabilities:
            scores = {label: float(p) for label, p in zip(self.labels, row, strict=True)}
            results.append({"label": max(scores, key=scores.__getitem__), "scores": scores})
        return results

    def metadata(self) -> dict[str, Any]:
        """This head's entry in heads.json."""
        entry: dict[str, Any] = {"labels": list(self.labels), "inputs": list(self.inputs)}
        if self.over != "text":
            entry["over"] = self.over
        return entry | {
            "layers": [{"type": layer.type, "tensors": list(layer.tensors)} for layer in self.layers],
            "activation": self.activation,
            "training": self.training,
        }


@dataclass
class HeadSet:
    """Every head trained on one encoder, loaded together and applied to one set of features."""

    encoder: dict[str, Any]
    heads: dict[str, Head]
    encoder_delta: dict[str, torch.Tensor] = field(default_factory=dict)
    version: str = ""

    @property
    def layers(self) -> int | None:
        """How many bottom encoder layers the heads were trained on (None: all of them)."""
        value = self.encoder.get("layers")
        return None if value is None else int(value)

    @property
    def windows(self) -> tuple[int, int] | None:
        """(window size, overlap) in tokens when long texts are read in windows; None: one window, cut."""
        value = self.encoder.get("windows")
        return None if value is None else (int(value["size"]), int(value["overlap"]))

    @property
    def poolings(self) -> tuple[str, ...]:
        """The poolings the encoder must produce for all heads (in first-use order)."""
        needed: dict[str, None] = {}
        for head in self.heads.values():
            needed.update(dict.fromkeys(head.inputs))
        return tuple(needed)

    def apply(self, encoded: Encoded) -> list[TextScores]:
        """Run every head on the same encoder pass; one TextScores per text."""
        per_head = {name: head.outputs(encoded) for name, head in self.heads.items()}
        count = next(iter(encoded.texts.values())).shape[0] if encoded.texts else 0
        return [TextScores(heads={name: outputs[row] for name, outputs in per_head.items()}) for row in range(count)]

    def save(self, directory: Path) -> str:
        """Write heads.safetensors and heads.json into `directory`; returns the new version."""
        directory.mkdir(parents=True, exist_ok=True)
        tensors = {
            name: tensor.detach().contiguous().float()
            for head in self.heads.values()
            for name, tensor in head.tensors.items()
        }
        save_file(tensors, str(directory / WEIGHTS_FILE))
        encoder = {key: value for key, value in self.encoder.items() if key != "delta"}
        delta_path = directory / DELTA_FILE
        if self.encoder_delta:
            # float16 halves the committed size; a weight *change* is small, so its rounding error
            # is far below the size of the change itself.
            save_file(
                {name: tensor.detach().contiguous().to(torch.float16) for name, tensor in self.encoder_delta.items()},
                str(delta_path),
            )
            encoder["delta"] = {"file": DELTA_FILE, "dtype": "float16", "tensors": sorted(self.encoder_delta)}
        elif delta_path.exists():
            delta_path.unlink()
        metadata = {
            "format": HEADS_FORMAT,
            "encoder": encoder,
            "heads": {name: head.metadata() for name, head in self.heads.items()},
        }
        (directory / METADATA_FILE).write_text(json.dumps(metadata, indent=2, sort_keys=False) + "\n", encoding="utf-8")
        self.version = heads_version(directory)
        return self.version


def heads_version(directory: Path) -> str:
    """Content hash of every file of the model (heads and encoder delta): the version stored with every result."""
    digest = hashlib.sha256()
    names = [METADATA_FILE, WEIGHTS_FILE]
    if (directory / DELTA_FILE).exists():
        names.append(DELTA_FILE)
    for name in names:
        path = directory / name
        if not path.is_file():
            raise ConfigError(f"{path}: head file not found")
        digest.update(name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _require(table: Mapping[str, Any], key: str, where: str) -> Any:
    if key not in table:
        raise ConfigError(f"{where}: missing key {key!r}")
    return table[key]


def _check_encoder_shape(encoder: Mapping[str, Any], metadata_path: Path) -> None:
    """encoder.layers is a positive whole number and encoder.windows a {size, overlap} pair, when present."""
    layers = encoder.get("layers")
    if layers is not None and (isinstance(layers, bool) or not isinstance(layers, int) or layers < 1):
        raise ConfigError(f"{metadata_path}: encoder.layers must be a positive whole number, got {layers!r}")
    windows = encoder.get("windows")
    if windows is None:
        return
    size = windows.get("size") if isinstance(windows, dict) else None
    overlap = windows.get("overlap") if isinstance(windows, dict) else None
    whole = all(isinstance(value, int) and not isinstance(value, bool) for value in (size, overlap))
    if not whole or not 0 <= int(overlap or 0) < int(size or 0):
        raise ConfigError(
            f"{metadata_path}: encoder.windows must be {{size, overlap}} in tokens with overlap below size, "
            f"got {windows!r}"
        )


def load_heads(directory: Path) -> HeadSet:
    """Read a head set, checking its format, layer vocabulary and that every named tensor exists."""
    metadata_path = directory / METADATA_FILE
    version = heads_version(directory)
    try:
        metadata = json.loads(metadata_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise ConfigError(f"{metadata_path}: not valid JSON: {error}") from None
    if metadata.get("format") != HEADS_FORMAT:
        raise ConfigError(f"{metadata_path}: format is {metadata.get('format')!r}, expected {HEADS_FORMAT!r}")
    tensors = load_file(str(directory / WEIGHTS_FILE))
    heads: dict[str, Head] = {}
    for name, entry in _require(metadata, "heads", str(metadata_path)).items():
        where = f"{metadata_path}: heads.{name}"
        layers = tuple(
            LayerSpec(type=_require(layer, "type", where), tensors=tuple(layer.get("tensors", ())))
            for layer in _require(entry, "layers", where)
        )
        for layer in layers:
            if layer.type not in ("standardize", "linear", "relu"):
                raise ConfigError(f"{where}: unknown layer type {layer.type!r}")
            expected = 0 if layer.type == "relu" else 2
            if len(layer.tensors) != expected:
                raise ConfigError(f"{where}: a {layer.type} layer takes {expected} tensors, got {len(layer.tensors)}")
            missing = [tensor for tensor in layer.tensors if tensor not in tensors]
            if missing:
                raise ConfigError(f"{where}: tensors {missing} not in {WEIGHTS_FILE}")
        activation = _require(entry, "activation", where)
        if activation not in ("softmax", "sigmoid"):
            raise ConfigError(f"{where}: unknown activation {activation!r}")
        over = entry.get("over", "text")
        if over not in SCOPES:
            raise ConfigError(f"{where}: over must be one of {', '.join(SCOPES)}, got {over!r}")
        heads[name] = Head(
            name=name,
            labels=tuple(_require(entry, "labels", where)),
            inputs=tuple(_require(entry, "inputs", where)),
            layers=layers,
            activation=activation,
            tensors={tensor: tensors[tensor] for layer in layers for tensor in layer.tensors},
            training=entry.get("training", {}),
            over=over,
        )
    if "sentiment" not in heads:
        raise ConfigError(f"{metadata_path}: no 'sentiment' head")
    if tuple(heads["sentiment"].labels) != SENTIMENT_LABELS:
        raise ConfigError(f"{metadata_path}: heads.sentiment labels must be {list(SENTIMENT_LABELS)}")
    encoder = _require(metadata, "encoder", str(metadata_path))
    _check_encoder_shape(encoder, metadata_path)
    delta: dict[str, torch.Tensor] = {}
    if "delta" in encoder:
        delta_path = directory / str(_require(encoder["delta"], "file", f"{metadata_path}: encoder.delta"))
        if not delta_path.is_file():
            raise ConfigError(f"{delta_path}: encoder delta named in {METADATA_FILE} not found")
        delta = load_file(str(delta_path))
        listed = set(_require(encoder["delta"], "tensors", f"{metadata_path}: encoder.delta"))
        if listed != set(delta):
            raise ConfigError(f"{delta_path}: tensors differ from the list in {METADATA_FILE}")
    elif (directory / DELTA_FILE).exists():
        raise ConfigError(f"{directory / DELTA_FILE}: present but not named in {METADATA_FILE} (encoder.delta)")
    return HeadSet(encoder=encoder, heads=heads, encoder_delta=delta, version=version)
