"""The web app's reads: mention search, the dashboard's figures, impersonation verdicts.

Written for a database of a million mentions: searches read `collected_mentions` and look up the
latest classification only for the page of rows they return, and every query is bounded by a date
range or a LIMIT.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from storage import search
from storage.store import Store
from trustwatch.records import utc_now

# Outlet weight in reach: a news article reaches more people than a review page, a review page more
# than a reply (the same weights as the case_facts view in migration 0005).
_OUTLET_SQL = "CASE m.kind WHEN 'article' THEN 3 WHEN 'review' THEN 1 WHEN 'post' THEN 0.5 ELSE 0 END"
_ENGAGEMENT_SQL = """(
    coalesce(TRY_CAST(json_extract_string(m.raw, '$.public_metrics.like_count') AS BIGINT), 0)
  + coalesce(TRY_CAST(json_extract_string(m.raw, '$.public_metrics.retweet_count') AS BIGINT), 0)
  + coalesce(TRY_CAST(json_extract_string(m.raw, '$.public_metrics.reply_count') AS BIGINT), 0)
  + coalesce(TRY_CAST(json_extract_string(m.raw, '$.likeCount') AS BIGINT), 0)
  + coalesce(TRY_CAST(json_extract_string(m.raw, '$.repostCount') AS BIGINT), 0)
  + greatest(coalesce(TRY_CAST(json_extract_string(m.raw, '$.score') AS BIGINT), 0), 0)
  + coalesce(TRY_CAST(json_extract_string(m.raw, '$.num_comments') AS BIGINT), 0))"""


@dataclass(frozen=True)
class MentionQuery:
    """What the Mentions page searches for; None and empty mean any."""

    words: tuple[str, ...] = ()
    platform: str | None = None
    source: str | None = None
    sentiment: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    with_case: bool | None = None


# A search for words looks at the recent past first: most words fill a page from it, and the
# postings of older mentions are then never read.
RECENT_WINDOWS = (timedelta(days=31), timedelta(days=366))
WINDOWED_POSTINGS = 20_000


def _mention_where(query: MentionQuery, since: datetime | None) -> tuple[str, dict[str, Any]]:
    # Only the filters asked for are written, so DuckDB can skip row groups by date.
    clauses = ["true"]
    parameters: dict[str, Any] = {}
    if since is not None:
        clauses.append("m.published_at >= $since")
        parameters["since"] = since
    if query.until is not None:
        clauses.append("m.published_at < $until")
        parameters["until"] = query.until
    for column in ("platform", "source"):
        value = getattr(query, column)
        if value is not None:
            clauses.append(f"m.{column} = ${column}")
            parameters[column] = value
    if query.sentiment:
        # A semi join on the classifications with this label: a mention classified again by a newer model
        # with another label still matches (rare: only after a model change), and shows its latest label.
        clauses.append(
            "EXISTS (SELECT 1 FROM classifications AS c WHERE c.platform = m.platform "
            "AND c.native_id = m.native_id AND c.sentiment = $sentiment)"
        )
        parameters["sentiment"] = query.sentiment
    if query.with_case is not None:
        clauses.append(
            ("" if query.with_case else "NOT ") + "EXISTS (SELECT 1 FROM cases AS cs "
            "WHERE cs.subject_type = 'mention' AND cs.platform = m.platform AND cs.subject_id = m.native_id)"
        )
    return " AND ".join(clauses), parameters


def _word_hits(
    words: list[search.SearchWord], since: datetime | None, until: datetime | None
) -> tuple[str, dict[str, Any]]:
    """The mentions having, for every typed word, a word starting with its term (a relation)."""
    terms = sorted({word.term for word in words if word.term})
    parameters: dict[str, Any] = {f"term{number}": term for number, term in enumerate(terms)}
    dates = ""
    if since is not None:
        dates += " AND t.published_at >= $since"
        parameters["since"] = since
    if until is not None:
        dates += " AND t.published_at < $until"
        parameters["until"] = until
    # One branch per term, so each reads only the blocks of the index that can hold its words.
    branches = " UNION ALL ".join(
        f"SELECT {number} AS k, t.platform, t.native_id FROM mention_terms AS t "
        f"WHERE starts_with(t.term, $term{number}){dates}"
        for number in range(len(terms))
    )
    relation = f"(SELECT platform, native_id FROM ({branches}) GROUP BY ALL HAVING count(DISTINCT k) = {len(terms)})"
    return relation, parameters


def _search_page(
    store: Store, query: MentionQuery, words: list[search.SearchWord], since: datetime | None, limit: int, offset: int
) -> list[dict[str, Any]]:
    where, parameters = _mention_where(query, since)
    candidates = "collected_mentions AS m"
    if any(word.term for word in words):
        hits, hit_parameters = _word_hits(words, since, query.until)
        candidates += f" SEMI JOIN {hits} AS h USING (platform, native_id)"
        parameters.update(hit_parameters)
    literal = []
    for number, word in enumerate(words):
        if word.literal is not None:
            literal.append(
                f"(contains(lower(text), $literal{number}) OR contains(lower(coalesce(title, '')), $literal{number}))"
            )
            parameters[f"literal{number}"] = word.literal
    # The page is chosen on keys and dates, and only the text of the rows it keeps is read: DuckDB
    # would otherwise read, and lower-case, every mention's text before the join that discards most.
    # OFFSET 0 keeps the text check above the index's join (DuckDB pushes filters below a join).
    matching = (
        "SELECT row_id, published_at, platform, native_id FROM (SELECT m.rowid AS row_id, m.published_at, m.platform, "
        "m.native_id, m.text, m.title FROM collected_mentions AS m WHERE m.rowid IN (SELECT row_id FROM candidates) "
        f"OFFSET 0) WHERE {' AND '.join(literal)}"
        if literal
        else "SELECT * FROM candidates"
    )
    return store.fetch_dicts(
        f"""
        WITH candidates AS (
            SELECT m.rowid AS row_id, m.published_at, m.platform, m.native_id FROM {candidates} WHERE {where}
        ),
        page_ids AS (
            SELECT row_id FROM ({matching})
            ORDER BY published_at DESC, platform, native_id
            LIMIT $limit OFFSET $offset
        ),
        page AS (
            SELECT m.platform, m.native_id, m.source, m.kind, m.url, m.author_handle, m.author_name, m.title, m.text,
                   m.published_at, m.rating, m.deleted
            FROM collected_mentions AS m
            WHERE m.rowid IN (SELECT row_id FROM page_ids)
        ),
        -- Only the page's rows are looked up (a semi join), never the whole classifications table.
        latest AS (
            SELECT c.platform, c.native_id, arg_max(c.sentiment, c.classified_at) AS sentiment,
                   arg_max(c.negative, c.classified_at) AS negative
            FROM classifications AS c SEMI JOIN page AS p USING (platform, native_id)
            GROUP BY ALL
        ),
        page_cases AS (
            SELECT cs.platform, cs.subject_id AS native_id, cs.case_id
            FROM cases AS cs
            SEMI JOIN page AS p ON cs.subject_type = 'mention' AND cs.platform = p.platform
                                AND cs.subject_id = p.native_id
        )
        SELECT p.*, l.sentiment, l.negative, pc.case_id
        FROM page AS p
        LEFT JOIN latest AS l USING (platform, native_id)
        LEFT JOIN page_cases AS pc USING (platform, native_id)
        ORDER BY p.published_at DESC, p.platform, p.native_id
        """,
        {**parameters, "limit": limit, "offset": offset},
    )


def search_mentions(store: Store, query: MentionQuery, *, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    """A page of mentions matching `query`, newest first, with their latest sentiment and their case."""
    words = search.search_words(store.connection, query.words)
    terms = [word.term for word in words if word.term]
    # A word in many mentions fills a page from the recent past, and then nothing older can be on it
    # (newest first); a rarer one is looked up over the whole range at once.
    if terms and all(search.more_postings_than(store.connection, term, WINDOWED_POSTINGS) for term in terms):
        now = utc_now()
        for window in RECENT_WINDOWS:
            recent = now - window
            if query.since is not None and query.since >= recent:
                break
            rows = _search_page(store, query, words, recent, limit, offset)
            if len(rows) == limit:
                return rows
    return _search_page(store, query, words, query.since, limit, offset)


def mention_choices(store: Store) -> dict[str, list[str]]:
    """The platforms and sources that have mentions, for the search form's menus."""
    rows = store.fetch_dicts(
        "SELECT list_sort(list_distinct(list(platform))) AS platforms, "
        "list_sort(list_distinct(list(source))) AS sources FROM (SELECT DISTINCT platform, source FROM "
        "collected_mentions)"
    )
    return {"platforms": list(rows[0]["platforms"] or []), "sources": list(rows[0]["sources"] or [])}


