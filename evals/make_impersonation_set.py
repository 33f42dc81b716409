"""Generate labelled accounts for evals/impersonation_synthetic.py (a regression set, not the independent one).

    .venv/bin/python -m evals.make_impersonation_set TRUSTS_JSON OUT_JSONL [--seed N] [--splits dev,test]

    # the dev + test set as committed
    .venv/bin/python -m evals.make_impersonation_set evals/data/impersonation_trusts.json \\
        evals/data/impersonation_eval.jsonl --seed 20261121 --splits dev,test
    # the generated part of the holdout set
    .venv/bin/python -m evals.make_impersonation_set evals/data/impersonation_trusts.json \\
        evals/data/impersonation_holdout.jsonl --seed 20261122 --splits holdout --id-prefix h

For every Trust whose `split` is in `--splits` it writes impersonations (at least two identity elements
copied, in varied combinations), one-element lookalikes, labelled parody and fan accounts, the Trust's own
accounts, staff accounts, genuine accounts of the other Trusts generated, national NHS and health bodies,
similarly named organisations (the Trust's `similar_names`) and ordinary accounts. Lookalikes are made here,
independently of classifiers/lookalikes.py, so the evaluation does not replay the probe generator the scorer
was built around. Same inputs and seed give the same file byte for byte.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TextIO

NOW = datetime(2026, 11, 1, tzinfo=UTC)

# Letters of other scripts that render like the Latin letter they replace.
CYRILLIC = {
    "a": "\u0430",
    "e": "\u0435",
    "o": "\u043e",
    "i": "\u0456",
    "c": "\u0441",
    "p": "\u0440",
    "K": "\u041a",
    "H": "\u041d",
    "M": "\u041c",
    "T": "\u0422",
    "B": "\u0412",
    "s": "\u0455",
}
GREEK = {
    "A": "\u0391",
    "E": "\u0395",
    "K": "\u039a",
    "N": "\u039d",
    "O": "\u039f",
    "o": "\u03bf",
    "T": "\u03a4",
    "H": "\u0397",
    "i": "\u03b9",
}
IMAGE_TRANSFORMS = ["jpeg", "resize48", "resize200_jpeg", "brighten", "grey", "png"]

SUPPORT_BIOS = [
    "DM us your appointment queries and we will get back to you",
    "Official patient support. Message us for help with bookings & refunds",
    "We're here to help! Contact us with complaints or cancellations",
    "Patient Liaison team. Send us a DM with your NHS number for faster service",
    "Help desk for patients and visitors. DM for urgent queries",
    "Customer care for our hospitals. Refunds for parking and cancelled appointments via DM",
]
NEUTRAL_BIOS = ["", "Updates", "News and updates", "Follow for updates", "🏥💙"]
FIRST_NAMES = ["Sam", "Priya", "Tom", "Aisha", "Gareth", "Mei", "Olu", "Rachel", "Dan", "Kofi", "Hannah", "Luis"]
LAST_NAMES = ["Patel", "Jones", "O'Brien", "Okafor", "Williams", "Chen", "Murphy", "Ahmed", "Taylor", "Kaur"]
ROLES = [
    "Nurse",
    "Staff nurse",
    "Consultant anaesthetist",
    "Midwife",
    "Physio",
    "ED registrar",
    "Ward manager",
    "Student nurse",
    "Pharmacist",
    "Matron",
    "Radiographer",
    "Porter",
]
# Handles and wording of national bodies as the authors remember them (not verified online).
GENUINE_NHS = [
    ("NHSEngland", "NHS England", "Official account of NHS England. We lead the NHS in England."),
    ("NHSBT", "NHS Blood and Transplant", "Official account of NHS Blood and Transplant. We save and improve lives."),
    (
        "GiveBloodNHS",
        "NHS Give Blood",
        "Official NHS Blood and Transplant account for blood donation. DM us for help booking.",
    ),
    ("NHSuk", "NHS", "The official account of the NHS website and app"),
    ("NHS111", "NHS 111", "Need help fast? Call 111 or visit 111.nhs.uk. We are here 24/7."),
    ("NHSDigital", "NHS Digital", "Official account. Now part of NHS England."),
    ("NHSOrganDonor", "NHS Organ Donation", "Official account of NHS Organ Donation. Contact us with questions."),
    ("NHSCharities", "NHS Charities Together", "The national charity caring for the NHS"),
    ("NHSConfed", "NHS Confederation", "The membership organisation for the whole healthcare system"),
    (
        "CQCProf",
        "Care Quality Commission",
        "Official account of the independent regulator of health and social care in England",
    ),
    ("UKHSA", "UK Health Security Agency", "Official account of the UK Health Security Agency"),
    ("NHSEmployers", "NHS Employers", "We help NHS organisations with workforce matters. DM us"),
]
UNRELATED = [
    ("dogsofinsta_", "Dogs of the Valley", "Just dogs 🐶"),
    ("gardening_gran", "Margaret", "Grandmother, gardener, Archers fan"),
    ("FootyTalk247", "Footy Talk", "All the football, all the time"),
    ("techbro_dave", "Dave", "Building things. Crypto curious"),
    ("BakeryOnHigh", "The High Street Bakery", "Fresh bread daily. DM us for orders. Call 01632 960999"),
    ("localtaxi", "City Cabs", "Taxis 24/7, hospital runs a speciality. Contact us"),
    ("bookworm_88", "Jess reads", "Books, tea and cats"),
    ("RunClubLeeds", "Run Club", "Tuesday and Thursday runs. Everyone welcome"),
    ("MetOffice_fan", "Weather Watcher", "Amateur meteorologist"),
    ("carparkgripes", "Parking Moans", "Complaints about hospital parking charges everywhere"),
    ("NurseMemesUK", "Nurse Memes", "Memes for nurses, by nurses. Not affiliated with any NHS organisation"),
    ("healthnews_uk", "UK Health News", "Aggregated health headlines from across the UK"),
    ("JoBlogs", "Jo Bloggs", "Patient advocate. Sharing my cancer journey"),
    ("ValleyCyclist", "Valley Cyclist", "Cycling the hills"),
    ("ChemistNearYou", "Your Local Pharmacy", "Independent pharmacy. Call us for prescriptions"),
]


class EvalWriter:
    """Draws every random choice from one seeded generator and numbers the records it writes."""

    def __init__(self, trusts: dict[str, Any], out: TextIO, seed: int, id_prefix: str) -> None:
        self.trusts = trusts
        self.out = out
        self.rng = random.Random(seed)
        self.id_prefix = id_prefix
        self.count = 0

    def emit(self, trust_id: str, label: str, source: str, **account: Any) -> None:
        self.count += 1
        account.setdefault("platform", "x")
        record = {
            "id": f"{self.id_prefix}{self.count:04d}",
            "trust": trust_id,
            "split": self.trusts[trust_id]["split"],
            "label": label,
            "source": source,
            "account": account,
        }
        self.out.write(json.dumps(record, ensure_ascii=False) + "\n")

    def when(self, days_min: int, days_max: int) -> str:
        """A creation time between `days_min` and `days_max` days before NOW."""
        delta = timedelta(days=self.rng.randint(days_min, days_max), seconds=self.rng.randint(0, 86400))
        return (NOW - delta).isoformat()

    def swap_script(self, text: str, table: dict[str, str], n: int = 1) -> str:
        """`text` with `n` letters replaced by homoglyphs from another script."""
        positions = [i for i, char in enumerate(text) if char in table]
        self.rng.shuffle(positions)
        chars = list(text)
        for i in positions[:n]:
            chars[i] = table[chars[i]]
        return "".join(chars)

    def ascii_confuse(self, handle: str) -> str:
        """One ASCII confusable swap (l/I, o/0, i/1, m/rn, S/5) somewhere in `handle`."""
        options = []
        for i, char in enumerate(handle):
            if char == "l":
                options.append(handle[:i] + "I" + handle[i + 1 :])
            if char == "I":
                options.append(handle[:i] + "l" + handle[i + 1 :])
            if char in "oO":
                options.append(handle[:i] + "0" + handle[i + 1 :])
            if char == "i":
                options.append(handle[:i] + "1" + handle[i + 1 :])
            if char == "m":
                options.append(handle[:i] + "rn" + handle[i + 1 :])
            if char == "S":
                options.append(handle[:i] + "5" + handle[i + 1 :])
        return self.rng.choice(options) if options else handle + "_"

    def typo(self, handle: str) -> str:
        """One typing slip: a dropped, doubled or swapped letter, an underscore or a digit suffix."""
        kind = self.rng.choice(["drop", "double", "swap", "underscore", "digit"])
        i = self.rng.randrange(1, len(handle) - 1)
        if kind == "drop":
            return handle[:i] + handle[i + 1 :]
        if kind == "double":
            return handle[:i] + handle[i] + handle[i:]
        if kind == "swap":
            return handle[:i] + handle[i + 1] + handle[i] + handle[i + 2 :]
        if kind == "underscore":
            return handle[:i] + "_" + handle[i:]
        return handle + self.rng.choice(["1", "2", "_1", "0", "24"])

    def random_handle(self) -> str:
        return self.rng.choice(["user", "acct", "info", "k", "x", "ab", "mr"]) + str(self.rng.randint(10000, 99999999))

    def logo(self, trust_id: str, transform: str | None = None) -> dict[str, str]:
        return {"kind": "logo", "trust": trust_id, "transform": transform or self.rng.choice(IMAGE_TRANSFORMS)}

    def photo(self) -> dict[str, Any]:
        return {"kind": "photo", "seed": self.rng.randint(1, 10**6)}


def fit(handle: str, official: str | None = None) -> str:
    """`handle` cut to X's 15 characters; a cut that lands back on the official handle is no lookalike."""
    handle = handle[:15]
    if official is not None and handle.casefold() == official.casefold():
        handle = handle[:14] + ("_" if handle[-1] != "_" else "1")
        if handle.casefold() == official.casefold() or len(handle) < 4:
            handle = official[:13] + "_1"
    return handle


