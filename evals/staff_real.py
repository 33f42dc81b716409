"""Staff named in real patient text: per mention, per story and wrong-person figures, old and new detector.

    python -m evals.staff_real                       # dev split, every detector, directory seed 17
    python -m evals.staff_real --split dev --seeds 1 2 3
    python -m evals.staff_real --errors              # dev mistakes, with offsets and labels (never sealed)
    python -m evals.staff_real --split sealed        # once, by docs/decisions/0020-reading-the-staff-sealed-set.md

Texts and labels: `training.real_text.load_staff` (every unique text of the Care Opinion, feedback-form
and FFT pools, each person mention marked by hand). The directory is built at run time around the
staff the split's labels name (`evals.staff_world`): thousands of rows with UK name frequencies,
formal names for nicknames, misspellings and line managers.

What is counted (every report is one span with its candidate staff_ids, or none when unlinked):

- per mention, lenient: a report is right when it overlaps a labelled staff span and its candidates
  include that person's row; precision over all reports, recall over all labelled staff spans;
- per mention, strict: as lenient, but the report must name exactly one row, the right one;
- detection: a report overlapping a labelled staff span, whoever it links to;
- per story: recall is the share of texts naming staff with at least one right (lenient) report;
  false flags are the share of texts naming only people who are not staff (patients, relatives,
  other organisations' staff) with any report, and, as a wider figure, of texts naming no staff;
- wrong person: single-candidate reports that name a row other than the labelled person's (on a
  staff span or anywhere else), as a share of all reports.
"""

from __future__ import annotations

import argparse
import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from classifiers.staff import DEFAULT_THRESHOLD, StaffMatcher
from classifiers.staff.linking import StaffLinker
from classifiers.staff.mentions import load_mention_finder
from evals.staff_world import World, build_world, name_frequencies
from training.real_text import StaffExample, load_staff
from trustwatch.settings import ClassifierSettings, TrustProfile

TRUST = TrustProfile(
    name="Example Health and Care NHS Foundation Trust",
    aliases=["Example Health and Care", "Example General Hospital"],
    web_domains=["example-trust.nhs.uk"],
)


class Report(Protocol):
    """What every detector reports for a span (classifiers.staff.StaffMatch fits)."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    @property
    def candidates(self) -> tuple[str, ...]: ...


@dataclass
class Figures:
    """Counts over one split; the rates are properties."""

    reports: int = 0
    gold_mentions: int = 0
    lenient_right: int = 0
    strict_right: int = 0
    detected: int = 0
    gold_lenient_found: int = 0
    gold_strict_found: int = 0
    gold_detected: int = 0
    single_reports: int = 0
    wrong_single: int = 0
    unlinked_reports: int = 0
    staff_stories: int = 0
    staff_stories_found: int = 0
    nonstaff_stories: int = 0
    nonstaff_stories_flagged: int = 0
    no_staff_texts: int = 0
    no_staff_texts_flagged: int = 0
    errors: list[str] = field(default_factory=list)

    @staticmethod
    def _rate(part: int, whole: int) -> float:
        return part / whole if whole else float("nan")

    def rates(self) -> dict[str, float]:
        """Every figure the decision record names, as a rate."""
        return {
            "lenient_precision": self._rate(self.lenient_right, self.reports),
            "lenient_recall": self._rate(self.gold_lenient_found, self.gold_mentions),
            "strict_precision": self._rate(self.strict_right, self.reports),
            "strict_recall": self._rate(self.gold_strict_found, self.gold_mentions),
            "detection_precision": self._rate(self.detected, self.reports),
            "detection_recall": self._rate(self.gold_detected, self.gold_mentions),
            "story_recall": self._rate(self.staff_stories_found, self.staff_stories),
            "nonstaff_stories_flagged": self._rate(self.nonstaff_stories_flagged, self.nonstaff_stories),
            "no_staff_texts_flagged": self._rate(self.no_staff_texts_flagged, self.no_staff_texts),
            "wrong_single_of_reports": self._rate(self.wrong_single, self.reports),
            "wrong_single_of_single": self._rate(self.wrong_single, self.single_reports),
        }


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def score(examples: Sequence[StaffExample], world: World, predictions: Sequence[Sequence[Report]]) -> Figures:
    """Count every figure for one detector's reports on `examples` (same order)."""
    figures = Figures()
    for example, reports in zip(examples, predictions, strict=True):
        gold = [(m.start, m.end, world.gold_ids[(example.key, m.person)]) for m in example.mentions if m.who == "staff"]
        figures.reports += len(reports)
        figures.gold_mentions += len(gold)
        lenient_taken: set[int] = set()
        strict_taken: set[int] = set()
        detected_taken: set[int] = set()
        for report in reports:
            candidates = set(report.candidates)
            figures.unlinked_reports += not candidates
            overlapping = [i for i, (a, b, _id) in enumerate(gold) if _overlaps(report.start, report.end, a, b)]
            lenient = next((i for i in overlapping if gold[i][2] in candidates and i not in lenient_taken), None)
            strict = next(
                (i for i in overlapping if candidates == {gold[i][2]} and i not in strict_taken),
                None,
            )
            detected = next((i for i in overlapping if i not in detected_taken), None)
            if lenient is not None:
                lenient_taken.add(lenient)
                figures.lenient_right += 1
            if strict is not None:
                strict_taken.add(strict)
                figures.strict_right += 1
            if detected is not None:
                detected_taken.add(detected)
                figures.detected += 1
            if len(candidates) == 1:
                figures.single_reports += 1
                if strict is None and not any(gold[i][2] in candidates for i in overlapping):
                    figures.wrong_single += 1
            if lenient is None:
                kind = "wrong-person" if overlapping else "false-report"
                labelled = [m.who for m in example.mentions if _overlaps(report.start, report.end, m.start, m.end)]
                figures.errors.append(
                    f"{example.key} {kind} [{report.start}:{report.end}] candidates={len(candidates)} "
                    f"labelled={labelled or 'nothing'}"
                )
        figures.gold_lenient_found += len(lenient_taken)
        figures.gold_strict_found += len(strict_taken)
        figures.gold_detected += len(detected_taken)
        for index, (a, b, _id) in enumerate(gold):
            if index not in lenient_taken:
                how = "missed" if index not in detected_taken else "not linked to the right row"
                figures.errors.append(f"{example.key} {how} [{a}:{b}]")
        if gold:
            figures.staff_stories += 1
            figures.staff_stories_found += bool(lenient_taken)
        else:
            figures.no_staff_texts += 1
            figures.no_staff_texts_flagged += bool(reports)
            if example.mentions:
                figures.nonstaff_stories += 1
                figures.nonstaff_stories_flagged += bool(reports)
    return figures


