import pytest

from text import (
    FALLBACK_LANGUAGE,
    detect_language,
    lemma_of_name,
    lemmas,
    name_keys,
    name_skeleton,
    normalize,
    tokens,
)

# normalize ------------------------------------------------------------------------------------------------


def test_normalize_composes_to_nfc_and_case_folds():
    decomposed = "І\u0308ЖАК Straße"  # Ї written as І + combining diaeresis
    assert normalize(decomposed) == "їжак strasse"


@pytest.mark.parametrize("apostrophe", ["'", "\u2019", "\u02bc", "\u2018", "`", "\u00b4", "\u02b9", "\uff07", "\u2032"])
def test_normalize_makes_every_apostrophe_between_letters_one_form(apostrophe):
    assert normalize(f"М{apostrophe}янми") == normalize("Мʼянми") == "мʼянми"


def test_normalize_leaves_quote_marks_that_are_not_between_letters():
    assert normalize("'розуміння' і ‘king’") == "'розуміння' і ‘king’"


@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\u2009", "\u2002", "\u3000", "\u1680"])
def test_normalize_turns_nbsp_and_other_unicode_spaces_into_a_plain_space(space):
    assert normalize(f"3{space}лютого") == "3 лютого"


def test_normalize_keeps_line_breaks():
    assert normalize("Перший\nДругий") == "перший\nдругий"


def test_normalize_drops_soft_hyphens_zero_width_spaces_and_stress_marks():
    assert normalize("під\u00adтримка\u200b за\u0301мок") == "підтримка замок"


def test_normalize_never_changes_what_it_is_given():
    text = "М’янма\u00a0"
    normalize(text)
    assert text == "М’янма\u00a0"


# detect_language ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Він сказав, що все буде добре.",
        "Ми готові до переговорів.",
        "Міністр заявив про підтримку.",
        "Це було давно.",
        "Президент провів зустріч з міністром.",
        "Вона прийде завтра",
        "Уряд ухвалив нову програму допомоги переселенцям.",
    ],
)
def test_detect_language_recognises_short_ukrainian_sentences(sentence):
    assert detect_language(sentence) == "uk"


@pytest.mark.parametrize(
    "sentence",
    [
        "Он сказал, что все будет хорошо.",
        "Мы готовы к переговорам.",
        "Министр заявил о поддержке.",
        "Это было давно.",
        "Президент провел встречу с министром.",
        "Она придет завтра",
        "Правительство приняло новую программу помощи переселенцам.",
    ],
)
def test_detect_language_recognises_short_russian_sentences(sentence):
    assert detect_language(sentence) == "ru"


def test_detect_language_recognises_english():
    assert detect_language("The minister said the talks would continue next week.") == "en"


def test_detect_language_tells_a_ukrainian_article_quoting_russian_words_is_ukrainian():
    text = "Речник Кремля заявив, що Москва «не видит оснований» для переговорів, які пропонує Київ."
    assert detect_language(text) == "uk"


@pytest.mark.parametrize("text", ["", "   ", "2026-02-03 12:00", "!!! ..."])
def test_detect_language_falls_back_for_text_without_letters(text):
    assert detect_language(text) == FALLBACK_LANGUAGE == "en"


# tokens and lemmas ----------------------------------------------------------------------------------------


def test_tokens_keep_apostrophised_words_and_numbers_whole():
    assert tokens("Уряд М’янми виділив 2,5 млн доларів 4-5 лютого") == [
        "уряд",
        "мʼянми",
        "виділив",
        "2,5",
        "млн",
        "доларів",
        "4",
        "5",
        "лютого",
    ]


def test_lemmas_give_one_ukrainian_word_for_its_inflected_forms():
    assert lemmas("підтримку підтримки підтримка підтримкою", "uk") == ["підтримка"] * 4


def test_lemmas_give_one_word_whatever_the_apostrophe():
    assert lemmas("М'янми Мʼянма М’янмою", "uk") == ["мʼянма"] * 3


def test_lemmas_of_russian_text_use_the_russian_dictionary():
    assert lemmas("поддержку поддержки Поддержка", "ru") == ["поддержка"] * 3
    assert lemmas("ещё", "ru") == lemmas("еще", "ru")


def test_lemmas_of_english_text_are_stems():
    assert len(set(lemmas("support supported supporting supports", "en"))) == 1
    assert lemmas("Myanmar’s", "en") == ["myanmar"]


def test_lemmas_keep_numbers():
    assert lemmas("2010 і 4,5 млн", "uk") == ["2010", "і", "4,5", "млн"]


def test_lemmas_prefer_the_everyday_reading_of_ambiguous_ukrainian_words():
    # The dictionary also reads "війни" as an imperative and "люди" as a form of the name "Люда".
    assert lemmas("війни люди", "uk") == ["війна", "людина"]


def test_lemmas_of_other_languages_are_the_normalised_tokens():
    assert lemmas("Die Gespräche wurden fortgesetzt", "de") == ["die", "gespräche", "wurden", "fortgesetzt"]


# names ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "spellings",
    [
        ["Шойгу", "Shoigu", "SHOYGU", "Shoygu", "шойгу"],
        ["Сергій Шойгу", "Сергей Шойгу", "Sergei Shoigu", "Sergey Shoygu"],
        ["Путін", "Путин", "Putin", "PUTIN"],
        ["Мін Аунг Хлаїнг", "Min Aung Hlaing", "Мин Аун Хлайн"],
        ["Пєсков", "Песков", "Peskov"],
        ["Зеленський", "Зеленский", "Zelensky", "Zelenskyy", "Zelenskiy"],
        ["Мішустін", "Мишустин", "Mishustin"],
        ["Дмитрий", "Dmitry", "Dmitriy", "Dmitrii"],
    ],
)
def test_name_skeleton_meets_across_scripts_and_transliterations(spellings):
    assert len({name_skeleton(spelling) for spelling in spellings}) == 1


def test_name_skeleton_keeps_different_names_apart():
    skeletons = {name_skeleton(name) for name in ["Путін", "Пєсков", "Шойгу", "Лавров", "Мішустін", "Трамп"]}
    assert len(skeletons) == 6


def test_name_skeleton_drops_soft_signs_and_apostrophes():
    assert name_skeleton("Ігорь") == name_skeleton("Ігор")
    assert name_skeleton("Найп'їдо") == name_skeleton("Найпʼїдо") == name_skeleton("Naypyido")


@pytest.mark.parametrize(
    ("inflected", "nominative"),
    [("Путіна", "путін"), ("Пєскова", "пєсков"), ("Хлаїнгом", "хлаїнг"), ("Шойгу", "шойгу"), ("Putin's", "putin")],
)
def test_lemma_of_name_gives_the_nominative(inflected, nominative):
    assert lemma_of_name(inflected, "uk") == nominative


def test_name_keys_of_an_inflected_form_meet_the_name_in_another_script():
    assert name_keys("Хлаїнгом", "uk") & name_keys("Hlaing")
    assert name_keys("Путіна", "uk") & name_keys("Putin")
    assert name_keys("Пескова", "ru") & name_keys("Пєсков")
    assert not name_keys("Путіна", "uk") & name_keys("Peskov")
