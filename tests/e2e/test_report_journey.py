"""The analyst's whole loop in one journey: an English article pasted with its metadata line (date and outlet
found), its statement proposed to the existing claim that holds the Ukrainian report, a new speaker made in
the quote form's dialog without losing the selected span, an editor accepting the report in "new reports"
and merging a duplicate, and a reader finding one claim with its Ukrainian and English reports."""

import datetime

import pytest
from playwright.sync_api import expect

from claims.models import Claim, Quote
from claims.permissions import ANALYST, EDITOR
from claims.services import claim_transition
from claims.speakers.services import speaker_create
from sources.models import Source
from tests.e2e import log_in, log_out
from tests.e2e.test_analyst_journey import select_words
from tests.factories import make_claim, make_quote, make_source, make_user, publish

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

UK_TEXT = (
    "Секретар Ради безпеки РФ Сергій Шойгу відвідав Мʼянму 2 лютого.\n\n"
    '"Ви можете повністю розраховувати на всебічну підтримку Москви, в тому числі на міжнародній арені", '
    "- заявив Шойгу."
)
UK_WORDS = "Ви можете повністю розраховувати на всебічну підтримку Москви"
UK_TEXT_2 = "Шойгу подякував Мʼянмі за «розуміння» позиції Росії, повідомляє агентство."
UK_WORDS_2 = "подякував Мʼянмі за «розуміння» позиції Росії"
EN_ARTICLE = (
    "date 2026-02-02 https://sputnikglobe.com/20260202/shoigu-myanmar-1123456.html\n"
    "Russian Security Council Secretary Sergei Shoigu met Myanmar's leader Min Aung Hlaing in Naypyidaw.\n\n"
    "Shoigu told Myanmar’s leadership that the country could “fully count on Moscow’s support, including in "
    "the international arena.”\n\n"
    "Min Aung Hlaing thanked Russia for its steady support of Myanmar, the council's press service said.\n\n"
    "Also read"
)
HLAING_WORDS = "Min Aung Hlaing thanked Russia for its steady support of Myanmar"


