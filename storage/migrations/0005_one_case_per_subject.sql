-- One case per post (or account, or source-day) holding every finding about it, instead of one case
-- per finding: a review that was negative, a complaint and named a nurse is one piece of work with
-- one owner, not four. The case id is derived from the subject, so emails, the CLI and the web app
-- quote the same id for everything about one post:
--   case_id = left(sha256('case' || chr(31) || subject_type || chr(31) || platform || chr(31) || subject_id), 24)
-- Earlier per-finding case ids keep working through `case_aliases`.
-- Also here: who may sign in to the web app (`users`) and the audit of what each signed-in person did.

-- findings.case_id: derived, so it can never disagree with the finding's subject. DuckDB cannot add a
-- generated column with ALTER TABLE, so the table is rebuilt (positional inserts skip the column).
CREATE TABLE findings_with_case (
    finding_id          VARCHAR PRIMARY KEY,
    kind                VARCHAR NOT NULL,
    subject_type        VARCHAR NOT NULL,
    platform            VARCHAR NOT NULL,
    subject_id          VARCHAR NOT NULL,
    severity            VARCHAR NOT NULL,
    score               DOUBLE,
    summary             VARCHAR NOT NULL,
    evidence            JSON,
    detector            VARCHAR NOT NULL,
    first_detected_at   TIMESTAMPTZ NOT NULL,
    last_detected_at    TIMESTAMPTZ NOT NULL,
    first_run_id        VARCHAR,
    last_run_id         VARCHAR,
    case_id             VARCHAR GENERATED ALWAYS AS (
        left(sha256('case' || chr(31) || subject_type || chr(31) || platform || chr(31) || subject_id), 24)
    ) VIRTUAL
);
INSERT INTO findings_with_case SELECT * FROM findings;
DROP TABLE findings;
ALTER TABLE findings_with_case RENAME TO findings;

-- An alert's case is its finding's case; the per-finding derivation on alerts goes.
DROP VIEW IF EXISTS open_cases;
ALTER TABLE alerts DROP COLUMN case_id;

CREATE TABLE case_aliases (
    old_case_id         VARCHAR PRIMARY KEY,
    case_id             VARCHAR NOT NULL
);
INSERT INTO case_aliases
SELECT c.case_id, f.case_id FROM cases AS c JOIN findings AS f USING (finding_id) WHERE c.case_id <> f.case_id;

-- What a case's findings and subject say about it, recomputed whenever a finding joins (see
-- storage/cases.py). Reach orders cases of equal severity: log10 of the author's followers, log10 of
-- the post's engagement (likes, reposts, replies, votes), plus the weight of the outlet (a news
-- article reaches more people than a review page, which reaches more than a reply).
CREATE VIEW case_facts AS
WITH ranked AS (
    SELECT f.*, CASE f.severity WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END AS severity_rank
    FROM findings AS f
),
per_case AS (
    SELECT case_id, any_value(subject_type) AS subject_type, any_value(platform) AS platform,
           any_value(subject_id) AS subject_id,
           arg_min(finding_id, (severity_rank, first_detected_at, finding_id)) AS finding_id,
           arg_min(kind, (severity_rank, first_detected_at, finding_id)) AS kind,
           arg_min(summary, (severity_rank, first_detected_at, finding_id)) AS summary,
           list_sort(list_distinct(list(kind))) AS kinds,
           min(severity_rank) AS severity_rank
    FROM ranked
    GROUP BY case_id
),
engagement AS (
    SELECT m.platform, m.native_id,
           coalesce(TRY_CAST(json_extract_string(m.raw, '$.public_metrics.like_count') AS BIGINT), 0)
         + coalesce(TRY_CAST(json_extract_string(m.raw, '$.public_metrics.retweet_count') AS BIGINT), 0)
         + coalesce(TRY_CAST(json_extract_string(m.raw, '$.public_metrics.reply_count') AS BIGINT), 0)
         + coalesce(TRY_CAST(json_extract_string(m.raw, '$.public_metrics.quote_count') AS BIGINT), 0)
         + coalesce(TRY_CAST(json_extract_string(m.raw, '$.likeCount') AS BIGINT), 0)
         + coalesce(TRY_CAST(json_extract_string(m.raw, '$.repostCount') AS BIGINT), 0)
         + coalesce(TRY_CAST(json_extract_string(m.raw, '$.replyCount') AS BIGINT), 0)
         + greatest(coalesce(TRY_CAST(json_extract_string(m.raw, '$.score') AS BIGINT), 0), 0)
         + coalesce(TRY_CAST(json_extract_string(m.raw, '$.num_comments') AS BIGINT), 0) AS engagement
    FROM collected_mentions AS m
    WHERE EXISTS (SELECT 1 FROM per_case AS p WHERE p.subject_type = 'mention' AND p.platform = m.platform
                  AND p.subject_id = m.native_id)
)
SELECT p.case_id, p.subject_type, p.platform, p.subject_id, p.finding_id, p.kind, p.kinds,
       list_sort(list_distinct(list_concat(['communications'], list_transform(p.kinds, lambda k: CASE k
           WHEN 'complaint' THEN 'pals'
           WHEN 'staff_named' THEN 'people_experience'
           WHEN 'safeguarding' THEN 'safeguarding'
           WHEN 'patient_identifiers' THEN 'information_governance'
           ELSE 'communications' END)))) AS teams,
       ['urgent', 'high', 'normal', 'low'][p.severity_rank + 1] AS severity,
       CASE
           WHEN m.native_id IS NOT NULL THEN
               CASE WHEN length(trim(coalesce(m.title, ''))) > 0 THEN left(trim(m.title), 120)
                    WHEN length(regexp_replace(trim(m.text), '\s+', ' ', 'g')) > 100
                        THEN left(regexp_replace(trim(m.text), '\s+', ' ', 'g'), 99) || '…'
                    ELSE coalesce(nullif(regexp_replace(trim(m.text), '\s+', ' ', 'g'), ''), p.summary) END
           WHEN acc.account_id IS NOT NULL THEN
               '@' || coalesce(acc.handle, acc.account_id) || coalesce(' (' || acc.display_name || ')', '')
           ELSE p.summary
       END AS title,
       coalesce(author.followers, acc.followers) AS followers,
       e.engagement,
       round(log10(1 + coalesce(author.followers, acc.followers, 0)) + log10(1 + coalesce(e.engagement, 0))
             + CASE m.kind WHEN 'article' THEN 3 WHEN 'review' THEN 1 WHEN 'post' THEN 0.5 ELSE 0 END, 3) AS reach
