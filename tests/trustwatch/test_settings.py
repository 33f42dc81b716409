import re
from pathlib import Path

import pytest

from connectors import CONNECTORS, configure_sources
from trustwatch.errors import ConfigError
from trustwatch.settings import TrustProfile, load_settings

MINIMAL = """
[trust]
name = "Kingsmere Valley Hospitals NHS Foundation Trust"

[alerts]
team_inbox = "comms@kingsmerevalley.nhs.uk"
sender = "trustwatch@kingsmerevalley.nhs.uk"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "trustwatch.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_minimal_config_loads_with_defaults(tmp_path: Path) -> None:
    settings = load_settings(write(tmp_path, MINIMAL))
    assert settings.trust.names == ["Kingsmere Valley Hospitals NHS Foundation Trust"]
    assert settings.classifier.model == "builtin"
    assert settings.sources == []


def test_relative_paths_resolve_against_the_config_folder(tmp_path: Path) -> None:
    settings = load_settings(write(tmp_path, MINIMAL + '\n[storage]\npath = "data/tw.duckdb"\n'))
    assert settings.resolve(settings.storage.path) == (tmp_path / "data" / "tw.duckdb").resolve()


def test_environment_overrides_one_key_and_keeps_the_rest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRUSTWATCH_ALERTS__NEGATIVE_THRESHOLD", "0.5")
    settings = load_settings(write(tmp_path, MINIMAL))
    assert settings.alerts.negative_threshold == 0.5
    assert settings.alerts.team_inbox == "comms@kingsmerevalley.nhs.uk"


def test_smtp_password_comes_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRUSTWATCH_SMTP__PASSWORD", "correct horse")
    settings = load_settings(write(tmp_path, MINIMAL))
    assert settings.smtp.password is not None
    assert settings.smtp.password.get_secret_value() == "correct horse"
    assert "correct horse" not in repr(settings)


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        pytest.param(
            '\n[smtp]\npassword = "hunter2"\n', "smtp.password: secrets are not read", id="a password in the file"
        ),
        pytest.param(
            '\n[[sources]]\nname = "x"\ntype = "x"\nbearer_token = "abc"\n',
            "sources[0].bearer_token: secrets are not read",
            id="a token inside a source",
        ),
    ],
)
def test_secrets_in_the_file_are_refused_naming_the_key(tmp_path: Path, extra: str, expected: str) -> None:
    with pytest.raises(ConfigError, match=expected.replace("[", r"\[").replace("]", r"\]")) as raised:
        load_settings(write(tmp_path, MINIMAL + extra))
    assert "hunter2" not in str(raised.value) and "abc" not in str(raised.value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(MINIMAL.replace("comms@kingsmerevalley.nhs.uk", "comms"), "alerts.team_inbox", id="bad address"),
        pytest.param(MINIMAL + "\n[classifier]\nbatch_size = 0\n", "classifier.batch_size", id="batch size zero"),
        pytest.param(MINIMAL + "\n[storage]\npaht = 'x'\n", "storage.paht", id="a misspelt key"),
        pytest.param(MINIMAL.replace("[trust]\n", "[trust]\nods_codes = 'R9K'\n"), "trust.ods_codes", id="wrong type"),
        pytest.param(
            MINIMAL + '\n[[sources]]\nname = "a"\ntype = "rss"\n[[sources]]\nname = "a"\ntype = "rss"\n',
            "used twice",
            id="two sources with one name",
        ),
        pytest.param(MINIMAL + "\n[alerts\n", "not valid TOML", id="broken TOML"),
    ],
)
def test_invalid_config_names_the_file_and_the_key(tmp_path: Path, text: str, expected: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as raised:
        load_settings(path)
    assert str(path) in str(raised.value)
    assert expected in str(raised.value)


def test_missing_config_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="config file not found"):
        load_settings(tmp_path / "nope.toml")


@pytest.mark.parametrize("name", ["trustwatch.example.toml", "demo/trustwatch.toml"])
def test_config_files_in_the_repository_are_valid_down_to_every_source(name: str) -> None:
    settings = load_settings(Path(__file__).resolve().parents[2] / name)
    configured = configure_sources(settings)
    assert {source.name for source in configured} == {s.name for s in settings.sources if s.enabled}


def test_every_registered_connector_appears_in_the_example_config() -> None:
    settings = load_settings(Path(__file__).resolve().parents[2] / "trustwatch.example.toml")
    assert {source.type for source in settings.sources} == set(CONNECTORS)


def test_an_invalid_source_option_names_the_source_and_key(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL + '\n[[sources]]\nname = "news"\ntype = "rss"\nurls = []\nenabled = false\n')
    with pytest.raises(ConfigError, match=r"sources\[0\]\.urls"):
        configure_sources(load_settings(path))


def test_an_unknown_source_type_lists_the_known_ones(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL + '\n[[sources]]\nname = "fb"\ntype = "facebook"\n')
    with pytest.raises(ConfigError, match=r"sources\[0\]\.type: unknown source type 'facebook' \(known: "):
        configure_sources(load_settings(path))


@pytest.mark.parametrize(
    ("line", "key"),
    [
        pytest.param("thresholds = { safeguard = 0.2 }", "classifier.thresholds.safeguard", id="a misspelt risk"),
        pytest.param(
            "thresholds = { safeguarding = 1.5 }", "classifier.thresholds.safeguarding", id="not a probability"
        ),
        pytest.param(
            "thresholds = { safeguarding = 0.5, safeguarding_review = 0.7 }",
            "classifier.thresholds: Value error, safeguarding_review (0.7) must not be above safeguarding (0.5)",
            id="a review list starting above URGENT",
        ),
    ],
)
def test_a_bad_risk_threshold_fails_at_load_naming_its_key(tmp_path: Path, line: str, key: str) -> None:
    with pytest.raises(ConfigError, match=re.escape(key)):
        load_settings(write(tmp_path, MINIMAL + f"\n[classifier]\n{line}\n"))


def test_risk_thresholds_override_only_the_risks_named(tmp_path: Path) -> None:
    settings = load_settings(write(tmp_path, MINIMAL + "\n[classifier]\nthresholds = { safeguarding = 0.1 }\n"))
    assert settings.classifier.thresholds == {"safeguarding": 0.1}


AFFILIATE = '\n[[trust.affiliates]]\nname = "Kingsmere Hospitals Charity"\n'


def test_an_affiliate_is_read_with_its_number_domains_and_accounts_normalised(tmp_path: Path) -> None:
    text = MINIMAL.replace(
        "[alerts]",
        AFFILIATE.strip()
        + "\n"
        + (
            'charity_number = "1990 017"\nweb_domains = ["WWW.KingsmereCharity.org.uk"]\n'
            'accounts = { Twitter = ["KVHCharity"], instagram = ["kvhcharity"] }\n\n[alerts]'
        ),
    )
    affiliate = load_settings(write(tmp_path, text)).trust.affiliates[0]
    assert affiliate.kind == "charity"
    assert affiliate.charity_number == "1990017"
    assert affiliate.web_domains == ["kingsmerecharity.org.uk"]
    assert affiliate.accounts == {"x": ["KVHCharity"], "instagram": ["kvhcharity"]}


@pytest.mark.parametrize(
    ("line", "key"),
    [
        pytest.param('charity_number = "12"', "trust.affiliates[0].charity_number", id="a number too short"),
        pytest.param(
            'web_domains = ["https://kingsmerecharity.org.uk/donate"]',
            "trust.affiliates[0].web_domains",
            id="a URL for a domain",
        ),
        pytest.param(
            'accounts = { myspace = ["kvh"] }',
            "trust.affiliates[0].accounts: Value error, unknown platform",
            id="an unknown platform",
        ),
        pytest.param('kind = "club"', "trust.affiliates[0].kind", id="an unknown kind"),
        pytest.param('charity_no = "1990017"', "trust.affiliates[0].charity_no", id="a misspelt key"),
    ],
)
def test_a_bad_affiliate_fails_at_load_naming_its_field(tmp_path: Path, line: str, key: str) -> None:
    text = MINIMAL.replace("[alerts]", AFFILIATE.strip() + f"\n{line}\n\n[alerts]")
    with pytest.raises(ConfigError, match=re.escape(key)):
        load_settings(write(tmp_path, text))


def test_duckdbs_memory_limit_defaults_to_a_gigabyte_and_refuses_a_size_it_cannot_read(tmp_path: Path) -> None:
    assert load_settings(write(tmp_path, MINIMAL)).storage.memory_limit == "1GB"
    assert load_settings(write(tmp_path, MINIMAL + '\n[storage]\nmemory_limit = "512MB"\n')).storage.memory_limit == (
        "512MB"
    )
    with pytest.raises(ConfigError, match=r"storage\.memory_limit: .*'lots' is not a size"):
        load_settings(write(tmp_path, MINIMAL + '\n[storage]\nmemory_limit = "lots"\n'))


def test_a_site_written_with_its_town_is_also_searched_for_alone() -> None:
    trust = TrustProfile(
        name="Kingsmere Valley Hospitals NHS Foundation Trust", aliases=["KVH", "Becklin Lodge, Ashby"]
    )
    assert trust.names == [
        "Kingsmere Valley Hospitals NHS Foundation Trust",
        "KVH",
        "Becklin Lodge, Ashby",
        "Becklin Lodge",
    ]


def test_a_town_alone_is_not_made_an_alias() -> None:
    trust = TrustProfile(name="Kingsmere Valley Hospitals NHS Foundation Trust", aliases=["Ashby, Leics"])
    assert "Ashby" not in trust.alias_forms
