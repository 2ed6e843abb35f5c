"""Quotes through the API: exact spans of a source's text, and the search page's search as data."""

import datetime
import json

import pytest

from claims.models import Quote, QuoteSearch
from sources.models import Source
from tests.api import FRESH_TEXT, client_for, snapshot

SPAN = "We will count on Moscow."


def _body(world, **changes) -> dict:
    start = FRESH_TEXT.index(SPAN)
    body = {"claim": world.own_draft.pk, "source": world.source_fresh.pk, "start": start, "end": start + len(SPAN)}
    return {**body, **changes}


def test_a_quote_without_text_takes_the_span_from_the_source_and_is_searchable(db, world):
    response = client_for(world.analyst).post("/api/v1/quotes/", _body(world, kind="partial"), format="json")
    assert response.status_code == 201, response.content
    data = response.json()
    assert (data["text"], data["kind"], data["language"], data["claim"]) == (SPAN, "partial", "en", world.own_draft.pk)
    quote = Quote.objects.get(pk=data["id"])
    assert quote.created_by == world.analyst
    assert QuoteSearch.objects.filter(quote=quote).exists()
    mine = client_for(world.analyst).get("/api/v1/quotes/", {"q": "Moscow"}).json()["results"]
    assert data["id"] in [row["id"] for row in mine]


def test_a_quote_with_the_exact_text_is_accepted(db, world):
    response = client_for(world.analyst).post("/api/v1/quotes/", _body(world, text=SPAN), format="json")
    assert response.status_code == 201, response.content


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"text": "We will count on Moscow!"}, "text", "is not what the source says between offsets"),
        ({"text": SPAN.upper()}, "text", "is not what the source says between offsets"),
        ({"start": 10, "end": 10_000}, "end", "lie outside the source text (64 characters)"),
        ({"start": 20, "end": 20}, "end", "must cover at least one character"),
        ({"start": 30, "end": 12}, "end", "must cover at least one character"),
        ({"start": -1}, "start", "greater than or equal to 0"),
        ({"end": 2**40}, "end", "less than or equal to"),
        ({"start": "twelve"}, "start", "valid integer"),
        ({"source": 987654}, "source", "does not exist"),
        ({"claim": 987654}, "claim", "does not exist"),
        ({"kind": "verbatim"}, "kind", "not a valid choice"),
    ],
)
def test_a_span_that_is_not_in_the_source_is_refused_and_nothing_is_written(db, world, changes, field, message):
    client = client_for(world.analyst)
    before = snapshot()
    response = client.post("/api/v1/quotes/", _body(world, **changes), format="json")
    assert response.status_code == 400
    assert message in response.json()[field][0]
    assert snapshot() == before


def test_the_same_span_twice_for_one_claim_is_refused(db, world):
    client = client_for(world.analyst)
    assert client.post("/api/v1/quotes/", _body(world), format="json").status_code == 201
    before = snapshot()
    response = client.post("/api/v1/quotes/", _body(world), format="json")
    assert response.status_code == 400
    assert response.json() == {"text": ["This span of this source is already a quote of this claim."]}
    assert snapshot() == before


def test_an_article_published_before_the_statement_was_made_is_refused_as_its_report(db, world):
    # The same rule as the quote form's, in the service: an article cannot report what was said after it.
    said_on = world.own_draft.said_on
    Source.objects.filter(pk=world.source_fresh.pk).update(published_on=said_on - datetime.timedelta(days=3))
    client = client_for(world.analyst)
    before = snapshot()

    response = client.post("/api/v1/quotes/", _body(world), format="json")

    assert response.status_code == 400
    assert "is after the article's publication date" in json.dumps(response.json())
    assert snapshot() == before


def test_readers_list_quotes_of_published_claims_only(db, world):
    rows = client_for(None).get("/api/v1/quotes/").json()["results"]
    assert [row["id"] for row in rows] == [world.quote_published.pk]
    assert rows[0]["claim_status"] == "published"
    assert rows[0]["outlet_name"] == "UNIAN"
    assert rows[0]["snippet"] is None  # no words searched, nothing to highlight


# --- search -----------------------------------------------------------------------------------------------


def test_q_searches_like_the_search_page_with_highlighted_snippets(demo):
    client = client_for(None)
    page = client.get("/api/v1/quotes/", {"q": "підтримки"}).json()
    assert page["count"] >= 2 and page["count_capped"] is False
    texts = [row["text"] for row in page["results"]]
    assert any(text.startswith("Ви можете повністю розраховувати") for text in texts)
    hits = {segment["text"] for row in page["results"] for segment in row["snippet"] if segment["hit"]}
    assert "підтримку" in hits  # another form of the word searched


def test_q_with_a_misspelt_name_suggests_the_known_spelling(demo):
    page = client_for(None).get("/api/v1/quotes/", {"q": "Shoigy"}).json()
    assert page["count"] == 0 and page["results"] == []
    assert page["suggestion"] == "Shoigu"


def test_quotes_by_relevance_and_by_facet(demo):
    client = client_for(None)
    by_relevance = client.get("/api/v1/quotes/", {"q": "Shoigu", "order": "relevance"}).json()["results"]
    by_date = client.get("/api/v1/quotes/", {"q": "Shoigu"}).json()["results"]
    assert {row["id"] for row in by_relevance} == {row["id"] for row in by_date}
    english = client.get("/api/v1/quotes/", {"q": "Shoigu", "language": "en"}).json()["results"]
    assert english and {row["language"] for row in english} == {"en"}
    dates = [row["said_on"] for row in by_date]
    assert dates == sorted(dates, reverse=True)


def test_quote_pages_link_to_each_other_and_end(demo):
    client = client_for(None)
    first = client.get("/api/v1/quotes/", {"page_size": 1}).json()
    assert first["previous"] is None and "page=2" in first["next"]
    second = client.get(first["next"]).json()
    assert second["results"][0]["id"] != first["results"][0]["id"]
    assert second["previous"] is not None
    assert client.get("/api/v1/quotes/", {"page": 500}).status_code == 404
    assert client.get("/api/v1/quotes/", {"page": "x"}).status_code == 404
    assert client.get("/api/v1/quotes/", {"page": 10**30}).status_code == 404


def test_bad_search_parameters_are_a_400(db, world):
    client = client_for(world.editor)
    assert client.get("/api/v1/quotes/", {"order": "popularity"}).json() == {
        "order": ["Order by “date” or “relevance”."]
    }
    assert client.get("/api/v1/quotes/", {"kind": "verbatim"}).status_code == 400
    assert client.get("/api/v1/quotes/", {"role": "Minister\x00"}).status_code == 400
