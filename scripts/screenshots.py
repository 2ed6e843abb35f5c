#!/usr/bin/env python
"""Screenshots of the main pages for the README: run `make run` first, then
`.venv/bin/python scripts/screenshots.py` (uses the demo users' passwords from .local/demo-users.txt)."""

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000"
ROOT = Path(__file__).resolve().parent.parent
CREDENTIALS = dict(line.split(": ") for line in (ROOT / ".local" / "demo-users.txt").read_text().splitlines())
PAGES = [
    # (file, who, path, width)
    ("home.png", None, "/", 1280),
    ("claim.png", None, "/claims/{claim}/", 1280),
    ("search.png", None, "/search/?q=підтримки", 1280),
    ("speaker.png", None, "/speakers/{speaker}/", 1280),
    ("source.png", "analyst", "/sources/{source}/", 1280),
    ("review.png", "editor", "/review/{review}/", 1280),
    ("dashboard.png", "analyst", "/dashboard/", 1280),
    ("candidates.png", "analyst", "/sources/{source}/candidates/", 1280),
    ("quote-form.png", "analyst", "{quote_form}", 1280),
    ("home-phone.png", None, "/", 375),
    ("claim-phone.png", None, "/claims/{claim}/", 375),
]


def ids(page) -> dict[str, str]:
    page.goto(BASE + "/search/?q=%22fully+count%22")
    claim = page.locator(".result a").first.get_attribute("href").strip("/").split("/")[-1]
    speaker = page.locator(".result .meta a").first.get_attribute("href").strip("/").split("/")[-1]
    page.goto(BASE + f"/claims/{claim}/")
    source = page.locator(".quote-source a").first.get_attribute("href").split("/")[2]
    return {"claim": claim, "speaker": speaker, "source": source}


with sync_playwright() as playwright:
    browser = playwright.chromium.launch(
        executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
    )
    sessions = {}
    for who in (None, "analyst", "editor"):
        context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
        page = context.new_page()
        if who:
            page.goto(BASE + "/accounts/login/")
            page.fill("#id_username", who)
            page.fill("#id_password", CREDENTIALS[who])
            page.click("main button[type=submit]")
            page.wait_for_url("**/dashboard/")
        sessions[who] = page
    values = ids(sessions[None])
    sessions["editor"].goto(BASE + "/review/")
    values["review"] = (
        sessions["editor"].locator(".queue tbody a").first.get_attribute("href").strip("/").split("/")[-1]
    )
    # The quote form as the first suggestion's "Accept" opens it: speaker chosen, same-statement claims offered.
    sessions["analyst"].goto(BASE + f"/sources/{values['source']}/candidates/")
    values["quote_form"] = sessions["analyst"].locator(".candidate a.button").first.get_attribute("href")
    for name, who, path, width in PAGES:
        page = sessions[who]
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(BASE + path.format(**values))
        page.screenshot(path=str(ROOT / "docs" / name), full_page=True)
        print("docs/" + name)
    browser.close()
