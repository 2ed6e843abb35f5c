from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from jobs.progress import progress_bar
from ops.demo import load_demo


class Command(BaseCommand):
    help = "Load the demo data (corpus articles, speakers, claims) and demo users. Safe to run again."

    def add_arguments(self, parser):
        parser.add_argument(
            "--credentials-file",
            type=Path,
            default=settings.DEMO_CREDENTIALS_FILE,
            help="Where the demo users' passwords are kept between runs (git-ignored by default).",
        )

    def handle(self, *args, credentials_file: Path, verbosity: int, **options):
        with progress_bar(desc="Demo claims", unit="claims", verbosity=verbosity) as bar:

            def advance(done: int, total: int) -> None:
                bar.total = total
                bar.update(done - bar.n)

            report = load_demo(credentials_file=credentials_file, progress=advance)
        added = ", ".join(f"{count} {kind}" for kind, count in report.created.items()) or "nothing (already loaded)"
        self.stdout.write(f"Demo data: added {added}.")
        self.stdout.write("Demo users (username: password):")
        for username, password in report.credentials:
            self.stdout.write(f"  {username}: {password or '(unchanged; set with manage.py changepassword)'}")
