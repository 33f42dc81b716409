"""The weekly report's questions to the database, each a named query returning plain rows.

A finding about a post belongs to the week the post was published (so a backfilled week counts its
own alerts); findings about accounts and sources belong to the week they were first detected.
Days are London days, as the team reads them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from storage.store import Store
from trustwatch.records import Window

_IN_WINDOW = "published_at >= $since AND published_at < $until"
_LONDON_DAY = "CAST(timezone('Europe/London', published_at) AS DATE)"
_SUBJECT_POST = (
    "LEFT JOIN collected_mentions AS m "
    "ON f.subject_type = 'mention' AND m.platform = f.platform AND m.native_id = f.subject_id"
)


def _bounds(window: Window) -> dict[str, Any]:
    return {"since": window.since, "until": window.until}


def table_columns(store: Store, table: str) -> set[str]:
    """The columns `table` has (older databases may lack the casework tables or some of their columns)."""
    rows = store.fetch_dicts(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = 'main' AND table_name = ?", [table]
    )
    return {row["column_name"] for row in rows}


def volume_by_source_and_day(store: Store, window: Window) -> list[dict[str, Any]]:
    """Mentions, negative and classified counts per source and London day."""
    return store.fetch_dicts(
        f"""
        SELECT source, {_LONDON_DAY} AS day, count(*) AS mentions,
               count(*) FILTER (WHERE sentiment = 'negative') AS negative,
               count(sentiment) AS classified
        FROM mentions WHERE {_IN_WINDOW}
        GROUP BY ALL
        """,
        _bounds(window),
    )


def volume_by_source(store: Store, window: Window) -> dict[str, int]:
    """Mentions per source in `window`."""
    rows = store.fetch_dicts(
        f"SELECT source, count(*) AS mentions FROM mentions WHERE {_IN_WINDOW} GROUP BY source", _bounds(window)
    )
    return {row["source"]: int(row["mentions"]) for row in rows}


def sentiment_by_day(store: Store, window: Window) -> list[dict[str, Any]]:
    """Negative, neutral, positive and unclassified mentions per London day."""
    return store.fetch_dicts(
        f"""
        SELECT {_LONDON_DAY} AS day,
               count(*) FILTER (WHERE sentiment = 'negative') AS negative,
               count(*) FILTER (WHERE sentiment = 'neutral') AS neutral,
               count(*) FILTER (WHERE sentiment = 'positive') AS positive,
               count(*) FILTER (WHERE sentiment IS NULL) AS unclassified
        FROM mentions WHERE {_IN_WINDOW}
        GROUP BY ALL
        """,
        _bounds(window),
    )


def negative_split(store: Store, window: Window) -> tuple[int, int]:
    """(negative, classified) mentions in `window`."""
    row = store.fetch_dicts(
        f"SELECT count(*) FILTER (WHERE sentiment = 'negative') AS negative, count(sentiment) AS classified "
        f"FROM mentions WHERE {_IN_WINDOW}",
        _bounds(window),
    )[0]
    return int(row["negative"]), int(row["classified"])


def theme_texts(store: Store, window: Window, prior_weeks: int) -> list[dict[str, Any]]:
    """Each mention's title and text with its sentiment, for `window` and the `prior_weeks - 1` weeks before."""
    return store.fetch_dicts(
        """
        SELECT coalesce(title || ' ', '') || text AS text, sentiment,
               published_at >= $since AS this_week
        FROM mentions WHERE published_at >= $prior_since AND published_at < $until
        """,
        {**_bounds(window), "prior_since": window.since - timedelta(days=7 * (prior_weeks - 1))},
    )


def findings_in_window(store: Store, window: Window, kinds: Sequence[str]) -> list[dict[str, Any]]:
    """Findings of `kinds` belonging to `window`, each with its post's columns when it is about one."""
    return store.fetch_dicts(
        """
        SELECT m.*, f.kind AS finding_kind, f.evidence, f.score, f.first_detected_at
        FROM findings AS f
        LEFT JOIN mentions AS m ON f.subject_type = 'mention' AND m.platform = f.platform AND m.native_id = f.subject_id
        WHERE list_contains($kinds, f.kind)
          AND coalesce(m.published_at, f.first_detected_at) >= $since
          AND coalesce(m.published_at, f.first_detected_at) < $until
        ORDER BY coalesce(m.published_at, f.first_detected_at), f.finding_id
        """,
        {"kinds": list(kinds), **_bounds(window)},
    )


