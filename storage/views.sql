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
    m.collected_at, m.first_collected_at, m.author_id, m.in_reply_to, m.query,
    -- The risk heads' probabilities (NULL when the model has no such head); `extras` keeps the full output.
    greatest(
        TRY_CAST(json_extract_string(c.extras, '$.abuse.scores.offensive') AS DOUBLE),
        TRY_CAST(json_extract_string(c.extras, '$.abuse.scores.hate') AS DOUBLE)
    ) AS abuse_score,
    TRY_CAST(json_extract_string(c.extras, '$.complaint.scores.complaint') AS DOUBLE) AS complaint_score,
    TRY_CAST(json_extract_string(c.extras, '$.safeguarding.scores.safeguarding') AS DOUBLE) AS safeguarding_score,
    c.extras
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

-- Daily share of classified mentions by sentiment (London days): the sentiment trend.
CREATE OR REPLACE VIEW sentiment_trend AS
SELECT CAST(timezone('Europe/London', published_at) AS DATE) AS day,
       count(*) AS mentions,
       count(sentiment) AS classified,
       round(count(*) FILTER (WHERE sentiment = 'negative') / nullif(count(sentiment), 0), 3) AS negative_share,
       round(count(*) FILTER (WHERE sentiment = 'neutral') / nullif(count(sentiment), 0), 3) AS neutral_share,
       round(count(*) FILTER (WHERE sentiment = 'positive') / nullif(count(sentiment), 0), 3) AS positive_share
FROM mentions
GROUP BY ALL
ORDER BY day;

-- Mentions per Monday-Sunday London week, with the week before and the share negative.
CREATE OR REPLACE VIEW mentions_per_week AS
SELECT week_starting, mentions,
       lag(mentions) OVER (ORDER BY week_starting) AS mentions_week_before,
       negative_share
FROM (
    SELECT CAST(date_trunc('week', CAST(timezone('Europe/London', published_at) AS DATE)) AS DATE) AS week_starting,
           count(*) AS mentions,
           round(count(*) FILTER (WHERE sentiment = 'negative') / nullif(count(sentiment), 0), 3) AS negative_share
    FROM mentions
    GROUP BY ALL
)
ORDER BY week_starting;

-- Positive posts naming staff, newest first: who was praised, where, and the post.
CREATE OR REPLACE VIEW staff_praise AS
SELECT f.finding_id, m.published_at, m.source, m.platform, m.url,
       CAST(json_extract(f.evidence, '$.staff_ids') AS VARCHAR[]) AS staff_ids,
       json_extract(f.evidence, '$.surface') AS surface,
       m.text
FROM findings AS f
JOIN mentions AS m ON f.subject_type = 'mention' AND m.platform = f.platform AND m.native_id = f.subject_id
WHERE f.kind = 'staff_praise'
ORDER BY m.published_at DESC;

-- Runs per source per London week: how many, how many failed, and the last failure.
CREATE OR REPLACE VIEW source_health AS
SELECT CAST(date_trunc('week', CAST(timezone('Europe/London', r.started_at) AS DATE)) AS DATE) AS week_starting,
       s.source, count(*) AS runs,
       count(*) FILTER (WHERE s.status <> 'complete') AS failures,
       sum(s.mentions) AS mentions_collected,
       arg_max(s.status, s.finished_at) FILTER (WHERE s.status <> 'complete') AS last_failure
FROM run_sources AS s
JOIN runs AS r USING (run_id)
GROUP BY ALL
ORDER BY week_starting DESC, failures DESC, s.source;
