-- The word index behind mention search (storage/search.py): one row per distinct word of each
-- mention's title and text. Filled from the stored mentions when this migration is applied, and kept
-- up to date as mentions land; a purge deletes a mention's words with it.
CREATE TABLE mention_terms (
    term                VARCHAR NOT NULL,
    platform            VARCHAR NOT NULL,
    native_id           VARCHAR NOT NULL,
    published_at        TIMESTAMPTZ
);

-- The index is kept in word order, so a search skips every block whose words cannot match; rows
-- landed since it was last sorted are read in full, and it is sorted again when they are many.
CREATE TABLE mention_terms_state (
    unsorted_rows       BIGINT NOT NULL,
    sorted_at           TIMESTAMPTZ
);
INSERT INTO mention_terms_state VALUES (0, NULL);
