"""Who may do what through the API: every endpoint and method, for each role, with the status written out.

The world (tests.api.build_world): `analyst` owns one draft; `other_analyst` owns a published claim, one in
review and a draft; `editor` and `admin` wrote none of them. Refused writes must leave every table as it was.
"""

import pytest
from django.core.cache import cache

from tests.api import FRESH_TEXT, client_for, shared_world, snapshot

ROLES = ["anonymous", "analyst", "editor", "admin"]


@pytest.fixture(autouse=True)
def _fresh_throttle():
    cache.clear()  # anonymous calls are throttled per address; each test starts with a clean count


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    with shared_world(django_db_blocker) as world:
        yield world


def _user(world, role):
    return {"anonymous": None, "analyst": world.analyst, "editor": world.editor, "admin": world.admin}[role]


def _quote_body(claim):
    def body(w):
        start = FRESH_TEXT.index("We will count on Moscow.")
        return {"claim": getattr(w, claim).pk, "source": w.source_fresh.pk, "start": start, "end": start + 24}

    return body


# (name, method, path, body) -> expected status for anonymous, analyst, editor, admin.
# Paths and bodies are functions of the world; statuses are what a user of each role must get.
CASES = [
    # --- claims
    ("claims list", "get", lambda w: "/api/v1/claims/", None, [200, 200, 200, 200]),
    ("published claim", "get", lambda w: f"/api/v1/claims/{w.published.pk}/", None, [200, 200, 200, 200]),
    ("other's draft", "get", lambda w: f"/api/v1/claims/{w.other_draft.pk}/", None, [404, 404, 200, 200]),
    ("own draft", "get", lambda w: f"/api/v1/claims/{w.own_draft.pk}/", None, [404, 200, 200, 200]),
    ("other's claim in review", "get", lambda w: f"/api/v1/claims/{w.in_review.pk}/", None, [404, 404, 200, 200]),
    (
        "create claim",
        "post",
        lambda w: "/api/v1/claims/",
        lambda w: {
            "speaker": w.speaker_public.pk,
            "said_on": "2026-02-03",
            "summary": "A new statement",
            "summary_language": "en",
        },
        [401, 201, 201, 201],
    ),
    (
        "edit own draft",
        "patch",
        lambda w: f"/api/v1/claims/{w.own_draft.pk}/",
        lambda w: {"summary": "Edited", "version": w.own_draft.version},
        [401, 200, 200, 200],
    ),
    (
        "edit other's draft",
        "patch",
        lambda w: f"/api/v1/claims/{w.other_draft.pk}/",
        lambda w: {"summary": "Edited", "version": w.other_draft.version},
        [401, 404, 200, 200],
    ),
    (
        "correct a published claim",
        "patch",
        lambda w: f"/api/v1/claims/{w.published.pk}/",
        lambda w: {"summary": "Corrected", "version": w.published.version},
        [401, 403, 200, 200],
    ),
    ("replace a claim", "put", lambda w: f"/api/v1/claims/{w.own_draft.pk}/", lambda w: {}, [401, 405, 405, 405]),
    ("delete a claim", "delete", lambda w: f"/api/v1/claims/{w.published.pk}/", None, [401, 405, 405, 405]),
    (
        "submit own draft",
        "post",
        lambda w: f"/api/v1/claims/{w.own_draft.pk}/transition/",
        lambda w: {"to": "in_review", "version": w.own_draft.version},
        [401, 200, 200, 200],
    ),
    (
        "submit other's draft",
        "post",
        lambda w: f"/api/v1/claims/{w.other_draft.pk}/transition/",
        lambda w: {"to": "in_review", "version": w.other_draft.version},
        [401, 404, 200, 200],
    ),
    (
        "publish",
        "post",
        lambda w: f"/api/v1/claims/{w.in_review.pk}/transition/",
        lambda w: {"to": "published", "version": w.in_review.version},
        [401, 404, 200, 200],
    ),
    (
        "retract",
        "post",
        lambda w: f"/api/v1/claims/{w.published.pk}/transition/",
        lambda w: {"to": "retracted", "note": "The outlet withdrew the report.", "version": w.published.version},
        [401, 403, 200, 200],
    ),
    # --- quotes
    ("quotes list", "get", lambda w: "/api/v1/quotes/", None, [200, 200, 200, 200]),
    ("published quote", "get", lambda w: f"/api/v1/quotes/{w.quote_published.pk}/", None, [200, 200, 200, 200]),
    ("draft's quote", "get", lambda w: f"/api/v1/quotes/{w.quote_other_draft.pk}/", None, [404, 404, 200, 200]),
    ("quote for own draft", "post", lambda w: "/api/v1/quotes/", _quote_body("own_draft"), [401, 201, 201, 201]),
    ("quote for published", "post", lambda w: "/api/v1/quotes/", _quote_body("published"), [401, 403, 201, 201]),
    # A claim the analyst may not see is an unknown claim: a field error, not a hint that it exists.
    ("quote for other's draft", "post", lambda w: "/api/v1/quotes/", _quote_body("other_draft"), [401, 400, 201, 201]),
    (
        "edit a quote",
        "patch",
        lambda w: f"/api/v1/quotes/{w.quote_published.pk}/",
        lambda w: {"kind": "partial"},
        [401, 405, 405, 405],
    ),
    ("delete a quote", "delete", lambda w: f"/api/v1/quotes/{w.quote_published.pk}/", None, [401, 405, 405, 405]),
    # --- speakers
    ("speakers list", "get", lambda w: "/api/v1/speakers/", None, [200, 200, 200, 200]),
    ("public speaker", "get", lambda w: f"/api/v1/speakers/{w.speaker_public.pk}/", None, [200, 200, 200, 200]),
    (
        "speaker of a draft only",
        "get",
        lambda w: f"/api/v1/speakers/{w.speaker_draft_only.pk}/",
        None,
        [404, 200, 200, 200],
    ),
    (
        "add a speaker",
        "post",
        lambda w: "/api/v1/speakers/",
        lambda w: {"name": "Min Aung Hlaing", "names": {"uk": "Мін Аун Хлайн"}},
        [401, 201, 201, 201],
    ),
    (
        "edit a speaker",
        "patch",
        lambda w: f"/api/v1/speakers/{w.speaker_public.pk}/",
        lambda w: {"aliases": ["Shoygu"]},
        [401, 200, 200, 200],
    ),
    ("delete a speaker", "delete", lambda w: f"/api/v1/speakers/{w.speaker_public.pk}/", None, [401, 405, 405, 405]),
    # --- sources
    ("sources list", "get", lambda w: "/api/v1/sources/", None, [200, 200, 200, 200]),
    ("quoted source", "get", lambda w: f"/api/v1/sources/{w.source_public.pk}/", None, [200, 200, 200, 200]),
    ("draft's source", "get", lambda w: f"/api/v1/sources/{w.source_draft_only.pk}/", None, [404, 200, 200, 200]),
    (
        "capture a source",
        "post",
        lambda w: "/api/v1/sources/",
        lambda w: {"text": "Брифінг: нова стаття.", "language": "uk"},
        [401, 201, 201, 201],
    ),
    (
        "correct a source's language",
        "patch",
        lambda w: f"/api/v1/sources/{w.source_public.pk}/",
        lambda w: {"language": "ru"},
        [401, 200, 200, 200],
    ),
    ("delete a source", "delete", lambda w: f"/api/v1/sources/{w.source_public.pk}/", None, [401, 405, 405, 405]),
    # --- outlets
    ("outlets list", "get", lambda w: "/api/v1/outlets/", None, [200, 200, 200, 200]),
    ("outlet", "get", lambda w: f"/api/v1/outlets/{w.outlet.pk}/", None, [200, 200, 200, 200]),
    (
        "add an outlet",
        "post",
        lambda w: "/api/v1/outlets/",
        lambda w: {"name": "news.az", "domains": ["news.az"], "country": "AZ"},
        [401, 201, 201, 201],
    ),
    (
        "edit an outlet",
        "patch",
        lambda w: f"/api/v1/outlets/{w.outlet.pk}/",
        lambda w: {"ownership": "private"},
        [401, 403, 200, 200],  # a shared vocabulary: analysts add outlets, editors rename them
    ),
    ("delete an outlet", "delete", lambda w: f"/api/v1/outlets/{w.outlet.pk}/", None, [401, 405, 405, 405]),
    # --- topics
    ("topics list", "get", lambda w: "/api/v1/topics/", None, [200, 200, 200, 200]),
    ("topic", "get", lambda w: f"/api/v1/topics/{w.topic.pk}/", None, [200, 200, 200, 200]),
    (
        "add a topic",
        "post",
        lambda w: "/api/v1/topics/",
        lambda w: {"slug": "sanctions", "name_en": "Sanctions", "name_uk": "Санкції"},
        [401, 403, 201, 201],
    ),
    (
        "edit a topic",
        "patch",
        lambda w: f"/api/v1/topics/{w.topic.pk}/",
        lambda w: {"name_en": "Myanmar (Burma)"},
        [401, 403, 200, 200],
    ),
    ("delete a topic", "delete", lambda w: f"/api/v1/topics/{w.topic.pk}/", None, [401, 405, 405, 405]),
]

