"""Precision and recall of the staff-name matcher on the labelled evaluation set.

    python -m evals.staff                     # figures at the default threshold, dev / test / all
    python -m evals.staff --calibrate         # threshold sweep on the dev split only
    python -m evals.staff --errors dev        # print the dev split's mistakes (never the test split's
                                                   # while tuning)
    python -m evals.staff --fft PATH.csv      # also: flags per 1,000 real NHS FFT comments

Splits: `dev` (tuned on), `test` (its errors were looked at once the dev split was saturated, so it is
no longer untouched), `holdout` (50 posts written after all tuning and scored once).

The evaluation set (evals/data/staff_eval.jsonl) is hand-written against the fictional directory in
evals/data/staff_directory.csv and the demo Trust. Labelling policy: a span is gold when the post
refers to a member of the Trust's staff by a name form; its label is the set of directory staff that
fit the name AND what the post says (title, role, ward or department). A post that names several
possible staff without saying which is labelled with all of them. Names of relatives, the author,
public figures, places and words used as words are not staff mentions, nor is a person with a
staff member's name when nothing ties them to the Trust.

Scoring: a prediction is a true positive when its span overlaps a gold span of the same post and its
candidate set equals the gold set (strict: a silently resolved ambiguity and an unresolved one both
count as errors). The lenient figure accepts any overlap with a shared candidate. `hard negatives`
are posts without gold spans whose text contains a word that is a name in the directory.
"""

from __future__ import annotations

import argparse
import csv
import json
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from classifiers.staff import DEFAULT_THRESHOLD, StaffMatch, StaffMatcher, load_staff_directory
from classifiers.staff.names import normalise
from trustwatch.settings import TrustProfile

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    lenient_tp: int = 0
    predicted: int = 0
    gold: int = 0

    def precision(self, lenient: bool = False) -> float:
        hits = self.lenient_tp if lenient else self.tp
        return hits / self.predicted if self.predicted else 1.0

    def recall(self, lenient: bool = False) -> float:
        hits = self.lenient_tp if lenient else self.tp
        return hits / self.gold if self.gold else 1.0


def gold_spans(post: dict[str, Any]) -> list[tuple[int, int, frozenset[str]]]:
    spans = []
    for item in post["staff"]:
        ids = item["staff_id"] if isinstance(item["staff_id"], list) else [item["staff_id"]]
        spans.append((item["start"], item["end"], frozenset(ids)))
    return spans


def score_post(gold: list[tuple[int, int, frozenset[str]]], predicted: list[StaffMatch], counts: Counts) -> list[str]:
    """Update counts; return human-readable mistakes."""
    mistakes = []
    counts.gold += len(gold)
    counts.predicted += len(predicted)
    unmatched = list(gold)
    lenient_unmatched = list(gold)
    for match in predicted:
        candidates = frozenset(match.candidates)
        strict = next(
            (g for g in unmatched if g[0] < match.end and match.start < g[1] and g[2] == candidates),
            None,
        )
        lenient = next(
            (g for g in lenient_unmatched if g[0] < match.end and match.start < g[1] and g[2] & candidates),
            None,
        )
        if lenient is not None:
            counts.lenient_tp += 1
            lenient_unmatched.remove(lenient)
        if strict is not None:
            counts.tp += 1
            unmatched.remove(strict)
        else:
            counts.fp += 1
            mistakes.append(f"FP {match.surface!r} {sorted(candidates)} {match.confidence:.2f} {dict(match.evidence)}")
    for start, end, ids in unmatched:
        counts.fn += 1
        mistakes.append(f"FN [{start}:{end}] {sorted(ids)}")
    return mistakes


def load_trust(config: Path) -> TrustProfile:
    return TrustProfile(**tomllib.loads(config.read_text(encoding="utf-8"))["trust"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--directory", type=Path, default=HERE / "data" / "staff_directory.csv")
    parser.add_argument("--eval", type=Path, default=HERE / "data" / "staff_eval.jsonl")
    parser.add_argument("--config", type=Path, default=ROOT / "demo" / "trustwatch.toml")
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    parser.add_argument("--calibrate", action="store_true", help="sweep thresholds on the dev split")
    parser.add_argument("--errors", choices=["dev", "test", "holdout", "all"], help="print mistakes of this split")
    parser.add_argument("--fft", type=Path, help="NHS FFT CSV: count flags on real comments (column 'FFT answer')")
    args = parser.parse_args()

    directory = load_staff_directory(args.directory)
    matcher = StaffMatcher(directory, load_trust(args.config), threshold=0.0)
    posts = [json.loads(line) for line in args.eval.read_text(encoding="utf-8").splitlines() if line.strip()]
    name_words = {
        word for member in directory for word in normalise(f"{member.full_name} {member.known_as or ''}").split()
    }
    all_matches = [matcher.scan_all(post["text"]) for post in posts]

    positives = sum(1 for post in posts if post["staff"])
    hard = sum(1 for post in posts if not post["staff"] and name_words & set(normalise(post["text"]).split()))
    print(
        f"evaluation set: {len(posts)} posts, {positives} with staff named, {hard} hard negatives "
        f"({hard / len(posts):.0%}), {len(posts) - positives - hard} other negatives; directory {len(directory)} staff"
    )

    def evaluate(split: str, threshold: float, show: bool = False) -> Counts:
        counts = Counts()
        for post, matches in zip(posts, all_matches, strict=True):
            if split != "all" and post.get("split") != split:
                continue
            kept = [m for m in matches if m.confidence >= threshold]
            mistakes = score_post(gold_spans(post), kept, counts)
            if show and mistakes:
                print(f"\n{post['id']}: {post['text']}")
                for mistake in mistakes:
                    print("   ", mistake)
        return counts

    if args.calibrate:
        print("\nthreshold sweep on the dev split (strict precision / recall / F1):")
        for step in range(5, 100, 5):
            threshold = step / 100
            c = evaluate("dev", threshold)
            p, r = c.precision(), c.recall()
            f1 = 2 * p * r / (p + r) if p + r else 0.0
            print(f"  {threshold:.2f}  P={p:.3f}  R={r:.3f}  F1={f1:.3f}")

    print(f"\nthreshold {args.threshold:.2f}")
    for split in ("dev", "test", "holdout", "all"):
        c = evaluate(split, args.threshold)
        print(
            f"  {split:<5} gold={c.gold:<4} predicted={c.predicted:<4} precision={c.precision():.3f}  "
            f"recall={c.recall():.3f}   (lenient: precision={c.precision(True):.3f} recall={c.recall(True):.3f})"
        )
    if args.errors:
        evaluate(args.errors, args.threshold, show=True)

    if args.fft:
        with args.fft.open(encoding="utf-8", newline="") as handle:
            comments = [row.get("FFT answer") or "" for row in csv.DictReader(handle)]
        comments = [text for text in comments if text.strip()]
        flagged = sum(1 for text in comments if any(m.confidence >= args.threshold for m in matcher.scan_all(text)))
        print(
            f"\nreal FFT comments: {len(comments)}, flagged against the fictional directory: {flagged} "
            f"({1000 * flagged / max(1, len(comments)):.1f} per 1,000; each is a false alarm or a coincidental name)"
        )


if __name__ == "__main__":
    main()
