"""Words a scraper glued together, read apart with the offsets of the text as it was given."""

from extraction.unglue import original_offset, unglue


def test_a_word_run_on_into_a_capitalised_one_or_a_verb_of_saying_is_split_and_offsets_map_back():
    text = "Об этомсообщаютВоздушные силы. Мэрпредупредил об этом."
    unglued, offsets = unglue(text, "ru")
    assert unglued == "Об этом сообщают Воздушные силы. Мэр предупредил об этом."
    assert all(unglued[k] == text[offsets[k]] for k in range(len(unglued)) if unglued[k] != " ")
    assert original_offset(offsets, unglued.index("Воздушные"), len(text)) == text.index("Воздушные")
    assert original_offset(offsets, len(unglued), len(text)) == len(text)


def test_words_the_dictionary_knows_acronyms_and_english_text_are_left_alone():
    for text, language in (("Сотрудники КамАЗ сообщили об этом.", "ru"), ("iPhone maker said so.", "en")):
        assert unglue(text, language) == (text, None)
    assert unglue("Наприклад, перепрошуємо.", "uk") == ("Наприклад, перепрошуємо.", None)
