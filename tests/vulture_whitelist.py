"""Names the dead-code check (vulture) cannot see being used: frameworks call them, templates read them.

Pydantic calls validators and reads `model_config`; Typer registers commands by decorator; Prefect
runs flows named in deployments/prefect.yaml; Jinja templates read dataclass fields; httpx calls a
transport's `handle_request`. Anything else vulture reports is dead and should go.
"""

# ruff: noqa: B018, F821
# mypy: ignore-errors
_ = object()

# Fields the email and report templates read.
emails_queued  # alerts/dispatch.py DispatchResult
severity_colour, time_london, time_utc, link_withheld  # alerts/email.py AlertItem
ages, oldest_days, last_failure, key_points, other_mentions  # alerts/report
_.open_total  # alerts/report/model.py CaseSummary, read by report.html.j2
post_url  # alerts/staff_actions.py
policy_url, account_handle  # alerts/takedown.py
notes  # classifiers/approved_accounts.py register row
purged_at  # storage/retention.py PurgeReport
updated_at  # trustwatch/records.py
PARQUET  # alerts/export.py ExportFormat member, chosen by name on the command line

# requests' own attribute, set by the X client's replay adapter; pydantic calls the platform validator.
_._content  # connectors/x/client.py _ReplayAdapter
_known_platforms  # trustwatch/settings.py TrustProfile
_a_size  # trustwatch/settings.py StorageSettings

# Called by tests to build fixtures, part of the public API.
profile_image_hash  # classifiers/impersonation/images.py
_.save  # classifiers/model.py HeadSet.save, used by training/finetune.py
_.schema_version  # storage/store.py
RedditRetryPolicy  # connectors/reddit/client.py

# Typer commands.
alerts_list, alerts_show, alerts_ack, alerts_resolve  # cli/casework.py
takedowns_list, takedowns_requested, takedowns_removed, takedowns_refused, takedowns_expired  # cli/casework.py
scan_staff  # cli/main.py

# Prefect flows run from deployments/prefect.yaml.
takedown_recheck, weekly_report, retention_purge

# httpx and pydantic hooks.
_.handle_request  # connectors/_http.py ReplayTransport
model_config, _.model_post_init, __context, settings_cls, dotenv_settings, file_secret_settings
_._one_or_many, _._has_queries, _._valid_services, _._valid_locations, _._valid_ods_codes
_._valid_review_pages, _._has_something_to_read, _._valid_subreddits, _._http_urls, _._non_blank_terms
_._queries_fit, _._addresses, _._looks_like_address, _._compiles, _._unique_source_names, _._review_below_urgent
_._registered_number, _._bare_domains  # trustwatch/settings.py Affiliate
_.settings_customise_sources, _._storable_input  # trustwatch/records.py Record
_._valid_hashtags, _._valid_accounts, _._something_to_read, _._clean_tags, _._has_searches, _._consistent
TRUST  # trustwatch/records.py SubjectType member
exc  # storage/store.py __exit__ signature

# Attributes set for a library to read.
_.RequestHandlerClass  # bench/backfill.py: http.server reads the handler class
_.requires_grad  # training/finetune.py: torch reads it
_.fp  # evals/staff.py Counts, printed as a whole

# training.real_text: the labelled real text the training and evaluation scripts read.
complaint, safeguarding, sg_kind, team, tone, unsure, places, _.names_staff, load_risk, load_staff
# The web app: FastAPI registers routes and exception handlers by decorator, Starlette calls dispatch,
# Typer registers the users commands, pydantic calls validators.
_sign_in, _http_error, sign_in_page, sign_in, sso_begin, sso_callback, sign_out, home  # web/app.py
acknowledge_selected, case_page, dashboard, report_file  # web/app.py
_.dispatch  # web/security.py SecurityHeaders
users_add, users_disable, users_enable, users_list  # cli/web.py
_https_or_loopback, _absolute  # trustwatch/settings.py
case_of  # storage/cases.py, for tests and callers holding a Finding
_.tone  # training/real_text.py PersonMention: labelled for every staff mention, not read by a model yet
_.unsure  # training/real_text.py PersonMention: the labeller's doubt, kept with the label
