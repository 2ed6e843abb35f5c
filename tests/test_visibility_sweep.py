"""Every read endpoint (pages and API) for every role and every claim status: who sees what.

One claim per status, all by `analyst`, each with its own speaker, source and outlet and a word found
nowhere else, so each read can be asked whether that claim (or its speaker, source, outlet) shows.
The rule (claims.permissions): editors see every claim, an analyst their own and the published and
retracted ones of others; readers (anonymous, or signed in with no group) the published and retracted
ones. Lists, search and exports show readers published claims only. Speakers, sources and outlets are
the team's working material: readers see those of published claims only.
"""

from dataclasses import dataclass

import pytest
from django.core.cache import cache
from django.db import transaction
from django.test import Client

from claims.models import Claim
from claims.services import claim_transition
from sources.models import Outlet
from tests.factories import make_claim, make_quote, make_source, make_speaker, make_user

S = Claim.Status
ROLES = ["anonymous", "reader", "analyst", "other_analyst", "editor"]
STATUSES = [S.DRAFT, S.IN_REVIEW, S.CHANGES_REQUESTED, S.PUBLISHED, S.REJECTED, S.RETRACTED]
PATHS = {
    S.DRAFT: [],
    S.IN_REVIEW: [(S.IN_REVIEW, "author", "")],
    S.CHANGES_REQUESTED: [(S.IN_REVIEW, "author", ""), (S.CHANGES_REQUESTED, "reviewer", "Fix it")],
    S.PUBLISHED: [(S.IN_REVIEW, "author", ""), (S.PUBLISHED, "reviewer", "")],
    S.REJECTED: [(S.IN_REVIEW, "author", ""), (S.REJECTED, "reviewer", "No")],
    S.RETRACTED: [(S.IN_REVIEW, "author", ""), (S.PUBLISHED, "reviewer", ""), (S.RETRACTED, "reviewer", "Wrong")],
}


@dataclass
class Row:
    word: str
    claim: Claim
    quote: object
    speaker: object
    source: object
    outlet: Outlet


@pytest.fixture(scope="module")
def sweep(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        users = {
            "reader": make_user("sweep_rita", None),
            "analyst": make_user("sweep_ana"),
            "other_analyst": make_user("sweep_oleh"),
            "editor": make_user("sweep_eda", "Editor"),
        }
        reviewer = make_user("sweep_ivan", "Editor")
        rows = {}
        for status in STATUSES:
            word = f"zorb{status.replace('_', '')}"  # one made-up word per status, stemmed to itself
            outlet = Outlet.objects.create(name=f"Outlet {word}", domains=[f"{word}.example"])
            speaker = make_speaker(f"Speaker {word.title()}")
            source = make_source(
                text=f"Speaker {word.title()} said: {word} happens daily.", language="en", outlet=outlet
            )
            claim = make_claim(author=users["analyst"], speaker=speaker, summary=f"Statement {word}")
            quote = make_quote(claim=claim, source=source, fragment=f"{word} happens daily")
            for to, who, note in PATHS[status]:
                actor = users["analyst"] if who == "author" else reviewer
                claim = claim_transition(claim=claim, to=to, actor=actor, note=note)
            rows[status] = Row(word, claim, quote, speaker, source, outlet)
        yield users, rows
        transaction.set_rollback(True)


@pytest.fixture(autouse=True)
def _public_site(settings):
    settings.SITE_PUBLIC = True
    cache.clear()  # anonymous API calls are throttled


def client_as(users, role) -> Client:
    client = Client()
    if role != "anonymous":
        client.force_login(users[role])
    return client


def sees_claim(role, status) -> bool:
    return role in {"analyst", "editor"} or status in {S.PUBLISHED, S.RETRACTED}


def lists_claim(role, status) -> bool:
    if role in {"anonymous", "reader"}:
        return status == S.PUBLISHED
    return sees_claim(role, status)


def sees_team_data(role, status) -> bool:
    return role not in {"anonymous", "reader"} or status == S.PUBLISHED


def shown(response, marker: str) -> bool:
    return response.status_code == 200 and marker in response.content.decode()


CASES = [(role, status) for role in ROLES for status in STATUSES]


@pytest.mark.django_db
@pytest.mark.parametrize(("role", "status"), CASES)
def test_single_reads_follow_the_one_visibility_rule(sweep, role, status):
    users, rows = sweep
    row, client = rows[status], client_as(users, role)
    claim_seen = sees_claim(role, status)

    for path in (f"/claims/{row.claim.pk}/", f"/api/v1/claims/{row.claim.pk}/", f"/api/v1/quotes/{row.quote.pk}/"):
        response = client.get(path)
        assert (response.status_code == 200) is claim_seen, (path, response.status_code)
        if not claim_seen:
            assert response.status_code in {403, 404}, path
            assert row.word not in response.content.decode()

    if status == S.RETRACTED:
        return  # readers reach a retracted claim's speaker and source through its page: not asserted here
    team = sees_team_data(role, status)
    for path in (
        f"/speakers/{row.speaker.pk}/",
        f"/api/v1/speakers/{row.speaker.pk}/",
        f"/sources/{row.source.pk}/",
        f"/api/v1/sources/{row.source.pk}/",
        f"/api/v1/outlets/{row.outlet.pk}/",
    ):
        response = client.get(path)
        assert (response.status_code == 200) is team, (path, response.status_code)
        if not team:
            assert row.word not in response.content.decode().lower()


@pytest.mark.django_db
@pytest.mark.parametrize(("role", "status"), [case for case in CASES if case[1] != S.RETRACTED])
def test_lists_search_and_exports_follow_the_one_visibility_rule(sweep, role, status):
    users, rows = sweep
    row, client = rows[status], client_as(users, role)
    listed = lists_claim(role, status)

    for path, marker in (
        (f"/search/?q={row.word}", f"/claims/{row.claim.pk}/"),  # the page repeats the query: look for a link
        (f"/api/v1/claims/?q={row.word}", row.word),
        (f"/api/v1/quotes/?q={row.word}", row.word),
        (f"/search/export.csv?q={row.word}", row.word),
        (f"/search/export.jsonl?q={row.word}", row.word),
    ):
        response = client.get(path)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        assert (response.status_code == 200 and marker in body.decode()) is listed, (path, response.status_code)

    team = sees_team_data(role, status)
    name = row.speaker.name
    for path, marker in (
        ("/api/v1/speakers/?page_size=100", name),
        (f"/api/v1/speakers/?q={name}", name),
        ("/api/v1/sources/?page_size=100", row.word),
        ("/api/v1/outlets/?page_size=100", row.outlet.name),
    ):
        assert shown(client.get(path), marker) is team, path
    # The directories of everything captured and everyone tracked are for the team alone.
    for path, marker in (
        ("/sources/", row.word),
        (f"/speakers/?q={name}", name),
        (f"/speakers/search.json?q={name}", name),
    ):
        response = client.get(path)
        assert shown(response, marker) is (role not in {"anonymous", "reader"}), path
        if role == "reader":
            assert response.status_code == 403, path
