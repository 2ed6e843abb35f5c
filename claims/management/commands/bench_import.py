import io
import time

from django.core.management.base import BaseCommand
from django.db import transaction

from bench.import_rows import benchmark_rows
from claims.importing import import_file
from claims.permissions import EDITOR, roles_ensure


class Command(BaseCommand):
    help = (
        "Time a bulk import of generated rows (a source per 5 quotes, a claim per 2, half translated). "
        "Runs inside a transaction that is rolled back: the database is left as it was."
    )

    def add_arguments(self, parser):
        parser.add_argument("--rows", type=int, default=10_000)

    def handle(self, *args, rows: int, **options):
        from django.contrib.auth import get_user_model

        data = benchmark_rows(rows).encode("utf-8")
        with transaction.atomic():
            editor = get_user_model().objects.create_user("bench-import-editor", email="bench@example.org")
            editor.groups.add(roles_ensure()[EDITOR])
            editor = get_user_model().objects.get(pk=editor.pk)
            started = time.perf_counter()
            report = import_file(io.BytesIO(data), format="jsonl", actor=editor)
            seconds = time.perf_counter() - started
            transaction.set_rollback(True)
        per_row = seconds / max(rows, 1) * 1000
        self.stdout.write(f"Imported {rows} rows in {seconds:.1f} s ({per_row:.1f} ms a row): {report.summary()}")
