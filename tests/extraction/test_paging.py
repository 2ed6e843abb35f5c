"""Long texts in the candidates view: a page at a time, offsets into the whole text."""

from django.urls import reverse

from extraction import SpeakerRef, extract_candidates
from extraction.paging import extract_page, text_pages
from tests.factories import make_source

PETRENKO = SpeakerRef(id=1, names=["Андрій Петренко"])
PARAGRAPH = "Погода в місті була спокійна, ринки працювали як завжди, транспорт ходив за розкладом.\n"
STATEMENT = '"Переговори тривають", - сказав Андрій Петренко.\n'


def long_text(paragraphs: int = 600) -> str:
    return PARAGRAPH * (paragraphs // 2) + STATEMENT + PARAGRAPH * (paragraphs // 2)


def test_pages_cover_the_whole_text_and_end_at_paragraph_breaks():
    text = long_text()
    pages = text_pages(text, size=5_000)
    assert len(pages) > 1
    assert pages[0][0] == 0 and pages[-1][1] == len(text)
    assert all(a_end == b_start for (_a, a_end), (b_start, _b) in zip(pages, pages[1:], strict=False))
    assert all(text[end - 1] == "\n" for _start, end in pages[:-1])


def test_a_short_text_is_one_page():
    assert text_pages("Короткий текст.") == [(0, 15)]


def test_a_candidate_on_a_later_page_has_its_offsets_in_the_whole_text():
    text = long_text()
    pages = text_pages(text, size=5_000)
    position = text.index("Переговори тривають")
    number = next(i for i, (start, end) in enumerate(pages, 1) if start <= position < end)
    candidates, count = extract_page(text, number, language="uk", speakers=[PETRENKO], size=5_000)
    assert count == len(pages)
    [candidate] = candidates
    assert text[candidate.start : candidate.end] == candidate.text == "Переговори тривають"
    assert candidate.speaker_id == 1
    others, _count = extract_page(text, 1, language="uk", speakers=[PETRENKO], size=5_000)
    assert number > 1 and others == []


def test_pages_give_the_same_candidates_as_the_whole_text():
    text = long_text(100)
    whole = extract_candidates(text, language="uk", speakers=[PETRENKO])
    paged = []
    for number in range(1, len(text_pages(text, size=2_000)) + 1):
        paged += extract_page(text, number, language="uk", speakers=[PETRENKO], size=2_000)[0]
    assert paged == whole


def test_the_candidates_page_of_a_long_text_is_paged(client, analyst):
    source = make_source(text=long_text(800))
    client.force_login(analyst)
    url = reverse("sources:candidates", args=[source.pk])
    first = client.get(url).content.decode()
    assert 'rel="next"' in first and "Переговори тривають</blockquote>" not in first
    pages = len(text_pages(source.text))
    position = source.text.index("Переговори тривають")
    number = next(i for i, (start, end) in enumerate(text_pages(source.text), 1) if start <= position < end)
    page = client.get(url, {"page": number}).content.decode()
    assert "Переговори тривають</blockquote>" in page
    assert f"start={position}&amp;" in page
    assert client.get(url, {"page": "x"}).status_code == 200
    assert client.get(url, {"page": pages + 5}).status_code == 200


def test_the_candidates_page_of_a_short_text_has_no_pager(client, analyst):
    source = make_source(text=STATEMENT)
    client.force_login(analyst)
    page = client.get(reverse("sources:candidates", args=[source.pk])).content.decode()
    assert 'rel="next"' not in page and "Переговори тривають</blockquote>" in page
