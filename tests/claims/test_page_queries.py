"""Pages read a fixed number of queries however much they show, and never load what they do not show."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims.services import claim_transition
from tests.factories import make_claim, make_quote, make_source, make_speaker, publish

pytestmark = pytest.mark.django_db

WHOLE_TEXT = re.compile(r'(?<!\()"sources_source"\."text"')
BIG_HTML = "<html><body>" + "<p>Шойгу заявив про підтримку.</p>" * 2000 + "</body></html>"


def claim_with_reports(*, author, editor, speaker, reports: int):
    claim = make_claim(author=author, speaker=speaker, summary=f"Claim with {reports} reports")
    for n in range(reports):
        source = make_source(text=f"{claim.pk}: Шойгу заявив, що звіт номер {n} важливий.", raw_html=BIG_HTML)
        make_quote(claim=claim, source=source, fragment=f"звіт номер {n} важливий", actor=author)
    return publish(claim, editor=editor)


def queries_of(client, url: str) -> list[str]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return [query["sql"] for query in captured.captured_queries]


@pytest.mark.parametrize("who", ["reader", "analyst", "editor"])
def test_the_claim_page_reads_as_many_queries_for_one_report_as_for_five(client, analyst, editor, who):
    speaker = make_speaker()
    one = claim_with_reports(author=analyst, editor=editor, speaker=speaker, reports=1)
    five = claim_with_reports(author=analyst, editor=editor, speaker=speaker, reports=5)
    if who != "reader":
        client.force_login(analyst if who == "analyst" else editor)
    client.get(one.get_absolute_url())  # sessions, language: the same for both from here on
    assert len(queries_of(client, one.get_absolute_url())) == len(queries_of(client, five.get_absolute_url()))


def test_the_claim_page_never_loads_a_sources_raw_html_or_whole_text(client, analyst, editor):
    claim = claim_with_reports(author=analyst, editor=editor, speaker=make_speaker(), reports=3)
    page = client.get(claim.get_absolute_url()).content.decode()
    assert "звіт номер 2 важливий" in page
    for sql in queries_of(client, claim.get_absolute_url()):
        assert '"sources_source"."raw_html"' not in sql
        # The whole text as a column; a function of it (the opening of an untitled source) is fine.
        assert not WHOLE_TEXT.search(sql), sql


def test_the_review_page_shows_each_quote_in_context_from_a_window_of_its_source(client, analyst, editor):
    claim = make_claim(author=analyst, speaker=make_speaker(), summary="In context")
    long_text = "Вступ. " * 3000 + "Шойгу заявив: «Ми готові». Потім він пішов. " + "Кінець. " * 3000
    make_quote(claim=claim, source=make_source(text=long_text), fragment="Ми готові", actor=analyst)
    claim_transition(claim=claim, to=claim.Status.IN_REVIEW, actor=analyst)
    client.force_login(editor)
    url = f"/review/{claim.pk}/"
    page = client.get(url).content.decode()
    assert "Шойгу заявив: «" in page and "». Потім він пішов." in page
    assert "Кінець. Кінець. Кінець. Кінець. Кінець." not in page  # a sentence of context, not the article
    for sql in queries_of(client, url):
        assert '"sources_source"."raw_html"' not in sql


def test_a_speaker_page_reads_as_many_queries_for_three_claims_as_for_thirty(client, analyst, editor):
    few, many = make_speaker("Few Claims"), make_speaker("Many Claims")
    for speaker, count in ((few, 3), (many, 30)):
        for n in range(count):
            publish(make_claim(author=analyst, speaker=speaker, summary=f"{speaker.name} {n}"), editor=editor)
    client.get(few.get_absolute_url())
    client.get(many.get_absolute_url())  # each speaker's chart is computed once, then kept
    assert len(queries_of(client, few.get_absolute_url())) == len(queries_of(client, many.get_absolute_url()))


def test_the_home_page_reads_as_many_queries_for_one_claim_as_for_ten(client, analyst, editor):
    speaker = make_speaker()
    claim_with_reports(author=analyst, editor=editor, speaker=speaker, reports=2)
    client.get("/")
    one = len(queries_of(client, "/"))
    for _ in range(9):
        claim_with_reports(author=analyst, editor=editor, speaker=make_speaker(f"Speaker {_}"), reports=2)
    assert len(queries_of(client, "/")) == one


def test_a_search_page_reads_as_many_queries_for_two_results_as_for_twenty(client, analyst, editor):
    speaker = make_speaker()
    claim_with_reports(author=analyst, editor=editor, speaker=speaker, reports=2)
    client.force_login(editor)
    url = "/search/?q=важливий"
    client.get(url)
    two = len(queries_of(client, url))
    claim_with_reports(author=analyst, editor=editor, speaker=speaker, reports=20)
    assert len(queries_of(client, url)) == two


@pytest.mark.parametrize("url", ["/", "/search/?q=важливий"])
def test_lists_of_claims_never_load_a_sources_raw_html_or_whole_text(client, analyst, editor, url):
    claim_with_reports(author=analyst, editor=editor, speaker=make_speaker(), reports=3)
    assert "звіт номер 2" in client.get(url).content.decode()
    for sql in queries_of(client, url):
        assert '"sources_source"."raw_html"' not in sql and not WHOLE_TEXT.search(sql), sql


def test_recording_a_quote_indexes_it_without_reading_its_sources_text(analyst):
    claim = make_claim(author=analyst, speaker=make_speaker(), summary="Indexed")
    source = make_source(text="Шойгу заявив, що звіт номер 7 важливий.", raw_html=BIG_HTML)
    with CaptureQueriesContext(connection) as captured:
        make_quote(claim=claim, source=source, fragment="звіт номер 7 важливий", actor=analyst)
    reads = [query["sql"] for query in captured.captured_queries if query["sql"].startswith("SELECT")]
    assert any("claims_quotesearch" in sql or "claims_quote" in sql for sql in reads)
    assert not any('"sources_source"."raw_html"' in sql for sql in reads), reads


def test_the_home_list_is_kept_until_a_published_claim_changes(transactional_db, client, analyst, editor):
    speaker = make_speaker()
    claim_with_reports(author=analyst, editor=editor, speaker=speaker, reports=1)
    assert "Claim with 1 reports" in client.get("/").content.decode()
    assert not any("claims_claim" in sql for sql in queries_of(client, "/"))  # the kept list: no claim read
    claim_with_reports(author=analyst, editor=editor, speaker=speaker, reports=2)  # published: a new token
    page = client.get("/").content.decode()
    assert "Claim with 2 reports" in page and "Claim with 1 reports" in page


def test_the_review_queue_reads_as_many_queries_for_one_claim_as_for_twelve(client, analyst, editor):
    """Only what the queue shows is read: each claim's speaker with their names, its author, its report
    languages; never the speakers' roles and aliases or the claims' topics."""
    speakers = [make_speaker(f"Speaker {n}") for n in range(12)]
    first = make_claim(author=analyst, speaker=speakers[0], summary="Waiting 0")
    claim_transition(claim=first, to=first.Status.IN_REVIEW, actor=analyst)
    client.force_login(editor)
    one = queries_of(client, "/review/")
    for n, speaker in enumerate(speakers[1:], start=1):
        claim = make_claim(author=analyst, speaker=speaker, summary=f"Waiting {n}")
        claim_transition(claim=claim, to=claim.Status.IN_REVIEW, actor=analyst)
    twelve = queries_of(client, "/review/")
    assert len(one) == len(twelve)
    assert not any('FROM "claims_speakerrole"' in sql or 'FROM "claims_speakeralias"' in sql for sql in twelve)
    assert "Waiting 11" in client.get("/review/").content.decode()
