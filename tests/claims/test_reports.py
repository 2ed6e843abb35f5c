"""Reports attached to claims the analyst does not own: proposed, decided by another editor, and shown to
readers only once accepted (claim page, search, export, API, JSON-LD)."""

import datetime
import json

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from claims.models import Quote, ReviewEvent
from claims.services import report_transition
from tests.factories import make_claim, make_quote, make_source, make_speaker, publish

UK_TEXT = '"Ви можете повністю розраховувати на всебічну підтримку Москви", - заявив Шойгу 3 лютого.'
EN_TEXT = "Shoigu told Myanmar's leadership it could “fully count on Moscow’s support” in 2026."
UK_QUOTE = "Ви можете повністю розраховувати на всебічну підтримку Москви"
EN_QUOTE = "fully count on Moscow’s support"


@pytest.fixture
def published_claim(analyst, editor):
    """A published claim by `analyst` with its Ukrainian report."""
    speaker = make_speaker(aliases=["Shoigu"])
    claim = make_claim(author=analyst, speaker=speaker, summary="Shoigu: Myanmar can count on Moscow's support")
    make_quote(claim=claim, source=make_source(text=UK_TEXT, published_on=datetime.date(2026, 2, 3)), fragment=UK_QUOTE)
    return publish(claim, editor=editor)


@pytest.fixture
def en_source(db):
    return make_source(text=EN_TEXT, language="en", published_on=datetime.date(2026, 2, 4))


def _post_report(client, source, claim, **extra):
    start = source.text.index(EN_QUOTE)
    return client.post(
        reverse("claims:quote_new", args=[source.pk]),
        {"start": start, "end": start + len(EN_QUOTE), "speaker": claim.speaker_id, "kind": "partial",
         "claim": claim.pk, "summary_language": "en", **extra},
    )  # fmt: skip


def test_suggestions_offer_add_to_this_claim_on_someone_elses_published_claim(
    client, other_analyst, published_claim, en_source
):
    client.force_login(other_analyst)
    start = en_source.text.index(EN_QUOTE)
    page = client.get(
        reverse("claims:quote_new", args=[en_source.pk]),
        {"start": start, "end": start + len(EN_QUOTE), "speaker": published_claim.speaker_id},
    ).content.decode()
    radio = page[page.index(f'value="{published_claim.pk}"') - 40 : page.index(f'value="{published_claim.pk}"') + 80]
    assert "disabled" not in radio
    assert "Add to this claim: proposed" in page
    assert "Not yours to change" not in page


def test_suggestions_leave_out_other_analysts_drafts(client, analyst, other_analyst, en_source):
    speaker = make_speaker()
    hidden = make_claim(author=other_analyst, speaker=speaker, summary="Someone else's unpublished draft")
    client.force_login(analyst)
    start = en_source.text.index(EN_QUOTE)
    page = client.get(
        reverse("claims:quote_new", args=[en_source.pk]),
        {"start": start, "end": start + len(EN_QUOTE), "speaker": speaker.pk},
    ).content.decode()
    assert "Someone else&#x27;s unpublished draft" not in page and f'name="claim" value="{hidden.pk}"' not in page


def test_a_report_on_someone_elses_claim_is_proposed_and_hidden_from_readers(
    client, other_analyst, published_claim, en_source
):
    client.force_login(other_analyst)
    response = _post_report(client, en_source, published_claim)
    assert response.status_code == 302
    quote = published_claim.quotes.get(source=en_source)
    assert quote.report_status == Quote.ReportStatus.PROPOSED
    event = published_claim.review_events.get(action=ReviewEvent.Action.REPORT_PROPOSED)
    assert (event.quote, event.actor) == (quote, other_analyst)
    # The proposer sees it marked as proposed; an anonymous reader does not see it at all.
    own_view = client.get(published_claim.get_absolute_url()).content.decode()
    assert EN_QUOTE in own_view and "proposed report" in own_view
    client.logout()
    page = client.get(published_claim.get_absolute_url()).content.decode()
    assert EN_QUOTE not in page and UK_QUOTE in page
    markup = page[page.index("application/ld+json") :]
    assert "fully count" not in markup[: markup.index("</script>")]


def test_a_report_on_the_analysts_own_draft_is_added_directly(client, analyst, en_source):
    claim = make_claim(author=analyst)
    client.force_login(analyst)
    assert _post_report(client, en_source, claim).status_code == 302
    assert claim.quotes.get().report_status == Quote.ReportStatus.ACCEPTED


def test_the_authors_report_on_their_claim_in_review_is_proposed(client, analyst, editor, en_source):
    from claims.services import claim_transition

    claim = claim_transition(claim=make_claim(author=analyst), to="in_review", actor=analyst)
    client.force_login(analyst)
    assert _post_report(client, en_source, claim).status_code == 302
    assert claim.quotes.get().report_status == Quote.ReportStatus.PROPOSED


