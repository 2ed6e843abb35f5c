"""Words a scraper glued together, read apart with the offsets of the text as it was given."""

from extraction.unglue import original_offset, unglue


def test_a_word_run_on_into_a_capitalised_one_or_a_verb_of_saying_is_split_and_offsets_map_back():
    text = "Об этомсообщаютВоздушные силы. Мэрпредупредил об этом."
    unglued, offsets = unglue(text, "ru")
    assert unglued == "Об этом сообщают Воздушные силы. Мэр предупредил об этом."
    # Each space put back stands at the offset where the word after it starts in the given text.
    for word in ("сообщают", "Воздушные", "предупредил"):
        assert offsets[unglued.index(word) - 1] == text.index(word)
    assert original_offset(offsets, unglued.index("Воздушные"), len(text)) == text.index("Воздушные")
    assert original_offset(offsets, len(unglued), len(text)) == len(text)


def test_words_the_dictionary_knows_acronyms_and_english_text_are_left_alone():
    for text, language in (("Сотрудники КамАЗ сообщили об этом.", "ru"), ("iPhone maker said so.", "en")):
        assert unglue(text, language) == (text, None)
    assert unglue("Наприклад, перепрошуємо.", "uk") == ("Наприклад, перепрошуємо.", None)


def test_names_written_with_a_capital_inside_and_surnames_that_hold_a_short_verb_form_stay_whole():
    for text, language in (
        ("«Тарифи не зростуть», — заявили в ПриватБанку.", "uk"),
        ("Как сообщает МегаФон, сенатор Джон МакКейн заявил об этом.", "ru"),
        ("Депутатка Ірина Пишенко заявила, що бюджет переглянуть.", "uk"),
        ("По словам вратаря Карпишина, волонтер Оксана Пилипишина права.", "ru"),
        ("Ми окажем допомогу, сказав він.", "uk"),  # a Russian word in a Ukrainian text
    ):
        assert unglue(text, language) == (text, None)
    # A name the dictionaries do not know glued to a long form of a verb of saying is read apart.
    assert (
        unglue("Глава полиции Виорел Чернэуцянузаявил, что", "ru")[0] == "Глава полиции Виорел Чернэуцяну заявил, что"
    )


def test_a_capitalised_word_is_cut_only_where_its_verb_ends_it_and_words_with_an_apostrophe_stay_whole():
    for text, language in (("Депутат Андрій Говорюк заявив.", "uk"), ("Він м'якоголосий.", "uk")):
        assert unglue(text, language) == (text, None)
    assert unglue("Мэрпредупредил об этом.", "ru")[0] == "Мэр предупредил об этом."
