-- The digest of the text each classification was made from: a post whose text changes (an edit, or a
-- feed entry first seen cut off and later whole) is classified again instead of keeping the verdict
-- on words it no longer holds. Rows from before this migration have no digest and are kept as they are.
ALTER TABLE classifications ADD COLUMN text_sha256 VARCHAR;
