"""Incremental sync of claims: `updated_after` with cursor pages, least recently updated first."""

import datetime

import pytest
from django.utils import timezone

from claims.models import Claim
from claims.permissions import ANALYST, EDITOR
from tests.api import client_for
from tests.factories import make_claim, make_speaker, make_user, publish


def _ids(page) -> list[int]:
    return [claim["id"] for claim in page["results"]]


def test_updated_after_lists_changed_claims_in_cursor_pages_with_nothing_skipped_or_repeated(db):
    editor = make_user("eda", EDITOR)
    author = make_user("ana", ANALYST)
    speaker = make_speaker()
    claims = [make_claim(author=author, speaker=speaker, summary=f"Statement {n}") for n in range(5)]
    start = timezone.now() - datetime.timedelta(days=1)
    for n, claim in enumerate(claims):  # updated an hour apart, oldest first
        Claim.objects.filter(pk=claim.pk).update(updated_at=start + datetime.timedelta(hours=n))
    client = client_for(editor)

    since = (start + datetime.timedelta(minutes=30)).isoformat()
    first = client.get("/api/v1/claims/", {"updated_after": since, "page_size": 2}).json()
    assert _ids(first) == [claims[1].pk, claims[2].pk] and "cursor=" in first["next"]

    publish(claims[1], editor=editor)  # changes while the client pages: it comes again, at the end
    second = client.get(first["next"]).json()
    third = client.get(second["next"]).json()
    assert _ids(second) == [claims[3].pk, claims[4].pk]
    assert _ids(third) == [claims[1].pk] and third["next"] is None


@pytest.mark.parametrize("value", ["yesterday", "", " "])
def test_updated_after_refuses_what_is_not_a_date_and_time(db, value):
    client = client_for(make_user("eda", EDITOR))
    response = client.get("/api/v1/claims/", {"updated_after": value})
    assert response.status_code == 400 and "updated_after" in response.json()


@pytest.mark.parametrize("moment", ["0399-04-02T20:01:15+18:49", "2026-02-03T10:00:00-23:59"])
def test_updated_after_takes_any_iso_offset_and_any_year(db, moment):
    # ISO 8601 allows offsets PostgreSQL does not: the moment is compared in UTC.
    response = client_for(make_user("eda", EDITOR)).get("/api/v1/claims/", {"updated_after": moment})
    assert response.status_code == 200, response.content


def test_without_updated_after_claims_keep_their_numbered_pages(db):
    client = client_for(make_user("eda", EDITOR))
    page = client.get("/api/v1/claims/").json()
    assert "count" in page and "results" in page


def test_the_schema_describes_updated_after_and_the_cursor(db, client):
    schema = client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").json()
    names = {parameter["name"] for parameter in schema["paths"]["/api/v1/claims/"]["get"]["parameters"]}
    assert {"updated_after", "cursor"} <= names
