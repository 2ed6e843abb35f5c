"""`manage.py evaluate_extraction [GOLD.json ...]`: the extractor measured against hand-annotated statements.

The measuring itself is extraction.evaluation (no database); this command finds the gold files, prints
the figures per language for both runs (every gold speaker known, none known), every miss grouped by its
construction class, and the speed.
"""

import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from extraction.evaluation import MODES, GoldError, Scores, evaluate, load_gold, speaker_refs, speed, total, warm_up

DEV_GOLD = Path("shared") / "corpus" / "dev" / "gold.json"


def default_gold_files() -> list[Path]:
    """The development set (`../shared/corpus/dev/gold.json` from the project's parent directory, or from
    a directory further up when the project is checked out deeper), its extension kept in the repository
    (`tests/data/extraction/<language>/gold.json`) and the demo corpus."""
    files = []
    for folder in Path(settings.BASE_DIR).resolve().parents:
        if (folder / DEV_GOLD).is_file():
            files.append(folder / DEV_GOLD)
            break
    files += sorted((Path(settings.BASE_DIR) / "tests" / "data" / "extraction").glob("*/gold.json"))
    demo = Path(settings.BASE_DIR) / "demo" / "corpus" / "gold.json"
    if demo.is_file():
        files.append(demo)
    return files


def merge(into: dict[str, Scores], results: dict[str, Scores]) -> None:
    for language, scores in results.items():
        into[language] = total({"a": into[language], "b": scores}) if language in into else scores


class Command(BaseCommand):
    @property
    def help(self):
        # A property: argparse wants a str for the description, and the language is chosen at run time.
        return _("Measure quote extraction against hand-annotated statements (gold.json files).")

    def add_arguments(self, parser):
        parser.add_argument(
            "gold",
            nargs="*",
            type=Path,
            help=gettext_lazy(
                "gold.json files, or folders holding one (default: the development set and the demo corpus)."
            ),
        )
        parser.add_argument("--json", dest="json_path", type=Path, help=gettext_lazy("Also write the results here."))
        parser.add_argument("--language", action="append", help=gettext_lazy("Only this language (repeatable)."))
        parser.add_argument(
            "--unmatched", action="store_true", help=gettext_lazy("Also list candidates on no gold statement.")
        )
        parser.add_argument("--no-speed", action="store_true", help=gettext_lazy("Skip the 400 kB speed test."))

    def handle(self, *args, gold, json_path, language, unmatched, no_speed, **options):
        paths = [path / "gold.json" if path.is_dir() else path for path in gold] or default_gold_files()
        if not paths:
            raise CommandError(_("No gold file given and none found."))
        golds = []
        for path in paths:
            if not path.is_file():
                raise CommandError(_("No such gold file: %(path)s") % {"path": path})
            try:
                golds.append(load_gold(path))
            except GoldError as error:
                raise CommandError(str(error)) from error
        languages = set(language) if language else None
        warm_up()
        report = {"gold": [str(g.path) for g in golds], "runs": {}}
        for mode in MODES:
            results: dict[str, Scores] = {}
            for gold_file in golds:
                merge(results, evaluate(gold_file, mode=mode, languages=languages))
            results = dict(sorted(results.items()))
            results["all"] = total(results)
            report["runs"][mode] = {lang: scores.as_dict() for lang, scores in results.items()}
            self.print_run(mode, results, unmatched=unmatched)
        if not no_speed:
            texts = [article.text for g in golds for article in g.articles]
            refs = [ref for g in golds[:1] for ref in speaker_refs(g)]
            report["speed"] = speed(texts, speakers=refs)
            self.stdout.write(
                _("Speed: %(chars)s characters in %(seconds)s s (%(ms)s ms per 1,000 characters).")
                % {
                    "chars": report["speed"]["characters"],
                    "seconds": report["speed"]["seconds"],
                    "ms": report["speed"]["ms_per_1000_chars"],
                }
            )
        if json_path:
            json_path.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")

    def print_run(self, mode: str, results: dict[str, Scores], *, unmatched: bool) -> None:
        title = _("Every gold speaker known") if mode == "known" else _("No speaker known")
        self.stdout.write(f"\n== {title} ==")
        self.stdout.write(
            f"{'':5} {'rec d+p':>8} {'rec all':>8} {'prec':>6} {'spk err':>8} {'ms/1k':>6}   "
            + _("(statements, direct+partial, candidates)")
        )
        for lang, scores in results.items():
            self.stdout.write(
                f"{lang:5} {scores.recall_direct_partial:8.2f} {scores.recall:8.2f} {scores.precision:6.2f} "
                f"{scores.speaker_errors:8d} {scores.ms_per_1000_chars:6.1f}   "
                f"({scores.statements}, {scores.direct_partial_right}/{scores.direct_partial}, "
                f"{scores.correct_candidates}/{scores.candidates})"
            )
        groups: dict[str, list] = {}
        for miss in results["all"].misses:
            groups.setdefault(miss.construction, []).append(miss)
        for construction, misses in sorted(groups.items(), key=lambda item: -len(item[1])):
            self.stdout.write(f"\n  {construction}: {len(misses)}")
            for miss in misses:
                statement = miss.statement
                got = (
                    _("wrong speaker “%(mention)s”") % {"mention": miss.found.speaker_mention}
                    if miss.found
                    else _("not found")
                )
                text = statement["text"] if len(statement["text"]) < 90 else statement["text"][:87] + "..."
                self.stdout.write(f"    {statement['id']} [{statement['kind']}] {got}: {text}")
        if unmatched:
            self.stdout.write("\n  " + _("Candidates on no gold statement:"))
            for name, candidate in results["all"].unmatched:
                text = candidate.text if len(candidate.text) < 90 else candidate.text[:87] + "..."
                self.stdout.write(f"    {name.split('_')[0]} [{candidate.kind}] {candidate.speaker_mention}: {text}")
