-- Durable detection and delivery.
--
-- A mention is detected once: `detected_mentions` records that its findings, alerts and cases were
-- stored. A run killed after landing leaves mentions without a row here, and the next run detects
-- them, so no landed mention is ever skipped.
CREATE TABLE detected_mentions (
    platform            VARCHAR NOT NULL,
    native_id           VARCHAR NOT NULL,
    detected_at         TIMESTAMPTZ NOT NULL,
    run_id              VARCHAR,
    PRIMARY KEY (platform, native_id)
);

-- Everything already in a database when this migration runs was detected by the run that landed it.
INSERT INTO detected_mentions
SELECT platform, native_id, collected_at, last_run_id FROM collected_mentions;

-- Each recipient of each email is delivered, retried or dead-lettered on its own, so one refused
-- address never holds back another's email.
CREATE TABLE email_deliveries (
    email_id            VARCHAR NOT NULL,
    recipient           VARCHAR NOT NULL,
    status              VARCHAR NOT NULL CHECK (status IN ('queued', 'sending', 'sent', 'dead')),
    attempts            INTEGER NOT NULL,
    last_error          VARCHAR,
    next_attempt_at     TIMESTAMPTZ,
    sent_at             TIMESTAMPTZ,
    reported_at         TIMESTAMPTZ,  -- when the team was told a dead delivery could not be made
    PRIMARY KEY (email_id, recipient)
);

INSERT INTO email_deliveries (email_id, recipient, status, attempts, last_error, next_attempt_at, sent_at)
SELECT e.email_id, r.recipient, CASE WHEN e.status = 'sent' THEN 'sent' ELSE 'queued' END, e.attempts, e.last_error,
       NULL, e.sent_at
FROM emails AS e, unnest(e.recipients) AS r(recipient);

-- Urgent emails go first whatever their age: 0 urgent, 1 everything else.
ALTER TABLE emails ADD COLUMN priority INTEGER DEFAULT 1;

-- The window each source covered in a run: a catch-up run covers more than the scheduled day for a
-- source that missed one, and coverage is computed from these.
ALTER TABLE run_sources ADD COLUMN window_since TIMESTAMPTZ;
ALTER TABLE run_sources ADD COLUMN window_until TIMESTAMPTZ;
UPDATE run_sources SET window_since = r.window_since, window_until = r.window_until
FROM runs AS r WHERE r.run_id = run_sources.run_id;
