"""What `watcher status` shows of a cluster on PostgreSQL: the workers procrastinate knows
and its jobs. Plain SQL on procrastinate's tables, so looking needs no procrastinate (and
works from a machine with only the state database's URL)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import Engine, text

SILENT_AFTER = 30.0  # seconds: `watcher worker --stalled-after`'s default


@dataclass(frozen=True, slots=True)
class ClusterState:
    installed: bool  # a worker has created procrastinate's tables
    heartbeats: list[float] = field(default_factory=list)  # seconds since each worker's last
    jobs: Counter[str] = field(default_factory=Counter)  # status -> jobs
    running: Counter[str] = field(default_factory=Counter)  # task name -> jobs running


def read_cluster(engine: Engine) -> ClusterState:
    with engine.connect() as conn:
        if conn.execute(text("SELECT to_regclass('procrastinate_jobs')")).scalar() is None:
            return ClusterState(installed=False)
        beats = conn.execute(
            text(
                "SELECT extract(epoch FROM now() - last_heartbeat) "
                "FROM procrastinate_workers ORDER BY last_heartbeat DESC"
            )
        )
        jobs = conn.execute(
            text(
                "SELECT status::text, task_name, count(*) FROM "
                "procrastinate_jobs WHERE status IN ('todo', 'doing', "
                "'failed') GROUP BY 1, 2"
            )
        )
        state = ClusterState(installed=True, heartbeats=[float(s) for (s,) in beats])
        for status, task, count in jobs:
            state.jobs[status] += count
            if status == "doing":
                state.running[task.removeprefix("watcher.")] += count
    return state


def describe(state: ClusterState) -> list[str]:
    """The status screen's first lines for a cluster."""
    if not state.installed:
        return ["workers   none has run on this database yet (`watcher worker`)"]
    alive = [s for s in state.heartbeats if s <= SILENT_AFTER]
    silent = len(state.heartbeats) - len(alive)
    workers = (
        f"workers   {len(alive)} alive"
        + (f" (last heartbeats {min(alive):.0f}-{max(alive):.0f} s ago)" if alive else "")
        + (
            f", {silent} silent for over {SILENT_AFTER:g} s (their jobs are put back)"
            if silent
            else ""
        )
    )
    running = ", ".join(f"{task} {n}" for task, n in sorted(state.running.items()))
    jobs = (
        f"jobs      {state.jobs['todo']} waiting, {state.jobs['doing']} running"
        + (f" ({running})" if running else "")
        + f", {state.jobs['failed']} failed"
    )
    return [workers, jobs]
