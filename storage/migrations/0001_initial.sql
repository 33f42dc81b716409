-- Initial schema. Times are TIMESTAMPTZ (UTC); raw platform payloads are kept as JSON next to the
-- mapped columns so a mapping bug can be fixed and re-derived without re-collecting.

CREATE TABLE collected_mentions (
    platform            VARCHAR NOT NULL,
    native_id           VARCHAR NOT NULL,
    source              VARCHAR NOT NULL,
    kind                VARCHAR NOT NULL,
    url                 VARCHAR,
    author_id           VARCHAR,
    author_handle       VARCHAR,
    author_name         VARCHAR,
    title               VARCHAR,
    text                VARCHAR NOT NULL,
    language            VARCHAR,
    published_at        TIMESTAMPTZ NOT NULL,
    collected_at        TIMESTAMPTZ NOT NULL,
    first_collected_at  TIMESTAMPTZ NOT NULL,
    query               VARCHAR,
    in_reply_to         VARCHAR,
    rating              DOUBLE,
    deleted             BOOLEAN NOT NULL,
    raw                 JSON,
    first_run_id        VARCHAR,
    last_run_id         VARCHAR,
    PRIMARY KEY (platform, native_id)
);

CREATE TABLE accounts (
    platform            VARCHAR NOT NULL,
    account_id          VARCHAR NOT NULL,
    handle              VARCHAR,
    display_name        VARCHAR,
    description         VARCHAR,
    created_at          TIMESTAMPTZ,
    followers           BIGINT,
    following           BIGINT,
    verified            BOOLEAN,
    profile_image_url   VARCHAR,
    url                 VARCHAR,
    raw                 JSON,
    first_seen_at       TIMESTAMPTZ NOT NULL,
    last_seen_at        TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (platform, account_id)
);

-- One row per mention and model version: a re-classification by a new model adds rows instead of
-- overwriting, so every figure can be traced to the model that produced it.
CREATE TABLE classifications (
    platform            VARCHAR NOT NULL,
    native_id           VARCHAR NOT NULL,
    model               VARCHAR NOT NULL,
    model_version       VARCHAR NOT NULL,
    sentiment           VARCHAR NOT NULL,
    negative            DOUBLE NOT NULL,
    neutral             DOUBLE NOT NULL,
    positive            DOUBLE NOT NULL,
    extras              JSON,
    classified_at       TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (platform, native_id, model, model_version)
);

CREATE TABLE findings (
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
    last_run_id         VARCHAR
);

-- An email is stored before it is sent: if SMTP is down it stays queued and the next run sends it,
-- so nothing is lost and, because sending marks it sent, nothing is sent twice.
CREATE TABLE emails (
    email_id            VARCHAR PRIMARY KEY,
    message_id          VARCHAR NOT NULL,
    subject             VARCHAR NOT NULL,
    recipients          VARCHAR[] NOT NULL,
    message             BLOB NOT NULL,
    status              VARCHAR NOT NULL,  -- queued | sent
    created_at          TIMESTAMPTZ NOT NULL,
    sent_at             TIMESTAMPTZ,
    attempts            INTEGER NOT NULL,
    last_error          VARCHAR,
    run_id              VARCHAR
);

CREATE TABLE alerts (
    alert_id            VARCHAR PRIMARY KEY,
    finding_id          VARCHAR NOT NULL,
    reason              VARCHAR NOT NULL,
    severity            VARCHAR NOT NULL,
    recipients          VARCHAR[] NOT NULL,
    created_at          TIMESTAMPTZ NOT NULL,
    run_id              VARCHAR,
    email_id            VARCHAR
);

CREATE TABLE runs (
    run_id              VARCHAR PRIMARY KEY,
    flow                VARCHAR NOT NULL,
    window_since        TIMESTAMPTZ NOT NULL,
    window_until        TIMESTAMPTZ NOT NULL,
    started_at          TIMESTAMPTZ NOT NULL,
    finished_at         TIMESTAMPTZ,
    status              VARCHAR NOT NULL,  -- running | complete | partial | failed
    mentions_collected  INTEGER,
    mentions_new        INTEGER,
    alerts_raised       INTEGER,
    emails_sent         INTEGER,
    error               VARCHAR
);

CREATE TABLE run_sources (
    run_id              VARCHAR NOT NULL,
    source              VARCHAR NOT NULL,
    source_type         VARCHAR NOT NULL,
    status              VARCHAR NOT NULL,  -- complete | failed | quota_exhausted
    mentions            INTEGER NOT NULL,
    mentions_new        INTEGER NOT NULL,
    accounts            INTEGER NOT NULL,
    error               VARCHAR,
    error_kind          VARCHAR,
    finished_at         TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (run_id, source)
);

CREATE TABLE cursors (
    source              VARCHAR PRIMARY KEY,
    state               JSON NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL,
    run_id              VARCHAR
);