def alerts_raised(store: Store, window: Window) -> int:
    """Alerts whose finding belongs to `window`."""
    return int(
        store.scalar(
            f"SELECT count(*) FROM alerts AS a JOIN findings AS f USING (finding_id) {_SUBJECT_POST} "
            "WHERE coalesce(m.published_at, a.created_at) >= $since "
            "AND coalesce(m.published_at, a.created_at) < $until",
            _bounds(window),
        )
    )


def findings_counted(store: Store, window: Window, kinds: Sequence[str]) -> int:
    """Findings of `kinds` belonging to `window`."""
    return int(
        store.scalar(
            f"SELECT count(*) FROM findings AS f {_SUBJECT_POST} WHERE list_contains($kinds, f.kind) "
            "AND coalesce(m.published_at, f.first_detected_at) >= $since "
            "AND coalesce(m.published_at, f.first_detected_at) < $until",
            {"kinds": list(kinds), **_bounds(window)},
        )
    )


def findings_with_case_open(store: Store, window: Window, kinds: Sequence[str]) -> int:
    """Of the findings of `kinds` belonging to `window`, how many have a case not yet resolved."""
    return int(
        store.scalar(
            f"SELECT count(*) FROM findings AS f JOIN cases AS c ON c.case_id = f.case_id {_SUBJECT_POST} "
            "WHERE list_contains($kinds, f.kind) AND coalesce(m.published_at, f.first_detected_at) >= $since "
            "AND coalesce(m.published_at, f.first_detected_at) < $until AND c.status <> 'resolved'",
            {"kinds": list(kinds), **_bounds(window)},
        )
    )


def cases_with_status(store: Store, statuses: Sequence[str]) -> list[dict[str, Any]]:
    """Kind, status and opening time of every case in `statuses`."""
    return store.fetch_dicts(
        "SELECT kind, status, opened_at FROM cases WHERE list_contains($statuses, status)",
        {"statuses": list(statuses)},
    )


def cases_opened(store: Store, window: Window) -> int:
    """Cases opened in `window`."""
    return int(
        store.scalar("SELECT count(*) FROM cases WHERE opened_at >= $since AND opened_at < $until", _bounds(window))
    )


def cases_resolved(store: Store, window: Window) -> int:
    """Cases resolved in `window`."""
    return int(
        store.scalar(
            "SELECT count(*) FROM cases WHERE status = 'resolved' AND resolved_at >= $since AND resolved_at < $until",
            _bounds(window),
        )
    )


def takedowns_by_platform_and_status(store: Store) -> list[dict[str, Any]]:
    """Takedowns to date, counted per platform and status."""
    return store.fetch_dicts("SELECT platform, status, count(*) AS n FROM takedowns GROUP BY ALL")


def takedown_changes(store: Store, window: Window) -> dict[str, int]:
    """Requests sent, and removals, refusals and expiries decided, in `window`."""
    found = store.fetch_dicts(
        """
        SELECT count(*) FILTER (WHERE requested_at >= $since AND requested_at < $until) AS requested,
               count(*) FILTER (WHERE status = 'removed' AND decided_at >= $since AND decided_at < $until)
                   AS removed,
               count(*) FILTER (WHERE status = 'refused' AND decided_at >= $since AND decided_at < $until)
                   AS refused,
               count(*) FILTER (WHERE status = 'expired' AND decided_at >= $since AND decided_at < $until)
                   AS expired
        FROM takedowns
        """,
        _bounds(window),
    )[0]
    return {status: int(count) for status, count in found.items()}


def source_runs(store: Store, window: Window) -> list[dict[str, Any]]:
    """Per source: runs started in `window`, failures, mentions and the kind of its last failure."""
    return store.fetch_dicts(
        """
        SELECT s.source, count(*) AS runs,
               count(*) FILTER (WHERE s.status <> 'complete') AS failures,
               sum(s.mentions) AS mentions,
               arg_max(s.status, s.finished_at) FILTER (WHERE s.status <> 'complete') AS last_failure
        FROM run_sources AS s JOIN runs AS r USING (run_id)
        WHERE r.started_at >= $since AND r.started_at < $until
        GROUP BY s.source
        ORDER BY failures DESC, s.source
        """,
        _bounds(window),
    )


def most_negative_mentions(store: Store, window: Window, limit: int) -> list[dict[str, Any]]:
    """The `limit` most negative mentions published in `window`."""
    return store.fetch_dicts(
        f"SELECT * FROM mentions WHERE sentiment = 'negative' AND {_IN_WINDOW} "
        "ORDER BY negative DESC, published_at, native_id LIMIT $limit",
        {**_bounds(window), "limit": limit},
    )
