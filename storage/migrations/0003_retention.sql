-- Retention: every purge leaves an audit row saying who ran it, when, under which policy, and how
-- many rows it deleted from each table. Dry runs delete nothing and leave no row. Purges never
-- delete from this table or from `exports`: together they are the record of what personal data
-- left the database, and how.

CREATE TABLE purges (
    purge_id            VARCHAR PRIMARY KEY,
    purged_by           VARCHAR NOT NULL,
    purged_at           TIMESTAMPTZ NOT NULL,
    -- The cut-offs the policy gave at `purged_at`: rows older than these were eligible.
    mentions_before     TIMESTAMPTZ NOT NULL,
    accounts_before     TIMESTAMPTZ NOT NULL,
    emails_before       TIMESTAMPTZ NOT NULL,
    cases_resolved_before TIMESTAMPTZ NOT NULL,
    -- The [retention] settings in force, as JSON (months and years, not just the dates above).
    policy              JSON NOT NULL,
    -- Table name → rows deleted, e.g. rows_deleted['collected_mentions'].
    rows_deleted        MAP(VARCHAR, BIGINT) NOT NULL,
    flow_run_id         VARCHAR
);

-- One place to answer "who took personal data out of, or deleted it from, TrustWatch, and when".
CREATE VIEW data_audit_log AS
SELECT exported_at AS happened_at, 'export' AS action, exported_by AS actor,
       format('{} rows from {} to {} written to {} as {} (pseudonym key {}{})', rows,
              strftime(window_since, '%Y-%m-%d %H:%M'), strftime(window_until, '%Y-%m-%d %H:%M'), file, format,
              key_id, CASE WHEN staff_names_redacted THEN '; staff names redacted' ELSE '' END) AS detail,
       export_id AS reference
FROM exports
UNION ALL
SELECT purged_at, 'purge', purged_by,
       format('{} rows deleted ({}); mentions before {}, cases resolved before {}',
              list_sum(map_values(rows_deleted)),
              array_to_string(list_transform(map_entries(rows_deleted), lambda e: e.key || ' ' || e.value), ', '),
              strftime(mentions_before, '%Y-%m-%d'), strftime(cases_resolved_before, '%Y-%m-%d')),
       purge_id
FROM purges
ORDER BY happened_at DESC;