def volume_by_day(store: Store, since: datetime, until: datetime) -> list[dict[str, Any]]:
    """Mentions per London day and source in [since, until)."""
    return store.fetch_dicts(
        "SELECT CAST(timezone('Europe/London', published_at) AS DATE) AS day, source, count(*) AS mentions "
        "FROM collected_mentions WHERE published_at >= $since AND published_at < $until GROUP BY ALL "
        "ORDER BY day, source",
        {"since": since, "until": until},
    )


def sentiment_by_day(store: Store, since: datetime, until: datetime) -> list[dict[str, Any]]:
    """Per London day: mentions classified, and how many were negative, neutral, positive."""
    return store.fetch_dicts(
        """
        WITH window_mentions AS (
            SELECT platform, native_id, CAST(timezone('Europe/London', published_at) AS DATE) AS day
            FROM collected_mentions WHERE published_at >= $since AND published_at < $until
        ),
        latest AS (
            SELECT c.platform, c.native_id, arg_max(c.sentiment, c.classified_at) AS sentiment
            FROM classifications AS c SEMI JOIN window_mentions AS w USING (platform, native_id)
            GROUP BY ALL
        )
        SELECT w.day, count(l.sentiment) AS classified,
               count(*) FILTER (WHERE l.sentiment = 'negative') AS negative,
               count(*) FILTER (WHERE l.sentiment = 'neutral') AS neutral,
               count(*) FILTER (WHERE l.sentiment = 'positive') AS positive
        FROM window_mentions AS w LEFT JOIN latest AS l USING (platform, native_id)
        GROUP BY ALL ORDER BY w.day
        """,
        {"since": since, "until": until},
    )


