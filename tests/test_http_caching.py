"""Anonymous readers revalidate pages with an ETag that follows the published content; signed-in users'
pages are never kept by a shared cache."""

import pytest
from django.contrib import messages
from django.contrib.messages.storage.cookie import CookieStorage
from django.http import HttpRequest, HttpResponse
from django.test import Client

from tests.factories import make_claim, make_quote, make_source, publish

FRAGMENT = "повністю розраховувати на підтримку Москви"


@pytest.fixture
def published(db, analyst, editor, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        source = make_source(text=f"Шойгу заявив, що М'янма може {FRAGMENT}.")
        claim = make_claim(author=analyst, summary="Myanmar can count on Moscow")
        make_quote(claim=claim, source=source, fragment=FRAGMENT, actor=analyst)
        publish(claim, editor=editor)
    return claim


def pages(claim):
    return [
        "/",
        claim.get_absolute_url(),
        claim.speaker.get_absolute_url(),
        "/search/?q=Шойгу",
    ]


def test_a_reader_revalidates_a_page_and_gets_304_until_something_is_published(
    published, analyst, editor, django_capture_on_commit_callbacks
):
    reader = Client()
    reader.get("/")  # the CSRF cookie is set once; the ETag includes it
    for url in pages(published):
        first = reader.get(url)
        assert first.status_code == 200 and first.has_header("ETag"), url
        again = reader.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
        assert again.status_code == 304 and again.content == b"", url

    # Another claim of the same speaker is published: every page may show it, so none answers 304.
    before = {url: reader.get(url)["ETag"] for url in pages(published)}
    with django_capture_on_commit_callbacks(execute=True):
        other = make_claim(author=analyst, speaker=published.speaker, summary="Another statement")
        make_quote(claim=other, source=make_source(text="Шойгу сказав інше."), fragment="сказав інше", actor=analyst)
        publish(other, editor=editor)
    for url, etag in before.items():
        fresh = reader.get(url, HTTP_IF_NONE_MATCH=etag)
        assert fresh.status_code == 200 and fresh["ETag"] != etag, url
    assert "Another statement" in reader.get(published.speaker.get_absolute_url()).content.decode()


def test_a_draft_saved_by_an_analyst_does_not_change_what_readers_revalidate(
    published, analyst, django_capture_on_commit_callbacks
):
    reader = Client()
    reader.get("/")
    etag = reader.get("/")["ETag"]
    with django_capture_on_commit_callbacks(execute=True):
        make_claim(author=analyst, speaker=published.speaker, summary="Only a draft")
    assert reader.get("/", HTTP_IF_NONE_MATCH=etag).status_code == 304


def test_signed_in_pages_are_private_and_carry_no_reader_etag(published, analyst):
    client = Client()
    client.force_login(analyst)
    for url in [*pages(published), "/dashboard/"]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert "private" in response["Cache-Control"], url
        assert not response.has_header("ETag"), url


def test_a_reader_with_a_message_waiting_gets_the_page_not_a_304(published):
    reader = Client()
    reader.get("/")
    etag = reader.get("/")["ETag"]
    # A message queued for the reader's next page (as a view would queue it), carried in the messages cookie.
    storage = CookieStorage(HttpRequest())
    storage.add(messages.INFO, "Your suggestion was sent")
    carrier = HttpResponse()
    storage.update(carrier)
    reader.cookies[CookieStorage.cookie_name] = carrier.cookies[CookieStorage.cookie_name].value
    response = reader.get("/", HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200
    assert "Your suggestion was sent" in response.content.decode()
