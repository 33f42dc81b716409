"""The export's reads and writes: the mentions of a window with their findings, the file, the audit row."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any, Literal

import duckdb
import pyarrow as pa

from storage.store import Store
from trustwatch.errors import TrustWatchError
from trustwatch.records import Window


class CopyError(TrustWatchError):
    """DuckDB could not write the export file (a full disk, a folder that went away)."""


def mentions_for_export(store: Store, window: Window, staff_kind: str) -> list[dict[str, Any]]:
    """Every mention published in `window` with its latest classification, finding kinds and cases.

    `staff_case` is true when a finding of `staff_kind` about the mention has a case.
    """
    return store.fetch_dicts(
        """
        WITH about_mentions AS (
            SELECT f.platform, f.subject_id AS native_id,
                   list(f.kind ORDER BY f.kind) AS finding_kinds,
                   -- One case per mention: every finding about it shares it.
                   list(DISTINCT cs.case_id) FILTER (WHERE cs.case_id IS NOT NULL) AS case_ids,
                   list(DISTINCT cs.status) FILTER (WHERE cs.case_id IS NOT NULL) AS case_statuses,
                   coalesce(bool_or(f.kind = $staff_kind AND cs.case_id IS NOT NULL), false) AS staff_case
            FROM findings AS f
            LEFT JOIN cases AS cs ON cs.case_id = f.case_id
            WHERE f.subject_type = 'mention'
            GROUP BY ALL
        )
        SELECT m.platform, m.source, m.kind, m.native_id, m.published_at, m.url, m.author_id, m.author_handle,
               m.author_name, m.title, m.text, m.language, m.rating, m.deleted,
               c.sentiment, c.negative, c.neutral, c.positive, c.model AS sentiment_model, c.model_version,
               coalesce(a.finding_kinds, []) AS finding_kinds, coalesce(a.case_ids, []) AS case_ids,
               coalesce(a.case_statuses, []) AS case_statuses, coalesce(a.staff_case, false) AS staff_case
        FROM collected_mentions AS m
        LEFT JOIN latest_classifications AS c USING (platform, native_id)
        LEFT JOIN about_mentions AS a USING (platform, native_id)
        WHERE m.published_at >= $since AND m.published_at < $until
        ORDER BY m.published_at, m.platform, m.native_id
        """,
        {"since": window.since, "until": window.until, "staff_kind": staff_kind},
    )


def copy_to_file(store: Store, table: pa.Table, path: Path, file_format: Literal["csv", "parquet"]) -> None:
    """Write `table` to `path` as CSV (with a header) or zstd Parquet, through DuckDB's COPY.

    DuckDB's failure to write (no space left, say) is raised as `CopyError` with DuckDB's reason.
    """
    options = "FORMAT csv, HEADER true" if file_format == "csv" else "FORMAT parquet, COMPRESSION zstd"
    quoted = str(path).replace("'", "''")
    con = store.connection
    con.register("export_staging", table)
    try:
        con.execute(f"COPY (SELECT * FROM export_staging) TO '{quoted}' ({options})")
    except duckdb.IOException as error:
        raise CopyError(str(error).removeprefix("IO Error: ")) from None
    finally:
        con.unregister("export_staging")


def record_export(
    store: Store,
    *,
    export_id: str,
    exported_by: str,
    exported_at: datetime,
    window: Window,
    file_format: str,
    path: Path,
    rows: int,
    key_id: str,
    staff_names_redacted: bool,
) -> None:
    """Add the export to the `exports` audit table."""
    store.connection.execute(
        "INSERT INTO exports VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            export_id,
            exported_by,
            exported_at,
            window.since,
            window.until,
            file_format,
            str(path),
            rows,
            key_id,
            staff_names_redacted,
        ],
    )
