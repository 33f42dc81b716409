"""Measure the impersonation detector on the independent NHS set, per tactic, Trust split by Trust split.

    .venv/bin/python -m evals.impersonation [--split dev] [--public-profiles FILE] [--misses]
    .venv/bin/python -m evals.impersonation --split sealed --i-have-read-decision-0030 --public-profiles FILE
    .venv/bin/python -m evals.impersonation --set nhs2 [--public-profiles FILE] [--affiliates] [--misses]
    .venv/bin/python -m evals.impersonation --set nhs3 [--public-profiles FILE] [--affiliates] [--misses]
    .venv/bin/python -m evals.impersonation --set nhs4 [--public-profiles FILE] [--affiliates] [--misses]
    .venv/bin/python -m evals.impersonation --set nhs5 [--public-profiles FILE] [--affiliates] [--misses]
    .venv/bin/python -m evals.impersonation --set nhs6 [--public-profiles FILE] [--affiliates] [--misses]
    .venv/bin/python -m evals.impersonation --set nhs7 [--public-profiles FILE] [--affiliates] [--misses]
    .venv/bin/python -m evals.impersonation --set nhs8 [--public-profiles FILE] [--affiliates] [--misses]
    .venv/bin/python -m evals.impersonation --set nhs9 [--public-profiles FILE] [--affiliates] [--misses]
    .venv/bin/python -m evals.impersonation --set nhs10 [--public-profiles FILE] [--affiliates] [--misses]
    .venv/bin/python -m evals.impersonation --set nhs11 [--public-profiles FILE] [--affiliates] [--misses]
    .venv/bin/python -m evals.impersonation --set nhs12 [--public-profiles FILE] [--affiliates] [--misses]
    .venv/bin/python -m evals.impersonation --set nhs13 [--public-profiles FILE] [--affiliates] [--misses]
    .venv/bin/python -m evals.impersonation --set nhs14 [--public-profiles FILE] [--affiliates] [--misses]
    .venv/bin/python -m evals.impersonation --set nhs15 [--public-profiles FILE] [--affiliates] [--misses]
    .venv/bin/python -m evals.impersonation --set nhs16 [--public-profiles FILE] [--affiliates] [--misses]
    .venv/bin/python -m evals.impersonation --set nhs17 [--public-profiles FILE] [--affiliates] [--misses]
    .venv/bin/python -m evals.impersonation --set nhs18 [--public-profiles FILE] [--affiliates] [--misses]
    .venv/bin/python -m evals.impersonation --set nhs19 [--public-profiles FILE] [--affiliates] [--misses]
    .venv/bin/python -m evals.impersonation --set nhs20 [--public-profiles FILE] [--affiliates] [--misses]
    .venv/bin/python -m evals.impersonation --set nhs21 [--public-profiles FILE] [--affiliates] [--misses]
    .venv/bin/python -m evals.impersonation --set nhs22 [--public-profiles FILE] [--affiliates] [--misses]
    .venv/bin/python -m evals.impersonation --set nhs23 [--public-profiles FILE] [--affiliates] [--misses]
    .venv/bin/python -m evals.impersonation --set nhs24 [--public-profiles FILE] [--affiliates] [--misses]

The set (evals/data/impersonation_nhs/, SOURCES.md says how it was made) was built from public reports of NHS
impersonation scams by someone who had not read the detector. Each account is scored against the Trust it names,
configured the way a Trust would configure TrustWatch from `trusts.json`: its name, aliases, ODS codes, domains,
phone numbers and executives in `[trust]`, and its official accounts (with ids, display names and bios) in an
approved-accounts register read through the real CSV loader. Accounts go through `account_from_json`, the
`check-accounts` input path, so platform names written "X", "Twitter" or " FACEBOOK " are parsed as a Trust's
own input would be.

Splits are by Trust (docs/decisions/0030): dev tunes, sealed is read once, by the rule written there before it
was read. A second set by another author (evals/data/impersonation_nhs2/, ten other Trusts) was one sealed split,
read once by the rule in docs/decisions/0039; since that reading it is development data (`--set nhs2`, split
`dev2`). A third set by a third author (evals/data/impersonation_nhs3/) was read once by the rule in
docs/decisions/0048 (results: decision 0047) and is development data too (`--set nhs3`, split `dev3`). A fourth
set by a fourth author (evals/data/impersonation_nhs4/) was read once by the rule in docs/decisions/0027 (results:
decision 0028) and is development data as well (`--set nhs4`, split `dev4`). A fifth set by a fifth author
(evals/data/impersonation_nhs5/) was read once by the rule in docs/decisions/0054 (results: decision 0055) and is
development data now (`--set nhs5`, split `dev5`). A sixth set by a sixth author (evals/data/impersonation_nhs6/)
was read once by the rule in docs/decisions/0057 (results: decision 0058) and is development data now (`--set nhs6`,
split `dev6`). A seventh set by a seventh author (evals/data/impersonation_nhs7/) was read once by the rule in
docs/decisions/0072 (results: decision 0073) and is development data now (`--set nhs7`, split `dev7`). An eighth
set by an eighth author (evals/data/impersonation_nhs8/) was read once by the rule in docs/decisions/0075 (results:
decision 0076) and is development data now (`--set nhs8`, split `dev8`). A ninth set by a ninth author
(evals/data/impersonation_nhs9/) was read once by the rule in docs/decisions/0078 (results: decision 0079) and is
development data now (`--set nhs9`, split `dev9`). A tenth set by a tenth author
(evals/data/impersonation_nhs10/) was read once by the rule in docs/decisions/0081 (results: decision 0082) and is
development data now (`--set nhs10`, split `dev10`). An eleventh set by an eleventh
author (evals/data/impersonation_nhs11/) was read once by the rule in docs/decisions/0084 (results: decision 0085)
and is development data now (`--set nhs11`, split `dev11`). A twelfth set by a twelfth author
(evals/data/impersonation_nhs12/) was read once by the rule in docs/decisions/0087 (results: decision 0088) and is
development data now (`--set nhs12`, split `dev12`). A thirteenth set by a thirteenth
author (evals/data/impersonation_nhs13/) was read once by the rule in docs/decisions/0089 (results: decision 0090)
and is development data now (`--set nhs13`, split `dev13`). A fourteenth set by a fourteenth
author (evals/data/impersonation_nhs14/) was read once by the rule in docs/decisions/0092 (results: decision 0093)
and is development data now (`--set nhs14`, split `dev14`). A fifteenth set by a fifteenth
author (evals/data/impersonation_nhs15/) was read once by the rule in docs/decisions/0096 (results: decision 0097)
and is development data now (`--set nhs15`, split `dev15`). A sixteenth set by a sixteenth
author (evals/data/impersonation_nhs16/) was read once by the rule in docs/decisions/0099 (results: decision 0100)
and is development data now (`--set nhs16`, split `dev16`). A seventeenth set by a seventeenth
author (evals/data/impersonation_nhs17/) was read once by the rule in docs/decisions/0102 (results: decision 0103)
and is development data now (`--set nhs17`, split `dev17`). An eighteenth set by an eighteenth
author (evals/data/impersonation_nhs18/) was read once by the rule in docs/decisions/0106 (results: decision 0107)
and is development data now (`--set nhs18`, split `dev18`). A nineteenth set by a nineteenth
author (evals/data/impersonation_nhs19/) was read once by the rule in docs/decisions/0109 (results: decision 0110)
and is development data now (`--set nhs19`, split `dev19`). A twentieth set by a twentieth
author (evals/data/impersonation_nhs20/, eight Trusts) was read once by the rule in docs/decisions/0111 (results:
decision 0112) and is development data now (`--set nhs20`, split `dev20`). A twenty-first set by a twenty-first
author (evals/data/impersonation_nhs21/, fifteen Trusts earlier sets also used) was read once by the rule in
docs/decisions/0116 (results: decision 0117) and is development data now (`--set nhs21`, split `dev21`). A
twenty-second set by a twenty-second author (evals/data/impersonation_nhs22/, fifteen other Trusts) was read once by
the rule in docs/decisions/0118 (results: decision 0119) and is development data now (`--set nhs22`, split `dev22`).
A twenty-third set by a twenty-third author (evals/data/impersonation_nhs23/, fifteen more Trusts) was read once by
the rule in docs/decisions/0122 (results: decision 0123) and is development data now (`--set nhs23`, split `dev23`).
A twenty-fourth set by a twenty-fourth author (evals/data/impersonation_nhs24/, fifteen more Trusts) was read once
by the rule in docs/decisions/0125 (results: decision 0126) and is development data now (`--set nhs24`, split
`dev24`). The real
Twitter profiles are scored against the later sets' Trusts too, each against one of them chosen by its id.
`--affiliates` configures the charities each Trust's entry lists as
`[[trust.affiliates]]`, as docs/impersonation.md asks a Trust to. The 1,338 real Twitter profiles of the first
set are not in the repository; give their file with `--public-profiles` and the genuine-account figures are
printed with and without them.

Prints recall of the `impersonation` verdict per tactic and overall (95% Wilson intervals), what the misses got
instead, and per genuine group how many were flagged (`impersonation`, a false flag) or sent to the daily digest
(`suspicious`).
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import hashlib
import itertools
import json
import math
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from classifiers import approved_accounts
from classifiers.approved_accounts import COLUMNS, KNOWN_PLATFORMS, load_approved_accounts
from classifiers.impersonation import ImpersonationScorer, Verdict, account_from_json
from classifiers.impersonation.scam_bios import ScamBioReader, builtin_scam_bio_reader
from trustwatch.errors import TrustWatchError
from trustwatch.records import Account
from trustwatch.settings import TrustProfile

SET_DIR = Path(__file__).parent / "data" / "impersonation_nhs"
SETS = {
    "nhs": SET_DIR,
    "nhs2": Path(__file__).parent / "data" / "impersonation_nhs2",
    "nhs3": Path(__file__).parent / "data" / "impersonation_nhs3",
    "nhs4": Path(__file__).parent / "data" / "impersonation_nhs4",
    "nhs5": Path(__file__).parent / "data" / "impersonation_nhs5",
    "nhs6": Path(__file__).parent / "data" / "impersonation_nhs6",
    "nhs7": Path(__file__).parent / "data" / "impersonation_nhs7",
    "nhs8": Path(__file__).parent / "data" / "impersonation_nhs8",
    "nhs9": Path(__file__).parent / "data" / "impersonation_nhs9",
    "nhs10": Path(__file__).parent / "data" / "impersonation_nhs10",
    "nhs11": Path(__file__).parent / "data" / "impersonation_nhs11",
    "nhs12": Path(__file__).parent / "data" / "impersonation_nhs12",
    "nhs13": Path(__file__).parent / "data" / "impersonation_nhs13",
    "nhs14": Path(__file__).parent / "data" / "impersonation_nhs14",
    "nhs15": Path(__file__).parent / "data" / "impersonation_nhs15",
    "nhs16": Path(__file__).parent / "data" / "impersonation_nhs16",
    "nhs17": Path(__file__).parent / "data" / "impersonation_nhs17",
    "nhs18": Path(__file__).parent / "data" / "impersonation_nhs18",
    "nhs19": Path(__file__).parent / "data" / "impersonation_nhs19",
    "nhs20": Path(__file__).parent / "data" / "impersonation_nhs20",
    "nhs21": Path(__file__).parent / "data" / "impersonation_nhs21",
    "nhs22": Path(__file__).parent / "data" / "impersonation_nhs22",
    "nhs23": Path(__file__).parent / "data" / "impersonation_nhs23",
    "nhs24": Path(__file__).parent / "data" / "impersonation_nhs24",
}
# Scored as `check-accounts` would score them on the day this evaluation was set up: account ages in the set
# run to November 2025, so few of them look new, as in the issue's own run.
NOW = datetime(2026, 12, 7, tzinfo=UTC)
DEV_TRUSTS = ("uhb", "mft", "ltht", "cuh", "ouh", "nnuh", "slam", "clch", "las", "swasft")
SEALED_TRUSTS = ("gstt", "nuth", "rcht", "uhl", "sth", "tewv", "cntw", "merseycare", "scft", "nwas")
SPLITS: dict[str, tuple[str, ...]] = {"dev": DEV_TRUSTS, "sealed": SEALED_TRUSTS}
# The later sets are one split each, all of their Trusts (read from their trusts.json).
WHOLE_SET_SPLITS = {
    "nhs2": "dev2",
    "nhs3": "dev3",
    "nhs4": "dev4",
    "nhs5": "dev5",
    "nhs6": "dev6",
    "nhs7": "dev7",
    "nhs8": "dev8",
    "nhs9": "dev9",
    "nhs10": "dev10",
    "nhs11": "dev11",
    "nhs12": "dev12",
    "nhs13": "dev13",
    "nhs14": "dev14",
    "nhs15": "dev15",
    "nhs16": "dev16",
    "nhs17": "dev17",
    "nhs18": "dev18",
    "nhs19": "dev19",
    "nhs20": "dev20",
    "nhs21": "dev21",
    "nhs22": "dev22",
    "nhs23": "dev23",
    "nhs24": "dev24",
}
# Sealed splits and the decision whose reading rule each follows.
SEALED = {"sealed": "0030"}
PUBLIC_PREFIXES = ("gp-kag-", "gp-gnd-")
GROUPS = ("official", "official_case_variant", "nhs_adjacent", "general_public")
VERDICTS = tuple(verdict.value for verdict in Verdict)


@dataclass(frozen=True)
class Scored:
    """One labelled account and what the detector made of it."""

    record: dict[str, Any]
    verdict: str
    score: float
    elements: tuple[str, ...]
    evidence: tuple[str, ...]

    @property
    def is_public_profile(self) -> bool:
        """True for the real Twitter profiles kept outside the repository."""
        return str(self.record["id"]).startswith(PUBLIC_PREFIXES)


def wilson(hits: int, total: int, z: float = 1.96) -> tuple[float, float]:
    """The 95% Wilson score interval of a proportion."""
    if total == 0:
        return (math.nan, math.nan)
    share = hits / total
    centre = (share + z * z / (2 * total)) / (1 + z * z / total)
    half = z * math.sqrt(share * (1 - share) / total + z * z / (4 * total * total)) / (1 + z * z / total)
    return (max(0.0, centre - half), min(1.0, centre + half))


def trust_profile(spec: dict[str, Any], *, affiliates: bool = False) -> TrustProfile:
    """The `[trust]` section a Trust would write from its entry in trusts.json."""
    handles: dict[str, list[str]] = defaultdict(list)
    for account in spec["official_accounts"]:
        handles[account["platform"]].append(account["handle"])
    # `[trust] aliases` holds every other name people use, hospital sites and initials included (the example
    # config says so); trusts.json keeps sites and initials apart, so they are added here.
    aliases = list(dict.fromkeys([*spec["aliases"], *spec.get("sites", []), spec.get("initials", "")]))
    fields: dict[str, Any] = {
        "name": spec["name"],
        "aliases": [alias for alias in aliases if alias],
        "ods_codes": spec["ods_codes"],
        "web_domains": spec["web_domains"],
        "phone_numbers": spec["phone_numbers"],
        "official_handles": dict(handles),
    }
    if "executives" in TrustProfile.model_fields:
        fields["executives"] = [
            {"name": executive["name"], "role": executive["role"].replace("_", " ")} for executive in spec["executives"]
        ]
    if affiliates and "affiliates" in TrustProfile.model_fields:
        fields["affiliates"] = [
            {"name": charity["name"], "kind": "charity", "web_domains": [charity["domain"]]}
            for charity in spec.get("not_on_register", {}).get("charities", [])
        ]
    return TrustProfile(**fields)


def write_register(spec: dict[str, Any], path: Path) -> None:
    """The Trust's approved-accounts register: every official account, with its id, name and bio."""
    # The optional bio column is read by the detector from issue 18 on; the baseline's register has none.
    columns = [*COLUMNS, *getattr(approved_accounts, "OPTIONAL_COLUMNS", ())]
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        for account in spec["official_accounts"]:
            if account["platform"] not in KNOWN_PLATFORMS:
                continue
            row = {
                "platform": account["platform"],
                "handle": account["handle"],
                "account_id": account["account_id"],
                "display_name": account["display_name"],
                "owner_team": "Communications",
                "approved_on": "2025-01-06",
                "notes": "",
            }
            if "bio" in columns:
                row["bio"] = account["bio"]
            writer.writerow(row)


