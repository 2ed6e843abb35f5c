import json
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from claims.speakers.selectors import speaker_refs
from extraction import Candidate, SpeakerRef, extract_candidates, find_quotes
from extraction.evaluation import evaluate, load_gold, spans_match, total
from tests.factories import make_speaker

CORPUS = Path(settings.BASE_DIR) / "demo" / "corpus"

ZELENSKY = SpeakerRef(id=1, names=["Володимир Зеленський", "Volodymyr Zelensky", "Владимир Зеленский", "Zelenskyy"])
PESKOV = SpeakerRef(id=2, names=["Дмитро Пєсков", "Dmitry Peskov", "Дмитрий Песков"])
LAVROV = SpeakerRef(id=3, names=["Сергій Лавров", "Sergei Lavrov", "Сергей Лавров"])
XI = SpeakerRef(id=4, names=["Сі Цзіньпін", "Xi Jinping"])
MIN_AUNG_HLAING = SpeakerRef(id=5, names=["Мін Аунг Хлаїнг", "Min Aung Hlaing"])
PUTIN = SpeakerRef(id=6, names=["Володимир Путін", "Vladimir Putin"])
DEFENCE_MINISTRY = SpeakerRef(id=7, names=["Міністерство оборони Польщі"], kind="organization")
SPEAKERS = [ZELENSKY, PESKOV, LAVROV, XI, MIN_AUNG_HLAING, PUTIN, DEFENCE_MINISTRY]


def only(candidates: list[Candidate]) -> Candidate:
    assert len(candidates) == 1, candidates
    return candidates[0]


# Kinds ----------------------------------------------------------------------------------------------------


def test_a_quotation_followed_by_a_dash_and_a_verb_of_saying_is_direct():
    text = '"Ми не віддамо жодного міста", - заявив Зеленський у вечірньому зверненні.'
    candidate = only(extract_candidates(text, language="uk", speakers=SPEAKERS))
    assert (candidate.kind, candidate.text, candidate.speaker_id) == ("direct", "Ми не віддамо жодного міста", 1)


def test_a_quotation_after_a_verb_and_a_colon_is_direct():
    text = "Sergei Lavrov said: “Moscow has not received any proposal from Kyiv.”"
    candidate = only(extract_candidates(text, language="en", speakers=SPEAKERS))
    assert candidate.kind == "direct"
    assert candidate.text == "Moscow has not received any proposal from Kyiv."
    assert candidate.speaker_id == 3


def test_russian_guillemets_with_an_inverted_attribution_are_direct():
    text = "«Мы не комментируем слухи», — сказал Песков журналистам."
    candidate = only(extract_candidates(text, language="ru", speakers=SPEAKERS))
    assert (candidate.kind, candidate.text, candidate.speaker_id) == ("direct", "Мы не комментируем слухи", 2)


def test_a_quotation_interrupted_by_its_attribution_gives_two_direct_candidates_of_one_speaker():
    text = '"Ми будемо захищати кожен метр", - сказав Зеленський, - "і ніхто нас не зупинить".'
    first, second = extract_candidates(text, language="uk", speakers=SPEAKERS)
    assert [first.kind, second.kind] == ["direct", "direct"]
    assert second.text == "і ніхто нас не зупинить"
    assert first.speaker_id == second.speaker_id == 1


def test_a_quoted_sentence_of_its_own_continues_the_previous_speaker():
    text = "“We need air defence,” Zelenskyy said. “We need it now, not next year.”"
    first, second = extract_candidates(text, language="en", speakers=SPEAKERS)
    assert second.kind == "direct"
    assert second.text == "We need it now, not next year."
    assert second.speaker_id == 1


def test_a_few_quoted_words_in_reported_speech_give_the_reported_clause_as_partial():
    text = 'Лавров подякував Пекіну за "збалансовану позицію" щодо війни.'
    candidate = only(extract_candidates(text, language="uk", speakers=SPEAKERS))
    assert candidate.kind == "partial"
    assert candidate.text == 'подякував Пекіну за "збалансовану позицію" щодо війни'
    assert candidate.speaker_id == 3


def test_partial_quotation_after_that_starts_the_clause_after_that():
    text = "Peskov told reporters that the talks were “not on the agenda” for now."
    candidate = only(extract_candidates(text, language="en", speakers=SPEAKERS))
    assert candidate.kind == "partial"
    assert candidate.text == "the talks were “not on the agenda” for now"
    assert candidate.speaker_id == 2


def test_reported_speech_with_that_is_indirect():
    text = "Зеленський наголосив, що Україна потребує більше систем протиповітряної оборони."
    candidate = only(extract_candidates(text, language="uk", speakers=SPEAKERS))
    assert candidate.kind == "indirect"
    assert candidate.text == "Україна потребує більше систем протиповітряної оборони"
    assert candidate.speaker_id == 1