def official_display(trust: dict[str, Any]) -> str:
    return str(trust["register"][0][3])


def short_word(trust: dict[str, Any]) -> str:
    words = [w for w in official_display(trust).replace("'", "").split() if w.lower() not in ("nhs", "the")]
    return words[0]


def write_trust_accounts(w: EvalWriter, tid: str) -> None:
    """Impersonations, lookalikes, parodies, the Trust's own accounts, staff and other Trusts for one Trust."""
    rng, trusts = w.rng, w.trusts
    t = trusts[tid]
    h = t["official_handles"]["x"][0]
    name, aliases = t["name"], t["aliases"]
    pool = aliases[:-1] if len(aliases) > 1 else aliases

    def alias() -> str:
        return str(rng.choice(pool))

    phone, domain, ods = t["phone_numbers"][0], t["web_domains"][0], t["ods_codes"][0]
    sw = short_word(t)
    display = official_display(t)

    for _ in range(3):
        w.emit(
            tid,
            "impersonation",
            "support desk: affixed handle, copied name, service bio",
            handle=fit(
                rng.choice(
                    [sw + "Help", sw + "_Support", h[:11] + "_Help", sw + "Care", sw + "HelpDesk", h[:12] + "UK"]
                )
            ),
            display_name=rng.choice([display, alias(), display + " Support", alias() + " Help"]),
            description=rng.choice(SUPPORT_BIOS),
            created_at=w.when(1, 60),
            followers=rng.randint(0, 40),
            following=rng.randint(100, 900),
            verified=rng.random() < 0.2,
            image=rng.choice([w.logo(tid), None, w.photo()]),
        )
    for _ in range(3):
        w.emit(
            tid,
            "impersonation",
            "homoglyph display name and confusable handle with logo",
            handle=fit(w.ascii_confuse(h), h),
            display_name=w.swap_script(display, rng.choice([CYRILLIC, GREEK]), rng.randint(1, 2)),
            description=rng.choice(NEUTRAL_BIOS),
            created_at=w.when(1, 400),
            followers=rng.randint(0, 300),
            following=rng.randint(0, 500),
            verified=False,
            image=w.logo(tid),
        )
    for _ in range(2):
        w.emit(
            tid,
            "impersonation",
            "copied name and logo, unrelated handle",
            handle=w.random_handle(),
            display_name=rng.choice([display, alias()]),
            description=rng.choice(NEUTRAL_BIOS),
            created_at=w.when(1, 90),
            followers=rng.randint(0, 20),
            following=rng.randint(0, 300),
            verified=False,
            image=w.logo(tid),
        )
    for _ in range(2):
        w.emit(
            tid,
            "impersonation",
            "copied name and a bio claiming to be the Trust",
            handle=w.random_handle(),
            display_name=rng.choice([display, alias()]),
            description=rng.choice(
                [
                    f"Official account of {name}",
                    f"The official page for {alias()}",
                    f"We are {name} (ODS {ods}). Updates for our patients",
                    f"Welcome to {alias()}. Contact us for appointments",
                ]
            ),
            created_at=w.when(1, 200),
            followers=rng.randint(0, 100),
            following=rng.randint(0, 300),
            verified=False,
            image=rng.choice([None, w.photo()]),
        )
    for _ in range(2):
        w.emit(
            tid,
            "impersonation",
            "typo handle and logo, nothing else",
            handle=fit(w.typo(h), h),
            display_name=rng.choice(["Updates", "Hospital News", "Patient Info", ""]),
            description="",
            created_at=w.when(1, 100),
            followers=rng.randint(0, 30),
            following=rng.randint(0, 200),
            verified=False,
            image=w.logo(tid),
        )
    for _ in range(2):
        w.emit(
            tid,
            "impersonation",
            "typo handle and the Trust's phone number",
            handle=fit(w.typo(h), h),
            display_name=rng.choice(["Appointments", "Bookings", alias()]),
            description=rng.choice(
                [
                    f"Call {phone} to rebook",
                    f"Appointments line: {phone.replace(' ', '')}",
                    f"Ring us on +44 {phone[1:]}",
                ]
            ),
            created_at=w.when(1, 100),
            followers=rng.randint(0, 30),
            following=rng.randint(0, 200),
            verified=False,
            image=None,
        )
    w.emit(
        tid,
        "impersonation",
        "copied name and lookalike web domain",
        handle=w.random_handle(),
        display_name=alias(),
        description="Book and manage your appointments online",
        url="https://"
        + rng.choice(
            [
                domain.replace(".nhs.uk", "-nhs.uk"),
                domain.replace(".nhs.uk", "nhs.co.uk"),
                domain.replace(".", "-", 1) + ".com",
            ]
        ),
        created_at=w.when(1, 60),
        followers=3,
        following=150,
        verified=False,
        image=None,
    )
    w.emit(
        tid,
        "impersonation",
        "copied name, real web domain and logo in an old account",
        handle=w.random_handle(),
        display_name=display,
        description=f"News from {alias()}. {domain}",
        created_at=w.when(800, 3000),
        followers=rng.randint(200, 3000),
        following=rng.randint(100, 800),
        verified=False,
        image=w.logo(tid),
    )
    w.emit(
        tid,
        "impersonation",
        "handle spelled with the official handle's skeleton, display name too",
        handle=fit(w.ascii_confuse(h), h),
        display_name=w.swap_script(h, CYRILLIC, 1),
        description="",
        created_at=w.when(1, 30),
        followers=0,
        following=50,
        verified=False,
        image=None,
    )
    w.emit(
        tid,
        "impersonation",
        "jobs scam: careers handle and name, fee in bio",
        handle=fit(sw + rng.choice(["Jobs", "Careers", "_Jobs"])),
        display_name=f"{alias()} Careers",
        description="Now hiring! Apply via DM. A £45 admin fee secures your interview",
        created_at=w.when(1, 40),
        followers=rng.randint(0, 50),
        following=rng.randint(200, 900),
        verified=False,
        image=rng.choice([w.logo(tid), None]),
    )
    w.emit(
        tid,
        "impersonation",
        "hard: name plus logo cropped by 5% (beyond the hash's crop tolerance)",
        handle=w.random_handle(),
        display_name=alias(),
        description="",
        created_at=w.when(1, 200),
        followers=10,
        following=40,
        verified=False,
        image=w.logo(tid, "crop20"),
    )
    w.emit(
        tid,
        "lookalike_only",
        "lookalike handle and bio naming the Trust without a claim: one element, expect suspicious",
        handle=fit(w.typo(h), h),
        display_name="Hospital updates",
        description=f"All about {name}",
        created_at=w.when(1, 200),
        followers=10,
        following=40,
        verified=False,
        image=None,
    )

    for bio in [
        f"Parody account. Not affiliated with {name}",
        f"Fan account for {alias()} 💙 not the official page",
        "Satire. Not affiliated with the NHS or any Trust",
        f"Unofficial {alias()} memes",
    ]:
        w.emit(
            tid,
            "parody_labelled",
            "labelled parody/fan",
            handle=fit(rng.choice([h[:10] + "Parody", w.typo(h), sw + "Memes"])),
            display_name=rng.choice([f"{display} (Parody)", f"Not {display}", f"{alias()} Fan"]),
            description=bio,
            created_at=w.when(10, 1500),
            followers=rng.randint(10, 5000),
            following=rng.randint(10, 500),
            verified=False,
            image=rng.choice([w.logo(tid), w.photo(), None]),
        )

    for platform, handle, account_id, registered_name, *_ in t["register"]:
        w.emit(
            tid,
            "official",
            "register entry",
            platform=platform,
            handle=handle,
            account_id=account_id,
            display_name=registered_name,
            description=f"Official account of {name}. Not monitored 24/7.",
            created_at=w.when(1500, 4000),
            followers=rng.randint(5000, 90000),
            following=rng.randint(100, 3000),
            verified=True,
            image=w.logo(tid, "png"),
        )
    platform, handle, account_id, registered_name, *_ = t["register"][0]
    w.emit(
        tid,
        "official",
        "register entry renamed since approval (matched by id)",
        platform=platform,
        handle=handle + "_" if len(handle) < 15 else handle[:-1],
        account_id=account_id,
        display_name=registered_name + " 💙",
        description=f"Official account of {name}",
        created_at=w.when(1500, 4000),
        followers=40000,
        following=900,
        verified=True,
        image=w.logo(tid, "jpeg"),
    )

    for _ in range(6):
        person = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
        role = rng.choice(ROLES)
        where = rng.choice(pool)
        w.emit(
            tid,
            "staff",
            "staff member's own account",
            handle=fit(person.replace(" ", "").replace("'", "") + rng.choice(["", "RN", "_", str(rng.randint(1, 99))])),
            display_name=rng.choice(
                [person, f"Dr {person}", f"{person} 💙", f"{person} | {where}", f"{person} ({sw})"]
            ),
            description=rng.choice(
                [
                    f"{role} at {where}. Views my own.",
                    f"{role} @{h}. Opinions my own, RTs ≠ endorsement",
                    f"{role} in {where}'s ED. Mum of 2. Tweets are personal",
                    f"Proud to work for {name}. {role}. Personal account",
                ]
            ),
            created_at=w.when(300, 4000),
            followers=rng.randint(50, 3000),
            following=rng.randint(50, 1500),
            verified=rng.random() < 0.1,
            image=w.photo(),
        )

    others = [other for other in trusts if other != tid]
    for oid in rng.sample(others, min(4, len(others))):
        o = trusts[oid]
        w.emit(
            tid,
            "genuine_other",
            f"official account of another Trust ({oid})",
            handle=o["official_handles"]["x"][0],
            account_id=o["register"][0][2],
            display_name=official_display(o),
            description=rng.choice(
                [
                    f"Official account of {o['name']}",
                    f"News from {o['aliases'][0]}. Not monitored 24/7",
                    f"Welcome to {o['name']}. For urgent help call 111",
                ]
            ),
            created_at=w.when(1500, 4000),
            followers=rng.randint(5000, 90000),
            following=rng.randint(100, 3000),
            verified=True,
            image=w.logo(oid, "png"),
        )