def build_scorers(
    trusts: dict[str, Any],
    keys: Iterable[str],
    workdir: Path,
    *,
    affiliates: bool = False,
    scam_bios: ScamBioReader | None = None,
) -> dict[str, ImpersonationScorer]:
    """One scorer per Trust, configured from trusts.json through the real register loader (with `scam_bios`, the
    learned reading of scam bios, as `check-accounts` runs by default)."""
    scorers = {}
    for key in keys:
        path = workdir / f"{key}_approved_accounts.csv"
        write_register(trusts[key], path)
        profile = trust_profile(trusts[key], affiliates=affiliates)
        scorers[key] = ImpersonationScorer(profile, load_approved_accounts(path), scam_bios=scam_bios)
    return scorers


def assign_public_profiles(public: list[dict[str, Any]], keys: tuple[str, ...]) -> list[dict[str, Any]]:
    """The real profiles, each scored against one Trust of the split, chosen by a hash of its id (stable)."""
    return [
        {**record, "trust": keys[int(hashlib.sha256(str(record["id"]).encode()).hexdigest(), 16) % len(keys)]}
        for record in public
    ]


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """Records of a JSON-lines file; a missing file or bad line stops the run naming it."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise SystemExit(f"{path}: not found") from None
    records = []
    for number, line in enumerate(lines, start=1):
        if line.strip():
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as error:
                raise SystemExit(f"{path}: line {number}: not valid JSON ({error.msg})") from None
    return records


def score_split(
    records: list[dict[str, Any]], scorers: dict[str, ImpersonationScorer], trusts: Iterable[str]
) -> list[Scored]:
    """Score every record of the split's Trusts through the `check-accounts` input path."""
    wanted = set(trusts)
    by_trust: dict[str, list[Account]] = defaultdict(list)
    for record in records:
        if record["trust"] in wanted:
            with contextlib.suppress(TrustWatchError):
                by_trust[record["trust"]].append(account_from_json(record["account"], record["id"]))
    for key, accounts in by_trust.items():
        scorers[key].prepare(accounts, NOW)
    results = []
    for record in records:
        if record["trust"] not in wanted:
            continue
        try:
            account = account_from_json(record["account"], record["id"])
        except TrustWatchError as error:
            results.append(Scored(record, "input_error", 0.0, (), (str(error),)))
            continue
        verdict = scorers[record["trust"]].score(account, NOW)
        evidence = tuple(f"{item.name} {item.weight:+.2f}: {item.text}" for item in verdict.evidence)
        results.append(Scored(record, verdict.verdict.value, verdict.score, verdict.elements, evidence))
    return results


