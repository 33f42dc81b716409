"""Throughput of staff detection: a synthetic 20,000-person directory over 100,000 posts.

    python -m bench.staff_scan [--staff 20000] [--posts 100000] [--encoded 2000] [--seed 7]

Everything is generated from the seed (no data files): UK-diverse first names and surnames, including
names that are common words (Hope, Grace, Will, Rose, May...), shared names, titles, roles and wards;
posts mix staff named in every supported form, common-word and relative/place hard negatives,
hashtags and handles, and plain care comments, at lengths typical of reviews and social posts.

Two stages are timed apart. The mention head runs on the encoder pass that classification already
makes (one pass per batch for sentiment, risk and staff), so its figure is the cost of that pass plus
the head on `--encoded` posts. The matching stage (`StaffLinker.link`: places, directory lookup with
nicknames and fuzzy fallbacks, narrowing) is what staff detection adds per post; it is timed over all
`--posts` posts, cycling through the encoded posts' spans. The target is >= 5,000 posts/s for the
matching stage with 20,000 staff.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import re
import resource
import tempfile
import time
from pathlib import Path

from classifiers.staff import load_staff_directory
from classifiers.staff.linking import StaffLinker
from classifiers.staff.mentions import load_mention_finder
from trustwatch.settings import TrustProfile

FIRST_NAMES = re.split(
    r"\s+",
    """Sarah Emma Olivia Amelia Priya Aisha Fatima Zainab Grace Hope Rose Faith Joy May Holly Ruby Dawn Summer
Patience Precious Chloe Sophie Jessica Hannah Lucy Megan Bethan Niamh Siobhan Eilidh Catriona Agnieszka Katarzyna Ioana
Mei Wei Lakshmi Anjali Deepa Ngozi Ifeoma Folake Abena Akua Chiara Sofia Elif Yasmin Leah Rachel Rebecca Charlotte
Ellie Georgia Alice Isla Freya Harriet Imogen Jasmine Layla Maryam Nadia Noor Samira Tanisha Zara Kemi Adaeze Bisi
James Will William Tom Thomas Harry Jack Mark Bill Rob Pat Dan Daniel Oliver George Noah Muhammad Mohammed Ali Omar
Yusuf Hassan Sanjay Amit Raj Rajesh Vikram Arjun Rohan Kwame Kofi Olumide Chidi Emeka Tunde Sean Kieran Rhys Gethin
Dafydd Huw Callum Ewan Fergus Lewis Ryan Connor Liam Jamie Tomasz Marek Lukasz Mihai Bogdan Wei Jun Hiroshi Jose
Luca Marco Ahmed Bilal Hamza Imran Tariq Usman Zain Adam Ben Sam Joe Alex Charlie Frankie Robin Ash Kit Drew Ray""",
)
SURNAMES = re.split(
    r"\s+",
    """Patel Jones Smith Williams Taylor Brown Davies Evans Wilson Thomas Roberts Johnson Lewis Walker Robinson