def write_other_accounts(w: EvalWriter, tid: str) -> None:
    """National NHS bodies, similarly named organisations and ordinary accounts scored against one Trust."""
    rng = w.rng
    for handle, display, bio in rng.sample(GENUINE_NHS, 5):
        w.emit(
            tid,
            "genuine_other",
            "national NHS or health body",
            handle=handle,
            display_name=display,
            description=bio,
            created_at=w.when(1500, 5000),
            followers=rng.randint(10000, 900000),
            following=rng.randint(100, 3000),
            verified=True,
            image=w.photo(),
        )
    for handle, display, bio in w.trusts[tid].get("similar_names", []):
        w.emit(
            tid,
            "genuine_other",
            "similarly named organisation",
            handle=handle,
            display_name=display,
            description=bio,
            created_at=w.when(700, 5000),
            followers=rng.randint(500, 200000),
            following=rng.randint(100, 3000),
            verified=rng.random() < 0.5,
            image=w.photo(),
        )
    for handle, display, bio in rng.sample(UNRELATED, 8):
        w.emit(
            tid,
            "unrelated",
            "ordinary account",
            handle=handle,
            display_name=display,
            description=bio,
            created_at=w.when(10, 4000),
            followers=rng.randint(0, 5000),
            following=rng.randint(0, 3000),
            verified=rng.random() < 0.05,
            image=rng.choice([w.photo(), None]),
        )


