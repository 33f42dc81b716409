"""deployments/prefect.yaml: every deployment loads, names a flow, parses, and fits its flow's signature."""

from __future__ import annotations

import asyncio
import inspect
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, available_timezones

import pytest
import yaml  # type: ignore[import-untyped]
from prefect.client.schemas.schedules import CronSchedule
from prefect.flows import Flow, load_flow_from_entrypoint
from prefect.server.schemas.schedules import CronSchedule as ServerCronSchedule

REPO = Path(__file__).resolve().parents[2]
PREFECT_YAML = REPO / "deployments" / "prefect.yaml"
DOCUMENT = yaml.safe_load(PREFECT_YAML.read_text(encoding="utf-8"))
DEPLOYMENTS: list[dict[str, Any]] = DOCUMENT["deployments"]
IDS = [entry["name"] for entry in DEPLOYMENTS]
LONDON = ZoneInfo("Europe/London")


def flow_of(entry: dict[str, Any]) -> Flow[..., Any]:
    flow: Flow[..., Any] = load_flow_from_entrypoint(entry["entrypoint"], use_placeholder_flow=False)
    return flow


def by_name(name: str) -> dict[str, Any]:
    return next(entry for entry in DEPLOYMENTS if entry["name"] == name)


def next_runs(schedule: dict[str, Any], after: datetime, n: int = 1) -> list[datetime]:
    """When the Prefect server would schedule runs, using the server's own schedule code."""
    server = ServerCronSchedule(cron=schedule["cron"], timezone=schedule["timezone"])
    return [date.astimezone(LONDON) for date in asyncio.run(server.get_dates(n=n, start=after))]


@pytest.mark.parametrize("entry", DEPLOYMENTS, ids=IDS)
def test_every_entrypoint_imports_and_names_a_flow(entry: dict[str, Any]) -> None:
    assert isinstance(flow_of(entry), Flow)


@pytest.mark.parametrize("entry", DEPLOYMENTS, ids=IDS)
def test_every_parameter_is_one_the_flow_takes(entry: dict[str, Any]) -> None:
    accepted = set(inspect.signature(flow_of(entry).fn).parameters)
    given = set(entry.get("parameters") or {})
    for schedule in entry.get("schedules") or []:
        given |= set(schedule.get("parameters") or {})
    assert given <= accepted, f"{entry['name']}: {sorted(given - accepted)} not in {entry['entrypoint']}"
    assert "config_path" in given, "every deployment names its config file"


@pytest.mark.parametrize("entry", DEPLOYMENTS, ids=IDS)
def test_scheduled_deployments_give_every_required_parameter(entry: dict[str, Any]) -> None:
    if not entry.get("schedules"):
        return
    signature = inspect.signature(flow_of(entry).fn)
    required = {name for name, p in signature.parameters.items() if p.default is inspect.Parameter.empty}
    assert required <= set(entry.get("parameters") or {})


@pytest.mark.parametrize("entry", DEPLOYMENTS, ids=IDS)
def test_every_schedule_is_a_valid_cron_in_a_real_time_zone(entry: dict[str, Any]) -> None:
    for schedule in entry.get("schedules") or []:
        assert schedule["timezone"] in available_timezones()
        CronSchedule(cron=schedule["cron"], timezone=schedule["timezone"])


@pytest.mark.parametrize("entry", DEPLOYMENTS, ids=IDS)
def test_every_deployment_runs_on_the_trustwatch_pool_one_run_at_a_time(entry: dict[str, Any]) -> None:
    assert entry["work_pool"]["name"] == "trustwatch"
    assert entry["concurrency_limit"] == 1


def test_deployment_names_are_unique_per_flow() -> None:
    pairs = [(flow_of(entry).name, entry["name"]) for entry in DEPLOYMENTS]
    assert len(set(pairs)) == len(pairs)


def test_the_flows_the_issue_asks_for_are_all_deployed() -> None:
    assert {flow_of(entry).name for entry in DEPLOYMENTS} == {
        "daily-monitor",
        "backfill",
        "weekly-report",
        "takedown-recheck",
        "retention-purge",
    }


@pytest.mark.parametrize(
    ("after", "utc_hour"),
    [(datetime(2026, 1, 10, tzinfo=UTC), 6), (datetime(2026, 7, 10, tzinfo=UTC), 5)],
    ids=["in winter 06:00 London is 06:00 UTC", "in summer 06:00 London is 05:00 UTC"],
)
def test_the_daily_monitor_runs_at_six_london_time_all_year(after: datetime, utc_hour: int) -> None:
    [run] = next_runs(by_name("daily")["schedules"][0], after)
    assert (run.hour, run.minute) == (6, 0)
    assert run.astimezone(UTC).hour == utc_hour


def test_the_daily_monitor_runs_once_on_each_clock_change_day() -> None:
    runs = next_runs(by_name("daily")["schedules"][0], datetime(2026, 3, 28, tzinfo=UTC), n=3)
    assert [run.date().isoformat() for run in runs] == ["2026-03-28", "2026-03-29", "2026-03-30"]
    assert all((run.hour, run.minute) == (6, 0) for run in runs)


def test_the_weekly_report_runs_on_monday_after_the_daily_monitor() -> None:
    [report] = next_runs(by_name("weekly")["schedules"][0], datetime(2026, 11, 18, tzinfo=UTC))
    [monitor] = next_runs(by_name("daily")["schedules"][0], datetime(2026, 11, 23, tzinfo=UTC))
    assert report.weekday() == 0 and report > monitor


def test_the_urgent_sweep_is_hourly_and_off_until_switched_on() -> None:
    [schedule] = by_name("hourly-urgent-sweep")["schedules"]
    assert schedule["active"] is False
    runs = next_runs(schedule, datetime(2026, 11, 18, 10, tzinfo=UTC), n=3)
    assert [run.hour for run in runs] == [10, 11, 12]


def test_the_purge_runs_weekly_at_an_hour_that_exists_once_on_clock_change_days() -> None:
    [schedule] = by_name("weekly-purge")["schedules"]
    for clock_change in (datetime(2026, 3, 28, tzinfo=UTC), datetime(2026, 10, 24, tzinfo=UTC)):
        [run] = next_runs(schedule, clock_change)
        assert run.weekday() == 6 and (run.hour, run.minute) == (3, 0)


def test_backfill_has_no_schedule_and_needs_a_window_to_run() -> None:
    entry = by_name("on-demand")
    assert entry["schedules"] == []
    signature = inspect.signature(flow_of(entry).fn)
    assert signature.parameters["since"].default is inspect.Parameter.empty
    assert "since" not in entry["parameters"] and "until" not in entry["parameters"]


def test_the_pull_step_moves_into_trustwatch_home() -> None:
    [step] = DOCUMENT["pull"]
    assert step == {"prefect.deployments.steps.set_working_directory": {"directory": "{{ $TRUSTWATCH_HOME }}"}}
