"""Operations commands: serve builds what prefect.yaml says (without starting), purge, Secret blocks, cost."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import typer
import yaml  # type: ignore[import-untyped]
from prefect.settings import PREFECT_API_URL, temporary_settings
from typer.testing import CliRunner

from cli.ops import DEPLOYMENTS_FILE, build_deployments, load_secret_blocks, register
from storage.store import Store
from tests.flows.test_retention import seed
from trustwatch.errors import ConfigError

ENV = {"COLUMNS": "200"}
runner = CliRunner()


def build_app() -> typer.Typer:
    app = typer.Typer()

    @app.callback()
    def main() -> None:
        """TrustWatch (test app)."""

    register(app)
    return app


APP = build_app()
YAML = yaml.safe_load(DEPLOYMENTS_FILE.read_text(encoding="utf-8"))


def test_serve_builds_every_deployment_of_prefect_yaml_with_the_same_schedules(tmp_path: Path) -> None:
    config = tmp_path / "trustwatch.toml"
    deployments = build_deployments(config)

    assert [d.name for d in deployments] == [entry["name"] for entry in YAML["deployments"]]
    for deployment, entry in zip(deployments, YAML["deployments"], strict=True):
        assert deployment.entrypoint == entry["entrypoint"]
        assert deployment.parameters == {**entry["parameters"], "config_path": str(config.resolve())}
        assert deployment.concurrency_limit == entry["concurrency_limit"]
        served = [(s.schedule.cron, s.schedule.timezone, s.active) for s in deployment.schedules or []]  # type: ignore[union-attr]
        written = [(s["cron"], s["timezone"], s.get("active", True)) for s in entry["schedules"]]
        assert served == written, entry["name"]


def test_the_config_path_given_to_serve_is_made_absolute(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    [daily, *_] = build_deployments(Path("conf/trustwatch.toml"))
    assert daily.parameters["config_path"] == str(tmp_path / "conf" / "trustwatch.toml")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("deployments: [", "not valid YAML"),
        ("deployments: []", "expected a list of deployments"),
        ("deployments:\n  - name: daily\n", "needs a name and an entrypoint"),
        (
            "deployments:\n  - name: daily\n    entrypoint: flows.monitor.daily_monitor\n"
            "    schedules:\n      - interval: 3600\n",
            "serve understands cron schedules",
        ),
        (
            "deployments:\n  - name: daily\n    entrypoint: flows.monitor.daily_monitor\n"
            "    parameters: {config_path: a.toml, hours_back: 1}\n",
            "deployment 'daily': flows.monitor.daily_monitor takes no parameter hours_back",
        ),
    ],
    ids=[
        "broken YAML names the file",
        "no deployments is an error",
        "a deployment without an entrypoint is an error",
        "a schedule serve cannot reproduce is refused rather than dropped",
        "a parameter the flow does not take is caught before 06:00",
    ],
)
def test_a_bad_deployments_file_is_a_clear_error(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "prefect.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message) as raised:
        build_deployments(tmp_path / "trustwatch.toml", path)
    assert str(path) in str(raised.value)


def test_serve_runs_one_flow_at_a_time_against_the_configured_server(
    demo_config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    served: dict[str, Any] = {}

    def fake_serve(*deployments: Any, limit: int | None = None, **_: Any) -> None:
        served.update(names=[d.name for d in deployments], limit=limit)

    monkeypatch.setattr("prefect.serve", fake_serve)
    with temporary_settings({PREFECT_API_URL: "http://127.0.0.1:4200/api"}):
        result = runner.invoke(APP, ["serve", "--config", str(demo_config)], env=ENV)

    assert result.exit_code == 0, result.output
    assert served == {"names": [entry["name"] for entry in YAML["deployments"]], "limit": 1}


def test_serve_refuses_to_start_without_a_prefect_server(demo_config: Path) -> None:
    with temporary_settings({PREFECT_API_URL: None}):
        result = runner.invoke(APP, ["serve", "--config", str(demo_config)], env=ENV)
    assert result.exit_code == 2
    assert "PREFECT_API_URL is not set" in result.output


def test_serve_checks_the_config_before_serving(tmp_path: Path) -> None:
    with temporary_settings({PREFECT_API_URL: "http://127.0.0.1:4200/api"}):
        result = runner.invoke(APP, ["serve", "--config", str(tmp_path / "missing.toml")], env=ENV)
    assert result.exit_code == 2
    assert "missing.toml: config file not found" in result.output


@pytest.fixture
def seeded(demo_config: Path, tmp_path: Path) -> Path:
    with Store.open(tmp_path / "trustwatch.duckdb") as store:
        seed(store, datetime.now(UTC))
    return demo_config


def test_purge_dry_run_prints_what_would_go_and_deletes_nothing(seeded: Path, tmp_path: Path) -> None:
    result = runner.invoke(APP, ["purge", "--config", str(seeded), "--dry-run"], env=ENV)

    assert result.exit_code == 0, result.output
    assert "Dry run: nothing was deleted" in result.output
    lines = {
        line.split("│")[1].strip(): line.split("│")[2].strip() for line in result.output.splitlines() if "│" in line
    }
    assert lines["collected_mentions"] == "3" and lines["cases"] == "1" and lines["emails"] == "2"
    with Store.open(tmp_path / "trustwatch.duckdb") as store:
        assert store.count("collected_mentions") == 6 and store.count("purges") == 0


def test_purge_deletes_and_records_who_ran_it(seeded: Path, tmp_path: Path) -> None:
    result = runner.invoke(APP, ["purge", "--config", str(seeded), "--by", "dan.okafor"], env=ENV)

    assert result.exit_code == 0, result.output
    assert "Recorded as purge" in result.output and "by dan.okafor" in result.output
    with Store.open(tmp_path / "trustwatch.duckdb") as store:
        assert store.count("collected_mentions") == 3
        assert store.fetch_dicts("SELECT purged_by FROM purges") == [{"purged_by": "dan.okafor"}]


def test_purge_with_a_bad_config_names_the_file(tmp_path: Path) -> None:
    result = runner.invoke(APP, ["purge", "--config", str(tmp_path / "nope.toml")], env=ENV)
    assert result.exit_code == 2 and "nope.toml" in result.output


@pytest.mark.parametrize(
    "pair", ["TRUSTWATCH_SMTP__PASSWORD", "lower_case=smtp", "TRUSTWATCH_X_BEARER_TOKEN="], ids=str
)
def test_a_malformed_secret_block_option_is_refused_before_any_lookup(pair: str) -> None:
    with pytest.raises(ConfigError, match="expected VARIABLE=block-name"):
        load_secret_blocks([pair], environ={})


@pytest.mark.slow
@pytest.mark.usefixtures("prefect_server")
def test_secret_blocks_become_environment_variables_and_a_missing_block_is_named() -> None:
    from prefect.blocks.system import Secret

    Secret(value="correct horse battery staple").save("trustwatch-test-smtp", overwrite=True)
    environ: dict[str, str] = {}
    loaded = load_secret_blocks(["TRUSTWATCH_SMTP__PASSWORD=trustwatch-test-smtp"], environ=environ)

    assert loaded == ["TRUSTWATCH_SMTP__PASSWORD"]
    assert environ == {"TRUSTWATCH_SMTP__PASSWORD": "correct horse battery staple"}
    with pytest.raises(ConfigError, match="no Secret block named 'no-such-block'"):
        load_secret_blocks(["TRUSTWATCH_X_BEARER_TOKEN=no-such-block"], environ=environ)
