"""How fast the classify stage runs on a CPU, against its practical limit and a naive loop.

    HF_HUB_OFFLINE=1 .venv/bin/python -m bench.classify                      # 2,000 generated mentions
    HF_HUB_OFFLINE=1 .venv/bin/python -m bench.classify --path mentions.txt  # one text per line
    .venv/bin/python -m bench.classify --model cardiffnlp/twitter-roberta-base-sentiment-latest  # classify only

On the same texts it prints:

* classify: the full stage as `trustwatch classify` runs it (tokenize, long texts cut into windows,
  length-sorted batches with dynamic padding, one encoder pass, every head, thresholds, PII spans,
  the output records);
* bare encoder: only the encoder's forward calls over the same pre-tokenized windows in the same
  length-sorted, dynamically padded batches, at the same precision (what no classify stage on this
  encoder can beat);
* naive loop: a `transformers.pipeline("feature-extraction")` called once per text, the way a first
  attempt often looks (it still runs one pass per text, not one per head), over the encoder as the
  package ships it, reading each text up to the encoder's 512-token limit; and, when the committed
  heads keep fewer layers, the same loop over the classify stage's own network (what batching alone
  buys);
* peak RSS of the process after the timed classify and bare-encoder runs, and at the end.

Generated texts mix tweet-length posts with review-length paragraphs, from a seeded generator, so
every run times the same input. Each timing follows a warm-up call.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

import torch
from transformers import AutoConfig

from bench._texts import mention_text, peak_rss_mb
from classifiers.encoder import PRECISIONS, builtin_encoder_path, window_batches
from classifiers.risk import classification_record, default_thresholds
from classifiers.sentiment import BuiltinClassifier, TextClassifier, load_classifier
from trustwatch.settings import ClassifierSettings


def generated_texts(count: int, seed: int) -> list[str]:
    """`count` mention-like texts from 1 to ~40 clauses long (mostly short, a long tail of reviews)."""
    generator = random.Random(seed)
    return [mention_text(generator, mean_clauses=3, max_clauses=40)[1] for _ in range(count)]


def time_classify(classifier: TextClassifier, texts: list[str]) -> float:
    """Seconds for the full classify stage: scores, thresholds, PII, records."""
    started = time.perf_counter()
    results = classifier.classify(texts)
    records = [
        classification_record(scores, text, default_thresholds()) for text, scores in zip(texts, results, strict=True)
    ]
    elapsed = time.perf_counter() - started
    assert len(records) == len(texts)
    return elapsed


def time_bare_encoder(classifier: BuiltinClassifier, texts: list[str]) -> float:
    """Seconds spent inside the encoder's forward calls alone, on the classify stage's own batches of windows."""
    encoder = classifier.encoder
    batches = [
        batch.inputs
        for batch in window_batches(encoder.tokenizer, encoder.windows(texts), batch_size=encoder.batch_size)
    ]
    with torch.inference_mode():
        started = time.perf_counter()
        for batch in batches:
            encoder.forward(batch)
        return time.perf_counter() - started


def same_network(classifier: BuiltinClassifier, directory: Path) -> Path:
    """Save the classify stage's own encoder (kept layers, delta added) where a pipeline can load it."""
    classifier.encoder.model.save_pretrained(str(directory))
    classifier.encoder.tokenizer.save_pretrained(str(directory))
    return directory


def time_naive_loop(texts: list[str], max_length: int, model_dir: Path) -> float:
    """Seconds for a feature-extraction pipeline over `model_dir` called once per text (cut at the encoder's limit)."""
    from transformers import pipeline

    extractor = pipeline("feature-extraction", model=str(model_dir), device="cpu")
    limit = min(max_length, int(AutoConfig.from_pretrained(str(model_dir)).max_position_embeddings))
    options = {"tokenize_kwargs": {"truncation": True, "max_length": limit}}
    extractor(texts[0], **options)
    started = time.perf_counter()
    for text in texts:
        extractor(text, **options)
    return time.perf_counter() - started


