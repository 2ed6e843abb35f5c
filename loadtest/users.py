"""The load test's users: anonymous readers, analysts and editors, each a loop of what such a person does
on the site, and what they ask for (the plan)."""

import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlencode

from loadtest.client import Browser, Stats
from loadtest.queries import Query, ZipfPicker

READER_SHARE = 0.30
EDITORS = 2
VERSION = re.compile(r'name="version" value="(\d+)"')
REVIEW_LINK = re.compile(r'href="/review/(\d+)/"')
CLAIM_LINK = re.compile(r"/claims/(\d+)/")


def roles(users: int) -> dict[str, int]:
    """How many readers, editors and analysts make up `users`: about 30 % readers, two editors, at least
    one analyst (who writes the quotes)."""
    readers = round(users * READER_SHARE)
    editors = max(0, min(EDITORS, users - readers - 1))
    return {"reader": readers, "editor": editors, "analyst": max(0, users - readers - editors)}


@dataclass
class Plan:
    """What the users ask for, read from the database before the run; the most popular first."""

    password: str
    claims: list[int]
    speakers: list[int]
    spans: list[tuple[int, int, int]]
    queries: list[Query]
    analysts: list[str]
    editors: list[str]

    def __post_init__(self):
        self.claim_picker = ZipfPicker(len(self.claims), exponent=0.8)
        self.speaker_picker = ZipfPicker(len(self.speakers), exponent=0.9)
        self.query_picker = ZipfPicker(len(self.queries))

    def claim(self, rnd: random.Random) -> int:
        return self.claims[self.claim_picker.pick(rnd)]

    def speaker(self, rnd: random.Random) -> int:
        return self.speakers[self.speaker_picker.pick(rnd)]

    def search_path(self, rnd: random.Random) -> str:
        return "/search/?" + urlencode(self.queries[self.query_picker.pick(rnd)])


def reader_loop(browser: Browser, plan: Plan, rnd: random.Random, keep_going: Callable[[], bool], n: int) -> None:
    """An anonymous reader: home, claim pages, speaker pages, search."""
    while keep_going():
        roll = rnd.random()
        if roll < 0.15:
            browser.page("home", "/")
        elif roll < 0.55:
            browser.page("search", plan.search_path(rnd))
        elif roll < 0.85:
            browser.page("claim", f"/claims/{plan.claim(rnd)}/")
        else:
            page = "" if rnd.random() < 0.85 else "?page=2"
            browser.page("speaker", f"/speakers/{plan.speaker(rnd)}/{page}")


def analyst_loop(browser: Browser, plan: Plan, rnd: random.Random, keep_going: Callable[[], bool], n: int) -> None:
    """An analyst: reads and searches, records quotes of a source's sentences as new claims through the
    quote form, and submits their new claims for review."""
    drafts: list[int] = []
    created = 0
    while keep_going():
        roll = rnd.random()
        if roll < 0.40:
            browser.page("search", plan.search_path(rnd))
        elif roll < 0.60:
            browser.page("claim", f"/claims/{plan.claim(rnd)}/")
        elif roll < 0.70:
            browser.page("speaker", f"/speakers/{plan.speaker(rnd)}/")
        elif roll < 0.90 or not drafts:
            source_id, start, end = rnd.choice(plan.spans)
            browser.page("source", f"/sources/{source_id}/")
            created += 1
            location = browser.post("quote_create", f"/sources/{source_id}/quote/", {
                "start": start, "end": end, "speaker": plan.speaker(rnd), "kind": "direct", "claim": "new",
                "summary": f"Load test statement {n}-{created}", "said_on": "2026-02-03",
                "summary_language": "en", "occasion": "", "translation_language": "", "translation_text": "",
            })  # fmt: skip
            match = CLAIM_LINK.search(location or "")
            if location and not match:
                browser.stats.error("quote_create", f"unexpected redirect to {location}")
            elif match:
                browser.stats.wrote(browser.stats.created_claims, int(match.group(1)))
                drafts.append(int(match.group(1)))
        else:
            claim_id = drafts.pop(rnd.randrange(len(drafts)))
            move(browser, "submit", claim_id, to="in_review", origin="claim", written=browser.stats.submitted_claims)


def move(browser: Browser, name: str, claim_id: int, *, to: str, origin: str, written) -> None:
    """A workflow move as the page makes it: read the claim's (or review) page for its version, then post
    the decision; `written` records the claim when the move is acknowledged."""
    page = "claim" if origin == "claim" else "review"
    path = f"/claims/{claim_id}/" if origin == "claim" else f"/review/{claim_id}/"
    version = VERSION.search(browser.page(page, path) or "")
    if version is None:
        browser.stats.error(name, f"claim {claim_id}: no decision form on its {page} page")
        return
    fields = {"to": to, "version": version.group(1), "origin": origin, "note": ""}
    if browser.post(name, f"/claims/{claim_id}/transition/", fields):
        browser.stats.wrote(written, claim_id)


def editor_loop(browser: Browser, plan: Plan, rnd: random.Random, keep_going: Callable[[], bool], n: int) -> None:
    """An editor: reads like anyone else, and publishes claims waiting for review. Each editor takes the
    claims whose id leaves its number modulo the number of editors, so two never decide the same claim."""
    editors = len(plan.editors)
    while keep_going():
        roll = rnd.random()
        if roll < 0.35:
            browser.page("search", plan.search_path(rnd))
        elif roll < 0.55:
            browser.page("claim", f"/claims/{plan.claim(rnd)}/")
        else:
            queue = browser.page("review_queue", "/review/") or ""
            mine = [int(pk) for pk in REVIEW_LINK.findall(queue) if int(pk) % editors == n % editors]
            if not mine:
                continue
            claim_id = rnd.choice(mine)
            move(browser, "publish", claim_id, to="published", origin="review", written=browser.stats.published_claims)


def user(role: str, n: int, port: int, plan: Plan, stats: Stats, keep_going: Callable[[], bool]) -> None:
    browser = Browser(port, stats)
    rnd = random.Random(f"{role}:{n}")
    try:
        if role == "analyst":
            browser.log_in(plan.analysts[n], plan.password)
            analyst_loop(browser, plan, rnd, keep_going, n)
        elif role == "editor":
            browser.log_in(plan.editors[n], plan.password)
            editor_loop(browser, plan, rnd, keep_going, n)
        else:
            reader_loop(browser, plan, rnd, keep_going, n)
    except Exception as failure:  # noqa: BLE001 - a user that stops is a load-test error to report
        stats.error("failure", f"{role} {n}: {failure!r}")