def test_reported_speech_without_that_is_indirect():
    text = "Polish officials said the border crossing would reopen on Friday."
    candidate = only(extract_candidates(text, language="en", speakers=SPEAKERS))
    assert candidate.kind == "indirect"
    assert candidate.text == "the border crossing would reopen on Friday"
    assert (candidate.speaker_mention, candidate.speaker_id) == ("Polish officials", None)


def test_an_attribution_after_the_clause_gives_the_clause_before_it():
    text = "The exchange of prisoners went as agreed, Peskov said."
    candidate = only(extract_candidates(text, language="en", speakers=SPEAKERS))
    assert (candidate.kind, candidate.text, candidate.speaker_id) == (
        "indirect",
        "The exchange of prisoners went as agreed",
        2,
    )


@pytest.mark.parametrize(
    ("text", "language", "clause", "speaker_id"),
    [
        (
            "За словами Пєскова, делегацію очолить помічник президента.",
            "uk",
            "делегацію очолить помічник президента",
            2,
        ),
        ("По словам Лаврова, встреча пройдет в Стамбуле.", "ru", "встреча пройдет в Стамбуле", 3),
        ("According to Xi Jinping, trade grew by a third last year.", "en", "trade grew by a third last year", 4),
        (
            "Як зазначили у Міністерстві оборони Польщі, навчання триватимуть два тижні.",
            "uk",
            "навчання триватимуть два тижні",
            7,
        ),
        ("Trade grew by a third last year, according to Xi Jinping.", "en", "Trade grew by a third last year", 4),
    ],
)
def test_attribution_formulas_give_the_reported_clause_as_indirect(text, language, clause, speaker_id):
    candidate = only(extract_candidates(text, language=language, speakers=SPEAKERS))
    assert (candidate.kind, candidate.text, candidate.speaker_id) == ("indirect", clause, speaker_id)


def test_ukrainian_impersonal_plural_names_the_institution():
    text = "У Кремлі заявили, що не бачать підстав для нових переговорів."
    candidate = only(extract_candidates(text, language="uk", speakers=SPEAKERS))
    assert candidate.kind == "indirect"
    assert candidate.speaker_mention == "Кремль"  # offered in the nominative, as it is entered


# Speakers -------------------------------------------------------------------------------------------------


def test_inflected_names_resolve_to_known_speakers_in_another_script():
    text = (
        "За словами Мін Аунг Хлаїнга, вибори пройшли спокійно. "
        "По словам Путина, переговоры были полезными. "
        "За словами Пєскова, зустріч відбудеться в березні."
    )
    ids = [c.speaker_id for c in extract_candidates(text, language="uk", speakers=SPEAKERS)]
    assert ids == [5, 6, 2]


def test_a_speaker_known_under_an_alias_is_resolved():
    text = "Zelenskyy said the new package would arrive within weeks."
    assert only(extract_candidates(text, language="en", speakers=SPEAKERS)).speaker_id == 1


def test_an_unknown_speaker_is_offered_by_the_name_as_written_without_titles():
    text = "«Ми готові до діалогу», — заявив міністр закордонних справ Угорщини Петер Сійярто."
    candidate = only(extract_candidates(text, language="uk", speakers=SPEAKERS))
    assert candidate.speaker_id is None
    assert candidate.speaker_mention == "Петер Сійярто"


def test_without_known_speakers_every_speaker_is_offered_as_new():
    text = "Prime Minister Mikhail Mishustin highlighted the growth of trade with India."
    candidate = only(extract_candidates(text, language="en"))
    assert (candidate.speaker_mention, candidate.speaker_id) == ("Mikhail Mishustin", None)
    assert candidate.text == "highlighted the growth of trade with India"


def test_a_pronoun_stands_for_the_only_person_named_in_the_sentence_before():
    text = "Dmitry Peskov spoke to reporters on Monday. He said the Kremlin was ready for talks."
    candidate = only(extract_candidates(text, language="en", speakers=SPEAKERS))
    assert (candidate.speaker_id, candidate.speaker_mention) == (2, "Dmitry Peskov")


def test_a_pronoun_stands_for_the_speaker_of_the_statement_before():
    text = "«Ми відповімо», — сказав Лавров. За його словами, Москва вже готує заходи."
    _first, second = extract_candidates(text, language="uk", speakers=SPEAKERS)
    assert (second.kind, second.speaker_id) == ("indirect", 3)


