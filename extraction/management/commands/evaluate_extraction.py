"""How well quote extraction finds the hand-annotated statements of a corpus (gold.json).

Matching rule: a candidate and a gold statement match when, in the same article, one's span contains the
other's (gold.json: "a tool may return a span that contains it or is contained in it") or they overlap
by at least half of the shorter span. The gold span is the first occurrence of the statement's text in
the article.

- recall of direct and partial statements with the right speaker: such gold statements matched by a
  candidate whose speaker is the statement's speaker;
- recall of all statements: gold statements (any kind) matched by a candidate, whatever its speaker;
- precision: candidates that match some gold statement, out of all candidates.

Speakers come from gold.json (names in every language and aliases), in memory: no database is needed.
"""

import json
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from extraction import Candidate, SpeakerRef, extract_candidates


@dataclass
class Evaluation:
    statements: int = 0
    direct_partial: int = 0
    direct_partial_found: int = 0  # with the right speaker
    found: int = 0
    candidates: int = 0
    correct_candidates: int = 0
    missed: list[dict] = field(default_factory=list)
    wrong: list[tuple[str, Candidate]] = field(default_factory=list)

    @staticmethod
    def _ratio(part: int, whole: int) -> float:
        return part / whole if whole else 1.0

    @property
    def recall_direct_partial(self) -> float:
        return self._ratio(self.direct_partial_found, self.direct_partial)

    @property
    def recall(self) -> float:
        return self._ratio(self.found, self.statements)

    @property
    def precision(self) -> float:
        return self._ratio(self.correct_candidates, self.candidates)


def spans_match(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """One span contains the other, or they share at least half of the shorter one."""
    overlap = min(a[1], b[1]) - max(a[0], b[0])
    if overlap <= 0:
        return False
    contained = (a[0] <= b[0] and b[1] <= a[1]) or (b[0] <= a[0] and a[1] <= b[1])
    return contained or overlap * 2 >= min(a[1] - a[0], b[1] - b[0])


def evaluate(corpus: Path) -> Evaluation:
    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))
    manifest_path = corpus / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8")) if manifest_path.exists() else {}
    languages = {article["file"]: article.get("language") for article in manifest.get("articles", [])}
    ids = {speaker["key"]: number for number, speaker in enumerate(gold["speakers"], 1)}
    speakers = [
        SpeakerRef(
            id=ids[speaker["key"]],
            names=[*speaker.get("names", {}).values(), *speaker.get("aliases", [])],
            kind=speaker.get("kind", "person"),
        )
        for speaker in gold["speakers"]
    ]
    by_file: dict[str, list[dict]] = {}
    for statement in gold["statements"]:
        by_file.setdefault(statement["file"], []).append(statement)

    result = Evaluation()
    for name in sorted(set(by_file) | set(languages)):
        with (corpus / name).open(encoding="utf-8", newline="") as file:
            text = file.read()
        candidates = extract_candidates(text, language=languages.get(name), speakers=speakers)
        spans = []
        for statement in by_file.get(name, []):
            start = text.find(statement["text"])
            if start == -1:
                raise CommandError(_("Statement %(id)s is not in %(file)s.") % {"id": statement["id"], "file": name})
            spans.append((statement, (start, start + len(statement["text"]))))
        for statement, span in spans:
            matching = [c for c in candidates if spans_match((c.start, c.end), span)]
            result.statements += 1
            result.found += bool(matching)
            if statement["kind"] in ("direct", "partial"):
                result.direct_partial += 1
                right = any(c.speaker_id == ids[statement["speaker"]] for c in matching)
                result.direct_partial_found += right
                if not right:
                    result.missed.append(statement)
            elif not matching:
                result.missed.append(statement)
        for candidate in candidates:
            result.candidates += 1
            if any(spans_match((candidate.start, candidate.end), span) for _statement, span in spans):
                result.correct_candidates += 1
            else:
                result.wrong.append((name, candidate))
    return result


class Command(BaseCommand):
    help = gettext_lazy("Measure quote extraction against a corpus folder with gold.json.")

    def add_arguments(self, parser):
        parser.add_argument("corpus", nargs="?", type=Path, default=Path(settings.BASE_DIR) / "demo" / "corpus")
        parser.add_argument("--details", action="store_true", help=gettext_lazy("List misses and wrong candidates."))

    def handle(self, *args, corpus: Path, details: bool, **options):
        if not (corpus / "gold.json").is_file():
            raise CommandError(_("No gold.json in %(path)s") % {"path": corpus})
        result = evaluate(corpus)
        self.stdout.write(
            f"recall (direct and partial, right speaker): {result.recall_direct_partial:.2f} "
            f"({result.direct_partial_found}/{result.direct_partial})\n"
            f"recall (all statements): {result.recall:.2f} ({result.found}/{result.statements})\n"
            f"precision (candidates): {result.precision:.2f} ({result.correct_candidates}/{result.candidates})"
        )
        if details:
            for statement in result.missed:
                self.stdout.write(f"missed {statement['id']} [{statement['kind']}]: {statement['text']}")
            for name, candidate in result.wrong:
                self.stdout.write(f"unmatched {name} [{candidate.kind}] {candidate.speaker_mention}: {candidate.text}")
