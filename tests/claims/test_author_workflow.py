"""The author's side: withdraw from review, delete a draft (recoverable by an editor), reopen a rejected
claim, the note thread, the dashboard's rejected and withdrawn sections, the refused publish's message."""

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from claims.models import Claim, ReviewEvent
from claims.services import claim_note_add, claim_transition
from tests.factories import make_claim, make_speaker

S = Claim.Status


def test_author_withdraws_a_claim_from_review_and_sees_it_on_the_dashboard(client, analyst):
    claim = claim_transition(claim=make_claim(author=analyst, summary="Withdrawn one"), to=S.IN_REVIEW, actor=analyst)
    client.force_login(analyst)
    page = client.get(claim.get_absolute_url()).content.decode()
    assert "Withdraw from review" in page
    response = client.post(reverse("claims:transition", args=[claim.pk]), {"to": S.WITHDRAWN, "version": claim.version})
    assert response.status_code == 302
    claim.refresh_from_db()
    assert claim.status == S.WITHDRAWN
    dashboard = client.get(reverse("claims:dashboard")).content.decode()
    assert "Withdrawn from review" in dashboard and "Withdrawn one" in dashboard
    assert "Submit for review again" in client.get(claim.get_absolute_url()).content.decode()


def test_author_deletes_a_draft_and_an_editor_recovers_it(client, analyst, other_analyst, editor):
    speaker = make_speaker("Sergei Shoigu", names={"en": "Sergei Shoigu", "uk": "Сергій Шойгу"})
    claim = make_claim(author=analyst, speaker=speaker, summary="Deleted by mistake")
    client.force_login(analyst)
    client.post(reverse("claims:transition", args=[claim.pk]), {"to": S.DELETED, "version": claim.version})
    claim.refresh_from_db()
    assert claim.status == S.DELETED
    own = client.get(reverse("claims:dashboard"), HTTP_ACCEPT_LANGUAGE="uk").content.decode()
    assert "Deleted by mistake" in own and "Сергій Шойгу" in own  # the speaker in the interface language
    client.force_login(other_analyst)
    assert "Deleted by mistake" not in client.get(reverse("claims:dashboard")).content.decode()
    client.force_login(editor)
    dashboard = client.get(reverse("claims:dashboard")).content.decode()
    assert "Deleted drafts" in dashboard and claim.get_absolute_url() in dashboard  # found, to be recovered
    assert "Recover as a draft" in client.get(claim.get_absolute_url()).content.decode()
    client.post(reverse("claims:transition", args=[claim.pk]), {"to": S.DRAFT, "version": claim.version})
    claim.refresh_from_db()
    assert claim.status == S.DRAFT
    assert list(claim.review_events.values_list("to_status", flat=True)) == [S.DELETED, S.DRAFT]


def test_a_rejected_claim_shows_on_the_authors_dashboard_and_an_editor_reopens_it(client, analyst, editor):
    claim = claim_transition(claim=make_claim(author=analyst, summary="Rejected one"), to=S.IN_REVIEW, actor=analyst)
    claim = claim_transition(claim=claim, to=S.REJECTED, actor=editor, note="Not a statement")
    client.force_login(analyst)
    dashboard = client.get(reverse("claims:dashboard")).content.decode()
    assert "Rejected one" in dashboard
    client.force_login(editor)
    page = client.get(claim.get_absolute_url()).content.decode()
    assert "Reopen" in page
    client.post(reverse("claims:transition", args=[claim.pk]), {"to": S.IN_REVIEW, "version": claim.version,
                                                                  "note": "New evidence"})  # fmt: skip
    claim.refresh_from_db()
    assert claim.status == S.IN_REVIEW


def test_the_analysts_refused_publish_gets_a_message_and_changes_nothing(client, analyst):
    claim = claim_transition(claim=make_claim(author=analyst), to=S.IN_REVIEW, actor=analyst)
    client.force_login(analyst)
    response = client.post(reverse("claims:transition", args=[claim.pk]), {"to": S.PUBLISHED, "version": claim.version})
    assert response.status_code == 400
    assert "Only editors may do this." in response.content.decode()
    claim.refresh_from_db()
    assert claim.status == S.IN_REVIEW and claim.review_events.count() == 1


def test_another_analyst_cannot_withdraw_or_delete(analyst, other_analyst):
    draft = make_claim(author=analyst)
    in_review = claim_transition(claim=make_claim(author=analyst), to=S.IN_REVIEW, actor=analyst)
    with pytest.raises(PermissionDenied, match="Only the author may withdraw"):
        claim_transition(claim=in_review, to=S.WITHDRAWN, actor=other_analyst)
    with pytest.raises(PermissionDenied):
        claim_transition(claim=draft, to=S.DELETED, actor=other_analyst)
    draft.refresh_from_db()
    in_review.refresh_from_db()
    assert (draft.status, in_review.status) == (S.DRAFT, S.IN_REVIEW)


def test_author_and_editor_exchange_notes_emailed_to_the_other_side(
    client, analyst, editor, mailoutbox, django_capture_on_commit_callbacks
):
    claim = claim_transition(claim=make_claim(author=analyst), to=S.IN_REVIEW, actor=analyst)
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("claims:note", args=[claim.pk]), {"text": "Which meeting?", "origin": "review"})
    assert response.status_code == 302 and response["Location"] == reverse("claims:review", args=[claim.pk])
    assert [m.to for m in mailoutbox] == [[analyst.email]]
    mailoutbox.clear()
    client.force_login(analyst)
    page = client.get(claim.get_absolute_url()).content.decode()
    assert "Which meeting?" in page
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("claims:note", args=[claim.pk]), {"text": "The 2 February one"})
    assert [m.to for m in mailoutbox] == [[editor.email]]  # the editor who wrote on the claim
    client.force_login(editor)
    assert "The 2 February one" in client.get(reverse("claims:review", args=[claim.pk])).content.decode()


def test_an_empty_note_or_one_by_another_analyst_is_refused(client, analyst, other_analyst, editor):
    claim = make_claim(author=analyst)
    client.force_login(analyst)
    response = client.post(reverse("claims:note", args=[claim.pk]), {"text": "   "})
    assert response.status_code == 400 and "This field is required." in response.content.decode()
    with pytest.raises(PermissionDenied):
        claim_note_add(claim=claim, actor=other_analyst, text="Hello")
    assert not ReviewEvent.objects.filter(action="note").exists()
