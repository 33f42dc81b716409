"""Measure the impersonation scorer on the labelled evaluation sets, split by split.

    .venv/bin/python -m evals.impersonation [--tune] [--misses] [--splits dev,test,holdout]
        [--data FILE.jsonl ...] [--trusts evals/data/impersonation_trusts.json]

Each labelled account is scored against the Trust profile it names (evals/data/impersonation_trusts.json),
with that Trust's register loaded through `load_approved_accounts` and its logo hashed like a real one.
Logos are synthetic NHS-style images drawn here (blue NHS lozenge plus the Trust's name), so the logos of
different Trusts look alike, as real ones do; an account's `image` names a logo (a Trust's, or any
organisation's `lines`) and the way the impersonator re-uploaded it (a named transform or a chain such as
`crop:8,0,0,0+jpeg:70`), or a random non-logo picture.

Positives are `impersonation`; genuine accounts are `official`, `genuine_other` (other NHS bodies and
similarly named organisations), `staff` and `unrelated`; `parody_labelled` accounts and `lookalike_only`
accounts (a lookalike handle and nothing else copied: one element, so `suspicious` by X's two-element rule)
are reported in the confusion table but counted in neither.

Splits are by Trust. dev Trusts' accounts tune the thresholds (`--tune` reruns that search); test Trusts'
accounts were looked at while fixing bugs, so they are no longer held out; holdout Trusts (six more,
impersonation_holdout.jsonl from evals/make_impersonation_set.py with its own seed, and
impersonation_holdout_handwritten.jsonl, new lookalike styles written by hand) were written and committed
before any score on them was seen, then scored once. Prints precision, recall, the false-flag rate on
genuine accounts and a confusion table per split (and per file within a split), then how the logo element
alone fares: each Trust's logo re-uploaded in common ways, and other Trusts' logos that match it.
"""

from __future__ import annotations

import argparse
import csv
import io
import itertools
import json
import random
import tempfile
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageEnhance, ImageFont, ImageOps

from classifiers.approved_accounts import COLUMNS, load_approved_accounts
from classifiers.impersonation import (
    ELEMENT_PRESENT,
    IMPERSONATION_THRESHOLD,
    LOGO_MATCH_DISTANCE,
    ImpersonationScorer,
    ProfileImage,
    Verdict,
    account_from_json,
    logo_hashes,
    profile_image_hashes,
)
from trustwatch.settings import TrustProfile

HERE = Path(__file__).parent
NOW = datetime(2026, 11, 1, tzinfo=UTC)
DATA_FILES = (
    "impersonation_eval.jsonl",
    "impersonation_holdout.jsonl",
    "impersonation_holdout_handwritten.jsonl",
)
NHS_BLUE = (0, 94, 184)
GENUINE = ("official", "genuine_other", "staff", "unrelated")
VERDICTS = [verdict.value for verdict in Verdict]


def draw_logo(lines: list[str]) -> Image.Image:
    """A synthetic NHS-style logo: the blue lozenge top right, the Trust's name below in NHS blue."""
    image = Image.new("RGB", (400, 400), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((230, 30, 370, 90), fill=NHS_BLUE)
    draw.text((245, 36), "NHS", fill="white", font=ImageFont.load_default(size=44))
    for row, line in enumerate(lines):
        draw.text((24, 130 + 52 * row), line, fill=NHS_BLUE, font=ImageFont.load_default(size=34))
    return image


def encode(image: Image.Image, fmt: str = "PNG", quality: int = 85) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, quality=quality)
    return buffer.getvalue()


NAMED_TRANSFORMS = {
    "jpeg": "jpeg:60",
    "resize48": "resize:48+jpeg:80",
    "resize200_jpeg": "resize:200+jpeg:40",
    "brighten": "brighten:1.15",
    "grey": "grey",
    "crop20": "zoom:5",
    "png": "png",
}


