"""Re-choosing the safeguarding threshold on every risk line the heads never fitted on."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from classifiers.model import heads_version
from classifiers.risk import default_thresholds
from classifiers.sentiment import HEADS_DIR
from training.calibrate import held_out, main, safeguarding_scores, trained_mask
from training.finetune import Split, binary_counts, read_risk_examples, risk_dev_mask


def split(rows: list[tuple[str, str, int]], part: str = "train") -> Split:
    """(id, kind, safeguarding) rows as read_risk_examples builds them."""
    return Split(
        f"risk-{part}",
        [f"post {risk_id}" for risk_id, _, _ in rows],
        np.array([[0, label] for _, _, label in rows], dtype=np.int64),
        extra={
            "kind": np.array([kind for _, kind, _ in rows]),
            "id": np.array([risk_id for risk_id, _, _ in rows]),
            "split": np.array([part] * len(rows)),
        },
    )


def test_fitted_lines_are_those_read_minus_every_fourth_of_each_kind() -> None:
    # Two kinds interleaved, then two lines appended after training: only the read lines are cut into folds.
    kinds = ["praise", "sg_self_risk"] * 5 + ["praise", "praise"]
    train = split([(f"r{number:04d}", kind, 0) for number, kind in enumerate(kinds, start=1)])
    fitted = trained_mask(train, "r0010")
    # The fourth praise line is r0007 and the fourth sg_self_risk line r0008; r0011 and r0012 came later.
    assert [str(i) for i in train.extra["id"][~fitted]] == ["r0007", "r0008", "r0011", "r0012"]


def test_the_pool_is_the_unfitted_train_lines_and_all_of_test() -> None:
    train = split([(f"r{n:04d}", "praise", 0) for n in range(1, 9)])
    test = split([("r0009", "sg_self_risk", 1)], "test")
    pool = held_out(train, test, "r0008")
    assert [str(i) for i in pool.extra["id"]] == ["r0004", "r0008", "r0009"]
    assert pool.labels[:, 1].tolist() == [0, 0, 1]


@pytest.mark.parametrize(
    ("through", "message"),
    [("r0099", None), ("1754", "'1754' is not a risk example id"), ("r0000", "no train line has an id that low")],
)
def test_a_bad_trained_through_is_named(through: str, message: str | None) -> None:
    train = split([(f"r{n:04d}", "praise", 0) for n in range(1, 5)])
    if message is None:
        assert trained_mask(train, through).sum() == 3
        return
    with pytest.raises(SystemExit, match=message):
        trained_mask(train, through)


def test_a_dev_fold_cut_through_an_id_leaves_later_and_test_lines_to_fit() -> None:
    # finetune.py --fit-test --dev-through: the fold an earlier model (trained through r0008) held out.
    lines = split([(f"r{n:04d}", "praise", 0) for n in range(1, 13)])
    lines.extra["split"][[4, 9]] = "test"  # r0005 and r0010
    by_id = dict(zip(lines.extra["id"].tolist(), risk_dev_mask(lines, "r0008").tolist(), strict=True))
    # The train lines through r0008 are r0001-r0004 and r0006-r0008: only their fourth, r0004, is dev.
    assert [risk_id for risk_id, dev in by_id.items() if dev] == ["r0004"]
    # Without a cut every train line counts, and the eighth train line is r0009 (r0005 is test).
    assert [str(i) for i in lines.extra["id"][risk_dev_mask(lines, None)]] == ["r0004", "r0009"]


RISK_LINES = [
    ("I can't do this any more, the tablets are lined up, sorry everyone", "sg_self_risk", 1),
    ("Nurse Jo on ward 4 was lovely to my mum, thank you all", "praise", 0),
    ("Saying goodbye to everyone, give my dog to my sister, I won't be around", "sg_veiled_risk", 1),
    ("this car park queue is killing me lol", "hn_idiom", 0),
    ("My nan was left in soaked sheets all night and nobody came", "sg_abuse_disclosure", 1),
    ("Is the blood clinic open on Saturday mornings?", "neutral_logistics", 0),
    ("Dad has dementia and walked out of ward 9 two hours ago, has anyone seen him", "sg_missing_patient", 1),
    ("Great fun run today raising money for the Samaritans", "hn_fundraising", 0),
    ("Next time that receptionist is rude to me she'll be sorry, I know her car", "sg_threat_to_staff", 1),
    ("Casualty last night with the overdose storyline was brilliant telly", "hn_media_fiction", 0),
    ("I've stopped eating and I don't see the point of tomorrow", "sg_self_risk", 1),
    ("Thanks to the A&E team for stitching my thumb so quickly", "praise", 0),
]


def write_risk(path: Path) -> Path:
    """Twelve lines: ten train, two test; the tests say how many of train the heads read."""
    with path.open("w", encoding="utf-8") as handle:
        for number, (text, kind, label) in enumerate(RISK_LINES, start=1):
            row = {"id": f"r{number:04d}", "text": text, "complaint": 0, "safeguarding": label}
            row |= {"register": "tweet", "split": "test" if number > 10 else "train", "kind": kind}
            handle.write(json.dumps(row) + "\n")
    return path


@pytest.fixture
def heads(tmp_path: Path) -> Path:
    """The committed heads, recorded as if cut the default way (train only), which calibrate.py handles."""
    copy = tmp_path / "heads"
    shutil.copytree(HEADS_DIR, copy)

    def default_cut(training: dict[str, Any]) -> None:
        for key in ("fitted_splits", "dev_through"):
            training.pop(key, None)

    rewrite_training(copy, default_cut)
    return copy


def metadata(heads: Path) -> dict[str, Any]:
    return json.loads((heads / "heads.json").read_text(encoding="utf-8"))["heads"]["safeguarding"]["training"]


def rewrite_training(heads: Path, change: Callable[[dict[str, Any]], object]) -> None:
    """Apply `change` to the safeguarding head's training record in heads.json, in place."""
    path = heads / "heads.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document["heads"]["safeguarding"]["training"])
    path.write_text(json.dumps(document), encoding="utf-8")


