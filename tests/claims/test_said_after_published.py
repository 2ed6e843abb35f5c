"""A statement cannot be reported before it was made: editing a claim's date said or an article's publication
date is refused, with the two dates named and nothing changed, wherever it is edited (page, API, admin)."""

import datetime

from django.urls import reverse

from claims.models import Claim
from sources.models import Source
from tests.api import client_for
from tests.factories import make_claim, make_quote, make_source

FEB_3 = datetime.date(2026, 2, 3)
TEXT = "Шойгу заявив, що Москва підтримає уряд М'янми."


def reported(analyst) -> tuple[Claim, Source]:
    source = make_source(text=TEXT, published_on=FEB_3, captured_by=analyst)
    claim = make_claim(author=analyst, said_on=datetime.date(2026, 2, 2), summary="Shoigu promised support")
    make_quote(claim=claim, source=source, fragment="Москва підтримає уряд М'янми", actor=analyst)
    claim.refresh_from_db()
    return claim, source


def claim_form(claim: Claim, said_on: str) -> dict:
    return {
        "speaker": claim.speaker_id, "said_on": said_on, "summary": claim.summary, "summary_language": "en",
        "occasion": "", "version": claim.version,
    }  # fmt: skip


def test_the_claim_page_refuses_a_date_said_after_a_reports_publication_and_keeps_the_form(client, analyst):
    claim, _source = reported(analyst)
    client.force_login(analyst)
    response = client.post(reverse("claims:edit", args=[claim.pk]), claim_form(claim, "2026-02-10"))
    page = response.content.decode()
    assert response.status_code == 200
    assert "The date said (Feb. 10, 2026) is after the article&#x27;s publication date (Feb. 3, 2026)." in page
    assert 'value="2026-02-10"' in page  # what was typed stays in the form
    claim.refresh_from_db()
    assert claim.said_on == datetime.date(2026, 2, 2)
    ok = client.post(reverse("claims:edit", args=[claim.pk]), claim_form(claim, "2026-02-03"))
    assert ok.status_code == 302


def test_the_api_refuses_it_with_a_400_on_the_field(db, analyst):
    claim, _source = reported(analyst)
    response = client_for(analyst).patch(
        f"/api/v1/claims/{claim.pk}/", {"said_on": "2026-02-10", "version": claim.version}, format="json"
    )
    assert response.status_code == 400
    assert "is after the article's publication date (Feb. 3, 2026)" in response.json()["said_on"][0]
    claim.refresh_from_db()
    assert claim.said_on == datetime.date(2026, 2, 2)


def test_an_article_cannot_be_redated_before_a_statement_it_reports(client, analyst):
    _claim, source = reported(analyst)
    client.force_login(analyst)
    response = client.post(
        reverse("sources:edit", args=[source.pk]),
        {"title": "", "published_on": "2026-01-30", "author": "", "language": "uk", "url": ""},
    )
    page = response.content.decode()
    assert response.status_code == 400
    assert "The date said (Feb. 2, 2026) is after the article&#x27;s publication date (Jan. 30, 2026)." in page
    source.refresh_from_db()
    assert source.published_on == FEB_3


def test_the_admin_shows_both_refusals_on_its_forms(client, admin_user, analyst):
    claim, source = reported(analyst)
    client.force_login(admin_user)
    claim_page = client.post(
        reverse("admin:claims_claim_change", args=[claim.pk]),
        {**claim_form(claim, "2026-02-10"), "read_version": claim.version, "topics": [], "external_id": "",
         "_save": "Save"},
    )  # fmt: skip
    assert (
        claim_page.status_code == 200 and "is after the article&#x27;s publication date" in claim_page.content.decode()
    )
    claim.refresh_from_db()
    assert claim.said_on == datetime.date(2026, 2, 2)
    source_page = client.get(reverse("admin:sources_source_change", args=[source.pk]))
    assert source_page.status_code == 200


def test_a_report_is_not_moved_nor_merged_onto_a_claim_said_after_its_publication(analyst, editor):
    import pytest
    from django.core.exceptions import PermissionDenied

    from claims.services import claim_merge, quote_move

    claim, _source = reported(analyst)
    later = make_claim(
        author=analyst, speaker=claim.speaker, said_on=datetime.date(2026, 2, 10), summary="Shoigu spoke again"
    )
    quote = claim.quotes.get()
    with pytest.raises(PermissionDenied, match=r"The date said \(Feb. 10, 2026\) is after"):
        quote_move(quote=quote, to=later, actor=editor)
    with pytest.raises(PermissionDenied, match=r"The date said \(Feb. 10, 2026\) is after"):
        claim_merge(duplicate=claim, into=later, actor=editor)
    quote.refresh_from_db()
    claim.refresh_from_db()
    assert quote.claim_id == claim.pk and claim.status == Claim.Status.DRAFT
