import io
import time

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from bench.import_rows import benchmark_rows
from claims.models import Quote
from claims.permissions import EDITOR, roles_ensure
from interchange.importing import import_file
from interchange.tasks import IMPORT
from jobs.models import Job
from jobs.services import job_enqueue


class Command(BaseCommand):
    help = (
        "Time a bulk import of generated rows (a source per 5 quotes, a claim per 2, half translated). "
        "By default it runs inside a transaction that is rolled back: the database is left as it was. "
        "With --job the file is imported as the import page does it, by a background job run by a worker, "
        "and the rows are kept: use a scratch database."
    )

    def add_arguments(self, parser):
        parser.add_argument("--rows", type=int, default=10_000)
        parser.add_argument(
            "--job", action="store_true", help="queue the file as a web import and run a worker until it is done"
        )

    def handle(self, *args, rows: int, job: bool, **options):
        data = benchmark_rows(rows).encode("utf-8")
        if job:
            self._as_job(data, rows)
            return
        with transaction.atomic():
            editor = self._editor("bench-import-editor")
            started = time.perf_counter()
            report = import_file(io.BytesIO(data), format="jsonl", actor=editor)
            seconds = time.perf_counter() - started
            transaction.set_rollback(True)
        per_row = seconds / max(rows, 1) * 1000
        self.stdout.write(f"Imported {rows} rows in {seconds:.1f} s ({per_row:.1f} ms a row): {report.summary()}")

    def _editor(self, username: str):
        from django.contrib.auth import get_user_model

        editor, _created = get_user_model().objects.get_or_create(
            username=username, defaults={"email": f"{username}@example.org"}
        )
        editor.groups.add(roles_ensure()[EDITOR])
        return get_user_model().objects.get(pk=editor.pk)

    def _as_job(self, data: bytes, rows: int) -> None:
        if settings.JOBS_RUN_INLINE:
            raise CommandError("--job needs the job queue (JOBS_RUN_INLINE is set).")
        editor = self._editor("bench-import-job-editor")
        indexed_before = Quote.objects.filter(search_entry__isnull=False).count()
        queued = job_enqueue(
            task=IMPORT, label=f"bench_import {rows} rows", created_by=editor, payload=data,
            format="jsonl", dry_run=False, actor_id=editor.pk,
        )  # fmt: skip
        self.stdout.write(
            f"Queued import job {queued.pk} ({len(data) / 1e6:.1f} MB); running a worker until it is done"
        )
        call_command("procrastinate", "worker", "--one-shot")
        done = Job.objects.get(pk=queued.pk)
        if done.status != Job.Status.SUCCEEDED:
            raise CommandError(f"The job ended {done.status}: {done.error}")
        seconds = (done.finished_at - done.started_at).total_seconds()
        indexed = Quote.objects.filter(search_entry__isnull=False).count() - indexed_before
        outcomes = done.result.get("outcomes", {}) if isinstance(done.result, dict) else {}
        self.stdout.write(
            f"Imported {rows} rows as a job in {seconds:.1f} s ({rows / seconds:.0f} rows/s); "
            f"{indexed} new quotes searchable; {outcomes}"
        )
