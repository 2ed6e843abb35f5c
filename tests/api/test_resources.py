"""Speakers, sources, outlets and topics through the API, and the throttle on anonymous callers."""

import pytest
from rest_framework.throttling import AnonRateThrottle

from claims.models import Speaker
from tests.api import client_for, snapshot
from tests.factories import make_claim, make_quote, make_source

# --- speakers ---------------------------------------------------------------------------------------------


def test_a_speaker_added_with_names_aliases_and_roles_is_found_in_any_script(db, world):
    response = client_for(world.analyst).post(
        "/api/v1/speakers/",
        {
            "name": "Nikolai Patrushev",
            "names": {"uk": "Микола Патрушев", "ru": "Николай Патрушев"},
            "aliases": ["Patrushev", "Patrushev"],
            "roles": [
                {"title": "Secretary of the Security Council", "start_date": "2008-05-12", "end_date": "2024-05-14"},
                {"title": "Aide to the President", "start_date": "2024-05-14"},
            ],
            "wikidata_id": "q318503",
        },
        format="json",
    )
    assert response.status_code == 201, response.content
    data = response.json()
    assert data["names"] == {"ru": "Николай Патрушев", "uk": "Микола Патрушев"}
    assert data["aliases"] == ["Patrushev"]
    assert [role["title"] for role in data["roles"]] == ["Secretary of the Security Council", "Aide to the President"]
    assert data["wikidata_id"] == "Q318503" and data["claim_count"] == 0
    found = client_for(world.analyst).get("/api/v1/speakers/", {"q": "Патрушева"}).json()["results"]
    assert [row["id"] for row in found] == [data["id"]]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"name": "X", "names": {"xx": "X"}}, "names"),
        ({"name": "X", "wikidata_id": "313520"}, "wikidata_id"),
        ({"name": "X", "roles": [{"title": "Minister", "start_date": "2020-01-01", "end_date": "2019-1-1"}]}, "roles"),
        ({"name": "X", "roles": [{"organization": "Government"}]}, "roles"),
        ({"name": "   "}, "name"),
        ({"name": "X", "kind": "robot"}, "kind"),
        ({"name": "X", "aliases": "Shoigu"}, "aliases"),
    ],
)
def test_a_bad_speaker_is_refused_field_by_field(db, world, body, field):
    client = client_for(world.analyst)
    before = snapshot()
    response = client.post("/api/v1/speakers/", body, format="json")
    assert response.status_code == 400
    assert field in response.json()
    assert snapshot() == before


def test_a_wikidata_id_already_taken_is_refused(db, world):
    Speaker.objects.filter(pk=world.speaker_public.pk).update(wikidata_id="Q313520")
    client = client_for(world.analyst)
    before = snapshot()
    response = client.post("/api/v1/speakers/", {"name": "Shoigu again", "wikidata_id": "Q313520"}, format="json")
    assert response.status_code == 409  # well-formed, but another speaker has it
    assert "wikidata_id" in response.json()
    assert snapshot() == before


def test_editing_a_speaker_replaces_only_what_is_sent(db, world):
    speaker = world.speaker_public
    response = client_for(world.analyst).patch(
        f"/api/v1/speakers/{speaker.pk}/", {"aliases": ["Shoygu"], "description": "Russian official"}, format="json"
    )
    assert response.status_code == 200, response.content
    data = response.json()
    assert data["aliases"] == ["Shoygu"]
    assert data["names"] == {"en": "Sergei Shoigu", "uk": "Сергій Шойгу"}  # not sent, so kept
    assert data["description"] == "Russian official"
    assert speaker.history.first().history_user == world.analyst


def test_claim_counts_count_only_the_claims_the_caller_may_see(db, world):
    def count(user) -> int:
        rows = client_for(user).get("/api/v1/speakers/").json()["results"]
        return next(row["claim_count"] for row in rows if row["id"] == world.speaker_public.pk)

    # Shoigu: the published claim, one in review (other analyst's), the analyst's own draft.
    assert count(None) == 1
    assert count(world.analyst) == 2
    assert count(world.other_analyst) == 2
    assert count(world.editor) == 3


def test_readers_see_speakers_of_published_claims_only(db, world):
    ids = [row["id"] for row in client_for(None).get("/api/v1/speakers/").json()["results"]]
    assert ids == [world.speaker_public.pk]
    staff_ids = {row["id"] for row in client_for(world.analyst).get("/api/v1/speakers/").json()["results"]}
    assert staff_ids == {world.speaker_public.pk, world.speaker_draft_only.pk}


