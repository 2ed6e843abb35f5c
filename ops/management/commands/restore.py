"""`manage.py restore PATH [--yes]`: replace the database's contents with a `manage.py backup` file."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, connections

from ops.management.commands.backup import pg_tool, run_pg_tool

# Tables `migrate` fills by itself: rows there alone do not make a database worth protecting.
MIGRATE_FILLED = frozenset({"django_migrations", "django_content_type", "auth_permission"})


def tables_with_rows(connection) -> list[str]:
    with connection.cursor() as cursor:
        names = sorted(set(connection.introspection.table_names(cursor)) - MIGRATE_FILLED)
        found = []
        for name in names:
            cursor.execute(f"SELECT EXISTS (SELECT 1 FROM {connection.ops.quote_name(name)})")  # noqa: S608
            if cursor.fetchone()[0]:
                found.append(name)
    return found


class Command(BaseCommand):
    help = (
        "Restore a `manage.py backup` file with pg_restore, replacing what the database holds. "
        "Refuses a database that already has data unless given --yes."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="A file written by `manage.py backup`.")
        parser.add_argument("--yes", action="store_true", help="Replace the data the database already holds.")
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS, help="The database alias (default: default).")

    def handle(self, *args, path: str, yes: bool, database: str, **options):
        source = Path(path)
        if not source.is_file():
            raise CommandError(f"No backup file at {source}.")
        connection = connections[database]
        name = connection.settings_dict["NAME"]
        if not yes:
            filled = tables_with_rows(connection)
            if filled:
                raise CommandError(
                    f"Database {name} already holds data ({len(filled)} tables with rows, such as "
                    f"{', '.join(filled[:3])}). Restoring replaces all of it: run again with --yes "
                    "(make restore FILE=... YES=1)."
                )
        connection.close()
        # One transaction: the database ends up either exactly as backed up or as it was. --no-owner and
        # --no-privileges: the restoring role owns everything, whatever roles the dump's server had.
        run_pg_tool(
            [
                pg_tool("pg_restore"),
                "--clean",
                "--if-exists",
                "--no-owner",
                "--no-privileges",
                "--single-transaction",
                f"--dbname={name}",
                str(source),
            ],
            connection.settings_dict,
        )
        self.stdout.write(f"Restored {source} into database {name}.")
