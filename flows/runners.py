"""Where a flow's tasks run: threads in the flow's own process (the default), or a Dask cluster.

With Prefect's `DaskTaskRunner` (`prefect-dask`), the tasks a flow maps (collecting each source,
classifying chunks of texts, detecting in chunks of mentions) run on Dask workers, each loading the
classifier once. Everything that touches the DuckDB file stays in the flow's process, because the
file takes one writer: the flow lands each chunk's results itself.

    TRUSTWATCH_DASK_ADDRESS=tcp://dask-scheduler:8786   # a running cluster: its scheduler
    TRUSTWATCH_DASK_WORKERS=4                           # or a local cluster of 4 worker processes

Either variable, set where the flow is imported (the work pool's job environment), puts the monitor
and backfill flows on Dask; neither leaves them on threads. See docs/scaling.md for what it buys.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from typing import Any, TypeVar, cast

from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner
from prefect.utilities.annotations import quote

from trustwatch.errors import ConfigError

ADDRESS_VARIABLE = "TRUSTWATCH_DASK_ADDRESS"
WORKERS_VARIABLE = "TRUSTWATCH_DASK_WORKERS"

# Texts per classification task sent to a worker: large enough that each task's length-sorted
# batches are as full as one big call's, small enough that every worker has several to take.
CLASSIFY_CHUNK = 2048
# Mentions per detection task: a day of a busy Trust (about 3,300 mentions in bench/backfill.py) is
# several tasks, so every worker has one; at 4,096 a day was one task and one worker did all of it.
DETECT_CHUNK = 1024

Item = TypeVar("Item")
Value = TypeVar("Value")


def local_cluster_options(workers: int, cores: int | None = None) -> dict[str, Any]:
    """`distributed.LocalCluster` options for `workers` single-threaded worker processes on this machine.

    Each worker's torch gets an equal share of the cores (at least one thread), so workers do not
    oversubscribe the CPU with a full set of threads each.
    """
    if workers < 1:
        raise ConfigError(f"{WORKERS_VARIABLE}: {workers} workers asked for; give 1 or more")
    threads = str(max(1, (cores or os.cpu_count() or 1) // workers))
    return {
        "n_workers": workers,
        "threads_per_worker": 1,
        "processes": True,
        "dashboard_address": None,
        "env": {"OMP_NUM_THREADS": threads, "MKL_NUM_THREADS": threads},
    }


def share_cores_before_spawn(workers: int, cores: int | None = None) -> None:
    """Give local workers their share of the cores from the moment they start.

    Dask's nanny sets OMP_NUM_THREADS=1 before it spawns a worker and applies the cluster's `env`
    only once the worker runs; a worker that imports torch in between (re-importing the parent's
    main module does) keeps one thread, so a single worker used one core of two.
    """
    import dask

    threads = local_cluster_options(workers, cores)["env"]
    dask.config.set({f"distributed.nanny.pre-spawn-environ.{name}": value for name, value in threads.items()})


def dask_task_runner(*, address: str | None = None, workers: int | None = None) -> TaskRunner[Any]:
    """A Dask task runner: on the cluster whose scheduler is at `address`, or on a local cluster of `workers`."""
    from prefect_dask.task_runners import DaskTaskRunner

    if address:
        return DaskTaskRunner(address=address)
    count = 1 if workers is None else workers
    share_cores_before_spawn(count)
    return DaskTaskRunner(cluster_kwargs=local_cluster_options(count))


def task_runner_from_environment() -> TaskRunner[Any]:
    """The task runner the environment asks for (see the module docstring); threads when it asks for none."""
    address = os.environ.get(ADDRESS_VARIABLE, "").strip()
    workers = os.environ.get(WORKERS_VARIABLE, "").strip()
    if address:
        return dask_task_runner(address=address)
    if workers:
        try:
            count = int(workers)
        except ValueError:
            raise ConfigError(f"{WORKERS_VARIABLE}: {workers!r} is not a number of workers") from None
        return dask_task_runner(workers=count)
    return ThreadPoolTaskRunner()


def spreads_work() -> bool:
    """Whether the running flow's tasks go to other processes (a Dask cluster) rather than its own threads.

    In the flow's own process the classifier runs one call over every text (its batches are then
    the fullest, and torch already uses every core); on a cluster the work is cut into chunks so
    every worker has some.
    """
    from prefect.context import FlowRunContext

    context = FlowRunContext.get()
    return context is not None and not isinstance(context.task_runner, ThreadPoolTaskRunner)


def chunks(items: Sequence[Item], size: int) -> Iterator[list[Item]]:
    """`items` in consecutive lists of at most `size`."""
    for start in range(0, len(items), size):
        yield list(items[start : start + size])


def as_is(value: Value) -> Value:
    """`value` as a task argument Prefect passes on untouched (`quote`), typed as itself.

    Without it Prefect walks every mention, score and finding in a task's arguments looking for
    futures to resolve: seconds per day of a backfill for nothing.
    """
    return cast(Value, quote(value))
