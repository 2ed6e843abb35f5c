import pytest
from playwright.sync_api import expect

from claims.permissions import ANALYST, EDITOR
from tests.e2e import log_in, log_out
from tests.factories import make_claim, make_quote, make_source, make_speaker, make_user

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_submit_return_fix_resubmit_and_publish_by_another_editor(page):
    analyst = make_user("olena", ANALYST)
    make_user("maksym", EDITOR)
    make_user("iryna", EDITOR)
    source = make_source(text='"Ми підтримаємо союзників", - заявив Шойгу на зустрічі.')
    claim = make_claim(author=analyst, speaker=make_speaker(), summary="Shoigu promised to back allies")
    make_quote(claim=claim, source=source, fragment="Ми підтримаємо союзників")

    log_in(page, "olena")
    page.get_by_role("link", name="Shoigu promised to back allies").click()
    page.get_by_role("button", name="Submit for review").click()
    expect(page.locator(".messages")).to_contain_text("in review")
    log_out(page)

    log_in(page, "maksym")
    page.get_by_role("link", name="Review queue").first.click()
    page.get_by_role("link", name="Shoigu promised to back allies").click()
    expect(page.locator(".in-context mark")).to_have_text("Ми підтримаємо союзників")
    page.get_by_role("button", name="Request changes").click()  # without a note: refused, nothing lost
    expect(page.locator(".form-errors")).to_contain_text("note is required")
    page.get_by_label("Note").fill("Name the occasion: which meeting?")
    page.get_by_role("button", name="Request changes").click()
    expect(page.locator(".messages")).to_contain_text("changes requested")
    log_out(page)

    log_in(page, "olena")
    expect(page.locator(".editor-note")).to_contain_text("Name the occasion: which meeting?")
    page.get_by_role("link", name="Shoigu promised to back allies").first.click()
    page.get_by_role("link", name="Edit").click()
    page.get_by_label("Occasion").fill("Meeting with Min Aung Hlaing in Naypyidaw")
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".facts")).to_contain_text("Meeting with Min Aung Hlaing in Naypyidaw")
    page.get_by_role("button", name="Submit for review").click()
    log_out(page)

    log_in(page, "iryna")
    page.get_by_role("link", name="Review queue").first.click()
    page.get_by_role("link", name="Shoigu promised to back allies").click()
    expect(page.locator(".history")).to_contain_text("Meeting with Min Aung Hlaing in Naypyidaw")
    page.get_by_role("button", name="Publish").click()
    expect(page.locator(".messages")).to_contain_text("published")
    log_out(page)

    page.goto("/")
    page.get_by_role("link", name="Shoigu promised to back allies").click()
    expect(page.locator(".quote-card blockquote")).to_have_text("Ми підтримаємо союзників")
    expect(page.locator(".facts")).to_contain_text("Meeting with Min Aung Hlaing in Naypyidaw")