def _apply(image: Image.Image, step: str) -> tuple[Image.Image, int | None]:
    """One step of a transform chain: the new image and, for `jpeg:Q`, the JPEG quality to save at."""
    op, _, arg = step.partition(":")
    args = [part for part in arg.replace(":", ",").split(",") if part]
    width, height = image.size
    if op == "png":
        return image, None
    if op == "jpeg":
        return image, int(args[0]) if args else 60
    if op == "resize":
        return image.resize((int(args[0]), int(args[-1]))), None
    if op == "zoom":
        # Cut `p`% off every side and scale back up, as a screenshot cropped close to the logo.
        cut = float(args[0]) / 100
        box = (round(width * cut), round(height * cut), round(width * (1 - cut)), round(height * (1 - cut)))
        return image.crop(box).resize((width, height)), None
    if op == "crop":
        left, top, right, bottom = (float(value) / 100 for value in args)
        box = (round(width * left), round(height * top), round(width * (1 - right)), round(height * (1 - bottom)))
        return image.crop(box), None
    if op == "pad":
        border = round(max(width, height) * float(args[0]) / 100)
        fill = tuple(int(value) for value in args[1:4]) if len(args) >= 4 else (255, 255, 255)
        return ImageOps.expand(image, border=border, fill=fill), None
    if op == "square":
        # A wide or tall logo centred on a square avatar of `colour`.
        fill = tuple(int(value) for value in args[:3]) if len(args) >= 3 else (255, 255, 255)
        side = max(width, height)
        canvas = Image.new("RGB", (side, side), fill)
        canvas.paste(image, ((side - width) // 2, (side - height) // 2))
        return canvas, None
    if op == "circle":
        # The avatar as platforms display it, screenshotted: corners outside the circle are white.
        mask = Image.new("L", image.size, 0)
        ImageDraw.Draw(mask).ellipse((0, 0, width - 1, height - 1), fill=255)
        canvas = Image.new("RGB", image.size, "white")
        canvas.paste(image, mask=mask)
        return canvas, None
    if op == "rotate":
        return image.rotate(float(args[0]), resample=Image.Resampling.BICUBIC, fillcolor="white"), None
    if op == "brighten":
        return ImageEnhance.Brightness(image).enhance(float(args[0])), None
    if op == "contrast":
        return ImageEnhance.Contrast(image).enhance(float(args[0])), None
    if op == "grey":
        return image.convert("L").convert("RGB"), None
    if op == "text":
        # A banner drawn across the bottom ("SUPPORT", "JOBS"), as some fake desks add.
        canvas = image.copy()
        draw = ImageDraw.Draw(canvas)
        draw.rectangle((0, round(height * 0.8), width, height), fill=(218, 41, 28))
        draw.text(
            (round(width * 0.05), round(height * 0.82)),
            arg,
            fill="white",
            font=ImageFont.load_default(size=height // 10),
        )
        return canvas, None
    raise ValueError(f"unknown image transform step {step!r}")


def transformed(image: Image.Image, transform: str) -> bytes:
    """The logo as an impersonator re-uploads it: a named transform or a chain of steps joined by '+'
    (png, jpeg:Q, resize:W,H, zoom:P, crop:L,T,R,B, pad:P[,R,G,B], square[:R,G,B], circle, rotate:D,
    brighten:F, contrast:F, grey, text:WORDS)."""
    quality: int | None = None
    for step in NAMED_TRANSFORMS.get(transform, transform).split("+"):
        image, step_quality = _apply(image, step)
        quality = step_quality if step_quality is not None else quality
    return encode(image, "JPEG", quality) if quality is not None else encode(image)


def random_picture(seed: int) -> bytes:
    """A non-logo avatar: random coloured shapes (a stand-in for a photo)."""
    rng = random.Random(seed)
    image = Image.new("RGB", (200, 200), tuple(rng.randint(0, 255) for _ in range(3)))
    draw = ImageDraw.Draw(image)
    for _ in range(12):
        x, y = rng.randint(0, 180), rng.randint(0, 180)
        box = (x, y, x + rng.randint(10, 120), y + rng.randint(10, 120))
        draw.ellipse(box, fill=tuple(rng.randint(0, 255) for _ in range(3)))
    return encode(image, "JPEG", 80)


def build_scorers(trusts: dict[str, Any], workdir: Path) -> dict[str, ImpersonationScorer]:
    """One scorer per Trust: profile, register (through the real CSV loader) and logo hash."""
    scorers = {}
    for trust_id, spec in trusts.items():
        profile = TrustProfile(
            name=spec["name"],
            aliases=spec["aliases"],
            ods_codes=spec["ods_codes"],
            web_domains=spec["web_domains"],
            phone_numbers=spec["phone_numbers"],
            official_handles=spec["official_handles"],
        )
        register_path = workdir / f"{trust_id}_approved_accounts.csv"
        with register_path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(COLUMNS)
            writer.writerows(spec["register"])
        logo = logo_hashes(encode(draw_logo(spec["logo_lines"])))
        scorers[trust_id] = ImpersonationScorer(profile, load_approved_accounts(register_path), [logo])
    return scorers


def image_for(spec: dict[str, Any] | None, trusts: dict[str, Any], url: str) -> ProfileImage | None:
    if spec is None:
        return None
    if spec["kind"] == "logo":
        # Another organisation's NHS-style logo names its own lines; a Trust's logo names the Trust.
        lines = spec["lines"] if "lines" in spec else trusts[spec["trust"]]["logo_lines"]
        data = transformed(draw_logo(lines), spec["transform"])
    else:
        data = random_picture(spec["seed"])
    hashes = profile_image_hashes(data)
    return ProfileImage(url, hashes.full, "image/jpeg", len(data), hashes.content)


def score_all(
    records: list[dict[str, Any]], trusts: dict[str, Any], scorers: dict[str, ImpersonationScorer]
) -> list[tuple[dict[str, Any], Any, ProfileImage | None]]:
    """Account, parsed Account and image for each record (images hashed once, reused across settings)."""
    prepared = []
    for record in records:
        payload = dict(record["account"])
        image_spec = payload.pop("image", None)
        if image_spec is not None:
            payload["profile_image_url"] = f"https://img.example/{record['id']}.jpg"
        account = account_from_json(payload, record["id"])
        prepared.append((record, account, image_for(image_spec, trusts, payload.get("profile_image_url", ""))))
    return prepared


def evaluate(
    prepared: list[Any], scorers: dict[str, ImpersonationScorer], split: str, origin: str | None = None
) -> dict[str, Any]:
    """Confusion table, precision, recall and false-flag rate on the records of `split` (and of the data file
    `origin`, when given)."""
    confusion: Counter[tuple[str, str]] = Counter()
    misses = []
    for record, account, image in prepared:
        if record["split"] != split or (origin is not None and record["_origin"] != origin):
            continue
        verdict = scorers[record["trust"]].score(account, NOW, image)
        confusion[(record["label"], verdict.verdict.value)] += 1
        is_flagged = verdict.verdict is Verdict.IMPERSONATION
        if (record["label"] == "impersonation") != is_flagged and record["label"] not in (
            "parody_labelled",
            "lookalike_only",
        ):
            misses.append((record["id"], record["label"], verdict.verdict.value, verdict.score, record["source"]))
    positives = sum(n for (label, _), n in confusion.items() if label == "impersonation")
    true_pos = confusion[("impersonation", "impersonation")]
    flagged = sum(n for (_, verdict), n in confusion.items() if verdict == "impersonation")
    genuine = sum(n for (label, _), n in confusion.items() if label in GENUINE)
    false_flags = sum(n for (label, verdict), n in confusion.items() if label in GENUINE and verdict == "impersonation")
    return {
        "confusion": confusion,
        "positives": positives,
        "recall": true_pos / positives if positives else float("nan"),
        "precision": true_pos / flagged if flagged else float("nan"),
        "genuine": genuine,
        "false_flags": false_flags,
        "false_flag_rate": false_flags / genuine if genuine else float("nan"),
        "misses": misses,
    }


def configure(scorers: dict[str, ImpersonationScorer], threshold: float, element: float, logo: int) -> None:
    for scorer in scorers.values():
        scorer.impersonation_threshold = threshold
        scorer.element_present = element
        scorer.logo_match_distance = logo


def tune(prepared: list[Any], scorers: dict[str, ImpersonationScorer]) -> tuple[float, float, int]:
    """Grid search on the dev split: best recall with false flags ≤ 1%, then best precision; among the
    settings that tie, the middle one (the most margin on every side of the plateau)."""
    results = []
    for threshold, element, logo in itertools.product((0.4, 0.45, 0.5, 0.55, 0.6), (0.5, 0.6, 0.7), (16, 20, 24, 28)):
        configure(scorers, threshold, element, logo)
        result = evaluate(prepared, scorers, "dev")
        print(
            f"  dev  threshold={threshold} element={element} logo≤{logo}: recall {result['recall']:.3f} "
            f"precision {result['precision']:.3f} false flags {result['false_flags']}/{result['genuine']}"
        )
        if result["false_flag_rate"] <= 0.01:
            results.append(((result["recall"], result["precision"]), (threshold, element, logo)))
    if not results:
        raise SystemExit("no setting keeps dev false flags ≤ 1%")
    best = max(key for key, _ in results)
    ties = sorted(setting for key, setting in results if key == best)
    thresholds = sorted({t for t, _, _ in ties})
    threshold = thresholds[len(thresholds) // 2]
    elements = sorted({e for t, e, _ in ties if t == threshold})
    element = elements[len(elements) // 2]
    logos = sorted({g for t, e, g in ties if t == threshold and e == element})
    return threshold, element, logos[len(logos) // 2]


def report(name: str, result: dict[str, Any], show_misses: bool) -> None:
    print(f"\n== {name}: {result['positives']} impersonations, {result['genuine']} genuine accounts")
    print(
        f"precision {result['precision']:.3f}  recall {result['recall']:.3f}  "
        f"false-flag rate on genuine {result['false_flag_rate']:.3%} ({result['false_flags']}/{result['genuine']})"
    )
    labels = ["impersonation", "parody_labelled", "lookalike_only", *GENUINE]
    corner = "label / verdict"
    print(f"{corner:<17}" + "".join(f"{verdict:>16}" for verdict in VERDICTS))
    for label in labels:
        print(f"{label:<17}" + "".join(f"{result['confusion'][(label, verdict)]:>16}" for verdict in VERDICTS))
    if show_misses:
        for miss in result["misses"]:
            print("  miss:", *miss)


LOGO_TRANSFORMS = (
    "png", "jpeg:60", "resize:48+jpeg:80", "resize:200+jpeg:40", "grey", "brighten:1.15", "zoom:2", "zoom:5",
    "zoom:10", "crop:8,0,0,0", "crop:0,0,6,6", "pad:10", "pad:10,0,94,184", "resize:400,260+square", "circle",
    "rotate:2", "text:SUPPORT",
)  # fmt: skip


def logo_report(trusts: dict[str, Any], scorers: dict[str, ImpersonationScorer], splits: list[str]) -> None:
    """How far each Trust's re-uploaded logo lands from its own logo hashes, and how close other Trusts' logos
    land: the logo element's recall and its false matches, apart from the accounts."""
    threshold = next(iter(scorers.values())).logo_match_distance
    print(f"\n== logo matching (a match is ≤ {threshold} of 256 bits)")
    for split in splits:
        ids = [tid for tid, spec in trusts.items() if spec["split"] == split]
        if not ids:
            continue
        cells = []
        for transform in LOGO_TRANSFORMS:
            distances = []
            for tid in ids:
                image = image_for({"kind": "logo", "trust": tid, "transform": transform}, trusts, "logo")
                match = scorers[tid].logo_match(image) if image is not None else None
                distances.append(match.distance if match is not None else 999)
            matched = sum(distance <= threshold for distance in distances)
            cells.append(f"{transform} {matched}/{len(ids)} (worst {max(distances)})")
        print(f"{split} Trusts' own logo, re-uploaded: " + "; ".join(cells))
    ids = [tid for tid, spec in trusts.items() if spec["split"] in splits]
    close = []
    for tid, other in itertools.permutations(ids, 2):
        image = image_for({"kind": "logo", "trust": other, "transform": "jpeg"}, trusts, "logo")
        match = scorers[tid].logo_match(image) if image is not None else None
        if match is not None:
            close.append((match.distance, tid, other))
    false_matches = [pair for pair in close if pair[0] <= threshold]
    print(
        f"other Trusts' logos matching a Trust's logo: {len(false_matches)}/{len(close)} ordered pairs; closest: "
        + ", ".join(f"{other}→{tid} {distance}" for distance, tid, other in sorted(close)[:6])
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--data",
        type=Path,
        nargs="+",
        default=[HERE / "data" / name for name in DATA_FILES],
        help="labelled account files (JSON lines); records name their split",
    )
    parser.add_argument("--trusts", type=Path, default=HERE / "data" / "impersonation_trusts.json")
    parser.add_argument("--splits", default="dev,test,holdout", help="comma-separated splits to report")
    parser.add_argument("--tune", action="store_true", help="rerun the dev-split threshold search first")
    parser.add_argument("--misses", action="store_true", help="list every wrong impersonation decision")
    args = parser.parse_args()
    splits = [split.strip() for split in args.splits.split(",") if split.strip()]

    trusts = json.loads(args.trusts.read_text(encoding="utf-8"))["trusts"]
    records = []
    for path in args.data:
        if not path.exists():
            raise SystemExit(f"{path}: labelled account file not found")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if line.strip():
                record = json.loads(line)
                for key in ("id", "trust", "split", "label", "source", "account"):
                    if key not in record:
                        raise SystemExit(f"{path}: line {number}: field {key!r} is missing")
                if record["trust"] not in trusts:
                    raise SystemExit(f"{path}: line {number}: trust {record['trust']!r} is not in {args.trusts}")
                records.append({**record, "_origin": path.name})
    with tempfile.TemporaryDirectory() as workdir:
        scorers = build_scorers(trusts, Path(workdir))
    prepared = score_all([record for record in records if record["split"] in {*splits, "dev"}], trusts, scorers)
    settings = (IMPERSONATION_THRESHOLD, ELEMENT_PRESENT, LOGO_MATCH_DISTANCE)
    if args.tune:
        settings = tune(prepared, scorers)
        print(
            f"chosen on dev: threshold={settings[0]} element={settings[1]} logo≤{settings[2]} "
            f"(defaults in code: {IMPERSONATION_THRESHOLD}, {ELEMENT_PRESENT}, {LOGO_MATCH_DISTANCE})"
        )
    configure(scorers, *settings)
    print(
        f"{len(records)} labelled accounts, {len(trusts)} Trusts; threshold={settings[0]} "
        f"element_present={settings[1]} logo_match_distance={settings[2]}"
    )
    for split in splits:
        origins = sorted({record["_origin"] for record in records if record["split"] == split})
        trust_ids = sorted({record["trust"] for record in records if record["split"] == split})
        name = f"{split} split ({len(trust_ids)} Trusts: {', '.join(trust_ids)})"
        report(name, evaluate(prepared, scorers, split), args.misses and len(origins) == 1)
        if len(origins) > 1:
            for origin in origins:
                report(f"{split} split, {origin} only", evaluate(prepared, scorers, split, origin), args.misses)
    logo_report(trusts, scorers, splits)


if __name__ == "__main__":
    main()
