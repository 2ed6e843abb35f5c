"""schema.org JSON-LD on published claim pages: parsed from the page, checked, and inert whatever the texts."""

import json
import re

from django.urls import reverse

from claims.models import Claim
from claims.services import claim_transition
from sources.services import outlet_get_or_create
from tests.factories import make_claim, make_quote, make_source, make_speaker, publish

SCRIPT = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.DOTALL)


def jsonld_of(client, claim: Claim) -> list[dict]:
    html = client.get(reverse("claims:detail", args=[claim.pk])).content.decode()
    return [json.loads(block) for block in SCRIPT.findall(html)]


def test_published_claim_page_carries_a_schema_org_claim_with_author_and_appearances(client, demo):
    claim = Claim.objects.get(external_id="demo:claim:putin-relations")
    [data] = jsonld_of(client, claim)
    assert data["@context"] == "https://schema.org" and data["@type"] == "Claim"
    assert data["url"] == f"http://testserver/claims/{claim.pk}/"
    assert data["text"] == claim.summary and data["inLanguage"] == "en"
    assert data["datePublished"] == "2025-03-04"  # the date said
    author = data["author"]
    assert author["@type"] == "Person" and author["name"] == "Vladimir Putin"
    assert author["sameAs"] == "https://www.wikidata.org/wiki/Q7747"
    assert "Володимир Путін" in author["alternateName"] and author["jobTitle"] == "President of Russia"
    assert author["url"] == f"http://testserver/speakers/{claim.speaker_id}/"
    [appearance] = data["appearance"]
    quote = claim.quotes.get()
    assert appearance["@type"] == "Quotation" and appearance["text"] == quote.text
    assert appearance["inLanguage"] == "en"
    # The article has no known address: the appearance points at its capture here, at the quote.
    assert appearance["url"] == f"http://testserver/sources/{quote.source_id}/#q{quote.pk}"
    assert appearance["publisher"] == {"@type": "Organization", "name": "news.az", "url": "https://news.az"}
    assert "datePublished" not in appearance  # news.az's publication date is unknown


def test_each_report_in_each_language_is_an_appearance(client, demo):
    claim = Claim.objects.get(external_id="demo:claim:shoigu-support")
    [data] = jsonld_of(client, claim)
    appearances = {item["inLanguage"]: item for item in data["appearance"]}
    assert set(appearances) == {"uk", "en"}
    ukrainian = appearances["uk"]
    assert ukrainian["datePublished"] == "2026-02-03"
    assert ukrainian["publisher"]["name"] == "UNIAN" and ukrainian["url"].startswith("http://testserver/sources/")
    assert ukrainian["text"].startswith("Ви можете повністю розраховувати")
    assert "publisher" not in appearances["en"]  # that aggregator page's outlet is not recorded
    assert data["author"]["@type"] == "Person" and "sameAs" not in data["author"]  # no Wikidata id in the demo
    assert set(data["keywords"]) == {"Russia–Myanmar relations", "Military cooperation"}


def test_the_article_address_and_an_organization_author_when_known(client, analyst, editor):
    outlet = outlet_get_or_create(name="Bloomberg", domains=["bloomberg.com"])
    source = make_source(url="https://www.bloomberg.com/news/articles/x", outlet=outlet, title="Russia and Myanmar")
    isw = make_speaker("Institute for the Study of War", kind="organization", wikidata_id="Q2600000")
    claim = publish(
        make_quote(claim=make_claim(author=analyst, speaker=isw), source=source, fragment="Ви").claim, editor=editor
    )
    [data] = jsonld_of(client, claim)
    assert data["author"]["@type"] == "Organization" and data["author"]["sameAs"].endswith("/Q2600000")
    [appearance] = data["appearance"]
    assert appearance["url"] == "https://www.bloomberg.com/news/articles/x"
    assert appearance["headline"] == "Russia and Myanmar"
    assert appearance["publisher"] == {"@type": "Organization", "name": "Bloomberg", "url": "https://bloomberg.com"}


def test_unpublished_and_retracted_claims_have_no_markup(client, demo, editor):
    client.force_login(editor)
    draft = Claim.objects.get(external_id="demo:claim:hlaing-king")
    assert jsonld_of(client, draft) == []
    claim = Claim.objects.get(external_id="demo:claim:hlaing-victory")
    other_editor = claim.author  # the demo analyst is the author; the fixture editor retracts
    assert other_editor != editor
    claim_transition(claim=claim, to=Claim.Status.RETRACTED, actor=editor, note="Misattributed.")
    client.logout()
    page = client.get(reverse("claims:detail", args=[claim.pk]))
    assert page.status_code == 200 and "This claim was retracted." in page.content.decode()
    assert jsonld_of(client, claim) == []


def test_markup_stays_inert_whatever_the_texts_contain(client, analyst, editor):
    hostile_name = "</script><script>alert(1)</script>"
    hostile_title = '"><img src=x onerror=alert(2)>'
    quoted = "<script>alert(3)</script> & more"
    source = make_source(text=f"He said {quoted} today.", language="en", title=hostile_title)
    speaker = make_speaker(hostile_name, names={"en": hostile_name, "uk": "<script>"}, wikidata_id="Q1")
    claim = make_claim(author=analyst, speaker=speaker, summary=f"Summary {hostile_title}", occasion=hostile_name)
    make_quote(claim=claim, source=source, fragment=quoted)
    publish(claim, editor=editor)

    html = client.get(reverse("claims:detail", args=[claim.pk])).content.decode()
    for raw in ("<script>alert", "<img src=x", "</script><script>"):
        assert raw not in html
    [block] = SCRIPT.findall(html)
    assert "<" not in block and ">" not in block and "&" not in block  # escaped as \u003C, \u003E, \u0026
    data = json.loads(block)
    assert data["author"]["name"] == hostile_name
    assert data["text"] == f"Summary {hostile_title}"
    assert data["appearance"][0]["text"] == quoted and data["appearance"][0]["headline"] == hostile_title
