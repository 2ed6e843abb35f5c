"""Hostile text stays inert everywhere it is shown, and unpublished work stays with those allowed to see it."""

import re

import pytest
from django.urls import reverse

from claims.models import Claim
from claims.services import translation_create
from claims.speakers.services import speaker_create
from sources.models import Outlet
from sources.services import outlet_get_or_create
from tests.factories import make_claim, make_quote, make_source, publish

PAYLOADS = ["<script>alert(1)</script>", '"><img src=x onerror=alert(2)>', "</script><script>alert(3)</script>"]
EVIL = " ".join(PAYLOADS)


@pytest.fixture
def hostile(analyst, editor):
    outlet = outlet_get_or_create(name=f"Outlet {PAYLOADS[1]}", domains=["evil.example"])
    speaker = speaker_create(
        name=f"Evil {PAYLOADS[0]}", names={"uk": f"Зло {PAYLOADS[2]}"}, aliases=[PAYLOADS[1]],
        roles=[{"title": f"Minister {PAYLOADS[0]}", "organization": PAYLOADS[2]}],
    )  # fmt: skip
    text = f"«Ми переможемо {EVIL}», - заявив він."
    source = make_source(text=text, title=f"Title {PAYLOADS[2]}", outlet=outlet)
    claim = make_claim(author=analyst, speaker=speaker, summary=f"Summary {EVIL}", occasion=PAYLOADS[1])
    quote = make_quote(claim=claim, source=source, fragment=f"Ми переможемо {EVIL}")
    translation_create(quote=quote, language="en", text=f"We will win {EVIL}", translator=analyst)
    publish(claim, editor=editor)
    return {"speaker": speaker, "source": source, "claim": claim, "quote": quote}


def assert_inert(html: str, where: str) -> None:
    for payload in PAYLOADS:
        assert payload not in html, (where, payload)
    # The words may stand as data (escaped text, JSON with \u003c), never as markup.
    assert not re.search(r"<img[^>]*onerror", html, re.IGNORECASE), where
    assert not re.search(r"<script>\s*alert", html, re.IGNORECASE), where


def test_hostile_text_is_inert_on_every_page(client, hostile, analyst, editor):
    claim, source, speaker, quote = hostile["claim"], hostile["source"], hostile["speaker"], hostile["quote"]
    public_pages = ["/", claim.get_absolute_url(), source.get_absolute_url(), speaker.get_absolute_url(),
                    reverse("claims:search") + "?q=переможемо", reverse("claims:search") + "?q=Evil"]  # fmt: skip
    for url in public_pages:
        response = client.get(url)
        assert response.status_code == 200, url
        assert_inert(response.content.decode(), url)
    client.force_login(editor)
    staff_pages = [*public_pages, reverse("claims:review", args=[claim.pk]), reverse("claims:review_queue"),
                   reverse("claims:dashboard"), reverse("sources:list"), reverse("claims:speaker_list") + "?q=Evil",
                   reverse("claims:source_candidates", args=[source.pk]), reverse("claims:edit", args=[claim.pk]),
                   reverse("claims:quote_new", args=[source.pk]) + f"?start={quote.start}&end={quote.end}",
                   reverse("admin:claims_claim_changelist"), reverse("admin:claims_claim_change", args=[claim.pk]),
                   reverse("admin:claims_speaker_change", args=[speaker.pk])]  # fmt: skip
    quote_form = next(url for url in staff_pages if "/quote/" in url)
    staff_pages.append(quote_form + f"&speaker={speaker.pk}")  # the quote form with the speaker chosen
    for url in staff_pages:
        response = client.get(url)
        assert response.status_code == 200, url
        assert_inert(response.content.decode(), url)


def test_analyst_cannot_read_or_change_another_analysts_draft_by_url(client, analyst, other_analyst):
    draft = make_claim(author=other_analyst, summary="Their secret draft")
    source = make_source(text="«Таємниця», - сказав він.")
    make_quote(claim=draft, source=source, fragment="Таємниця", actor=other_analyst)
    client.force_login(analyst)
    for url in [draft.get_absolute_url(), reverse("claims:edit", args=[draft.pk])]:
        assert client.get(url).status_code == 404, url
    for to in ["in_review", "published"]:
        response = client.post(reverse("claims:transition", args=[draft.pk]), {"to": to, "version": draft.version})
        assert response.status_code == 404
    assert "Their secret draft" not in client.get(reverse("claims:search") + "?q=Таємниця").content.decode()
    draft.refresh_from_db()
    assert draft.status == Claim.Status.DRAFT and draft.version == 1


def test_anonymous_readers_never_see_unpublished_data_counts_or_facets(client, analyst, editor):
    hidden_outlet = outlet_get_or_create(name="Hidden Outlet", domains=["hidden.example"])
    shown_outlet = outlet_get_or_create(name="Shown Outlet", domains=["shown.example"])
    outlets = Outlet.objects.count()
    speaker = speaker_create(name="Ivan Example", names={"uk": "Іван Приклад"})
    draft = make_claim(author=analyst, speaker=speaker, summary="Unpublished summary")
    make_quote(claim=draft, source=make_source(text="«Чернетка тут».", outlet=hidden_outlet), fragment="Чернетка тут")
    published = make_claim(author=analyst, speaker=speaker, summary="Published summary")
    make_quote(claim=published, source=make_source(text="«Опубліковано тут».", outlet=shown_outlet),
               fragment="Опубліковано тут")  # fmt: skip
    publish(published, editor=editor)
    for url in ["/", speaker.get_absolute_url(), reverse("claims:search") + "?q=тут", reverse("claims:search")]:
        page = client.get(url).content.decode()
        assert "Unpublished summary" not in page and "Чернетка тут" not in page and "Hidden Outlet" not in page, url
    speaker_page = client.get(speaker.get_absolute_url()).content.decode()
    assert "1 claim, counted by month" in speaker_page
    search = client.get(reverse("claims:search") + "?q=тут").content.decode()
    assert "1 report" in search and "Shown Outlet" in search
    assert client.get(draft.get_absolute_url()).status_code == 404
    draft_source = draft.quotes.get().source
    assert client.get(draft_source.get_absolute_url()).status_code == 404
    assert client.get(reverse("sources:snapshot", args=[draft_source.pk])).status_code == 302
    assert Outlet.objects.count() == outlets


def test_a_speaker_known_only_from_drafts_is_not_shown_to_readers(client, analyst):
    speaker = speaker_create(name="Unannounced Person")
    make_claim(author=analyst, speaker=speaker, summary="Draft only")
    assert client.get(speaker.get_absolute_url()).status_code == 404
    client.force_login(analyst)
    assert client.get(speaker.get_absolute_url()).status_code == 200
