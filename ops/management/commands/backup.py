"""`manage.py backup [PATH]`: the whole database (every table, history included) in pg_dump's custom format.

`manage.py restore PATH` puts it back. The connection settings reach pg_dump through libpq's PG*
environment variables, so the password never appears on a command line.
"""

import glob
import os
import shutil
import subprocess
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, connections
from django.utils import timezone

# Libpq variables for the keys of a Django PostgreSQL settings dict and of its OPTIONS.
_SETTINGS_ENV = {"HOST": "PGHOST", "PORT": "PGPORT", "USER": "PGUSER", "PASSWORD": "PGPASSWORD", "NAME": "PGDATABASE"}
_OPTIONS_ENV = {
    "sslmode": "PGSSLMODE",
    "sslrootcert": "PGSSLROOTCERT",
    "sslcert": "PGSSLCERT",
    "sslkey": "PGSSLKEY",
    "passfile": "PGPASSFILE",
    "service": "PGSERVICE",
}


def _version(bindir: str) -> int:
    name = Path(bindir).parent.name
    return int(name) if name.isdigit() else 0


def pg_tool(name: str) -> str:
    """The newest PostgreSQL client tool: PG_BINDIR, then /usr/lib/postgresql/*/bin (as scripts/localpg.py
    finds the server), then PATH. pg_dump refuses servers newer than itself, hence the newest."""
    override = os.environ.get("PG_BINDIR")
    candidates = [override] if override else sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=_version, reverse=True)
    for bindir in candidates:
        if bindir and (Path(bindir) / name).exists():
            return str(Path(bindir) / name)
    found = shutil.which(name)
    if not found:
        raise CommandError(
            f"{name} not found. Install the PostgreSQL client (Debian: apt-get install -y postgresql-client)."
        )
    return found


def pg_environment(settings_dict: dict) -> dict[str, str]:
    env = dict(os.environ)
    for key, variable in _SETTINGS_ENV.items():
        if settings_dict.get(key):
            env[variable] = str(settings_dict[key])
    for key, variable in _OPTIONS_ENV.items():
        if (settings_dict.get("OPTIONS") or {}).get(key):
            env[variable] = str(settings_dict["OPTIONS"][key])
    return env


def run_pg_tool(args: list[str], settings_dict: dict) -> None:
    # --no-password: fail at once instead of waiting for a password prompt nobody will answer.
    result = subprocess.run(
        [args[0], "--no-password", *args[1:]], env=pg_environment(settings_dict), capture_output=True, text=True
    )
    if result.returncode != 0:
        raise CommandError(f"{Path(args[0]).name} failed:\n{result.stderr.strip()}")


class Command(BaseCommand):
    help = "Back the database up with pg_dump (custom format): every table, history included."

    def add_arguments(self, parser):
        parser.add_argument(
            "path", nargs="?", help="The file to write (default: .local/backups/<database>-<date>-<time>.dump)."
        )
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS, help="The database alias (default: default).")

    def handle(self, *args, path: str | None, database: str, **options):
        settings_dict = connections[database].settings_dict
        target = (
            Path(path)
            if path
            else settings.LOCAL_DIR / "backups" / (f"{settings_dict['NAME']}-{timezone.localtime():%Y%m%d-%H%M%S}.dump")
        )
        target.parent.mkdir(parents=True, exist_ok=True)
        # Written beside the target and renamed when complete, so a failed run never leaves a file that
        # looks like a backup; readable by the owner only, since it holds password hashes and sessions.
        partial = target.with_name(target.name + ".partial")
        partial.unlink(missing_ok=True)
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        try:
            run_pg_tool([pg_tool("pg_dump"), "--format=custom", f"--file={partial}"], settings_dict)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        partial.replace(target)
        size = target.stat().st_size
        self.stdout.write(f"Backed up database {settings_dict['NAME']} to {target} ({size / 1024 / 1024:.1f} MB).")
