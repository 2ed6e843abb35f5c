import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from claims.suggestions import Known
from extraction import extract_candidates


class Command(BaseCommand):
    @property
    def help(self):
        # A property: argparse wants a str for the description, and the language is chosen at run time.
        return _("Print the quote candidates of a plain-text UTF-8 file, with speakers from the database.")

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path)
        parser.add_argument(
            "--language",
            default="auto",
            help=gettext_lazy("ISO 639-1 code of the text's language, or auto to detect it."),
        )
        parser.add_argument("--format", choices=["json"], default="json")

    def handle(self, *args, path: Path, language: str, **options):
        language = language.lower()
        if language != "auto" and language not in settings.CONTENT_LANGUAGES:
            raise CommandError(
                _("Unknown language “%(language)s”: use auto or one of %(languages)s.")
                % {"language": language, "languages": ", ".join(settings.CONTENT_LANGUAGES)}
            )
        try:
            # newline="" keeps "\r\n" as it is, so offsets are offsets into the file's text.
            with path.open(encoding="utf-8", newline="") as file:
                text = file.read()
        except (FileNotFoundError, IsADirectoryError) as error:
            raise CommandError(_("No such file: %(path)s") % {"path": path}) from error
        except UnicodeDecodeError as error:
            raise CommandError(_("%(path)s is not UTF-8 text.") % {"path": path}) from error
        known = Known.read()
        candidates = extract_candidates(
            text, language=None if language == "auto" else language, speakers=known.speakers, outlets=known.outlets
        )
        self.stdout.write(json.dumps([c.as_dict() for c in candidates], ensure_ascii=False, indent=2))