def format_runs(runs: list[float]) -> str:
    """`8.9s, 9.4s, 9.1s`."""
    return ", ".join(f"{seconds:.1f}s" for seconds in runs)


def main() -> int:
    """Time the three ways over the same texts and print texts/s, ratios and peak RSS."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--path", type=Path, help="a UTF-8 file with one text per line (default: generated)")
    parser.add_argument("--model", default="builtin", help="classifier.model: builtin, or a HF model id/directory")
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--max-length", type=int, default=ClassifierSettings().max_length, help="tokens read per text")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--precision", default="auto", choices=["auto", *PRECISIONS])
    parser.add_argument("--repeats", type=int, default=3, help="timings of classify and bare encoder (medians)")
    parser.add_argument("--skip-naive", action="store_true", help="leave out the (slow) one-text-at-a-time loop")
    args = parser.parse_args()

    if args.path:
        texts = [line for line in args.path.read_text(encoding="utf-8").splitlines() if line.strip()][: args.count]
    else:
        texts = generated_texts(args.count, args.seed)
    settings = ClassifierSettings(
        model=args.model,
        batch_size=args.batch_size,
        max_length=args.max_length,
        threads=args.threads,
        precision=args.precision,
    )
    started = time.perf_counter()
    classifier = load_classifier(settings)
    loaded = time.perf_counter() - started
    classifier.classify(texts[:16])
    mean_words = sum(len(text.split()) for text in texts) / len(texts)
    print(f"model: {classifier.name} (version {classifier.version}), load {loaded:.1f}s")
    print(f"texts: {len(texts)} (mean {mean_words:.0f} words), batch_size {args.batch_size}, threads {args.threads}")
    if isinstance(classifier, BuiltinClassifier):
        print(f"encoder precision: {classifier.encoder.precision} (--precision {args.precision})")

    # A shared 2-core machine varies by about 10% from one 9-second run to the next, so the two
    # fast paths are timed in alternation, --repeats times each, and their medians compared.
    classify_runs: list[float] = []
    bare_runs: list[float] = []
    for _ in range(args.repeats):
        classify_runs.append(time_classify(classifier, texts))
        if isinstance(classifier, BuiltinClassifier):
            bare_runs.append(time_bare_encoder(classifier, texts))
    classify_seconds = statistics.median(classify_runs)
    classify_rate = len(texts) / classify_seconds
    print(f"classify stage: {classify_rate:.1f} texts/s (median of {format_runs(classify_runs)})")
    print(f"peak RSS after the timed runs: {peak_rss_mb():.0f} MB")
    if not isinstance(classifier, BuiltinClassifier):
        return 0
    bare_seconds = statistics.median(bare_runs)
    bare_rate = len(texts) / bare_seconds
    print(f"bare encoder forward: {bare_rate:.1f} texts/s (median of {format_runs(bare_runs)})")
    print(f"classify / bare encoder: {classify_rate / bare_rate:.2f}")
    if not args.skip_naive:
        naive_seconds = time_naive_loop(texts, args.max_length, builtin_encoder_path())
        naive_rate = len(texts) / naive_seconds
        print(f"naive pipeline loop, encoder as packaged: {naive_rate:.1f} texts/s ({naive_seconds:.1f}s)")
        print(f"classify / naive loop: {classify_rate / naive_rate:.1f}x")
        if classifier.encoder.layers < int(AutoConfig.from_pretrained(str(builtin_encoder_path())).num_hidden_layers):
            with tempfile.TemporaryDirectory() as scratch:
                same_dir = same_network(classifier, Path(scratch))
                same_seconds = time_naive_loop(texts, args.max_length, same_dir)
            same_rate = len(texts) / same_seconds
            same = f"the same {classifier.encoder.layers} layers"
            print(f"naive pipeline loop, {same}: {same_rate:.1f} texts/s ({same_seconds:.1f}s)")
            print(f"classify / naive loop on the same network: {classify_rate / same_rate:.1f}x")
    print(f"peak RSS at the end: {peak_rss_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