def _rate(hits: int, total: int) -> str:
    if total == 0:
        return "n/a"
    low, high = wilson(hits, total)
    return f"{hits / total:.3f} [{low:.2f}, {high:.2f}]"


def recall_table(results: list[Scored]) -> None:
    """Recall of the impersonation verdict per tactic, and what the misses got instead."""
    positives = [item for item in results if item.record["label"] == "impersonation"]
    by_tactic: dict[str, list[Scored]] = defaultdict(list)
    for item in positives:
        by_tactic[item.record["tactic"]].append(item)
    print(f"{'tactic':<30}{'n':>4}{'caught':>8}  {'recall [95% CI]':<22}misses got")
    for tactic in sorted(by_tactic):
        items = by_tactic[tactic]
        caught = sum(item.verdict == "impersonation" for item in items)
        instead = Counter(item.verdict for item in items if item.verdict != "impersonation")
        got = ", ".join(f"{verdict} {count}" for verdict, count in instead.most_common())
        print(f"{tactic:<30}{len(items):>4}{caught:>8}  {_rate(caught, len(items)):<22}{got}")
    caught = sum(item.verdict == "impersonation" for item in positives)
    print(f"{'all tactics':<30}{len(positives):>4}{caught:>8}  {_rate(caught, len(positives))}")
    single = [item for item in positives if len(item.record.get("copied_elements", ())) == 1]
    caught_single = sum(item.verdict == "impersonation" for item in single)
    print(f"{'  one copied element (set)':<30}{len(single):>4}{caught_single:>8}  {_rate(caught_single, len(single))}")


