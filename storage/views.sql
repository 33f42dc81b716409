-- Views for what the comms team asks every day. Re-created on every connect, so editing this file
-- changes them without a migration (they hold no data).

-- The latest classification of each mention (the newest model run wins).
CREATE OR REPLACE VIEW latest_classifications AS
SELECT * EXCLUDE (rank_newest)
FROM (
    SELECT *, row_number() OVER (PARTITION BY platform, native_id ORDER BY classified_at DESC, model_version) AS rank_newest
    FROM classifications
)
WHERE rank_newest = 1;

-- One row per mention: what the comms team queries first.
CREATE OR REPLACE VIEW mentions AS
SELECT
    m.platform, m.native_id, m.source, m.kind, m.published_at, m.url,
    m.author_handle, m.author_name, m.title, m.text, m.language, m.rating, m.deleted,
    c.sentiment, c.negative, c.neutral, c.positive,
    c.model AS sentiment_model, c.model_version,
    m.collected_at, m.first_collected_at, m.author_id, m.in_reply_to, m.query
FROM collected_mentions AS m
LEFT JOIN latest_classifications AS c USING (platform, native_id);

CREATE OR REPLACE VIEW mentions_per_day AS
SELECT CAST(timezone('Europe/London', published_at) AS DATE) AS day, source, platform, count(*) AS mentions,
       count(*) FILTER (WHERE sentiment = 'negative') AS negative,
       count(*) FILTER (WHERE sentiment = 'neutral') AS neutral,
       count(*) FILTER (WHERE sentiment = 'positive') AS positive
FROM mentions
GROUP BY ALL
ORDER BY day, source;

CREATE OR REPLACE VIEW alert_log AS
SELECT a.alert_id, a.created_at, a.reason, a.severity, f.kind, f.platform, f.subject_id, f.summary, f.score,
       e.status AS email_status, e.sent_at, e.subject AS email_subject
FROM alerts AS a
JOIN findings AS f USING (finding_id)
LEFT JOIN emails AS e USING (email_id)
ORDER BY a.created_at DESC;

CREATE OR REPLACE VIEW run_log AS
SELECT r.run_id, r.flow, r.window_since, r.window_until, r.started_at, r.finished_at, r.status,
       r.mentions_collected, r.mentions_new, r.alerts_raised, r.emails_sent,
       list(s.source || ': ' || s.status || coalesce(' (' || s.error || ')', '') ORDER BY s.source) AS sources
FROM runs AS r
LEFT JOIN run_sources AS s USING (run_id)
GROUP BY ALL
ORDER BY r.started_at DESC;
