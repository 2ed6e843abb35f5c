import pytest
from playwright.sync_api import expect

from ops.demo import load_demo

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_reader_finds_the_shoigu_claim_and_reads_both_reports_side_by_side(page):
    load_demo(credentials_file=None)
    page.goto("/")
    row = page.locator(".claim-row", has_text="fully count on Moscow").first
    expect(row).to_contain_text("Sergei Shoigu")
    expect(row).to_contain_text("Ви можете повністю розраховувати")
    row.get_by_role("link", name="Shoigu told Myanmar").click()

    cards = page.locator(".quote-card")
    expect(cards).to_have_count(2)
    expect(page.locator(".quote-card blockquote[lang=uk]")).to_contain_text("всебічну підтримку Москви")
    expect(page.locator(".quote-card blockquote[lang=en]")).to_contain_text("fully count on Moscow’s support")
    expect(page.locator(".facts")).to_contain_text("Secretary of the Security Council of Russia")
    first, second = cards.nth(0).bounding_box(), cards.nth(1).bounding_box()
    assert abs(first["y"] - second["y"]) < 2 and first["x"] != second["x"]  # side by side at 1280 px

    page.locator(".quote-card", has_text="Ви можете").get_by_role("link", name="Росія та Мʼянма").click()
    expect(page.locator(".source-text mark").first).to_contain_text("Ви можете повністю розраховувати")


def test_language_switcher_turns_the_interface_ukrainian_and_remembers_it(page):
    load_demo(credentials_file=None)
    page.goto("/")
    page.get_by_label("Interface language").select_option("uk")
    page.get_by_role("button", name="Switch").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Нещодавно опубліковані заяви")
    expect(page.locator(".claim-row").first).to_contain_text("Сергій Шойгу")
    page.goto("/")
    expect(page.locator("html")).to_have_attribute("lang", "uk")
