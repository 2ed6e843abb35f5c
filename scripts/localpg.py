#!/usr/bin/env python3
"""Provision and control a project-local PostgreSQL cluster.

Stdlib only, so it runs before the virtualenv exists.

    localpg.py up DIR DBNAME      initialise (if empty), start, create DBNAME; print its DATABASE_URL
    localpg.py stop DIR           stop the cluster in DIR (data kept)
    localpg.py url DIR DBNAME     print the DATABASE_URL without touching anything
    localpg.py status DIR         exit 0 when the cluster in DIR is running
    localpg.py throwaway -- CMD   run CMD with DATABASE_URL pointing at a fresh cluster, then remove it

The cluster listens on a unix socket only (no TCP port to collide with). initdb and pg_ctl refuse
to run as root, so as root they run as the `postgres` system user, which must own the folder.
"""

from __future__ import annotations

import glob
import os
import pwd
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import quote

PG_USER = "postgres"
PORT = "5432"


class LocalPgError(RuntimeError):
    pass


def find_bindir() -> Path:
    override = os.environ.get("PG_BINDIR")
    candidates = (
        [override]
        if override
        else sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name), reverse=True)
    )
    for candidate in candidates:
        if candidate and (Path(candidate) / "initdb").exists():
            return Path(candidate)
    raise LocalPgError(
        "No PostgreSQL server binaries found under /usr/lib/postgresql/*/bin.\n"
        "Install them (Debian: apt-get install -y postgresql) or set DATABASE_URL to an existing\n"
        "server, e.g. DATABASE_URL=postgresql://user:password@host:5432/tracker"
    )


def _as_root() -> bool:
    return os.geteuid() == 0


def _run(args: list[str], *, check: bool = True, capture: bool = False) -> subprocess.CompletedProcess:
    if _as_root():
        args = ["runuser", "-u", PG_USER, "--", *args]
    return subprocess.run(args, check=check, text=True, capture_output=capture)


def _prepare_dir(path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True)
    if _as_root():
        entry = pwd.getpwnam(PG_USER)
        os.chown(path, entry.pw_uid, entry.pw_gid)
        probe = subprocess.run(["runuser", "-u", PG_USER, "--", "test", "-w", str(path)])
        if probe.returncode != 0:
            raise LocalPgError(
                f"The '{PG_USER}' user cannot enter {path}: make its parent folders traversable "
                "(chmod o+x) or clone the project somewhere else, such as /srv or /tmp."
            )
        os.chmod(path, 0o700)


def paths(root: Path) -> tuple[Path, Path, Path]:
    root = root.resolve()
    return root / "data", root / "run", root / "postgres.log"


def database_url(root: Path, dbname: str) -> str:
    _, sockdir, _ = paths(root)
    return f"postgresql://{PG_USER}@{quote(str(sockdir), safe='')}:{PORT}/{dbname}"


def is_running(root: Path) -> bool:
    data, _, _ = paths(root)
    if not (data / "PG_VERSION").exists():
        return False
    result = _run([str(find_bindir() / "pg_ctl"), "-D", str(data), "status"], check=False, capture=True)
    return result.returncode == 0


def up(root: Path, dbname: str) -> str:
    bindir = find_bindir()
    root = root.resolve()
    data, sockdir, log = paths(root)
    root.mkdir(parents=True, exist_ok=True)
    if _as_root():
        os.chmod(root, 0o755)  # noqa: S103 - the postgres user must traverse it to reach data/ and run/
    if not (data / "PG_VERSION").exists():
        _prepare_dir(data)
        _run(
            [
                str(bindir / "initdb"),
                "-D",
                str(data),
                "-U",
                PG_USER,
                "--auth=trust",
                "--encoding=UTF8",
                "--locale=C.UTF-8",
                "--no-instructions",
            ],
            capture=True,
        )
    _prepare_dir(sockdir)
    if not is_running(root):
        if _as_root() and log.exists():
            os.chown(log, pwd.getpwnam(PG_USER).pw_uid, -1)
        elif _as_root():
            log.touch()
            os.chown(log, pwd.getpwnam(PG_USER).pw_uid, -1)
        options = f"-c listen_addresses='' -c unix_socket_directories='{sockdir}' -p {PORT}"
        started = _run(
            [str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log), "-o", options, "-w", "start"],
            check=False,
            capture=True,
        )
        if started.returncode != 0:
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise LocalPgError(f"PostgreSQL did not start:\n{started.stdout}{started.stderr}\n{tail}")
    if not re.fullmatch(r"[a-z_][a-z0-9_]{0,62}", dbname):
        raise LocalPgError(f"Database names are lowercase letters, digits and underscores: {dbname!r}")
    psql = [str(bindir / "psql"), "-h", str(sockdir), "-p", PORT, "-U", PG_USER, "-d", "postgres", "-tAc"]
    query = f"SELECT 1 FROM pg_database WHERE datname = '{dbname}'"  # noqa: S608 - dbname validated above
    exists = _run([*psql, query], capture=True)
    if exists.stdout.strip() != "1":
        _run([str(bindir / "createdb"), "-h", str(sockdir), "-p", PORT, "-U", PG_USER, dbname])
    return database_url(root, dbname)


def stop(root: Path) -> None:
    data, _, _ = paths(root)
    if is_running(root):
        _run([str(find_bindir() / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"], capture=True)


def throwaway(command: list[str]) -> int:
    root = Path(tempfile.mkdtemp(prefix="tracker-pg-", dir="/tmp"))
    try:
        url = up(root, "tracker")
        return subprocess.run(command, env={**os.environ, "DATABASE_URL": url}).returncode
    finally:
        stop(root)
        shutil.rmtree(root, ignore_errors=True)


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        verb, rest = argv[0], argv[1:]
        if verb == "up" and len(rest) == 2:
            print(up(Path(rest[0]), rest[1]))
        elif verb == "stop" and len(rest) == 1:
            stop(Path(rest[0]))
        elif verb == "status" and len(rest) == 1:
            return 0 if is_running(Path(rest[0])) else 3
        elif verb == "url" and len(rest) == 2:
            print(database_url(Path(rest[0]), rest[1]))
        elif verb == "throwaway" and rest[:1] == ["--"] and len(rest) > 1:
            return throwaway(rest[1:])
        else:
            print(__doc__, file=sys.stderr)
            return 2
    except LocalPgError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except subprocess.CalledProcessError as error:
        print(f"error: {' '.join(error.cmd)} failed:\n{error.stdout or ''}{error.stderr or ''}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