FROM per_case AS p
LEFT JOIN collected_mentions AS m
       ON p.subject_type = 'mention' AND m.platform = p.platform AND m.native_id = p.subject_id
LEFT JOIN engagement AS e ON e.platform = m.platform AND e.native_id = m.native_id
LEFT JOIN accounts AS author ON author.platform = m.platform AND author.account_id = m.author_id
LEFT JOIN accounts AS acc
       ON p.subject_type = 'account' AND acc.platform = p.platform AND acc.account_id = p.subject_id;

CREATE TABLE subject_cases (
    case_id             VARCHAR PRIMARY KEY,
    subject_type        VARCHAR NOT NULL,
    platform            VARCHAR NOT NULL,
    subject_id          VARCHAR NOT NULL,
    -- The most severe finding (earliest first among equals): what the case is mainly about.
    finding_id          VARCHAR NOT NULL,
    kind                VARCHAR NOT NULL,
    kinds               VARCHAR[] NOT NULL,
    -- Who the case is for: communications always, plus PALS, People Experience, safeguarding, IG.
    teams               VARCHAR[] NOT NULL,
    status              VARCHAR NOT NULL CHECK (status IN ('open', 'acknowledged', 'resolved')),
    severity            VARCHAR NOT NULL CHECK (severity IN ('urgent', 'high', 'normal', 'low')),
    title               VARCHAR NOT NULL,
    owner               VARCHAR,
    due_at              TIMESTAMPTZ NOT NULL,
    followers           BIGINT,
    engagement          BIGINT,
    reach               DOUBLE NOT NULL,
    opened_at           TIMESTAMPTZ NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL,
    acknowledged_at     TIMESTAMPTZ,
    acknowledged_by     VARCHAR,
    resolved_at         TIMESTAMPTZ,
    resolved_by         VARCHAR,
    opened_run_id       VARCHAR
);

-- Old cases of one subject merge: open if any was open, else acknowledged if any was, else resolved.
INSERT INTO subject_cases
SELECT f.case_id, any_value(facts.subject_type), any_value(facts.platform), any_value(facts.subject_id),
       any_value(facts.finding_id), any_value(facts.kind), any_value(facts.kinds), any_value(facts.teams),
       CASE WHEN bool_or(c.status = 'open') THEN 'open'
            WHEN bool_or(c.status = 'acknowledged') THEN 'acknowledged' ELSE 'resolved' END,
       any_value(facts.severity), any_value(facts.title), NULL,
       min(c.opened_at) + CASE any_value(facts.severity)
           WHEN 'urgent' THEN INTERVAL 4 HOUR WHEN 'high' THEN INTERVAL 1 DAY
           WHEN 'normal' THEN INTERVAL 3 DAY ELSE INTERVAL 7 DAY END,
       any_value(facts.followers), any_value(facts.engagement), any_value(facts.reach),
       min(c.opened_at), max(c.updated_at),
       max(c.acknowledged_at), arg_max(c.acknowledged_by, c.acknowledged_at),
       CASE WHEN bool_and(c.status = 'resolved') THEN max(c.resolved_at) END,
       CASE WHEN bool_and(c.status = 'resolved') THEN arg_max(c.resolved_by, c.resolved_at) END,
       arg_min(c.opened_run_id, c.opened_at)
