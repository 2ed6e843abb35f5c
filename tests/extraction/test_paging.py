"""Long texts in the candidates view: a page at a time, offsets into the whole text."""

from django.urls import reverse
from procrastinate.contrib.django.models import ProcrastinateJob

from claims import tasks
from claims.suggestions import SUGGEST
from extraction import SpeakerRef, extract_candidates
from extraction.paging import extract_page, text_pages
from jobs.models import Job
from tests.factories import make_source, make_speaker

PETRENKO = SpeakerRef(id=1, names=["Андрій Петренко"])
PARAGRAPH = "Погода в місті була спокійна, ринки працювали як завжди, транспорт ходив за розкладом.\n"
STATEMENT = '"Переговори тривають", - сказав Андрій Петренко.\n'


def long_text(paragraphs: int = 600) -> str:
    return PARAGRAPH * (paragraphs // 2) + STATEMENT + PARAGRAPH * (paragraphs // 2)


def statement_page(text: str) -> int:
    """The number of the candidates page that holds STATEMENT."""
    position = text.index("Переговори тривають")
    return next(i for i, (start, end) in enumerate(text_pages(text), 1) if start <= position < end)


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
    url = reverse("claims:source_candidates", args=[source.pk])
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
    page = client.get(reverse("claims:source_candidates", args=[source.pk])).content.decode()
    assert 'rel="next"' not in page and "Переговори тривають</blockquote>" in page


def test_a_long_text_is_read_once_by_a_background_job_and_then_every_page_comes_from_it(client, analyst):
    source = make_source(text=long_text(800))
    client.force_login(analyst)
    url = reverse("claims:source_candidates", args=[source.pk])
    first = client.get(url)
    [job] = Job.objects.filter(task=SUGGEST)
    assert job.status == Job.Status.SUCCEEDED and job.created_by == analyst and "Refresh" not in first
    assert job.done == job.total == len(text_pages(source.text))
    assert "1 suggestion in the whole text" in first.content.decode()
    number = statement_page(source.text)
    assert "Переговори тривають</blockquote>" in client.get(url, {"page": number}).content.decode()
    assert Job.objects.filter(task=SUGGEST).count() == 1  # later pages and visits read the job's result


def test_a_new_speaker_makes_the_long_text_read_again_so_the_suggestion_names_them(client, analyst):
    source = make_source(text=long_text(800))
    client.force_login(analyst)
    url = reverse("claims:source_candidates", args=[source.pk])
    number = statement_page(source.text)
    before = client.get(url, {"page": number}).content.decode()
    assert "(new speaker)" in before
    petrenko = make_speaker("Andrii Petrenko", names={"uk": "Андрій Петренко", "en": "Andrii Petrenko"})
    after = client.get(url, {"page": number}).content.decode()
    assert f"speaker={petrenko.pk}" in after and "(new speaker)" not in after
    assert Job.objects.filter(task=SUGGEST).count() == 2


def test_while_the_job_runs_the_page_shows_its_progress_and_reloads_itself(client, analyst, settings):
    settings.JOBS_RUN_INLINE = False
    source = make_source(text=long_text(800))
    client.force_login(analyst)
    url = reverse("claims:source_candidates", args=[source.pk])
    waiting = client.get(url)
    html = waiting.content.decode()
    assert waiting["Refresh"] == "2" and 'id="suggest-progress"' in html and "<blockquote" not in html
    [job] = Job.objects.filter(task=SUGGEST)
    assert job.status == Job.Status.QUEUED
    assert ProcrastinateJob.objects.filter(task_name=SUGGEST, args__job_id=job.pk, status="todo").exists()
    client.get(url)
    assert Job.objects.filter(task=SUGGEST).count() == 1  # a reload does not queue the work again

    tasks.suggest_quotes(job_id=job.pk, source_id=source.pk)  # what the worker runs

    ready = client.get(url)
    assert "Refresh" not in ready and 'id="suggest-progress"' not in ready.content.decode()
    assert "1 suggestion in the whole text" in ready.content.decode()


def test_when_the_job_failed_each_page_is_read_in_the_request(client, analyst, settings):
    settings.JOBS_RUN_INLINE = False
    source = make_source(text=long_text(800))
    client.force_login(analyst)
    url = reverse("claims:source_candidates", args=[source.pk])
    client.get(url)
    Job.objects.filter(task=SUGGEST).update(status=Job.Status.FAILED, error="MemoryError")
    number = statement_page(source.text)
    page = client.get(url, {"page": number})
    assert "Refresh" not in page and "Переговори тривають</blockquote>" in page.content.decode()
    assert "failed" in page.content.decode()
    assert Job.objects.filter(task=SUGGEST).count() == 1


def test_a_short_text_is_read_in_the_request_without_a_job(client, analyst):
    source = make_source(text=STATEMENT)
    client.force_login(analyst)
    page = client.get(reverse("claims:source_candidates", args=[source.pk])).content.decode()
    assert "Переговори тривають</blockquote>" in page
    assert not Job.objects.filter(task=SUGGEST).exists()


def test_new_extraction_rules_make_the_long_text_read_again(client, analyst, monkeypatch):
    from claims import suggestions

    source = make_source(text=long_text(800))
    client.force_login(analyst)
    url = reverse("claims:source_candidates", args=[source.pk])
    client.get(url)
    client.get(url)
    assert Job.objects.filter(task=SUGGEST).count() == 1  # the same rules: the job's result is reused
    monkeypatch.setattr(suggestions, "rules_fingerprint", lambda: "a deploy with other rules")
    client.get(url)
    assert Job.objects.filter(task=SUGGEST).count() == 2


def test_a_new_outlet_makes_the_long_text_read_again(client, analyst, editor):
    from sources.services import outlet_create

    source = make_source(text=long_text(800))
    client.force_login(analyst)
    url = reverse("claims:source_candidates", args=[source.pk])
    client.get(url)
    outlet_create(actor=editor, name="Northern Courier")
    client.get(url)
    assert Job.objects.filter(task=SUGGEST).count() == 2
