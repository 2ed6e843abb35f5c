import sys
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from interchange.importing import FORMATS, detect_format, import_file
from jobs.progress import progress_bar


def _rows_read(bar):
    def advance(report) -> None:
        bar.update(report.rows - bar.n)

    return advance


def _bytes_read(bar, stream):
    def advance(report) -> None:
        # The CSV reader closes the file once it has read it all.
        bar.update((bar.total if stream.closed else stream.tell()) - bar.n)
        bar.set_postfix(rows=report.rows, rejected=len(report.rejected))

    return advance


class Command(BaseCommand):
    help = (
        "Import sources, speakers, claims and quotes from JSON Lines or CSV (see interchange/importing.py for the "
        "rows), as a given user: the same rules as the web pages. Idempotent by external id; each row all or "
        "nothing; every rejected row is listed with its reasons. Exits with status 2 when a row was rejected."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="The file to import, or - for standard input.")
        parser.add_argument("--as", dest="username", required=True, help="The user the rows are imported as.")
        parser.add_argument("--dry-run", action="store_true", help="Check and report; write nothing.")
        parser.add_argument("--format", choices=FORMATS, help="Default: from the file's extension.")

    def handle(self, *args, path: str, username: str, dry_run: bool, format: str | None, verbosity: int, **options):
        try:
            actor = get_user_model().objects.get(username=username)
        except get_user_model().DoesNotExist as missing:
            raise CommandError(f"No user {username!r}.") from missing
        format = format or detect_format(path)
        if format is None:
            raise CommandError("Give --format jsonl or --format csv (the file's extension does not say).")
        if path == "-":
            with progress_bar(desc="Importing", unit="rows", verbosity=verbosity) as bar:
                report = import_file(
                    sys.stdin.buffer, format=format, actor=actor, dry_run=dry_run, on_unit=_rows_read(bar)
                )
        else:
            try:
                with Path(path).open("rb") as stream:
                    size = Path(path).stat().st_size
                    with progress_bar(
                        desc="Importing", total=size, unit="B", unit_scale=True, verbosity=verbosity
                    ) as bar:
                        report = import_file(
                            stream, format=format, actor=actor, dry_run=dry_run, on_unit=_bytes_read(bar, stream)
                        )
            except OSError as problem:
                raise CommandError(str(problem)) from problem
        self.stdout.write(report.summary())
        for error in report.file_errors:
            self.stdout.write(f"File: {error}")
        for row in report.rejected:
            reasons = "; ".join(f"{name}: {' '.join(messages)}" for name, messages in row.errors.items())
            label = f" ({row.external_id})" if row.external_id else ""
            self.stdout.write(f"Line {row.line}{label} rejected: {reasons}")
        if not report.ok:
            raise CommandError(f"{len(report.rejected)} rows rejected.", returncode=2)
