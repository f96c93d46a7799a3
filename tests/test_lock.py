"""lock: one watcher per database file, whatever name reaches it (real processes)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from feedgen import rss
from feedserver import FeedServer
from waiting import wait_for


def write_config(tmp_path: Path, srv: FeedServer) -> None:
    config = {"storage": {"database": "w.db"},
              "feeds": [{"url": srv.url("/f.xml"), "name": "desk"}],
              "profiles": {"defections": {"query": "defect*"}},
              "destinations": {"out": {"type": "file", "path": "out"}}}
    (tmp_path / "config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")


def once(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "watcher", "run", "--once", "--config",
                           "config.yaml", *args], cwd=tmp_path, capture_output=True, text=True,
                          timeout=60)


@pytest.mark.parametrize("link", ["symlink", "hardlink", "relative"])
def test_another_name_for_the_database_meets_the_same_lock(tmp_path: Path, link: str) -> None:
    """While a daemon runs on w.db, `run --once --db` naming the same file another way (a
    symlink, a hard link, a path through ..) is refused naming the daemon's pid."""
    with FeedServer() as srv:
        srv.route("/f.xml", rss(0, 2))
        write_config(tmp_path, srv)
        (tmp_path / "sub").mkdir()
        log = (tmp_path / "daemon.log").open("ab")
        daemon = subprocess.Popen([sys.executable, "-m", "watcher", "run", "--config",
                                   "config.yaml"], cwd=tmp_path, stdout=log, stderr=log)
        try:
            wait_for(lambda: "watcher running" in (tmp_path / "daemon.log").read_text("utf-8"))
            other = {"symlink": "link.db", "hardlink": "hard.db", "relative": "sub/../w.db"}[link]
            if link == "symlink":
                (tmp_path / "link.db").symlink_to("w.db")
            elif link == "hardlink":
                os.link(tmp_path / "w.db", tmp_path / "hard.db")
            second = once(tmp_path, "--db", other)
            assert second.returncode == 1, second.stdout + second.stderr
            assert f"another watcher (pid {daemon.pid}) is already running" in second.stderr
            os.kill(daemon.pid, signal.SIGKILL)
            daemon.wait(10)
            assert once(tmp_path, "--db", other).returncode == 0
        finally:
            daemon.kill()
            daemon.wait(10)


@pytest.mark.parametrize("case", ["file-in-the-way", "no-permission"])
def test_database_folder_that_cannot_be_made_is_one_line(tmp_path: Path, case: str) -> None:
    """A database folder that cannot be created (a file in the way, a folder without write
    permission): exit 1, one line naming the folder and the cause, no traceback."""
    with FeedServer() as srv:
        srv.route("/f.xml", rss(0, 2))
        write_config(tmp_path, srv)
        blocker = tmp_path / "blocker"
        if case == "file-in-the-way":
            blocker.write_text("not a folder")
        else:
            blocker.mkdir()
            blocker.chmod(0o500)
            if os.access(blocker, os.W_OK):
                blocker.chmod(0o700)
                pytest.skip("running as root: folder permissions are not enforced")
        try:
            done = once(tmp_path, "--db", str(blocker / "state" / "w.db"))
        finally:
            if blocker.is_dir():
                blocker.chmod(0o700)
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    cause = "Not a directory" if case == "file-in-the-way" else "Permission denied"
    assert str(blocker / "state") in lines[0] and cause in lines[0]


def read_only_shell(folder: Path, command: str) -> subprocess.CompletedProcess[str]:
    """Run ``command`` with ``folder`` bind-mounted read-only in a private mount namespace
    (the rest of the machine sees no change)."""
    script = (f"mount --bind {folder} {folder} && mount -o remount,bind,ro {folder} && "
              f"cd {folder} && {command}")
    return subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True,
                          text=True, timeout=120)


def test_read_only_file_system_is_one_line(tmp_path: Path) -> None:
    """On a read-only file system, `run --once` with an existing database and with a new
    one: exit 1, one line naming the path and "Read-only file system", no traceback."""
    import shutil

    probe = read_only_shell(tmp_path, "true")
    if shutil.which("unshare") is None or probe.returncode != 0:
        pytest.skip("no private mount namespace here (needs unshare and CAP_SYS_ADMIN)")
    with FeedServer() as srv:
        srv.route("/f.xml", rss(0, 2))
        write_config(tmp_path, srv)
        assert once(tmp_path).returncode == 0  # the database exists now
        run = f"{sys.executable} -m watcher run --once --config config.yaml"
        existing = read_only_shell(tmp_path, run)
        new = read_only_shell(tmp_path, f"{run} --db state/w.db")
    assert (existing.returncode, new.returncode) == (1, 1)
    assert existing.stderr == (f"error: cannot open the database {tmp_path / 'w.db'} for "
                               "writing: Read-only file system\n")
    assert new.stderr == (f"error: cannot create the folder {tmp_path / 'state'} for the "
                          "database: Read-only file system\n")