Wood Thompson White Watson Jackson Wright Green Harris Cooper King Lee Martin Clarke James Morgan Hughes Edwards Hill
Moore Clark Harrison Scott Young Morris Hall Ward Turner Carter Phillips Mitchell Khan Ahmed Hussain Rahman Ali Begum
Chaudhry Shah Singh Kaur Sharma Gupta Iyer Nair Rao Okafor Adeyemi Mensah Asante Boateng Osei Oyelaran Eze Okonkwo
Adebayo Moyo Nowak Kowalski Zielinski Popescu Ionescu Chen Wang Liu Nguyen Tran Kim Ferreira Silva Santos Rossi
Murphy Kelly Byrne Gallagher Doyle O'Brien MacLeod Fraser Campbell Stewart Reid Llewellyn Price Parry Jenkins
Foster Hart Marsh Richards Levy Goldberg Cohen Dubois Martins Kowalczyk Wiśniewska Sørensen Müller Nuñez""",
)
TITLES_BY_ROLE = [
    ("Staff Nurse", ["Nurse", "Mr", "Ms", ""]),
    ("Ward Sister", ["Sister"]),
    ("Charge Nurse", ["Mr", ""]),
    ("Healthcare Assistant", ["Mr", "Ms", "Mrs", ""]),
    ("Consultant Physician", ["Dr", "Prof"]),
    ("Consultant Surgeon", ["Mr", "Miss", "Ms"]),
    ("Specialty Registrar", ["Dr"]),
    ("Foundation Doctor", ["Dr"]),
    ("Midwife", ["Mrs", "Ms", ""]),
    ("Physiotherapist", ["Mr", "Ms", ""]),
    ("Porter", ["Mr", ""]),
    ("Receptionist", ["Mrs", "Ms", ""]),
    ("Pharmacist", ["Mr", "Ms"]),
    ("Matron", ["Mrs", "Ms", "Matron"]),
]
WARDS = [f"Ward {n}" for n in range(1, 40)] + [
    "Emergency Department",
    "Maternity",
    "Critical Care",
    "Cardiology",
    "Oncology",
    "Orthopaedics",
    "Radiology",
    "Rose Ward - Elderly Care",
    "Willow Ward - Children's",
    "Neonatal Unit",
    "Day Surgery Unit",
    "Outpatients",
    "Estates and Facilities",
    "Pharmacy",
    "Physiotherapy",
    "Stroke Unit",
    "Respiratory",
    "Renal Unit",
]
TRUST = TrustProfile(
    name="Kingsmere Valley Hospitals NHS Foundation Trust",
    aliases=["Kingsmere General Hospital", "Kingsmere General", "Ashby Moor Community Hospital", "KVH NHS"],
    official_handles={"x": ["KingsmereNHS"]},
    web_domains=["kingsmerevalley.nhs.uk"],
)
STAFF_TEMPLATES = [
    "Huge thanks to {title} {surname} and the team on {ward} at Kingsmere General.",
    "{first} on {ward} was so kind to my mum, thank you.",
    "Nurse {first} stayed late to make sure I was settled. Best care I've had.",
    "{first} {surname} is a credit to the NHS.",
    "{title}. {surname}'s clinic was running two hours late and nobody told us anything.",
    "#{title}{surname} you are a legend @KingsmereNHS",
    "Complaint: {title} {initial} {surname} was dismissive and rude in {ward}. Not good enough.",
    "{first}, the physio, got me walking again after my op.",
    "Waited 9 hours in A&E but {first} and {title} {surname} were brilliant when we were finally seen.",
    "my wife {first} had our baby at kingsmere general last week, the midwives were amazing",
]
GENERAL_TEMPLATES = [
    "I hope the nurses on {ward} know how much they are appreciated.",
    "Will the parking at Kingsmere General ever be sorted? £12 for a four hour clinic visit.",
    "The grace and patience shown by the staff in A&E last night was remarkable.",
    "Rose Ward is the best ward in the hospital, mum was so well looked after.",
    "Mark my words, the new A&E will be overwhelmed within a year.",
    "May I just say the maternity team were fantastic. Faith in the NHS restored.",
    "Waiting times at Kingsmere General are a disgrace, 14 hours on a trolley with no water or pain relief.",
    "Lovely staff, clean ward, good food. Discharge took forever though. Would recommend.",
    "Hope Street car park is closed again so I missed my appointment on {ward}.",
    "Harry Kane scored twice for England last night, the whole of {ward} was cheering.",
    "Joy of joys, my dad is finally being discharged! #KingsmereNHS #NHSHeroes",
    "The physios got me back on my feet after my knee replacement, cannot thank them enough.",
    "Booked a blood test online, in and out in ten minutes. Brilliant service from the phlebotomy team.",
    "Our daughter Grace spent a week on Willow Ward and the staff were wonderful.",
    "Why is it impossible to get through to outpatients on the phone? Tried for three days.",
]
FILLER = (
    "The ward was clean and everyone introduced themselves. Food was ok, parking was awful. "
    "Discharge letters took two days and nobody explained my medication properly."
)


def make_directory(path: Path, size: int, rng: random.Random) -> list[dict[str, str]]:
    rows = []
    for index in range(size):
        role, titles = rng.choice(TITLES_BY_ROLE)
        first = rng.choice(FIRST_NAMES)
        surname = rng.choice(SURNAMES)
        if rng.random() < 0.15:  # double-barrelled and middle names
            surname = f"{surname}-{rng.choice(SURNAMES)}" if rng.random() < 0.5 else surname
            first = f"{first} {rng.choice(FIRST_NAMES)}" if rng.random() < 0.5 else first
        rows.append(
            {
                "staff_id": f"S{index:06d}",
                "full_name": f"{first} {surname}",
                "known_as": rng.choice(["", "", "", "", first[:3]]) if len(first) > 5 else "",
                "title": rng.choice(titles),
                "role": role,
                "department": rng.choice(WARDS),
                "line_manager_email": f"manager{rng.randrange(500)}@kingsmerevalley.nhs.uk",
            }
        )
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return rows


def make_posts(directory: list[dict[str, str]], count: int, rng: random.Random) -> list[str]:
    posts = []
    for _ in range(count):
        ward = rng.choice(WARDS)
        if rng.random() < 0.35:
            person = rng.choice(directory)
            parts = person["full_name"].split()
            text = rng.choice(STAFF_TEMPLATES).format(
                title=person["title"] or "Dr", first=parts[0], surname=parts[-1], initial=parts[0][0], ward=ward
            )
        else:
            text = rng.choice(GENERAL_TEMPLATES).format(ward=ward)
        if rng.random() < 0.3:  # reviews run longer than posts
            text = f"{text} {FILLER}"
        if rng.random() < 0.1:
            text = text.upper() if rng.random() < 0.5 else text.lower()
        posts.append(text)
    return posts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--staff", type=int, default=20_000)
    parser.add_argument("--posts", type=int, default=100_000)
    parser.add_argument("--encoded", type=int, default=2_000, help="posts run through the encoder pass and head")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "directory.csv"
        rows = make_directory(path, args.staff, rng)
        posts = make_posts(rows, args.encoded, rng)
        started = time.perf_counter()
        directory = load_staff_directory(path)
        finder = load_mention_finder()
        linker = StaffLinker(directory, TRUST, threshold=finder.head.threshold)
        built = time.perf_counter() - started

    started, cpu_started = time.perf_counter(), time.process_time()
    spans = finder.find(posts)
    encode_elapsed, encode_cpu = time.perf_counter() - started, time.process_time() - cpu_started

    started, cpu_started = time.perf_counter(), time.process_time()
    found = ambiguous = unlinked = 0
    for index in range(args.posts):
        mentions = linker.link(posts[index % len(posts)], spans[index % len(posts)])
        found += len(mentions)
        ambiguous += sum(mention.ambiguous for mention in mentions)
        unlinked += sum(mention.unlinked for mention in mentions)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    characters = sum(len(post) for post in posts)
    print(f"directory: {len(directory):,} staff loaded, head and name index built in {built:.2f} s")
    print(f"posts: {len(posts):,} distinct ({characters / len(posts):.0f} characters on average)")
    print(
        f"encoder pass + mention head (shared with classification): {len(posts) / encode_elapsed:,.0f} posts/s "
        f"({len(posts) / encode_cpu:,.0f} per CPU-second)"
    )
    print(
        f"matching stage: {args.posts:,} posts in {elapsed:.2f} s: {args.posts / elapsed:,.0f} posts/s "
        f"(CPU time {cpu:.2f} s: {args.posts / cpu:,.0f} posts/s per core, one thread)"
    )
    print(f"staff mentions reported: {found:,} ({ambiguous:,} ambiguous, {unlinked:,} not in the directory)")
    print(f"peak RSS: {peak_mb:,.0f} MB; load average while running: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")


if __name__ == "__main__":
    main()
