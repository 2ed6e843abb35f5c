"""Claims through the API: creating, editing with the version guard, the workflow, bad input, lists and search."""

import pytest

from claims.models import Claim, ReviewEvent
from claims.services import claim_transition, claim_update
from tests.api import client_for, snapshot
from tests.factories import make_claim, make_quote, make_source, make_speaker, publish


def _claim_url(claim, suffix=""):
    return f"/api/v1/claims/{claim.pk}/{suffix}"


# --- creating and editing ---------------------------------------------------------------------------------


def test_an_analyst_creates_a_draft_of_their_own(db, world):
    response = client_for(world.analyst).post(
        "/api/v1/claims/",
        {
            "speaker": world.speaker_public.pk,
            "said_on": "2026-02-03",
            "summary": "Shoigu promised Myanmar Moscow's support",
            "summary_language": "en",
            "occasion": "Meeting in Naypyidaw",
            "topics": [world.topic.pk],
        },
        format="json",
    )
    assert response.status_code == 201, response.content
    data = response.json()
    assert (data["status"], data["version"], data["author"]) == ("draft", 1, "api_ana")
    assert data["topics"] == [world.topic.pk]
    assert data["speaker_name"] == "Sergei Shoigu"
    claim = Claim.objects.get(pk=data["id"])
    assert claim.author == world.analyst
    assert claim.history.first().history_user == world.analyst


def test_an_edit_with_the_version_read_is_saved_and_bumps_the_version(db, world):
    claim = world.own_draft
    response = client_for(world.analyst).patch(
        _claim_url(claim), {"summary": "Sharper summary", "version": claim.version}, format="json"
    )
    assert response.status_code == 200, response.content
    assert response.json()["summary"] == "Sharper summary"
    assert response.json()["version"] == claim.version + 1
    assert response.json()["topics"] == [world.topic.pk]  # left out, so left alone


def test_an_edit_based_on_a_stale_version_is_a_conflict_and_changes_nothing(db, world):
    claim = world.own_draft
    claim_update(claim=claim, actor=world.editor, expected_version=claim.version, summary="The editor's wording")
    client = client_for(world.analyst)  # its token exists before the snapshot
    before = snapshot()
    response = client.patch(_claim_url(claim), {"summary": "My wording", "version": claim.version}, format="json")
    assert response.status_code == 409
    assert response.json()["code"] == "stale"
    assert "api_eda" in response.json()["detail"]  # who changed it, so the analyst knows whom to ask
    assert snapshot() == before
    assert Claim.objects.get(pk=claim.pk).summary == "The editor's wording"


def test_an_edit_without_the_version_is_refused(db, world):
    response = client_for(world.analyst).patch(_claim_url(world.own_draft), {"summary": "x"}, format="json")
    assert response.status_code == 400
    assert "version" in response.json()


# --- bad input --------------------------------------------------------------------------------------------


def test_malformed_json_is_a_400_and_writes_nothing(db, world):
    client = client_for(world.analyst)  # its token exists before the snapshot
    before = snapshot()
    response = client.post("/api/v1/claims/", data='{"speaker": 1, "summary": ', content_type="application/json")
    assert response.status_code == 400
    assert "JSON parse error" in response.json()["detail"]
    assert snapshot() == before


def test_wrong_types_are_reported_field_by_field(db, world):
    client = client_for(world.analyst)  # its token exists before the snapshot
    before = snapshot()
    response = client.post(
        "/api/v1/claims/",
        {"speaker": "Shoigu", "said_on": "last Tuesday", "summary": ["a", "b"], "summary_language": "xx", "topics": 3},
        format="json",
    )
    assert response.status_code == 400
    assert set(response.json()) == {"speaker", "said_on", "summary", "summary_language", "topics"}
    assert snapshot() == before


def test_an_unknown_speaker_is_a_field_error(db, world):
    client = client_for(world.analyst)  # its token exists before the snapshot
    before = snapshot()
    response = client.post(
        "/api/v1/claims/",
        {"speaker": 987654, "said_on": "2026-02-03", "summary": "x", "summary_language": "en"},
        format="json",
    )
    assert response.status_code == 400
    assert "987654" in response.json()["speaker"][0]
    assert snapshot() == before


def test_a_body_that_is_not_an_object_is_refused(db, world):
    response = client_for(world.analyst).post("/api/v1/claims/", [1, 2], format="json")
    assert response.status_code == 400
    assert "non_field_errors" in response.json()