def genuine_table(results: list[Scored], with_public: bool) -> None:
    """Per genuine group: how many were flagged as impersonation or sent to the digest as suspicious."""
    genuine = [item for item in results if item.record["label"] == "genuine"]
    if not with_public:
        genuine = [item for item in genuine if not item.is_public_profile]
    label = "with the real public profiles" if with_public else "without the real public profiles"
    print(f"\ngenuine accounts, {label}")
    print(f"{'group':<24}{'n':>6}{'flagged':>9}  {'false-flag rate [95% CI]':<26}{'suspicious':>11}{'official':>10}")
    rows: list[tuple[str, list[Scored]]] = [
        (group, [item for item in genuine if item.record["group"] == group]) for group in GROUPS
    ]
    rows.append(("all genuine", genuine))
    for group, items in rows:
        flagged = sum(item.verdict == "impersonation" for item in items)
        suspicious = sum(item.verdict == "suspicious" for item in items)
        official = sum(item.verdict == "official" for item in items)
        print(f"{group:<24}{len(items):>6}{flagged:>9}  {_rate(flagged, len(items)):<26}{suspicious:>11}{official:>10}")
    own = [item for item in genuine if item.record["group"] in ("official", "official_case_variant")]
    not_official = [item for item in own if item.verdict != "official"]
    print(f"Trust's own accounts not recognised as official: {len(not_official)} of {len(own)}")


