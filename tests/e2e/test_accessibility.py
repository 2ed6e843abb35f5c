"""axe-core on the main pages at phone and desktop widths: no serious or critical violations, no
sideways scrolling at 375 px, and the keyboard reaches the main controls."""

import json
from pathlib import Path

import pytest
from django.conf import settings
from playwright.sync_api import expect

from claims.models import Claim, Quote, Speaker
from ops.demo import load_demo
from sources.models import Source
from tests.e2e import log_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

AXE = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"
PASSWORD_FILE_USERS = ("analyst", "editor")


def axe_violations(page) -> list[dict]:
    page.evaluate(AXE.read_text())
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:3]}
        for v in result["violations"]
        if v["impact"] in {"serious", "critical"}
    ]


@pytest.fixture
def demo_site(tmp_path):
    credentials = tmp_path / "users.txt"
    load_demo(credentials_file=credentials)
    passwords = dict(line.split(": ") for line in credentials.read_text().splitlines())
    shoigu = Speaker.objects.get(name="Sergei Shoigu")
    claim = Claim.objects.get(quotes__text__startswith="Ви можете повністю")
    in_review = Claim.objects.filter(status=Claim.Status.IN_REVIEW).first()
    source = Source.objects.get(language="uk")
    quote = Quote.objects.filter(source=source).first()
    return {
        "passwords": passwords,
        "public": ["/", f"/claims/{claim.pk}/", f"/speakers/{shoigu.pk}/", f"/sources/{source.pk}/",
                   "/search/?q=підтримки", "/search/?q=Shoigy", "/accounts/login/"],
        "analyst": ["/dashboard/", "/sources/", "/sources/capture/", "/claims/new/", f"/claims/{claim.pk}/",
                    f"/sources/{source.pk}/candidates/", f"/sources/{source.pk}/",
                    f"/sources/{source.pk}/quote/?start={quote.start}&end={quote.end}&speaker={shoigu.pk}",
                    "/speakers/", "/speakers/new/"],
        "editor": ["/review/", f"/review/{in_review.pk}/", "/dashboard/", f"/claims/{claim.pk}/edit/"],
    }  # fmt: skip


@pytest.mark.parametrize("width", [1280, 375])
def test_main_pages_have_no_serious_accessibility_violations_and_fit_the_width(browser, live_server, demo_site, width):
    problems = {}
    for who in ("public", "analyst", "editor"):
        context = browser.new_context(
            base_url=live_server.url, viewport={"width": width, "height": 900}, bypass_csp=True
        )
        page = context.new_page()
        if who != "public":
            log_in(page, who, demo_site["passwords"][who])
        for path in demo_site[who]:
            response = page.goto(path)
            assert response.status < 400, (path, response.status)
            violations = axe_violations(page)
            overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
            if violations or overflow > 1:
                problems[f"{who} {path}"] = {"violations": violations, "overflow_px": overflow}
        context.close()
    assert problems == {}, json.dumps(problems, ensure_ascii=False, indent=1)


def test_keyboard_reaches_search_and_language_switch(page, demo_site):
    page.goto("/")
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Skip to content")).to_be_focused()
    page.keyboard.press("Enter")
    focused = [page.evaluate("document.activeElement.textContent.trim()")]
    for _ in range(12):
        page.keyboard.press("Tab")
        focused.append(page.evaluate("document.activeElement.textContent.trim() || document.activeElement.id"))
    assert "Search" in focused or any("Search" in text for text in focused)
    page.goto("/search/")
    page.get_by_role("searchbox").focus()
    page.keyboard.type("Shoygu")
    page.keyboard.press("Enter")
    expect(page.locator(".result").first).to_contain_text("Sergei Shoigu")
