"""`make run` provisions its own cluster: check that from an empty folder, as the script is run."""

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import psycopg

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "localpg.py"


def localpg(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, timeout=120)


def test_local_cluster_is_provisioned_from_an_empty_folder_and_reused():
    folder = Path(tempfile.mkdtemp(prefix="localpg-test-", dir="/tmp"))
    os.chmod(folder, 0o755)  # noqa: S103 - the postgres user must be able to enter it
    root = folder / "pg"
    try:
        first = localpg("up", str(root), "trackertest")
        assert first.returncode == 0, first.stderr
        url = first.stdout.strip()
        with psycopg.connect(url.replace("postgresql://", "postgresql://", 1)) as connection:
            assert connection.execute("SELECT current_database()").fetchone() == ("trackertest",)
            connection.execute("CREATE TABLE kept (n int)")
            connection.execute("INSERT INTO kept VALUES (42)")
            connection.commit()
        again = localpg("up", str(root), "trackertest")  # running `make run` twice
        assert again.returncode == 0, again.stderr
        assert again.stdout.strip() == url
        assert localpg("stop", str(root)).returncode == 0
        assert localpg("up", str(root), "trackertest").returncode == 0  # data survives a restart
        with psycopg.connect(url) as connection:
            assert connection.execute("SELECT n FROM kept").fetchone() == (42,)
    finally:
        localpg("stop", str(root))
        shutil.rmtree(folder, ignore_errors=True)


def test_missing_postgres_binaries_give_a_clear_message(tmp_path):
    env = {**os.environ, "PG_BINDIR": str(tmp_path / "nowhere")}
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "up", str(tmp_path / "pg"), "x"], capture_output=True, text=True, env=env
    )
    assert result.returncode == 1
    assert "apt-get install" in result.stderr and "DATABASE_URL" in result.stderr