def top_negative(store: Store, since: datetime, until: datetime, *, limit: int = 10) -> list[dict[str, Any]]:
    """The negative mentions of [since, until) that reach most people: P(negative) * (1 + reach)."""
    return store.fetch_dicts(
        f"""
        WITH negative AS (
            SELECT c.platform, c.native_id, arg_max(c.negative, c.classified_at) AS negative
            FROM classifications AS c
            WHERE EXISTS (SELECT 1 FROM collected_mentions AS w WHERE w.platform = c.platform
                          AND w.native_id = c.native_id AND w.published_at >= $since AND w.published_at < $until)
            GROUP BY ALL
            HAVING arg_max(c.sentiment, c.classified_at) = 'negative'
        )
        SELECT m.platform, m.native_id, m.source, m.kind, m.url, m.title, m.text, m.published_at, n.negative,
               a.followers, {_ENGAGEMENT_SQL} AS engagement,
               round(log10(1 + coalesce(a.followers, 0)) + log10(1 + {_ENGAGEMENT_SQL}) + {_OUTLET_SQL}, 2) AS reach,
               round(n.negative * (1 + log10(1 + coalesce(a.followers, 0)) + log10(1 + {_ENGAGEMENT_SQL})
                     + {_OUTLET_SQL}), 3) AS weight
        FROM negative AS n
        JOIN collected_mentions AS m USING (platform, native_id)
        LEFT JOIN accounts AS a ON a.platform = m.platform AND a.account_id = m.author_id
        ORDER BY weight DESC, m.published_at DESC
        LIMIT $limit
        """,
        {"since": since, "until": until, "limit": limit},
    )


