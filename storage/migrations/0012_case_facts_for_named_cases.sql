-- What a case's findings and subject say about it, recomputed whenever a finding joins (see
-- storage/cases.py), for the cases in `case_ids` (a list; NULL for every case). Reach orders cases of
-- equal severity: log10 of the author's followers, log10 of the post's engagement (likes, reposts,
-- replies, votes), plus the weight of the outlet (a news article reaches more people than a review
-- page, which reaches more than a reply). Filing a run's alerts reads only the cases it touches: the
-- same query over every finding, filtered afterwards, cost a backfill more the more it had filed.
CREATE OR REPLACE MACRO case_facts_for(case_ids) AS TABLE
WITH ranked AS (
    SELECT f.*, CASE f.severity WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END AS severity_rank
    FROM findings AS f
    WHERE case_ids IS NULL OR list_contains(case_ids, f.case_id)
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

-- Every case's facts, as migration 0005 defined them.
CREATE OR REPLACE VIEW case_facts AS SELECT * FROM case_facts_for(CAST(NULL AS VARCHAR[]));
