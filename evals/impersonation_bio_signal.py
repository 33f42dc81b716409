"""Does the learned reading of scam bios carry the detector to a new author? Leave one author's set out at a time.

    .venv/bin/python -m evals.impersonation_bio_signal --public-profiles FILE

Every development set of evals/data/impersonation_nhs* (the first set's dev Trusts only: its sealed split is never
read here) is one author. For each author in turn the scam-bio head is trained exactly as
`training/impersonation_scam_bios.py` trains the shipped one, on every other author's bios and their share of the
real ordinary profiles, and the held-out author's set (with its share of the real profiles, scored against its
Trusts) goes through the whole detector twice: by the listed rules alone and with the head. It prints recall of the
`impersonation` verdict, the weakest tactic, and the genuine accounts flagged, per held-out author and in all.
Figures on invented accounts by independent authors, each read by a head that never saw that author; the shipped
head is judged only on a new author's sealed set.
"""

from __future__ import annotations

import argparse
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

from classifiers.impersonation.scam_bios import ScamBioReader
from evals.impersonation import PUBLIC_PREFIXES, Scored, assign_public_profiles, build_scorers, read_jsonl, score_split
from training.impersonation_scam_bios import bio_encoder, development_sets, embed, fit_head, training_bios


def summary(results: list[Scored]) -> dict[str, Any]:
    """Recall, the weakest tactic and the genuine accounts flagged, by group."""
    by_tactic: dict[str, list[bool]] = defaultdict(list)
    flagged: dict[str, list[bool]] = defaultdict(list)
    for item in results:
        caught = item.verdict == "impersonation"
        if item.record["label"] == "impersonation":
            by_tactic[item.record["tactic"]].append(caught)
        else:
            group = "public" if str(item.record["id"]).startswith(PUBLIC_PREFIXES) else item.record["group"]
            flagged[group].append(caught)
            flagged["all genuine"].append(caught)
    hits = [hit for hits in by_tactic.values() for hit in hits]
    weakest = min(by_tactic, key=lambda tactic: sum(by_tactic[tactic]) / len(by_tactic[tactic]))
    return {
        "caught": sum(hits),
        "positives": len(hits),
        "weakest": (weakest, sum(by_tactic[weakest]) / len(by_tactic[weakest])),
        "flagged": {group: (sum(values), len(values)) for group, values in flagged.items()},
    }


def _line(name: str, rules: dict[str, Any], head: dict[str, Any]) -> str:
    def flags(found: dict[str, Any], group: str) -> str:
        hit, total = found["flagged"].get(group, (0, 0))
        return f"{hit}/{total}"

    return (
        f"{name:8} {rules['caught'] / rules['positives']:>6.3f} {head['caught'] / head['positives']:>6.3f}"
        f"  {head['weakest'][0][:22]:<22} {head['weakest'][1]:.3f}"
        f"  {flags(rules, 'nhs_adjacent'):>8} {flags(head, 'nhs_adjacent'):>8}"
        f"  {flags(head, 'official'):>7} {flags(head, 'public'):>7} {flags(head, 'all genuine'):>9}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--public-profiles", type=Path, required=True, help="the real ordinary profiles (JSON lines)")
    args = parser.parse_args()
    sets = development_sets()
    bios = training_bios(sets, read_jsonl(args.public_profiles))
    encoder = bio_encoder()
    vectors = embed(encoder, [item.text for item in bios])
    print(
        f"{'held out':8} {'rules':>6} {'+head':>6}  {'weakest tactic (+head)':<28}"
        f"  {'adjacent':>8} {'+head':>8}  {'official':>7} {'public':>7} {'genuine':>9}"
    )
    totals: dict[str, list[Scored]] = {"rules": [], "head": []}
    for held, (trusts, records) in sets.items():
        head = fit_head([item for item in bios if item.author != held], vectors, encoder.fingerprint)
        keys = tuple(sorted({record["trust"] for record in records}))
        public = assign_public_profiles(
            [item.record for item in bios if item.author == held and item.record["id"].startswith(PUBLIC_PREFIXES)],
            keys,
        )
        with tempfile.TemporaryDirectory() as workdir:
            scorers = build_scorers(trusts, keys, Path(workdir))
        found = {}
        for name, reader in (("rules", None), ("head", ScamBioReader(head, encoder))):
            for scorer in scorers.values():
                scorer.scam_bios = reader
            results = score_split(records + public, scorers, keys)
            totals[name] += results
            found[name] = summary(results)
        print(_line(held, found["rules"], found["head"]))
    print(_line("all", summary(totals["rules"]), summary(totals["head"])))


if __name__ == "__main__":
    main()