MATRIX = [
    pytest.param(role, method, path, body, expected[index], id=f"{name}-{role}")
    for name, method, path, body, expected in CASES
    for index, role in enumerate(ROLES)
]


@pytest.mark.parametrize(("role", "method", "path", "body", "expected"), MATRIX)
def test_permission_matrix(db, world, role, method, path, body, expected):
    client = client_for(_user(world, role))
    before = snapshot()
    response = getattr(client, method)(path(world), body(world) if body else None, format="json")
    assert response.status_code == expected, response.content
    if method != "get" and expected >= 400:
        assert snapshot() == before, "a refused write changed the database"
    if expected in {401, 403, 404}:
        assert "detail" in response.json()


@pytest.mark.parametrize(
    "path", ["/api/v1/claims/", "/api/v1/quotes/", "/api/v1/speakers/", "/api/v1/sources/", "/api/v1/outlets/"]
)
def test_a_private_site_asks_anonymous_callers_to_authenticate(db, world, settings, path):
    settings.SITE_PUBLIC = False
    response = client_for(None).get(path)
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Token"
    assert client_for(world.analyst).get(path).status_code == 200


def test_a_private_site_hides_single_claims_too(db, world, settings):
    settings.SITE_PUBLIC = False
    assert client_for(None).get(f"/api/v1/claims/{world.published.pk}/").status_code == 401
    assert client_for(None).get("/api/v1/topics/").status_code == 401
