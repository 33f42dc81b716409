import copy

import dask
import pytest
from prefect.task_runners import ThreadPoolTaskRunner

from flows.runners import local_cluster_options, share_cores_before_spawn, task_runner_from_environment
from trustwatch.errors import ConfigError


@pytest.mark.parametrize(
    ("workers", "threads"),
    [
        pytest.param(1, "2", id="one worker gets both cores"),
        pytest.param(2, "1", id="two workers get one core each"),
        pytest.param(4, "1", id="four workers on two cores still get one thread each"),
    ],
)
def test_local_workers_share_the_cores_from_the_moment_they_spawn(
    workers: int, threads: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dask.config, "config", copy.deepcopy(dask.config.config))
    assert local_cluster_options(workers, cores=2)["env"]["OMP_NUM_THREADS"] == threads
    share_cores_before_spawn(workers, cores=2)
    # Dask's own default here is 1, applied before the worker imports anything.
    assert dask.config.get("distributed.nanny.pre-spawn-environ.OMP_NUM_THREADS") == threads


def test_no_dask_variable_keeps_the_flow_on_threads_and_a_bad_one_names_itself(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("TRUSTWATCH_DASK_ADDRESS", raising=False)
    monkeypatch.delenv("TRUSTWATCH_DASK_WORKERS", raising=False)
    assert isinstance(task_runner_from_environment(), ThreadPoolTaskRunner)
    monkeypatch.setenv("TRUSTWATCH_DASK_WORKERS", "two")
    with pytest.raises(ConfigError, match="TRUSTWATCH_DASK_WORKERS"):
        task_runner_from_environment()
    monkeypatch.setenv("TRUSTWATCH_DASK_WORKERS", "0")
    with pytest.raises(ConfigError, match="TRUSTWATCH_DASK_WORKERS"):
        task_runner_from_environment()
