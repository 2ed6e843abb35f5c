import sys
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.http import QueryDict

from claims.filters import SearchFilter
from interchange.exports import csv_chunks, export_selection, jsonl_chunks, write_xlsx
from jobs.progress import progress_bar


class Command(BaseCommand):
    help = (
        "Export quotes (with their sources, claims, speakers and translations) as JSON Lines, CSV or XLSX: the same "
        "selection as the search page for the same words, facets and order. Every status is exported unless "
        "--as names a user whose view to take."
    )

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=["jsonl", "csv", "xlsx"], default="jsonl")
        parser.add_argument("--semicolon", action="store_true", help="CSV cells separated by ; (not ,).")
        parser.add_argument("--output", "-o", type=Path, help="The file to write (default: standard output).")
        parser.add_argument("--as", dest="username", help="Export only what this user may see.")
        parser.add_argument("--q", default="", help="Words, names or phrases, as typed in the search box.")
        parser.add_argument("--order", choices=["date", "relevance"], default="date")
        parser.add_argument(
            "--query-string", default="", help="A search page query string, such as 'q=Shoigu&language=uk'."
        )
        for name in SearchFilter.base_filters:
            parser.add_argument(f"--{name.replace('_', '-')}", dest=f"facet_{name}", help=f"Facet '{name}'.")

    def handle(self, *args, format: str, output: Path | None, username: str | None, **options):
        params = QueryDict(options["query_string"], mutable=True)
        if options["q"]:
            params["q"] = options["q"]
        if options["order"] != "date":
            params["order"] = options["order"]
        for name in SearchFilter.base_filters:
            if options.get(f"facet_{name}"):
                params[name] = options[f"facet_{name}"]
        if username:
            try:
                user = get_user_model().objects.get(username=username)
            except get_user_model().DoesNotExist as missing:
                raise CommandError(f"No user {username!r}.") from missing
            selection = export_selection(user=user, params=params)
        else:
            selection = export_selection(user=None, params=params, everything=True)
        if not selection.valid:
            raise CommandError(f"Invalid filters: {selection.filterset.errors.as_text()}")
        if format == "xlsx":
            if output is None:
                raise CommandError("XLSX is a binary file: give --output path.xlsx.")
            with output.open("wb") as stream:
                count = write_xlsx(selection, stream)
            self.stderr.write(f"Wrote {count} rows to {output}.")
            return
        # The total is known cheaply only without words to match; with them the bar counts rows as they go.
        total = None if selection.query else selection.entries.count()
        with progress_bar(desc="Exporting", total=total, unit="rows", verbosity=options["verbosity"]) as bar:
            if format == "csv":
                chunks = csv_chunks(selection, on_rows=bar.update, delimiter=";" if options["semicolon"] else ",")
            else:
                chunks = jsonl_chunks(selection, on_rows=bar.update)
            if output is None:
                for chunk in chunks:
                    sys.stdout.write(chunk)
                sys.stdout.flush()
                return
            # newline="" so that the CSV's CR LF line ends are written as they are.
            with output.open("w", encoding="utf-8", newline="") as stream:
                for chunk in chunks:
                    stream.write(chunk)
        self.stderr.write(f"Wrote {output}.")