def test_a_pronoun_after_two_people_is_ambiguous_and_gives_no_candidate():
    text = "Vladimir Putin met Xi Jinping in Beijing. He said the partnership had no limits."
    assert extract_candidates(text, language="en", speakers=SPEAKERS) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Experts say the sanctions are starting to work.", "en"),
        ("The deal was signed on Friday, according to the media.", "en"),
        ("Як повідомили ЗМІ, делегації вже прибули до Женеви.", "uk"),
        ("За словами критиків, вибори не були ані вільними, ані чесними.", "uk"),
        ("Источники сообщили, что сделка сорвалась.", "ru"),
        ("The so-called “special military operation” began in 2022.", "en"),
        ("The meeting between Vladimir Putin and Xi Jinping underscores their partnership.", "en"),
        ("Moscow would respond to any provocation.", "en"),
    ],
)
def test_nobody_in_particular_gives_no_candidate(text, language):
    assert extract_candidates(text, language=language, speakers=SPEAKERS) == []


# The whole text -------------------------------------------------------------------------------------------

MIXED = (
    "Зустріч тривала дві години.\n\n"
    "«Ми не підемо на поступки», — заявив Зеленський. Він додав, що партнери вже пообіцяли допомогу.\n"
    "За словами Пєскова, Кремль «уважно стежить» за ситуацією, а Лавров сказав, що відповідь буде.\n"
    "\n“We will not back down,” Zelenskyy told reporters in Kyiv.\n"
)


def test_candidates_are_exact_spans_sorted_and_never_repeated():
    candidates = extract_candidates(MIXED, speakers=SPEAKERS)
    assert len(candidates) >= 4
    assert all(MIXED[c.start : c.end] == c.text for c in candidates)
    assert [c.start for c in candidates] == sorted(c.start for c in candidates)
    spans = [(c.start, c.end) for c in candidates]
    assert len(spans) == len(set(spans))
    for a, b in zip(candidates, candidates[1:], strict=False):
        same_speaker = (a.speaker_id, a.speaker_mention) == (b.speaker_id, b.speaker_mention)
        assert not (same_speaker and b.start < a.end), (a, b)


def test_empty_text_gives_no_candidates():
    assert extract_candidates("  \n ") == []


def test_find_quotes_tells_apostrophes_from_quotation_marks():
    text = 'Myanmar’s leader called him a ‘king’ and said "yes"; «вони „так“ сказали».'
    quoted = [text[o + 1 : c] for o, c in find_quotes(text)]
    assert quoted == ["king", "yes", "вони „так“ сказали"]


# Speakers from the database -------------------------------------------------------------------------------


def test_speaker_refs_gather_names_and_aliases_in_one_query(db, django_assert_num_queries):
    make_speaker("Sergei Shoigu", names={"en": "Sergei Shoigu", "uk": "Сергій Шойгу"}, aliases=["Shoygu", "Шойгу"])
    make_speaker("Myanmar officials", kind="organization", names={"en": "Myanmar officials"})
    with django_assert_num_queries(1):
        refs = {ref.names[0]: ref for ref in speaker_refs()}
    assert set(refs["Sergei Shoigu"].names) == {"Sergei Shoigu", "Сергій Шойгу", "Shoygu", "Шойгу"}
    assert refs["Myanmar officials"].kind == "organization"


# extract_quotes -------------------------------------------------------------------------------------------


def test_extract_quotes_prints_candidates_as_json_with_speakers_from_the_database(db, tmp_path):
    speaker = make_speaker("Sergei Shoigu", names={"uk": "Сергій Шойгу"}, aliases=["Шойгу"])
    path = tmp_path / "article.txt"
    text = "«Ви можете розраховувати на нашу підтримку», — сказав Шойгу.\r\nЗа словами Іванова, угоду підписано."
    path.write_bytes(text.encode("utf-8"))
    out = StringIO()
    call_command("extract_quotes", str(path), "--language", "auto", "--format", "json", stdout=out)
    rows = json.loads(out.getvalue())
    keys = {"text", "start", "end", "kind", "speaker_mention", "speaker_id", "speaker_kind", "media"}
    assert [set(row) for row in rows] == [keys] * 2
    assert rows[0] == {
        "text": "Ви можете розраховувати на нашу підтримку",
        "start": 1,
        "end": 42,
        "kind": "direct",
        "speaker_mention": "Шойгу",
        "speaker_id": speaker.pk,
        "speaker_kind": "person",
        "media": False,
    }
    assert (rows[1]["speaker_mention"], rows[1]["speaker_id"]) == ("Іванов", None)
    assert all(text[row["start"] : row["end"]] == row["text"] for row in rows)


def test_extract_quotes_refuses_a_missing_file(db, tmp_path):
    with pytest.raises(CommandError, match="No such file"):
        call_command("extract_quotes", str(tmp_path / "missing.txt"))


