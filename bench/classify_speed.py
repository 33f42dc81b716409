"""How fast the classify stage runs on a laptop CPU: texts per second over 1,000 mixed-length texts.

    .venv/bin/python bench/classify_speed.py                      # builtin model, generated texts
    .venv/bin/python bench/classify_speed.py --path mentions.txt  # one text per line
    .venv/bin/python bench/classify_speed.py --model cardiffnlp/twitter-roberta-base-sentiment-latest

Generated texts mix tweet-length posts with review-length paragraphs (as a day's mentions do), from
a seeded generator so every run times the same input. Model loading is timed separately.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from classifiers.sentiment import load_classifier
from trustwatch.settings import ClassifierSettings

OPENINGS = [
    "Waited {hours} hours in A&E at Kingsmere General",
    "The maternity team at Kingsmere Valley were wonderful",
    "Parking at the hospital is a joke",
    "Huge thanks to the nurses on ward {ward}",
    "My mum's operation was cancelled again",
    "Reception staff at Ashby Moor were rude and unhelpful",
    "Quick, friendly service at the fracture clinic today",
    "Still no letter about my follow-up appointment",
    "@KingsmereNHS why is the phone line never answered",
    "Visited my grandad on ward {ward}",
]
DETAILS = [
    "nobody told us what was happening",
    "the doctor explained everything clearly",
    "the food was cold and the ward was filthy",
    "the staff were kind even though they were clearly exhausted",
    "we were sent home without any pain relief",
    "the physio came every day and really helped",
    "I had to chase three times for my results",
    "the car park machines were broken again",
    "the midwife stayed past the end of her shift to help us",
    "it felt like nobody cared at all",
]


def generated_texts(count: int, seed: int) -> list[str]:
    """`count` mention-like texts from 1 to ~40 clauses long."""
    generator = random.Random(seed)
    texts = []
    for _ in range(count):
        opening = generator.choice(OPENINGS).format(hours=generator.randint(2, 14), ward=generator.randint(1, 30))
        # Mostly short posts, with a long tail of review-length texts.
        clauses = min(40, int(generator.expovariate(1 / 3)))
        texts.append(". ".join([opening, *(generator.choice(DETAILS) for _ in range(clauses))]) + ".")
    return texts


def main() -> int:
    """Load the classifier, warm it up, time classify() over the texts and print texts/s."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default="builtin")
    parser.add_argument("--path", type=Path, help="a UTF-8 file with one text per line (default: generated)")
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--max-length", type=int, default=256)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()

    if args.path:
        texts = [line for line in args.path.read_text(encoding="utf-8").splitlines() if line.strip()][: args.count]
    else:
        texts = generated_texts(args.count, args.seed)
    settings = ClassifierSettings(
        model=args.model, batch_size=args.batch_size, max_length=args.max_length, threads=args.threads
    )
    started = time.perf_counter()
    classifier = load_classifier(settings)
    loaded = time.perf_counter() - started
    classifier.classify(texts[:8])

    started = time.perf_counter()
    results = classifier.classify(texts)
    elapsed = time.perf_counter() - started
    labels = [result.sentiment["label"] for result in results]
    mean_words = sum(len(text.split()) for text in texts) / len(texts)
    print(f"model: {classifier.name} (version {classifier.version})")
    print(f"texts: {len(texts)} (mean {mean_words:.0f} words), batch_size {args.batch_size}, threads {args.threads}")
    print(f"load: {loaded:.1f}s")
    print(f"classify: {elapsed:.1f}s, {len(texts) / elapsed:.0f} texts/s")
    print("labels: " + ", ".join(f"{label} {labels.count(label)}" for label in ("negative", "neutral", "positive")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
