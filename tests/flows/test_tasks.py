import pytest

from flows.tasks import run_status


@pytest.mark.parametrize(
    ("statuses", "expected"),
    [
        pytest.param(["complete", "complete"], "complete", id="all sources complete"),
        pytest.param(["complete", "fatal"], "partial", id="one source failed"),
        pytest.param(["quota_exhausted"], "partial", id="a spent budget still landed rows"),
        pytest.param(["failed", "fatal"], "failed", id="every source failed"),
        pytest.param([], "complete", id="no sources configured"),
    ],
)
def test_run_status(statuses: list[str], expected: str) -> None:
    assert run_status(statuses) == expected