def test_extract_quotes_refuses_an_unknown_language(db, tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("Text.", encoding="utf-8")
    with pytest.raises(CommandError, match="Unknown language"):
        call_command("extract_quotes", str(path), "--language", "xx")


# The corpus -----------------------------------------------------------------------------------------------


def test_spans_match_when_one_contains_the_other_or_they_mostly_overlap():
    assert spans_match((0, 10), (2, 5))
    assert spans_match((2, 5), (0, 10))
    assert spans_match((0, 10), (4, 12))
    assert not spans_match((0, 10), (8, 30))
    assert not spans_match((0, 10), (10, 20))


def test_extraction_finds_the_demo_corpus_direct_and_partial_statements_with_their_speakers():
    result = total(evaluate(load_gold(CORPUS / "gold.json")))
    assert result.direct_partial > 0
    assert result.recall_direct_partial >= 0.9, [miss.statement["id"] for miss in result.misses]


def test_the_development_set_extension_is_read_whole_in_each_language_by_default():
    from extraction.management.commands.evaluate_extraction import default_gold_files

    extension = [path for path in default_gold_files() if "tests/data/extraction" in path.as_posix()]
    assert [path.parent.name for path in extension] == ["en", "ru", "uk"]
    for path in extension:
        gold = load_gold(path)  # every statement's text at its offsets, or GoldError
        assert {article.language for article in gold.articles} == {path.parent.name}
        assert sum(len(article.statements) for article in gold.articles) >= 25


def test_most_quotation_candidates_in_the_demo_corpus_are_annotated_statements():
    # The demo gold annotates every quotation but only some of the reported speech ("Putin praised growing
    # ties ..." is not in it), so precision is measured on the candidates with quote marks.
    gold = load_gold(CORPUS / "gold.json")
    quoted = matched = 0
    for article in gold.articles:
        spans = [statement["_span"] for statement in article.statements]
        for candidate in extract_candidates(article.text, language=article.language):
            if candidate.kind != "indirect":
                quoted += 1
                matched += any(spans_match((candidate.start, candidate.end), span) for span in spans)
    assert quoted > 0
    assert matched / quoted >= 0.9


def test_evaluate_extraction_prints_both_runs_per_language_and_writes_json(tmp_path):
    out = StringIO()
    report = tmp_path / "report.json"
    call_command("evaluate_extraction", str(CORPUS / "gold.json"), "--json", str(report), "--no-speed", stdout=out)
    printed = out.getvalue()
    assert "Every gold speaker known" in printed
    assert "No speaker known" in printed
    figures = json.loads(report.read_text(encoding="utf-8"))
    assert set(figures["runs"]) == {"known", "none"}
    assert {"uk", "en", "all"} <= set(figures["runs"]["known"])
    assert figures["runs"]["known"]["all"]["statements"] > 0


def test_evaluate_extraction_lists_candidates_on_no_statement_by_their_text_s_whole_number(tmp_path):
    text = "Daniel Hart said the plant will close. Anna Roe said the mine will close.\n"
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "1006_en_plant.txt").write_text(text, encoding="utf-8")
    start = text.index("the plant")
    gold = {
        "about": "test",
        "speakers": [
            {"key": "hart", "kind": "person", "names": {"en": "Daniel Hart", "uk": "Деніел Гарт", "ru": "Дэниел Харт"}}
        ],
        "statements": [
            {
                "id": "1006-1",
                "file": "1006_en_plant.txt",
                "speaker": "hart",
                "kind": "indirect",
                "text": "the plant will close",
                "start": start,
                "end": start + len("the plant will close"),
            }
        ],
        "excluded": [],
    }
    (tmp_path / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    out = StringIO()
    call_command("evaluate_extraction", str(tmp_path / "gold.json"), "--unmatched", "--no-speed", stdout=out)
    assert "    1006 [indirect] Anna Roe: the mine will close" in out.getvalue()


def test_evaluate_extraction_help_is_printed(capsys):
    with pytest.raises(SystemExit):
        call_command("evaluate_extraction", "--help")
    assert "gold.json" in capsys.readouterr().out


def test_evaluate_extraction_refuses_a_missing_gold_file(tmp_path):
    with pytest.raises(CommandError, match="No such gold file"):
        call_command("evaluate_extraction", str(tmp_path / "missing.json"), "--no-speed")


def test_extract_quotes_on_a_demo_article_names_the_demo_speakers(demo):
    from claims.models import Speaker

    out = StringIO()
    call_command("extract_quotes", str(CORPUS / "000_379069a364f93177.txt"), stdout=out)
    rows = json.loads(out.getvalue())
    shoigu = Speaker.objects.get(names__name="Сергій Шойгу")
    direct = [row for row in rows if row["kind"] == "direct"]
    assert len(direct) == 3
    assert {row["speaker_id"] for row in direct} == {shoigu.pk}