# --- sources ----------------------------------------------------------------------------------------------


def test_a_source_is_captured_verbatim_with_its_language_detected(db, world):
    text = "Сергій Шойгу заявив, що М'янма може розраховувати на підтримку.\r\nДругий абзац.  "
    response = client_for(world.analyst).post(
        "/api/v1/sources/",
        {"text": text, "url": "https://www.unian.ua/world/shoigu.html?utm_source=x", "outlet": world.outlet.pk},
        format="json",
    )
    assert response.status_code == 201, response.content
    data = response.json()
    assert data["language"] == "uk"
    assert data["text"] == text.replace("\r\n", "\n")  # one line break form, so offsets match the page
    assert data["url"] == "https://www.unian.ua/world/shoigu.html"
    assert data["outlet_name"] == "UNIAN"


def test_an_article_captured_before_is_a_conflict_naming_it(db, world):
    client = client_for(world.analyst)
    before = snapshot()
    response = client.post("/api/v1/sources/", {"text": world.source_public.text, "language": "uk"}, format="json")
    assert response.status_code == 409
    assert response.json()["existing"] == world.source_public.pk
    assert snapshot() == before


def test_an_empty_text_is_refused(db, world):
    response = client_for(world.analyst).post("/api/v1/sources/", {"text": " \n ", "language": "uk"}, format="json")
    assert response.status_code == 400
    assert response.json() == {"text": ["The article text is empty."]}


def test_an_empty_string_for_an_outlet_is_refused_not_taken_for_none(db, world):
    client = client_for(world.analyst)
    before = snapshot()
    response = client.post("/api/v1/sources/", {"text": "Новий текст про переговори.", "outlet": ""}, format="json")
    assert response.status_code == 400
    assert response.json() == {"outlet": ["Incorrect type. Expected pk value, received str."]}
    assert snapshot() == before


@pytest.mark.parametrize("speaker", ["³", "٣", "99999999999999999999999"])
def test_a_speaker_filter_of_unusual_digits_answers_without_error(db, world, client, speaker):
    assert client_for(world.analyst).get("/api/v1/quotes/", {"speaker": speaker}).status_code == 200
    assert client.get("/search/", {"q": "Москву", "speaker": speaker}).status_code == 200


def test_a_sources_details_are_corrected_but_never_its_text(db, world):
    client = client_for(world.analyst)
    url = f"/api/v1/sources/{world.source_public.pk}/"
    refused = client.patch(url, {"language": "ru", "text": "Rewritten"}, format="json")
    assert refused.status_code == 400 and "never changes" in refused.json()["text"][0]

    response = client.patch(url, {"language": "ru"}, format="json")  # any analyst, as on the source page

    assert response.status_code == 200
    assert (response.json()["language"], response.json()["text"]) == ("ru", world.source_public.text)


def test_only_the_capturer_or_an_editor_corrects_a_sources_title_date_and_address(db, world):
    mine = make_source(text="Брифінг Міноборони, 2 лютого.", captured_by=world.analyst)
    url = f"/api/v1/sources/{mine.pk}/"
    others = client_for(world.other_analyst).patch(url, {"title": "Hijacked"}, format="json")
    assert others.status_code == 403

    corrected = client_for(world.analyst).patch(
        url, {"title": "Брифінг", "published_on": "2026-02-02", "url": "https://mil.gov.ua/news/1"}, format="json"
    )
    assert corrected.status_code == 200, corrected.content
    assert (corrected.json()["title"], corrected.json()["published_on"]) == ("Брифінг", "2026-02-02")

    taken = client_for(world.editor).patch(
        f"/api/v1/sources/{world.source_fresh.pk}/", {"url": "https://mil.gov.ua/news/1"}, format="json"
    )
    assert taken.status_code == 409 and taken.json()["existing"] == mine.pk


def test_readers_see_the_sources_of_published_claims_only(db, world):
    ids = [row["id"] for row in client_for(None).get("/api/v1/sources/").json()["results"]]
    assert ids == [world.source_public.pk]
    assert client_for(None).get(f"/api/v1/sources/{world.source_fresh.pk}/").status_code == 404
    everything = client_for(world.analyst).get("/api/v1/sources/").json()["count"]
    assert everything == 3


