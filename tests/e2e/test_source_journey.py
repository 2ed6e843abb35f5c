import pytest
from playwright.sync_api import expect

from claims.models import Speaker
from claims.permissions import ANALYST
from sources.models import Source
from tests.e2e.test_analyst_journey import select_words
from tests.factories import make_user

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

ARTICLE = (
    "date 2026-02-02 https://sputnikglobe.com/20260202/shoigu-myanmar-1123456.html\n"
    "Russian Security Council Secretary Sergei Shoigu met Myanmar's leader Min Aung Hlaing in Naypyidaw.\n\n"
    "Min Aung Hlaing thanked Russia for its steady support of Myanmar, the council's press service said.\n\n"
    "The sides discussed security cooperation."
)
WORDS = "Min Aung Hlaing thanked Russia for its steady support of Myanmar"


def test_capture_with_metadata_edit_title_and_add_a_speaker_in_the_dialog(page):
    make_user("olena", ANALYST)
    page.goto("/accounts/login/")
    page.get_by_label("Username").fill("olena")
    page.get_by_label("Password").fill("correct horse battery")
    page.get_by_role("button", name="Log in").click()

    page.goto("/sources/capture/")
    page.get_by_label("Article text").fill(ARTICLE)
    page.get_by_role("button", name="Capture the text").click()
    expect(page.locator(".messages")).to_contain_text("Article captured")
    facts = page.locator("dl.facts")
    expect(facts).to_contain_text("Sputnik")
    expect(facts.locator("time[datetime='2026-02-02']")).to_be_visible()

    page.get_by_role("link", name="Edit the details").click()
    page.get_by_label("Title").fill("Shoigu meets Min Aung Hlaing")
    page.get_by_role("button", name="Save the changes").click()
    expect(page.locator("h1")).to_have_text("Shoigu meets Min Aung Hlaing")

    select_words(page, WORDS)
    page.get_by_role("link", name="Quote the selection").click()
    expect(page.locator("#quoted-text")).to_have_text(WORDS)
    page.get_by_label("Find the speaker by any name, spelling or script").fill("Min Aung Hlaing")
    page.get_by_role("button", name="Find").click()
    page.get_by_role("link", name="Add a new speaker").click()
    dialog = page.locator("#speaker-dialog")
    expect(dialog).to_be_visible()
    expect(dialog.get_by_label("Name")).to_have_value("Min Aung Hlaing")
    dialog.get_by_role("button", name="Save the speaker").click()

    expect(page.locator(".chosen-speaker")).to_contain_text("Min Aung Hlaing")
    expect(page.locator("#quoted-text")).to_have_text(WORDS)  # the span survived
    speaker = Speaker.objects.get(name="Min Aung Hlaing")
    assert f"speaker={speaker.pk}" in page.url
    source = Source.objects.get()
    assert source.title == "Shoigu meets Min Aung Hlaing" and source.text.startswith("Russian Security Council")