def spikes(store: Store, since: datetime) -> list[dict[str, Any]]:
    """Volume spikes detected since `since`, newest first."""
    return store.fetch_dicts(
        "SELECT f.case_id, f.platform AS source, f.severity, f.score, f.summary, f.first_detected_at "
        "FROM findings AS f WHERE f.kind = 'volume_spike' AND f.first_detected_at >= $since "
        "ORDER BY f.first_detected_at DESC LIMIT 20",
        {"since": since},
    )


def open_cases_by_age(store: Store, now: datetime) -> list[dict[str, Any]]:
    """Open and acknowledged cases per severity, by age: under a day, 1-3 days, 3-7 days, older; and overdue."""
    return store.fetch_dicts(
        """
        SELECT severity,
               count(*) FILTER (WHERE opened_at > $now - INTERVAL 1 DAY) AS under_1_day,
               count(*) FILTER (WHERE opened_at <= $now - INTERVAL 1 DAY AND opened_at > $now - INTERVAL 3 DAY)
                   AS days_1_to_3,
               count(*) FILTER (WHERE opened_at <= $now - INTERVAL 3 DAY AND opened_at > $now - INTERVAL 7 DAY)
                   AS days_3_to_7,
               count(*) FILTER (WHERE opened_at <= $now - INTERVAL 7 DAY) AS over_7_days,
               count(*) FILTER (WHERE due_at < $now) AS overdue
        FROM cases WHERE status <> 'resolved'
        GROUP BY severity
        ORDER BY CASE severity WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END
        """,
        {"now": now},
    )


def last_runs(store: Store, *, limit: int = 10) -> list[dict[str, Any]]:
    """The latest runs with each source's outcome."""
    return store.fetch_dicts(
        """
        SELECT r.run_id, r.flow, r.started_at, r.finished_at, r.status, r.mentions_collected, r.mentions_new,
               r.alerts_raised, r.emails_sent, r.error,
               (SELECT list({'source': s.source, 'status': s.status, 'mentions': s.mentions, 'error': s.error}
                            ORDER BY s.source) FROM run_sources AS s WHERE s.run_id = r.run_id) AS sources
        FROM runs AS r ORDER BY r.started_at DESC LIMIT $limit
        """,
        {"limit": limit},
    )


def source_health(store: Store, since: datetime) -> list[dict[str, Any]]:
    """Per source since `since`: runs, failures, mentions, and the last outcome."""
    return store.fetch_dicts(
        """
        SELECT s.source, count(*) AS runs, count(*) FILTER (WHERE s.status <> 'complete') AS failures,
               sum(s.mentions) AS mentions, arg_max(s.status, s.finished_at) AS last_status,
               arg_max(s.error, s.finished_at) AS last_error, max(s.finished_at) AS last_finished_at
        FROM run_sources AS s JOIN runs AS r USING (run_id)
        WHERE r.started_at >= $since
        GROUP BY s.source ORDER BY failures DESC, s.source
        """,
        {"since": since},
    )


def impersonation_verdicts(store: Store, *, limit: int = 200) -> list[dict[str, Any]]:
    """Accounts judged impersonating, suspicious or parody, most severe and newest first, with their case."""
    return store.fetch_dicts(
        """
        SELECT f.case_id, f.kind AS verdict, f.severity, f.score, f.summary, f.first_detected_at,
               f.last_detected_at, f.platform, f.subject_id AS account_id, a.handle, a.display_name, a.url,
               a.followers, a.created_at, cs.status AS case_status,
               (SELECT string_agg(t.status, ', ') FROM takedowns AS t WHERE t.case_id = f.case_id) AS takedowns
        FROM findings AS f
        LEFT JOIN accounts AS a ON a.platform = f.platform AND a.account_id = f.subject_id
        LEFT JOIN cases AS cs ON cs.case_id = f.case_id
        WHERE f.subject_type = 'account' AND f.kind IN ('impersonation', 'suspicious_account', 'parody_account')
        ORDER BY CASE f.severity WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END,
                 f.last_detected_at DESC
        LIMIT $limit
        """,
        {"limit": limit},
    )


def data_as_of(store: Store) -> datetime | None:
    """When the newest run finished: how fresh what the app shows is."""
    value = store.scalar("SELECT max(finished_at) FROM runs")
    return value if isinstance(value, datetime) else None