def test_a_reader_does_not_learn_of_unpublished_sources_a_source_cites(db, world):
    world.source_public.cites.set([world.source_draft_only])
    assert client_for(None).get(f"/api/v1/sources/{world.source_public.pk}/").json()["cites"] == []
    cites = client_for(world.analyst).get(f"/api/v1/sources/{world.source_public.pk}/").json()["cites"]
    assert cites == [world.source_draft_only.pk]


# --- outlets and topics -----------------------------------------------------------------------------------


def test_an_outlet_is_added_with_clean_domains(db, world):
    response = client_for(world.analyst).post(
        "/api/v1/outlets/",
        {"name": " news.az ", "domains": ["WWW.News.az", "news.az"], "country": "az", "kind": "aggregator"},
        format="json",
    )
    assert response.status_code == 201, response.content
    assert response.json() | {"id": 0} == {
        "id": 0,
        "name": "news.az",
        "domains": ["news.az"],
        "country": "AZ",
        "kind": "aggregator",
        "ownership": "unknown",
    }


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"name": "UNIAN"}, "name"),
        ({"name": "X", "domains": ["not a host"]}, "domains"),
        ({"name": "X", "country": "U1"}, "country"),
        ({"name": "X", "ownership": "oligarch"}, "ownership"),
    ],
)
def test_a_bad_outlet_is_refused(db, world, body, field):
    client = client_for(world.analyst)
    before = snapshot()
    response = client.post("/api/v1/outlets/", body, format="json")
    assert response.status_code == (409 if body == {"name": "UNIAN"} else 400)  # a taken name is a conflict
    assert field in response.json()
    assert snapshot() == before


def test_renaming_an_outlet_makes_its_quotes_findable_by_the_new_name(db, world):
    reader = client_for(None)
    assert reader.get("/api/v1/quotes/", {"q": "Hromadske"}).json()["count"] == 0
    url = f"/api/v1/outlets/{world.outlet.pk}/"
    response = client_for(world.editor).patch(url, {"name": "Hromadske"}, format="json")
    assert response.status_code == 200
    assert reader.get("/api/v1/quotes/", {"q": "Hromadske"}).json()["count"] == 1


def test_renaming_a_topic_makes_its_claims_findable_by_the_new_name(db, world):
    source = make_source(text="Шойгу заявив: «Ми будемо поруч». Інша фраза тут.")
    claim = make_claim(author=world.analyst, speaker=world.speaker_public, topics=[world.topic])
    make_quote(claim=claim, source=source, fragment="Ми будемо поруч")
    analyst = client_for(world.analyst)
    assert analyst.get("/api/v1/claims/", {"q": "Burma"}).json()["count"] == 0
    response = client_for(world.editor).patch(f"/api/v1/topics/{world.topic.pk}/", {"name_en": "Burma"}, format="json")
    assert response.status_code == 200
    assert [row["id"] for row in analyst.get("/api/v1/claims/", {"q": "Burma"}).json()["results"]] == [claim.pk]


def test_a_topic_slug_must_be_new_and_a_slug(db, world):
    client = client_for(world.editor)
    before = snapshot()
    taken = client.post("/api/v1/topics/", {"slug": "myanmar", "name_en": "M", "name_uk": "М"}, format="json")
    assert taken.status_code == 409 and "slug" in taken.json()  # well-formed, but the slug is taken
    bad = client.post("/api/v1/topics/", {"slug": "no spaces", "name_en": "M", "name_uk": "М"}, format="json")
    assert bad.status_code == 400 and "slug" in bad.json()
    assert snapshot() == before


# --- throttling -------------------------------------------------------------------------------------------


def test_anonymous_callers_are_throttled_and_signed_in_users_are_not(db, world, monkeypatch):
    # The rate comes from REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"] (TRACKER_API_ANON_RATE in the environment).
    monkeypatch.setitem(AnonRateThrottle.THROTTLE_RATES, "anon", "3/minute")
    reader = client_for(None)
    assert [reader.get("/api/v1/topics/").status_code for _ in range(4)] == [200, 200, 200, 429]
    assert "Retry-After" in reader.get("/api/v1/topics/").headers
    analyst = client_for(world.analyst)
    assert {analyst.get("/api/v1/topics/").status_code for _ in range(5)} == {200}
