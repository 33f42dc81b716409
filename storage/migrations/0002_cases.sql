-- Casework: every alert belongs to a case (one case per finding), each case keeps an audit trail of
-- who changed what, takedown requests follow drafted → requested → removed | refused | expired, and
-- every export leaves an audit row. Ids follow trustwatch.records.stable_id:
-- case_id = left(sha256('case' || chr(31) || finding_id), 24).

CREATE TABLE cases (
    case_id             VARCHAR PRIMARY KEY,
    finding_id          VARCHAR NOT NULL,
    kind                VARCHAR NOT NULL,
    status              VARCHAR NOT NULL CHECK (status IN ('open', 'acknowledged', 'resolved')),
    severity            VARCHAR NOT NULL,
    title               VARCHAR NOT NULL,
    platform            VARCHAR NOT NULL,
    subject_type        VARCHAR NOT NULL,
    subject_id          VARCHAR NOT NULL,
    opened_at           TIMESTAMPTZ NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL,
    acknowledged_at     TIMESTAMPTZ,
    acknowledged_by     VARCHAR,
    resolved_at         TIMESTAMPTZ,
    resolved_by         VARCHAR,
    opened_run_id       VARCHAR
);

-- Append-only: rows are never updated or deleted, so the trail is the history.
CREATE SEQUENCE case_event_numbers START 1;

CREATE TABLE case_events (
    event_number        BIGINT NOT NULL DEFAULT nextval('case_event_numbers'),
    case_id             VARCHAR NOT NULL,
    event_at            TIMESTAMPTZ NOT NULL,  -- "at" is a reserved word in DuckDB 2
    actor               VARCHAR NOT NULL,
    action              VARCHAR NOT NULL,
    from_status         VARCHAR,
    to_status           VARCHAR,
    note                VARCHAR,
    alert_id            VARCHAR,
    takedown_id         VARCHAR
);

CREATE TABLE takedowns (
    takedown_id         VARCHAR PRIMARY KEY,
    case_id             VARCHAR NOT NULL,
    finding_id          VARCHAR NOT NULL,
    platform            VARCHAR NOT NULL,
    subject_type        VARCHAR NOT NULL,
    subject_id          VARCHAR NOT NULL,
    subject_url         VARCHAR,
    reason              VARCHAR NOT NULL,
    status              VARCHAR NOT NULL CHECK (status IN ('drafted', 'requested', 'removed', 'refused', 'expired')),
    drafted_at          TIMESTAMPTZ NOT NULL,
    drafted_by          VARCHAR NOT NULL,
    requested_at        TIMESTAMPTZ,
    requested_by        VARCHAR,
    platform_reference  VARCHAR,
    decided_at          TIMESTAMPTZ,
    decided_by          VARCHAR,
    decision_note       VARCHAR,
    last_checked_at     TIMESTAMPTZ,
    last_check_result   VARCHAR,
    reminder_sent_at    TIMESTAMPTZ,
    reminders_sent      INTEGER NOT NULL DEFAULT 0,
    form_url            VARCHAR,
    report_text         VARCHAR,
    evidence            JSON,
    updated_at          TIMESTAMPTZ NOT NULL
);

CREATE TABLE exports (
    export_id           VARCHAR PRIMARY KEY,
    exported_by         VARCHAR NOT NULL,
    exported_at         TIMESTAMPTZ NOT NULL,
    window_since        TIMESTAMPTZ NOT NULL,
    window_until        TIMESTAMPTZ NOT NULL,
    format              VARCHAR NOT NULL,
    file                VARCHAR NOT NULL,
    rows                BIGINT NOT NULL,
    -- Which pseudonym key was used (an HMAC of a fixed label, not the key), so two exports can be
    -- told apart as linkable or not without the key ever being stored.
    key_id              VARCHAR NOT NULL,
    staff_names_redacted BOOLEAN NOT NULL
);

-- alerts.case_id: DuckDB cannot add a generated column with ALTER TABLE, and a plain added column
-- would break the positional INSERT in Store.queue_alerts, so the table is rebuilt with case_id
-- derived from finding_id. It can never disagree with the case the alert belongs to.
CREATE TABLE alerts_with_case (
    alert_id            VARCHAR PRIMARY KEY,
    finding_id          VARCHAR NOT NULL,
    reason              VARCHAR NOT NULL,
    severity            VARCHAR NOT NULL,
    recipients          VARCHAR[] NOT NULL,
    created_at          TIMESTAMPTZ NOT NULL,
    run_id              VARCHAR,
    email_id            VARCHAR,
    case_id             VARCHAR GENERATED ALWAYS AS (left(sha256('case' || chr(31) || finding_id), 24)) VIRTUAL
);
INSERT INTO alerts_with_case
SELECT alert_id, finding_id, reason, severity, recipients, created_at, run_id, email_id FROM alerts;
DROP TABLE alerts;
ALTER TABLE alerts_with_case RENAME TO alerts;

-- Alerts raised before casework existed get their case now, so every alert belongs to one.
INSERT INTO cases
SELECT left(sha256('case' || chr(31) || f.finding_id), 24), f.finding_id, f.kind, 'open', f.severity, f.summary,
       f.platform, f.subject_type, f.subject_id, min(a.created_at), min(a.created_at), NULL, NULL, NULL, NULL,
       arg_min(a.run_id, a.created_at)
FROM findings AS f
JOIN alerts AS a USING (finding_id)
GROUP BY ALL;

INSERT INTO case_events (case_id, event_at, actor, action, from_status, to_status, note)
SELECT case_id, opened_at, 'trustwatch', 'opened', NULL, 'open', 'case opened for alerts raised before casework'
FROM cases;

CREATE VIEW open_cases AS
SELECT c.case_id, c.status, c.severity, c.kind, c.title, c.platform, c.subject_type, c.subject_id,
       c.opened_at, c.updated_at, date_diff('day', c.opened_at, now()) AS days_open,
       c.acknowledged_by, c.acknowledged_at,
       (SELECT count(*) FROM alerts AS a WHERE a.case_id = c.case_id) AS alerts,
       (SELECT string_agg(t.status, ', ' ORDER BY t.drafted_at) FROM takedowns AS t WHERE t.case_id = c.case_id)
           AS takedowns,
       coalesce(m.url, acc.url) AS subject_url
FROM cases AS c
LEFT JOIN collected_mentions AS m
       ON c.subject_type = 'mention' AND m.platform = c.platform AND m.native_id = c.subject_id
LEFT JOIN accounts AS acc
       ON c.subject_type = 'account' AND acc.platform = c.platform AND acc.account_id = c.subject_id
WHERE c.status <> 'resolved'
ORDER BY CASE c.severity WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END, c.opened_at;

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
JOIN findings AS f USING (finding_id)
LEFT JOIN collected_mentions AS m
       ON c.subject_type = 'mention' AND m.platform = c.platform AND m.native_id = c.subject_id
WHERE c.kind = 'staff_named'
ORDER BY c.opened_at DESC;