def list_misses(results: list[Scored]) -> None:
    """Every missed impersonation and every genuine account not left alone, with its evidence."""
    for item in results:
        record = item.record
        missed = record["label"] == "impersonation" and item.verdict != "impersonation"
        wrong = record["label"] == "genuine" and item.verdict not in ("official", "unrelated")
        if not (missed or wrong):
            continue
        account = record["account"]
        what = record.get("tactic") or record.get("group")
        print(
            f"\n{record['id']} [{what}] {account['platform']} @{account['handle']} → {item.verdict} "
            f"{item.score:.2f} {list(item.elements)}"
        )
        print(f"  name: {account.get('display_name')!r}")
        print(f"  bio:  {account.get('description')!r}")
        for line in item.evidence:
            print(f"  - {line}")


def tune(records: list[dict[str, Any]], scorers: dict[str, ImpersonationScorer], keys: tuple[str, ...]) -> None:
    """Recall and false flags on dev over a grid of the verdict's thresholds: the chosen defaults should sit in the
    middle of a plateau, not on an edge."""
    # Imported here so the script also runs against the detector before issue 18 (the sealed baseline).
    from classifiers.impersonation import scorer as scoring

    print("threshold  element  deception  weak-identity  strong-deception  recall  flagged(all)  flagged(adjacent)")
    grid = itertools.product(
        (0.4, 0.45, 0.5, 0.55), (0.5, 0.6, 0.7), (0.1, 0.15, 0.2, 0.25), (0.25, 0.3, 0.35), (0.2, 0.25, 0.3)
    )
    for threshold, element, deception, weak, strong in grid:
        scoring.WEAK_IDENTITY_NEEDED, scoring.STRONG_DECEPTION_NEEDED = weak, strong
        for scorer in scorers.values():
            scorer.impersonation_threshold, scorer.element_present, scorer.deception_needed = (
                threshold,
                element,
                deception,
            )
        results = score_split(records, scorers, keys)
        positives = [item for item in results if item.record["label"] == "impersonation"]
        genuine = [item for item in results if item.record["label"] == "genuine"]
        adjacent = [item for item in genuine if item.record["group"] == "nhs_adjacent"]
        recall = sum(item.verdict == "impersonation" for item in positives) / len(positives)
        flagged = sum(item.verdict == "impersonation" for item in genuine)
        flagged_adjacent = sum(item.verdict == "impersonation" for item in adjacent)
        print(
            f"{threshold:9.2f}  {element:7.2f}  {deception:9.2f}  {weak:13.2f}  {strong:16.2f}  {recall:6.3f}  "
            f"{flagged:12d}  {flagged_adjacent:17d}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", dest="set_name", choices=sorted(SETS), default="nhs", help="which set to score")
    parser.add_argument("--split", choices=[*sorted(SPLITS), *WHOLE_SET_SPLITS.values()])
    parser.add_argument("--data", type=Path, help="the set's folder (trusts.json, accounts.jsonl); default: --set's")
    parser.add_argument(
        "--public-profiles", type=Path, help="the set's real Twitter profiles (gp-kag, gp-gnd), kept out of the repo"
    )
    parser.add_argument("--affiliates", action="store_true", help="configure each Trust's listed charities")
    parser.add_argument("--misses", action="store_true", help="list every miss and every genuine account flagged")
    parser.add_argument("--tune", action="store_true", help="print dev recall and false flags over a threshold grid")
    parser.add_argument(
        "--rules-only", action="store_true", help="without the learned reading of scam bios (check-accounts has it)"
    )
    for decision in SEALED.values():
        parser.add_argument(
            f"--i-have-read-decision-{decision}",
            dest=f"sealed_ok_{decision}",
            action="store_true",
            help=f"allow reading the sealed split of decision {decision}",
        )
    args = parser.parse_args()
    split = args.split or WHOLE_SET_SPLITS.get(args.set_name, "dev")
    if split != WHOLE_SET_SPLITS.get(args.set_name, split if split in SPLITS else None):
        raise SystemExit(f"--set {args.set_name} has no split {split!r}")
    if split in SEALED:
        decision = SEALED[split]
        if not getattr(args, f"sealed_ok_{decision}"):
            raise SystemExit(f"the {split} split is read once, by the rule in docs/decisions/{decision}; see --help")
        if split != "sealed" and (args.misses or args.tune):
            raise SystemExit(f"the {split} split's misses are not listed: nothing may be tuned on it")

    data = args.data or SETS[args.set_name]
    trusts = json.loads((data / "trusts.json").read_text(encoding="utf-8"))
    records = read_jsonl(data / "accounts.jsonl")
    keys = SPLITS.get(split) or tuple(key for key in trusts if not key.startswith("_"))
    if args.public_profiles is not None:
        public = read_jsonl(args.public_profiles)
        if not all(str(record["id"]).startswith(PUBLIC_PREFIXES) for record in public):
            raise SystemExit(f"{args.public_profiles}: expected only gp-kag-* and gp-gnd-* rows")
        records += assign_public_profiles(public, keys) if split not in SPLITS else public
    with tempfile.TemporaryDirectory() as workdir:
        scorers = build_scorers(
            trusts,
            keys,
            Path(workdir),
            affiliates=args.affiliates,
            scam_bios=None if args.rules_only else builtin_scam_bio_reader(),
        )
    if args.tune:
        if split not in ("dev", *WHOLE_SET_SPLITS.values()):
            raise SystemExit("--tune runs on the dev split only")
        tune(records, scorers, keys)
        return
    results = score_split(records, scorers, keys)
    configured = " with their charities as affiliates" if args.affiliates else ""
    configured += "; listed rules only" if args.rules_only else "; with the learned reading of scam bios"
    print(f"== {split} split: {len(keys)} Trusts ({', '.join(keys)}){configured}; scored as of {NOW:%Y-%m-%d}")
    errors = [item for item in results if item.verdict == "input_error"]
    if errors:
        print(f"{len(errors)} accounts refused as input, e.g. {errors[0].evidence[0]}")
    print("\nrecall of the `impersonation` verdict")
    recall_table(results)
    genuine_table(results, with_public=False)
    if args.public_profiles is not None:
        genuine_table(results, with_public=True)
    else:
        print("\n(no --public-profiles: the real Twitter profiles are not included)")
    if args.misses:
        list_misses(results)


if __name__ == "__main__":
    main()