@pytest.mark.slow
def test_the_written_threshold_is_the_highest_keeping_recall_on_the_pool(heads: Path, tmp_path: Path) -> None:
    risk = write_risk(tmp_path / "risk.jsonl")
    before = heads_version(heads)
    dev_threshold = metadata(heads).get("dev_threshold", metadata(heads)["threshold"])
    assert main(["--heads", str(heads), "--risk", str(risk), "--recall", "0.8", "--trained-through", "r0006"]) == 0

    recorded = metadata(heads)
    threshold = recorded["threshold"]
    assert default_thresholds(heads)["safeguarding"] == threshold
    assert recorded["dev_threshold"] == dev_threshold
    assert recorded["trained_through"] == "r0006"
    assert heads_version(heads) != before

    train, test = read_risk_examples(risk)
    pool = held_out(train, test, "r0006")
    truth, scores = pool.labels[:, 1], safeguarding_scores(heads, pool.texts, threads=1)
    assert recorded["calibration"]["lines"] == len(truth)
    assert recorded["calibration"]["positives"] == int(truth.sum())

    def recall(at: float) -> float:
        return binary_counts(truth, (scores >= at).astype(np.int64))["recall"]

    assert recall(threshold) >= 0.8
    assert threshold == 0.98 or recall(round(threshold + 0.01, 2)) < 0.8

    # Recorded now, so a second run needs no --trained-through and changes nothing.
    written = (heads / "heads.json").read_bytes()
    assert main(["--heads", str(heads), "--risk", str(risk), "--recall", "0.8"]) == 0
    assert (heads / "heads.json").read_bytes() == written


def test_heads_that_never_recorded_what_they_read_are_named(heads: Path, tmp_path: Path) -> None:
    rewrite_training(heads, lambda training: training.pop("trained_through"))
    with pytest.raises(SystemExit, match=r"heads\.safeguarding\.training\.trained_through is missing"):
        main(["--heads", str(heads), "--risk", str(write_risk(tmp_path / "risk.jsonl"))])


def test_heads_fitted_on_test_are_refused(heads: Path, tmp_path: Path) -> None:
    rewrite_training(heads, lambda training: training.update(fitted_splits=["train", "test"], dev_through="r1754"))
    with pytest.raises(SystemExit, match=r"fitted on \['train', 'test'\] with the dev fold cut through r1754"):
        main(["--heads", str(heads), "--risk", str(write_risk(tmp_path / "risk.jsonl"))])


def test_a_recall_outside_0_1_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match=r"--recall: 1.5 is not a recall"):
        main(["--risk", str(tmp_path / "risk.jsonl"), "--recall", "1.5"])