def test_the_analysts_whole_loop_from_a_pasted_article_to_one_claim_in_two_languages(page):
    ana = make_user("ana", ANALYST)
    olena = make_user("olena", ANALYST)
    maksym = make_user("maksym", EDITOR)
    make_user("iryna", EDITOR)
    shoigu = speaker_create(
        name="Sergei Shoigu", names={"en": "Sergei Shoigu", "uk": "Сергій Шойгу"}, aliases=["Shoigu", "Шойгу"]
    )
    day = datetime.date(2026, 2, 2)
    claim = make_claim(author=ana, speaker=shoigu, said_on=day, summary="Shoigu: Myanmar can count on Moscow")
    make_quote(claim=claim, source=make_source(text=UK_TEXT, published_on=day), fragment=UK_WORDS)
    claim = publish(claim, editor=maksym)
    duplicate = make_claim(author=olena, speaker=shoigu, said_on=day, summary="Shoigu thanked Myanmar")
    make_quote(claim=duplicate, source=make_source(text=UK_TEXT_2, published_on=day), fragment=UK_WORDS_2)
    duplicate = claim_transition(claim=duplicate, to=Claim.Status.IN_REVIEW, actor=olena)

    # The analyst pastes the English article with its metadata line: date and outlet are filled from it.
    log_in(page, "olena")
    page.goto("/sources/capture/")
    page.get_by_label("Article text").fill(EN_ARTICLE)
    page.get_by_role("button", name="Capture the text").click()
    expect(page.locator(".messages")).to_contain_text("Article captured")
    facts = page.locator("dl.facts")
    expect(facts).to_contain_text("Sputnik")
    expect(facts.locator("time[datetime='2026-02-02']")).to_be_visible()
    page.get_by_role("link", name="Edit the details").click()
    page.get_by_label("Title").fill("Shoigu meets Min Aung Hlaing")
    page.get_by_role("button", name="Save the changes").click()
    expect(page.locator("h1")).to_have_text("Shoigu meets Min Aung Hlaing")
    english = Source.objects.get(language="en")
    assert english.text.startswith("Russian Security Council") and english.published_on == day

    # She quotes Shoigu's sentence: the suggestions offer the claim with the Ukrainian report.
    sentence = page.get_by_label("Or choose a sentence to quote")
    sentence.select_option(label=sentence.locator("option", has_text="fully count on").text_content())
    page.get_by_role("button", name="Quote this sentence").click()
    page.get_by_label("Find the speaker by any name, spelling or script").fill("Shoigu")
    page.get_by_role("button", name="Find").click()
    page.locator("#speaker-results").get_by_role("link", name="Sergei Shoigu").click()
    choice = page.locator("label.choice", has_text="Shoigu: Myanmar can count on Moscow")
    expect(choice).to_contain_text(UK_WORDS)
    expect(choice).to_contain_text("Add to this claim")
    choice.get_by_role("radio").check()
    page.get_by_role("button", name="Save the quote").click()
    expect(page.locator(".messages")).to_contain_text("Report proposed")
    expect(page.locator(".quote-card blockquote[lang=en]")).to_contain_text("fully count on Moscow’s support")

    # Back on the article, she quotes a speaker the tracker does not know yet, made in the form's dialog.
    page.locator(".quote-card", has=page.locator("blockquote[lang=en]")).get_by_role(
        "link", name="Shoigu meets Min Aung Hlaing"
    ).click()
    select_words(page, HLAING_WORDS)
    page.get_by_role("link", name="Quote the selection").click()
    expect(page.locator("#quoted-text")).to_have_text(HLAING_WORDS)
    page.get_by_label("Find the speaker by any name, spelling or script").fill("Min Aung Hlaing")
    page.get_by_role("button", name="Find").click()
    page.get_by_role("link", name="Add a new speaker").click()
    dialog = page.locator("#speaker-dialog")
    expect(dialog).to_be_visible()
    expect(dialog.get_by_label("Name")).to_have_value("Min Aung Hlaing")
    dialog.get_by_role("button", name="Save the speaker").click()
    expect(page.locator(".chosen-speaker")).to_contain_text("Min Aung Hlaing")
    expect(page.locator("#quoted-text")).to_have_text(HLAING_WORDS)  # the span survived
    page.get_by_label("Summary of the statement").fill("Min Aung Hlaing thanked Russia for its support")
    page.get_by_label("Date said").fill("2026-02-02")
    page.get_by_role("button", name="Save the quote").click()
    expect(page.locator(".quote-card blockquote[lang=en]")).to_have_text(HLAING_WORDS)
    assert Claim.objects.get(speaker__name="Min Aung Hlaing").status == Claim.Status.DRAFT
    log_out(page)

    # Readers do not see it yet.
    page.goto(claim.get_absolute_url())
    expect(page.locator(".quote-card blockquote[lang=en]")).to_have_count(0)

    # Another editor accepts it in "new reports", then merges the duplicate from its review page.
    log_in(page, "iryna")
    page.get_by_role("link", name="New reports").first.click()
    report = page.locator(".quote-card", has_text="fully count on")
    report.get_by_role("button", name="Accept the report").click()
    expect(page.locator(".messages")).to_contain_text("Report accepted")
    page.get_by_role("link", name="Claims in review").click()
    page.get_by_role("link", name="Shoigu thanked Myanmar").click()
    duplicates = page.locator(".claim-row", has_text="Shoigu: Myanmar can count on Moscow")
    duplicates.get_by_label("Why merge (optional)").fill("Same meeting, 2 February")
    duplicates.get_by_role("button", name="Merge into this").click()
    expect(page.locator(".messages")).to_contain_text("Merged")
    log_out(page)

    # An anonymous reader finds one claim with its Ukrainian and English reports.
    page.goto("/")
    expect(page.get_by_role("link", name="Shoigu thanked Myanmar")).to_have_count(0)
    page.get_by_role("link", name="Shoigu: Myanmar can count on Moscow").click()
    expect(page.locator(".quote-card blockquote[lang=uk]")).to_have_count(2)
    expect(page.locator(".quote-card blockquote[lang=en]")).to_contain_text("fully count on Moscow’s support")
    page.goto(duplicate.get_absolute_url())
    expect(page).to_have_url(claim.get_absolute_url())
    assert set(Quote.objects.filter(claim=claim).values_list("report_status", flat=True)) == {"accepted"}
