import random
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb
import pytest

from storage import browse, search
from storage.retention import RetentionPolicy, purge_expired
from storage.store import Store, replica_path
from trustwatch.records import Cursor, Mention
from trustwatch.settings import RetentionSettings

NOW = datetime.now(UTC)


def mention(native_id: str, text: str, *, title: str | None = None, days_ago: float = 1.0) -> Mention:
    return Mention.model_validate(
        {
            "platform": "web",
            "native_id": native_id,
            "source": "news",
            "kind": "article",
            "title": title,
            "text": text,
            "published_at": NOW - timedelta(days=days_ago),
            "raw": {"id": native_id},
        }
    )


def land(store: Store, mentions: list[Mention], run_id: str = "r1") -> None:
    store.land(
        run_id=run_id,
        source="news",
        source_type="rss",
        mentions=mentions,
        accounts=[],
        classifications=[],
        cursor=Cursor(source="news", state={}),
    )


def found(store: Store, *words: str, limit: int = 50, offset: int = 0) -> list[str]:
    rows = browse.search_mentions(store, browse.MentionQuery(words=words), limit=limit, offset=offset)
    return [row["native_id"] for row in rows]


@pytest.fixture
def store(tmp_path: Path) -> Store:
    opened = Store.open(tmp_path / "tw.duckdb")
    yield opened  # type: ignore[misc]
    opened.close()


def test_a_word_finds_mentions_with_words_starting_with_it_whatever_the_case_or_accents(store: Store) -> None:
    land(
        store,
        [
            mention("nurses", "The NURSES on Ward 10 were wonderful"),
            mention("cafe", "Queued at the Café for an hour", days_ago=2),
            mention("title", "Nothing in the body", title="Nurse praised by patients", days_ago=3),
            mention("hashtag", "Proud of our #NHSWorkforce today", days_ago=4),
            mention("other", "Parking was a nightmare", days_ago=5),
        ],
    )
    assert found(store, "nurse") == ["nurses", "title"]
    assert found(store, "cafe") == ["cafe"] and found(store, "CAFÉ") == ["cafe"]
    assert found(store, "nhs") == ["hashtag"]
    # A word inside another word is not a match: the index holds words, not substrings.
    assert found(store, "workforce") == []
    assert found(store, "nurse", "wonderful") == ["nurses"]
    assert found(store, "zebra") == []


def test_words_that_are_not_one_word_must_appear_as_typed(store: Store) -> None:
    land(
        store,
        [
            mention("ae", "Eight hours in A&E last night"),
            mention("a-and-e", "A and E was calm, e-mail me", days_ago=2),
            mention("obrien", "Dr O'Brien's clinic ran late", days_ago=3),
            mention("brien", "Brien and O Connor", days_ago=4),
        ],
    )
    assert found(store, "a&e") == ["ae"]
    assert found(store, "O'Brien") == ["obrien"]


def test_a_re_collected_mention_is_found_by_its_new_words_only(store: Store) -> None:
    land(store, [mention("post", "Waited hours in outpatients")])
    land(store, [mention("post", "Seen promptly by the physio")], run_id="r2")
    assert found(store, "outpatients") == [] and found(store, "physio") == ["post"]
    # A post deleted at the source keeps the text we saw, and stays findable by it.
    deleted = mention("post", "").model_copy(update={"deleted": True})
    land(store, [deleted], run_id="r3")
    assert found(store, "physio") == ["post"]


def reference(texts: dict[str, tuple[str, datetime]], words: tuple[str, ...]) -> list[str]:
    """What a search must return: every typed word starts some word of the text; newest first."""

    def matches(text: str) -> bool:
        text_words = re.split(r"[^a-z0-9]+", text.lower())
        return all(any(w.startswith(word) for w in text_words) for word in words)

    hits = [(published, native_id) for native_id, (text, published) in texts.items() if matches(text)]
    return [native_id for published, native_id in sorted(hits, key=lambda hit: (-hit[0].timestamp(), "web", hit[1]))]


def test_pages_are_the_same_through_the_recent_windows_as_over_all_time(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Three years of mentions, so pages cross both recent windows; every word takes the windowed path.
    rng = random.Random(7)
    vocabulary = ["ward", "wards", "nurse", "parking", "pharmacy", "pharma", "porter", "discharge", "rude", "kind"]
    texts: dict[str, tuple[str, datetime]] = {}
    mentions = []
    for number in range(600):
        text = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(1, 6)))
        days_ago = rng.uniform(0, 1100) if number % 3 else rng.uniform(0, 40)
        item = mention(f"m{number:04d}", text, days_ago=days_ago)
        mentions.append(item)
        texts[item.native_id] = (text, item.published_at)
    land(store, mentions)
    monkeypatch.setattr(browse, "WINDOWED_POSTINGS", 0)
    for words in [("ward",), ("pharma",), ("rude", "kind"), ("porter", "ward", "nurse"), ("discharge",)]:
        expected = reference(texts, words)
        got = []
        for page in range(0, len(expected) + 20, 20):
            got += found(store, *words, limit=20, offset=page)
        assert got == expected, words


def test_the_index_is_sorted_again_once_enough_rows_have_landed_and_answers_the_same(store: Store) -> None:
    land(store, [mention(f"a{n}", f"ward {n} porter") for n in range(30)])
    before = found(store, "porter")
    with store.transaction() as con:
        assert not search.keep_sorted(con, min_rows=1_000, share=0.5)
        assert search.keep_sorted(con, min_rows=10, share=0.5)
        assert not search.keep_sorted(con, min_rows=10, share=0.5), "nothing landed since"
    assert found(store, "porter") == before and len(before) == 30
    land(store, [mention("late", "porter again", days_ago=0.5)], run_id="r2")
    assert found(store, "porter")[0] == "late"


def test_a_sort_that_fails_leaves_the_index_answering_and_the_replica_published(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def full_disk(con: object) -> bool:
        raise duckdb.IOException("No space left on device")

    path = tmp_path / "tw.duckdb"
    store = Store.open(path, publish_replica=True)
    land(store, [mention("m", "Discharge lounge")])
    monkeypatch.setattr(search, "keep_sorted", full_disk)
    store.close()
    assert "search index was left unsorted" in caplog.text
    with Store.open(replica_path(path), read_only=True) as replica:
        assert found(replica, "discharge") == ["m"]


def test_a_database_from_before_the_index_is_indexed_when_opened(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    with Store.open(path) as store:
        land(store, [mention("old", "Ambulance handover delays")])
        # As a database migrated before the index existed would be.
        store.connection.execute("DROP TABLE mention_terms")
        store.connection.execute("DROP TABLE mention_terms_state")
        store.connection.execute("DELETE FROM schema_migrations WHERE name = '0011_mention_terms.sql'")
    with Store.open(path) as store:
        assert found(store, "ambulance") == ["old"]


def test_a_purge_takes_a_mentions_words_with_it(tmp_path: Path) -> None:
    with Store.open(tmp_path / "tw.duckdb") as store:
        land(store, [mention("ancient", "Zygomatic fracture clinic", days_ago=900), mention("new", "Fracture clinic")])
        purge_expired(store, RetentionPolicy(RetentionSettings(mentions_months=12), now=NOW), actor="test")
        assert found(store, "fracture") == ["new"]
        assert store.scalar("SELECT count(*) FROM mention_terms WHERE term = 'zygomatic'") == 0
