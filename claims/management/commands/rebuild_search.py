from django.core.management.base import BaseCommand

from claims.tasks import REBUILD, rebuild_search_entries
from jobs.progress import progress_bar
from jobs.services import job_enqueue


class Command(BaseCommand):
    help = (
        "Rewrite the search entry of every quote (after a bulk load or a change to the text pipeline), with a "
        "progress bar on stderr; --job queues the rebuild for the job worker instead."
    )

    def add_arguments(self, parser):
        parser.add_argument("--missing", action="store_true", help="Only index quotes that have no entry yet.")
        parser.add_argument("--job", action="store_true", help="Queue it as a background job and return.")

    def handle(self, *args, missing: bool, job: bool, verbosity: int, **options):
        if job:
            queued = job_enqueue(task=REBUILD, label="rebuild_search", missing_only=missing)
            self.stdout.write(f"Queued job {queued.pk}: its progress is on the jobs page.")
            return
        with progress_bar(desc="Indexing", unit="quotes", verbosity=verbosity) as bar:

            def advance(done: int, total: int) -> None:
                bar.total = total
                bar.update(done - bar.n)

            indexed = rebuild_search_entries(missing_only=missing, on_batch=advance)
        self.stdout.write(f"Indexed {indexed} quotes.")
