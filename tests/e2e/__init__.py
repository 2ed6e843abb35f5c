"""Browser tests (Playwright on the system Chromium), and the steps they share."""

from playwright.sync_api import expect

from tests.factories import PASSWORD


def log_in(page, username: str, password: str = PASSWORD) -> None:
    page.goto("/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Dashboard")).to_be_visible()


def log_out(page) -> None:
    page.get_by_role("button", name="Log out").click()
