from django.core.management.base import BaseCommand

from claims.search import rebuild


class Command(BaseCommand):
    help = "Rewrite the search entry of every quote (after a bulk load or a change to the text pipeline)."

    def add_arguments(self, parser):
        parser.add_argument("--missing", action="store_true", help="Only index quotes that have no entry yet.")

    def handle(self, *args, missing: bool, **options):
        self.stdout.write(f"Indexed {rebuild(missing_only=missing)} quotes.")