def load_trusts(path: Path, splits: set[str]) -> dict[str, Any]:
    """The Trusts of `path` whose split is in `splits`; errors name the file and the missing field."""
    try:
        trusts = json.loads(path.read_text(encoding="utf-8"))["trusts"]
    except FileNotFoundError:
        raise SystemExit(f"{path}: file not found") from None
    except (json.JSONDecodeError, KeyError, TypeError) as error:
        raise SystemExit(f"{path}: not a Trusts file with a 'trusts' object ({error})") from None
    chosen = {tid: spec for tid, spec in trusts.items() if spec.get("split") in splits}
    for tid, spec in chosen.items():
        for key in ("name", "aliases", "ods_codes", "web_domains", "phone_numbers", "official_handles", "register"):
            if not spec.get(key):
                raise SystemExit(f"{path}: trusts.{tid}.{key} is missing or empty")
        if not spec["official_handles"].get("x"):
            raise SystemExit(f"{path}: trusts.{tid}.official_handles.x is missing or empty")
    if not chosen:
        raise SystemExit(f"{path}: no Trust has a split in {sorted(splits)}")
    return chosen


def generate(trusts: dict[str, Any], out: TextIO, seed: int, id_prefix: str = "e") -> int:
    """Write the labelled accounts of `trusts` to `out`; returns how many were written."""
    writer = EvalWriter(trusts, out, seed, id_prefix)
    for tid in trusts:
        write_trust_accounts(writer, tid)
    for tid in trusts:
        write_other_accounts(writer, tid)
    return writer.count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("trusts_json", type=Path, metavar="TRUSTS_JSON")
    parser.add_argument("out_jsonl", type=Path, metavar="OUT_JSONL")
    parser.add_argument("--seed", type=int, default=20261121)
    parser.add_argument("--splits", default="dev,test", help="comma-separated Trust splits to generate accounts for")
    parser.add_argument("--id-prefix", default="e", help="record ids are this prefix plus a 4-digit number")
    args = parser.parse_args()
    trusts = load_trusts(args.trusts_json, {split.strip() for split in args.splits.split(",") if split.strip()})
    with args.out_jsonl.open("w", encoding="utf-8") as out:
        count = generate(trusts, out, args.seed, args.id_prefix)
    print(f"{count} accounts for {len(trusts)} Trusts written to {args.out_jsonl}", file=sys.stderr)


if __name__ == "__main__":
    main()
