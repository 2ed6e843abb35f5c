import pytest
from playwright.sync_api import expect

from claims.models import Claim
from claims.permissions import ANALYST
from claims.speakers.services import speaker_create
from tests.factories import make_user

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

UK_ARTICLE = (
    "Секретар Ради безпеки РФ Сергій Шойгу відвідав Мʼянму 3 лютого.\n\n"
    '"Ви можете повністю розраховувати на всебічну підтримку Москви, в тому числі на міжнародній арені", '
    "- заявив Шойгу.\n\nІнші новини."
)
EN_ARTICLE = (
    "Russian Security Council Secretary Sergei Shoigu visited Naypyidaw.\n\n"
    "Shoigu told Myanmar’s leadership that the country could “fully count on Moscow’s support, including in "
    "the international arena.”\n\nAlso read"
)
UK_WORDS = "Ви можете повністю розраховувати на всебічну підтримку Москви"


def select_words(page, words: str) -> None:
    """Select `words` in the source text as a mouse drag would, then release the button."""
    page.wait_for_load_state("load")  # the selection script is deferred: wait until it listens
    page.evaluate(
        """(words) => {
            const box = document.querySelector('.source-text');
            const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const at = node.textContent.indexOf(words);
                if (at >= 0) {
                    const range = document.createRange();
                    range.setStart(node, at);
                    range.setEnd(node, at + words.length);
                    const selection = window.getSelection();
                    selection.removeAllRanges();
                    selection.addRange(range);
                    box.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
                    return;
                }
            }
            throw new Error('words not found');
        }""",
        words,
    )


def capture_text(page, title: str, text: str) -> None:
    page.get_by_role("link", name="Sources").first.click()
    page.get_by_role("link", name="Capture an article").click()
    page.get_by_label("Title").fill(title)
    page.get_by_label("Article text").fill(text)
    page.get_by_role("button", name="Capture the text").click()
    expect(page.locator(".messages")).to_contain_text("Article captured")


def test_capture_select_quote_link_second_language_and_submit(page):
    make_user("olena", ANALYST)
    speaker_create(
        name="Sergei Shoigu",
        names={"en": "Sergei Shoigu", "uk": "Сергій Шойгу", "ru": "Сергей Шойгу"},
        aliases=["Shoigu", "Шойгу", "Sergey Shoygu"],
    )
    page.goto("/accounts/login/")
    page.get_by_label("Username").fill("olena")
    page.get_by_label("Password").fill("correct horse battery")
    page.get_by_role("button", name="Log in").click()

    capture_text(page, "Шойгу в Мʼянмі", UK_ARTICLE)
    expect(page.locator(".messages")).to_contain_text("Language detected: Ukrainian")
    select_words(page, UK_WORDS)
    page.get_by_role("link", name="Quote the selection").click()
    expect(page.locator("#quoted-text")).to_have_text(UK_WORDS)

    page.get_by_label("Find the speaker by any name, spelling or script").fill("Shoygu")
    page.get_by_role("button", name="Find").click()
    page.locator("#speaker-results").get_by_role("link", name="Sergei Shoigu").click()
    page.get_by_label("Summary of the statement").fill("Shoigu: Myanmar can count on Moscow's support")
    page.get_by_label("Date said").fill("2026-02-03")
    page.get_by_role("button", name="Save the quote").click()
    expect(page.locator(".quote-card blockquote")).to_have_text(UK_WORDS)

    capture_text(page, "Russia finds new ally", EN_ARTICLE)
    expect(page.locator(".messages")).to_contain_text("Language detected: English")
    sentence = page.get_by_label("Or choose a sentence to quote")
    sentence.select_option(label=sentence.locator("option", has_text="fully count on").text_content())
    page.get_by_role("button", name="Quote this sentence").click()
    page.get_by_label("Find the speaker by any name, spelling or script").fill("Шойгу")
    page.get_by_role("button", name="Find").click()
    page.locator("#speaker-results").get_by_role("link", name="Sergei Shoigu").click()
    page.get_by_label("Kind").select_option("partial")
    page.get_by_role("radio", name="Shoigu: Myanmar can count on Moscow's support").check()
    page.get_by_role("button", name="Save the quote").click()

    expect(page.locator(".quote-card")).to_have_count(2)
    expect(page.locator(".quote-card blockquote[lang=en]")).to_contain_text("fully count on Moscow’s support")
    page.get_by_role("button", name="Submit for review").click()
    expect(page.locator(".messages")).to_contain_text("in review")
    claim = Claim.objects.get()
    assert claim.status == Claim.Status.IN_REVIEW
    assert sorted(claim.quotes.values_list("source__language", flat=True)) == ["en", "uk"]