def test_editor_accepts_a_proposed_report_from_new_reports_and_readers_then_see_it(
    client, other_analyst, editor, published_claim, en_source, mailoutbox, django_capture_on_commit_callbacks
):
    quote = make_quote(claim=published_claim, source=en_source, fragment=EN_QUOTE, actor=other_analyst)
    client.force_login(editor)
    queue = client.get(reverse("claims:report_queue")).content.decode()
    assert EN_QUOTE in queue and "Accept the report" in queue
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("claims:report_decide", args=[quote.pk]), {"to": "accepted"})
    assert response.status_code == 302 and response["Location"] == reverse("claims:report_queue")
    quote.refresh_from_db()
    assert quote.report_status == Quote.ReportStatus.ACCEPTED
    assert published_claim.review_events.filter(action="report_accepted", actor=editor, quote=quote).exists()
    assert [message.to for message in mailoutbox if "accepted" in message.subject] == [[other_analyst.email]]
    client.logout()
    assert EN_QUOTE in client.get(published_claim.get_absolute_url()).content.decode()
    results = client.get(reverse("claims:search"), {"q": "Moscow"}).content.decode()
    assert "fully count on" in results


def test_search_export_and_api_leave_out_a_proposed_report_for_readers(
    client, other_analyst, published_claim, en_source
):
    make_quote(claim=published_claim, source=en_source, fragment=EN_QUOTE, actor=other_analyst)
    results = client.get(reverse("claims:search"), {"q": "Myanmar"}).content.decode()
    assert "fully count on" not in results and "всебічну" in results  # the accepted report is found
    export = client.get(reverse("interchange:data_export_jsonl"), {"q": "Moscow"})
    assert EN_QUOTE not in b"".join(export.streaming_content if export.streaming else [export.content]).decode()
    claim_json = client.get(f"/api/v1/claims/{published_claim.pk}/").json()
    assert [report["language"] for report in claim_json["quotes"]] == ["uk"]


def test_declining_needs_a_note_and_nothing_changes_without_one(
    client, other_analyst, editor, published_claim, en_source
):
    quote = make_quote(claim=published_claim, source=en_source, fragment=EN_QUOTE, actor=other_analyst)
    client.force_login(editor)
    response = client.post(reverse("claims:report_decide", args=[quote.pk]), {"to": "declined", "note": " "})
    assert response.status_code == 400
    assert "Say why the report is declined" in response.content.decode()
    quote.refresh_from_db()
    assert quote.report_status == Quote.ReportStatus.PROPOSED
    assert not published_claim.review_events.filter(action="report_declined").exists()
    client.post(reverse("claims:report_decide", args=[quote.pk]), {"to": "declined", "note": "Another statement"})
    quote.refresh_from_db()
    assert quote.report_status == Quote.ReportStatus.DECLINED


def test_nobody_accepts_their_own_report(client, editor, published_claim, en_source):
    quote = make_quote(claim=published_claim, source=en_source, fragment=EN_QUOTE, actor=editor)
    assert quote.report_status == Quote.ReportStatus.PROPOSED
    client.force_login(editor)
    response = client.post(reverse("claims:report_decide", args=[quote.pk]), {"to": "accepted"})
    assert "Nobody accepts their own report" in response.content.decode()
    quote.refresh_from_db()
    assert quote.report_status == Quote.ReportStatus.PROPOSED


def test_analysts_cannot_decide_on_reports(analyst, other_analyst, published_claim, en_source):
    quote = make_quote(claim=published_claim, source=en_source, fragment=EN_QUOTE, actor=other_analyst)
    with pytest.raises(PermissionDenied, match="Only editors decide"):
        report_transition(quote=quote, to="accepted", actor=analyst)
    quote.refresh_from_db()
    assert quote.report_status == Quote.ReportStatus.PROPOSED


def test_the_api_proposes_a_report_on_a_published_claim(client, other_analyst, published_claim, en_source):
    client.force_login(other_analyst)
    start = en_source.text.index(EN_QUOTE)
    response = client.post(
        "/api/v1/quotes/",
        json.dumps({"claim": published_claim.pk, "source": en_source.pk, "start": start, "end": start + len(EN_QUOTE)}),
        content_type="application/json",
    )
    assert response.status_code == 201, response.content
    assert response.json()["report_status"] == "proposed"


@pytest.mark.parametrize(("origin", "lands_on"), [("queue", "queue"), ("claim", "claim")])
def test_a_report_decision_returns_the_editor_to_where_it_was_taken(
    client, other_analyst, other_editor, published_claim, en_source, origin, lands_on
):
    client.force_login(other_analyst)
    _post_report(client, en_source, published_claim)
    report = published_claim.quotes.get(source=en_source)
    client.force_login(other_editor)
    response = client.post(
        reverse("claims:report_decide", args=[report.pk]), {"to": "accepted", "note": "", "origin": origin}
    )
    expected = reverse("claims:report_queue") if lands_on == "queue" else published_claim.get_absolute_url()
    assert response.status_code == 302 and response["Location"] == expected
    report.refresh_from_db()
    assert report.report_status == Quote.ReportStatus.ACCEPTED


@pytest.mark.parametrize(("origin", "lands_on"), [("review", "queue"), ("claim", "claim")])
def test_a_claim_decision_returns_the_editor_to_where_it_was_taken(client, analyst, editor, origin, lands_on):
    from claims.services import claim_transition

    claim = make_claim(author=analyst, summary="To decide")
    make_quote(claim=claim, source=make_source(text=UK_TEXT), fragment=UK_QUOTE)
    claim = claim_transition(claim=claim, to=claim.Status.IN_REVIEW, actor=analyst)
    client.force_login(editor)
    response = client.post(
        reverse("claims:transition", args=[claim.pk]),
        {"to": "published", "note": "", "version": claim.version, "origin": origin},
    )
    expected = reverse("claims:review_queue") if lands_on == "queue" else claim.get_absolute_url()
    assert response.status_code == 302 and response["Location"] == expected