def rules_detector(texts: Sequence[str]) -> Callable[[World, Sequence[str]], list[list[Report]]]:
    """Today's detector: the Aho-Corasick matcher with context scoring (classifiers.staff.StaffMatcher)."""

    def detect(world: World, places: Sequence[str]) -> list[list[Report]]:
        del places  # the rule matcher has no configured places
        matcher = StaffMatcher(world.directory, TRUST, threshold=DEFAULT_THRESHOLD)
        return [list(matches) for matches in matcher.scan_many(texts)]

    return detect


def learned_detector(texts: Sequence[str]) -> Callable[[World, Sequence[str]], list[list[Report]]]:
    """The mention head on the shared encoder's token states, linked by `StaffLinker` (one pass for all seeds).

    Texts are read as the run reads them: in windows, up to `[classifier] max_length` tokens.
    """
    finder = load_mention_finder(max_length=ClassifierSettings().max_length)
    spans = finder.find(texts)

    def detect(world: World, places: Sequence[str]) -> list[list[Report]]:
        linker = StaffLinker(world.directory, TRUST, places, threshold=finder.head.threshold)
        return [list(linker.link(text, text_spans)) for text, text_spans in zip(texts, spans, strict=True)]

    return detect


DETECTORS: dict[str, Callable[[Sequence[str]], Callable[[World, Sequence[str]], list[list[Report]]]]] = {
    "rules": rules_detector,
    "learned": learned_detector,
}


def configured_places(splits: Sequence[str]) -> list[str]:
    """The places named after people that the labels of `splits` mark, as a Trust would list its sites."""
    return sorted({e.text[a:b] for e in load_staff(splits) for a, b in e.places})


def _print_figures(name: str, seed_figures: Sequence[Figures]) -> None:
    rates = [figures.rates() for figures in seed_figures]
    first = seed_figures[0]

    def show(key: str) -> str:
        values = [rate[key] for rate in rates]
        if len(values) == 1:
            return f"{values[0]:.3f}"
        return f"{statistics.mean(values):.3f} ({min(values):.3f}-{max(values):.3f})"

    print(f"\n{name}: {first.reports} reports, {first.gold_mentions} labelled staff mentions (first seed)")
    print(f"  per mention, lenient    precision {show('lenient_precision')}  recall {show('lenient_recall')}")
    print(f"  per mention, strict     precision {show('strict_precision')}  recall {show('strict_recall')}")
    print(f"  detection only          precision {show('detection_precision')}  recall {show('detection_recall')}")
    print(
        f"  per story               recall {show('story_recall')} of {first.staff_stories} texts naming staff; "
        f"flagged {show('nonstaff_stories_flagged')} of {first.nonstaff_stories} naming only non-staff; "
        f"flagged {show('no_staff_texts_flagged')} of {first.no_staff_texts} naming no staff"
    )
    print(
        f"  wrong single candidate  {show('wrong_single_of_reports')} of reports "
        f"({first.wrong_single} of {first.single_reports} single-candidate reports, first seed); "
        f"unlinked reports {first.unlinked_reports}"
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=["train", "dev", "sealed"], default="dev")
    parser.add_argument("--seeds", type=int, nargs="+", default=[17], help="directory seeds (one figure each)")
    parser.add_argument("--rows", type=int, default=5000, help="directory rows")
    parser.add_argument("--detectors", nargs="+", choices=sorted(DETECTORS), default=sorted(DETECTORS))
    parser.add_argument("--errors", action="store_true", help="list the mistakes (refused on the sealed split)")
    parser.add_argument("--no-places", action="store_true", help="configure no places named after people")
    args = parser.parse_args(argv)
    if args.errors and args.split == "sealed":
        parser.error("--errors is refused on the sealed split: its mistakes are never read")

    examples = load_staff([args.split])
    texts = [example.text for example in examples]
    frequencies = name_frequencies()
    worlds = [build_world(examples, seed=seed, rows=args.rows, frequencies=frequencies) for seed in args.seeds]
    print(
        f"split {args.split}: {len(examples)} texts, {sum(e.names_staff for e in examples)} naming staff; "
        f"directory {len(worlds[0].directory)} rows, seeds {args.seeds}"
    )
    # The Trust's sites named after people: those the labels mark (all splits on sealed, per decision 0020;
    # while developing, train and dev only, so no sealed label is read).
    place_splits = ["train", "dev", "sealed"] if args.split == "sealed" else ["train", "dev"]
    places = [] if args.no_places else configured_places(place_splits)
    for name in args.detectors:
        detect = DETECTORS[name](texts)
        per_seed = [score(examples, world, detect(world, places)) for world in worlds]
        _print_figures(name, per_seed)
        if args.errors:
            for line in per_seed[0].errors:
                print("   ", line)


if __name__ == "__main__":
    main()