FROM cases AS c
JOIN findings AS f USING (finding_id)
JOIN case_facts AS facts ON facts.case_id = f.case_id
GROUP BY f.case_id;

UPDATE case_events SET case_id = a.case_id FROM case_aliases AS a WHERE case_events.case_id = a.old_case_id;
UPDATE takedowns SET case_id = a.case_id FROM case_aliases AS a WHERE takedowns.case_id = a.old_case_id;

INSERT INTO case_events (case_id, event_at, actor, action, note)
SELECT case_id, now(), 'trustwatch', 'merged',
       'one case per subject: earlier case ids ' || string_agg(old_case_id, ', ' ORDER BY old_case_id) || ' now lead here'
FROM case_aliases
GROUP BY case_id;

DROP VIEW IF EXISTS takedown_outcomes;
DROP VIEW IF EXISTS staff_cases;
DROP TABLE cases;
ALTER TABLE subject_cases RENAME TO cases;

-- Who may sign in. A password hash (argon2id) for local accounts; single sign-on accounts are matched
-- by their directory object id (`sso_subject`) or, on first sign-in, by email. Disabled accounts are
-- kept, never deleted, so the audit trail keeps naming real people.
CREATE TABLE users (
    username            VARCHAR PRIMARY KEY,
    display_name        VARCHAR NOT NULL,
    email               VARCHAR,
    role                VARCHAR NOT NULL
        CHECK (role IN ('viewer', 'officer', 'safeguarding', 'information_governance', 'admin')),
    password_hash       VARCHAR,
    sso_subject         VARCHAR UNIQUE,
    disabled            BOOLEAN NOT NULL DEFAULT false,
    created_at          TIMESTAMPTZ NOT NULL,
    created_by          VARCHAR NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL,
    last_sign_in_at     TIMESTAMPTZ
);

-- Append-only: every sign-in (and failed attempt), every change, every export and every view of
-- unmasked patient identifiers, with the signed-in user who did it.
CREATE SEQUENCE audit_numbers START 1;

CREATE TABLE audit_log (
    event_number        BIGINT NOT NULL DEFAULT nextval('audit_numbers'),
    event_at            TIMESTAMPTZ NOT NULL,
    username            VARCHAR NOT NULL,
    action              VARCHAR NOT NULL,
    target              VARCHAR,
    detail              VARCHAR,
    client              VARCHAR,
    -- Set when the action was taken while a run held the database and applied afterwards.
    action_id           VARCHAR UNIQUE
);

CREATE VIEW open_cases AS
SELECT c.case_id, c.status, c.severity, c.kind, c.kinds, c.title, c.platform, c.subject_type, c.subject_id,
       c.owner, c.due_at, c.reach, c.opened_at, c.updated_at, date_diff('day', c.opened_at, now()) AS days_open,
       c.acknowledged_by, c.acknowledged_at,
       (SELECT count(*) FROM alerts AS a JOIN findings AS f USING (finding_id) WHERE f.case_id = c.case_id) AS alerts,
       (SELECT string_agg(t.status, ', ' ORDER BY t.drafted_at) FROM takedowns AS t WHERE t.case_id = c.case_id)
           AS takedowns,
       coalesce(m.url, acc.url) AS subject_url
FROM cases AS c
LEFT JOIN collected_mentions AS m
       ON c.subject_type = 'mention' AND m.platform = c.platform AND m.native_id = c.subject_id
LEFT JOIN accounts AS acc
       ON c.subject_type = 'account' AND acc.platform = c.platform AND acc.account_id = c.subject_id
WHERE c.status <> 'resolved'
ORDER BY CASE c.severity WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END, c.reach DESC,
         c.opened_at;

CREATE VIEW takedown_outcomes AS
SELECT t.takedown_id, t.case_id, t.platform, t.subject_type, t.subject_id, t.subject_url, t.reason, t.status,
       t.drafted_at, t.requested_at, t.requested_by, t.platform_reference, t.decided_at, t.decided_by,
       round(epoch(t.decided_at - t.requested_at) / 86400, 1) AS days_to_decision,
       CASE WHEN t.status = 'requested' THEN round(epoch(now() - t.requested_at) / 86400, 1) END AS days_waiting,
       t.last_checked_at, t.last_check_result, t.reminders_sent, c.status AS case_status
FROM takedowns AS t
JOIN cases AS c USING (case_id)
ORDER BY t.drafted_at DESC;

CREATE VIEW staff_cases AS
SELECT c.case_id, c.status, c.severity, c.title, c.platform, c.subject_id, c.opened_at, c.updated_at,
       c.resolved_at, c.resolved_by, f.score, f.evidence, m.source, m.url, m.published_at
FROM cases AS c
JOIN findings AS f ON f.case_id = c.case_id AND f.kind = 'staff_named'
LEFT JOIN collected_mentions AS m
       ON c.subject_type = 'mention' AND m.platform = c.platform AND m.native_id = c.subject_id
ORDER BY c.opened_at DESC;
