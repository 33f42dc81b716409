"""The word index behind mention search.

DuckDB's full-text extension is downloaded at run time, which a Trust's locked-down server cannot do,
so the index is a plain table: one row per distinct word of each mention's title and text, with the
mention's publication time, kept in word order. A search reads only the blocks holding the words
typed (DuckDB skips the others by their minimum and maximum), so its cost follows how many mentions
match, not how much text was ever collected (docs/decisions/0052-a-word-index-for-mention-search.md).

Words are lower-cased, accents are folded and text is cut at anything that is not a letter or a digit,
the same way for mentions and for what is typed. A typed word matches the mentions having a word that
starts with it ("nurse" finds "nurses"); one that does not cut into a single word ("A&E", "O'Brien")
must also appear as typed, case aside.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

import duckdb

log = logging.getLogger(__name__)

# The distinct words of a text, as indexed and as searched. `{value}` is an SQL expression.
_WORDS_OF = (
    "list_distinct(list_filter(regexp_split_to_array(strip_accents(lower({value})), '[^\\p{{L}}\\p{{N}}]+'), "
    "lambda word: length(word) BETWEEN 1 AND 64))"
)
_COLUMNS = "term VARCHAR NOT NULL, platform VARCHAR NOT NULL, native_id VARCHAR NOT NULL, published_at TIMESTAMPTZ"
# Rows landed since the index was last sorted are read in full by every search: it is sorted again
# when they pass this many, or this share of the index, whichever is larger.
RESORT_ROWS = 2_000_000
RESORT_SHARE = 0.05


@dataclass(frozen=True)
class SearchWord:
    """One typed word: the index term that finds its candidates, and the text it must contain if needed."""

    term: str | None
    literal: str | None


def search_words(con: duckdb.DuckDBPyConnection, typed: tuple[str, ...]) -> list[SearchWord]:
    """Cut each typed word into index terms the way mentions were cut."""
    words = []
    for word in typed:
        row = con.execute(
            f"SELECT {_WORDS_OF.format(value='$word')}, strip_accents(lower($word))", {"word": word}
        ).fetchone()
        terms, folded = (list(row[0] or ()), row[1]) if row else ([], word.lower())
        if terms == [folded]:
            words.append(SearchWord(term=folded, literal=None))
            continue
        # "O'Brien": the candidates are the mentions with a word starting "brien", checked for the whole.
        # A word of only one- or two-letter pieces ("A&E") would name nearly every mention: read the text.
        longest = max(terms, key=len, default="")
        words.append(SearchWord(term=longest if len(longest) > 2 else None, literal=word.lower()))
    return words


def more_postings_than(con: duckdb.DuckDBPyConnection, term: str, count: int) -> bool:
    """Whether more than `count` mentions have a word starting with `term` (stops reading at count + 1)."""
    row = con.execute(
        "SELECT count(*) FROM (SELECT 1 FROM mention_terms WHERE starts_with(term, $term) LIMIT $enough)",
        {"term": term, "enough": count + 1},
    ).fetchone()
    return bool(row and row[0] > count)


def _postings_of(keys: str) -> str:
    """Postings of the mentions named by the relation `keys` (platform, native_id), from their stored text."""
    words = _WORDS_OF.format(value="concat_ws(' ', m.title, m.text)")
    return (
        "SELECT DISTINCT word AS term, m.platform, m.native_id, m.published_at FROM collected_mentions AS m "
        f"SEMI JOIN {keys} AS k USING (platform, native_id), unnest({words}) AS w(word)"
    )


def index_all(con: duckdb.DuckDBPyConnection) -> None:
    """Index every stored mention, in word order (once, when the index table is created)."""
    con.execute("DELETE FROM mention_terms")
    con.execute("INSERT INTO mention_terms " + _postings_of("collected_mentions") + " ORDER BY term, published_at")
    con.execute("UPDATE mention_terms_state SET unsorted_rows = 0, sorted_at = now()")


def snapshot_texts(con: duckdb.DuckDBPyConnection, staged: str) -> None:
    """Remember what the stored copies of the mentions in `staged` say, before they are upserted."""
    con.execute(
        "CREATE OR REPLACE TEMP TABLE indexed_before AS "
        "SELECT m.platform, m.native_id, hash(m.title, m.text, m.published_at) AS digest "
        f"FROM collected_mentions AS m SEMI JOIN {staged} AS s USING (platform, native_id)"
    )


def reindex_changed(con: duckdb.DuckDBPyConnection, staged: str) -> None:
    """After an upsert of `staged`: index new mentions and re-index those whose words or date changed."""
    con.execute(
        "CREATE OR REPLACE TEMP TABLE indexed_changed AS "
        "SELECT m.platform, m.native_id, b.digest IS NOT NULL AS existed "
        f"FROM collected_mentions AS m SEMI JOIN {staged} AS s USING (platform, native_id) "
        "LEFT JOIN indexed_before AS b USING (platform, native_id) "
        "WHERE b.digest IS DISTINCT FROM hash(m.title, m.text, m.published_at)"
    )
    try:
        existed, changed = con.execute(
            "SELECT count(*) FILTER (WHERE existed), count(*) FROM indexed_changed"
        ).fetchone() or (0, 0)
        # Most landings bring only new mentions: the index is then appended to, never scanned.
        if existed:
            con.execute(
                "DELETE FROM mention_terms AS t USING indexed_changed AS c "
                "WHERE c.existed AND t.platform = c.platform AND t.native_id = c.native_id"
            )
        if changed:
            inserted = con.execute("INSERT INTO mention_terms " + _postings_of("indexed_changed")).fetchone()
            con.execute(
                "UPDATE mention_terms_state SET unsorted_rows = unsorted_rows + $rows",
                {"rows": inserted[0] if inserted else 0},
            )
    finally:
        con.execute("DROP TABLE IF EXISTS indexed_changed")
        con.execute("DROP TABLE IF EXISTS indexed_before")


def keep_sorted(con: duckdb.DuckDBPyConnection, *, min_rows: int = RESORT_ROWS, share: float = RESORT_SHARE) -> bool:
    """Sort the index again when enough rows have landed since it was; True when it was sorted.

    Call inside a transaction. Costs a count when nothing needs doing.
    """
    row = con.execute(
        "SELECT (SELECT count(*) FROM mention_terms), (SELECT max(unsorted_rows) FROM mention_terms_state)"
    ).fetchone()
    total, unsorted = (int(row[0]), int(row[1] or 0)) if row else (0, 0)
    if unsorted <= max(min_rows, share * total):
        return False
    started = time.perf_counter()
    con.execute(f"CREATE TABLE mention_terms_resorted ({_COLUMNS})")
    con.execute("INSERT INTO mention_terms_resorted SELECT * FROM mention_terms ORDER BY term, published_at")
    con.execute("DROP TABLE mention_terms")
    con.execute("ALTER TABLE mention_terms_resorted RENAME TO mention_terms")
    con.execute("UPDATE mention_terms_state SET unsorted_rows = 0, sorted_at = now()")
    log.info("sorted the search index (%d words of mentions) in %.1f s", total, time.perf_counter() - started)
    return True