def test_only_json_is_accepted(db, world):
    response = client_for(world.analyst).post(
        "/api/v1/claims/", "speaker=1&summary=x", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 415


# --- the workflow -----------------------------------------------------------------------------------------


def test_submitting_and_publishing_goes_through_the_workflow_and_is_recorded(db, world):
    claim = world.own_draft
    submitted = client_for(world.analyst).post(
        _claim_url(claim, "transition/"), {"to": "in_review", "version": claim.version}, format="json"
    )
    assert submitted.status_code == 200, submitted.content
    assert submitted.json()["status"] == "in_review"
    published = client_for(world.editor).post(
        _claim_url(claim, "transition/"),
        {"to": "published", "version": submitted.json()["version"]},
        format="json",
    )
    assert published.status_code == 200, published.content
    data = published.json()
    assert data["status"] == "published" and data["published_at"]
    assert [(e["from_status"], e["to_status"], e["actor"]) for e in data["review_events"]] == [
        ("draft", "in_review", "api_ana"),
        ("in_review", "published", "api_eda"),
    ]
    # Now readers see it, without who wrote it or how the review went.
    public = client_for(None).get(_claim_url(claim)).json()
    assert public["status"] == "published"
    assert public["author"] is None and public["review_events"] is None


def test_a_move_the_workflow_has_no_place_for_is_a_field_error(db, world):
    client = client_for(world.editor)  # its token exists before the snapshot
    before = snapshot()
    response = client.post(_claim_url(world.own_draft, "transition/"), {"to": "published", "version": 1}, format="json")
    assert response.status_code == 400
    assert response.json()["to"] == ["A claim cannot go from “draft” to “published”."]
    assert snapshot() == before


def test_a_decision_without_a_note_is_a_field_error(db, world):
    client = client_for(world.editor)  # its token exists before the snapshot
    before = snapshot()
    response = client.post(
        _claim_url(world.in_review, "transition/"),
        {"to": "rejected", "note": "  ", "version": world.in_review.version},
        format="json",
    )
    assert response.status_code == 400
    assert response.json()["note"] == ["A note is required for this decision."]
    assert snapshot() == before


def test_an_analyst_may_not_publish_even_their_own_claim(db, world):
    claim = claim_transition(claim=world.own_draft, to=Claim.Status.IN_REVIEW, actor=world.analyst)
    client = client_for(world.analyst)  # its token exists before the snapshot
    before = snapshot()
    response = client.post(
        _claim_url(claim, "transition/"), {"to": "published", "version": claim.version}, format="json"
    )
    assert response.status_code == 403
    assert response.json()["detail"] == "Only editors may do this."
    assert snapshot() == before


def test_nobody_reviews_their_own_claim(db, world):
    claim = make_claim(author=world.editor, speaker=world.speaker_public)
    claim = claim_transition(claim=claim, to=Claim.Status.IN_REVIEW, actor=world.editor)
    client = client_for(world.editor)  # its token exists before the snapshot
    before = snapshot()
    response = client.post(
        _claim_url(claim, "transition/"), {"to": "published", "version": claim.version}, format="json"
    )
    assert response.status_code == 403
    assert "Nobody reviews their own claim" in response.json()["detail"]
    assert snapshot() == before


def test_a_transition_from_a_stale_version_is_a_conflict(db, world):
    client = client_for(world.editor)  # its token exists before the snapshot
    before = snapshot()
    response = client.post(
        _claim_url(world.in_review, "transition/"),
        {"to": "published", "version": world.in_review.version - 1},
        format="json",
    )
    assert response.status_code == 409
    assert ReviewEvent.objects.count() == len(before["claims.ReviewEvent"])
    assert snapshot() == before


def test_an_unknown_status_is_a_field_error(db, world):
    response = client_for(world.editor).post(
        _claim_url(world.in_review, "transition/"), {"to": "archived", "version": 1}, format="json"
    )
    assert response.status_code == 400
    assert "to" in response.json()


# --- lists ------------------------------------------------------------------------------------------------


def _ids(response) -> list[int]:
    assert response.status_code == 200, response.content
    return [row["id"] for row in response.json()["results"]]


def test_anonymous_readers_list_published_claims_only(db, world):
    retracted = make_claim(author=world.other_analyst, speaker=world.speaker_public)
    retracted = publish(retracted, editor=world.editor)
    retracted = claim_transition(claim=retracted, to=Claim.Status.RETRACTED, actor=world.editor, note="Withdrawn")
    assert _ids(client_for(None).get("/api/v1/claims/")) == [world.published.pk]
    # A retracted claim stays readable by its address, which says it was retracted.
    assert client_for(None).get(_claim_url(retracted)).json()["status"] == "retracted"


def test_an_analyst_lists_published_claims_and_their_own(db, world):
    ids = set(_ids(client_for(world.analyst).get("/api/v1/claims/")))
    assert ids == {world.published.pk, world.own_draft.pk}
    editor_ids = set(_ids(client_for(world.editor).get("/api/v1/claims/")))
    assert editor_ids == {world.published.pk, world.in_review.pk, world.other_draft.pk, world.own_draft.pk}


def test_pages_are_stable_newest_statement_first(db, world):
    speaker = world.speaker_public
    made = [
        make_claim(author=world.analyst, speaker=speaker, said_on=day, summary=f"Claim {n}")
        for n, day in enumerate(["2025-01-01", "2025-03-01", "2025-03-01", "2025-02-01"])
    ]
    client = client_for(world.analyst)
    first = client.get("/api/v1/claims/", {"page_size": 2})
    assert first.json()["count"] == 6  # the four, the published one, the analyst's draft
    pages, url = [], "/api/v1/claims/?page_size=2"
    while url:
        page = client.get(url).json()
        pages.extend(row["id"] for row in page["results"])
        url = page["next"]
    assert len(pages) == len(set(pages)) == 6
    rows = Claim.objects.filter(pk__in=pages)
    assert pages == [c.pk for c in sorted(rows, key=lambda c: (c.said_on, c.pk), reverse=True)]
    assert pages.index(made[2].pk) < pages.index(made[1].pk)  # same day: the later id first
    assert client.get("/api/v1/claims/", {"page": 99}).status_code == 404
    too_big = client.get("/api/v1/claims/", {"page_size": 1000})  # past the largest page: said so, not capped
    assert too_big.status_code == 400 and "page_size" in too_big.json()
    assert client.get("/api/v1/claims/", {"page_size": 100}).json()["count"] == 6


def test_listing_claims_costs_the_same_queries_however_many(db, world, django_assert_max_num_queries):
    source = make_source(text="Шойгу заявив: «Ми будемо поруч». Інша фраза тут.")
    for n in range(8):
        claim = make_claim(author=world.analyst, speaker=make_speaker(f"Speaker {n}"), topics=[world.topic])
        make_quote(claim=claim, source=source, fragment="Ми будемо поруч")
    client = client_for(world.editor)
    with django_assert_max_num_queries(14):
        response = client.get("/api/v1/claims/")
    assert len(response.json()["results"]) == 12


# --- search -----------------------------------------------------------------------------------------------


@pytest.fixture
def demo_reader_client(demo):
    return client_for(None)


def test_q_finds_claims_as_the_search_page_does_in_any_script(demo_reader_client):
    shoigu = Claim.objects.get(quotes__text__startswith="Ви можете повністю розраховувати")
    for query in ["Шойгу", "Shoigu", "підтримки", '"fully count"']:
        ids = _ids(demo_reader_client.get("/api/v1/claims/", {"q": query}))
        assert shoigu.pk in ids, query
    assert shoigu.pk not in _ids(demo_reader_client.get("/api/v1/claims/", {"q": "Bortnikov"}))


def test_facets_narrow_claims_like_the_search_page(demo_reader_client):
    shoigu = Claim.objects.get(quotes__text__startswith="Ви можете повністю розраховувати")
    assert shoigu.pk in _ids(demo_reader_client.get("/api/v1/claims/", {"language": "en", "speaker": "Шойгу"}))
    assert _ids(demo_reader_client.get("/api/v1/claims/", {"said_before": "1990-01-01"})) == []


def test_a_bad_facet_value_is_a_400(db, world):
    client = client_for(world.analyst)
    response = client.get("/api/v1/claims/", {"outlet": "UNIAN", "said_after": "soon"})
    assert response.status_code == 400
    assert set(response.json()) == {"outlet", "said_after"}
    assert client.get("/api/v1/claims/", {"q": "Shoigu\x00"}).status_code == 400


def test_only_editors_filter_by_status(db, world):
    assert _ids(client_for(world.editor).get("/api/v1/claims/", {"status": "draft"})) == [world.other_draft.pk]
    # For others the facet does not exist (they see published claims, and analysts their own drafts, anyway).
    ids = _ids(client_for(world.analyst).get("/api/v1/claims/", {"status": "draft", "speaker": "Shoigu"}))
    assert ids == [world.published.pk]
