"""Merging duplicate claims and moving a report: both histories kept, the duplicate's address redirects,
a review event on each claim, search entries follow; refusals change nothing."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from claims.models import Claim, Quote, QuoteSearch, ReviewEvent, Topic
from claims.services import claim_merge, claim_transition, quote_create, quote_move, translation_create
from tests.factories import make_claim, make_quote, make_source, make_speaker, publish

UK_TEXT = '"Ви можете повністю розраховувати на всебічну підтримку Москви", - заявив Шойгу 3 лютого.'
EN_TEXT = "Shoigu told Myanmar's leadership it could “fully count on Moscow’s support” in 2026."
UK_QUOTE = "Ви можете повністю розраховувати на всебічну підтримку Москви"
EN_QUOTE = "fully count on Moscow’s support"


@pytest.fixture
def pair(analyst, other_analyst, editor):
    """A published claim with the Ukrainian report, and a duplicate in review with the English one."""
    speaker = make_speaker()
    original = make_claim(author=analyst, speaker=speaker, summary="Shoigu: Myanmar can count on Moscow")
    make_quote(
        claim=original, source=make_source(text=UK_TEXT, published_on=datetime.date(2026, 2, 3)), fragment=UK_QUOTE
    )
    original = publish(original, editor=editor)
    duplicate = make_claim(author=other_analyst, speaker=speaker, summary="Shoigu promised Myanmar support")
    topic = Topic.objects.create(slug="myanmar", name_en="Myanmar", name_uk="М'янма")
    duplicate.topics.add(topic)
    en = make_quote(
        claim=duplicate, source=make_source(text=EN_TEXT, language="en", published_on=datetime.date(2026, 2, 4)),
        fragment=EN_QUOTE,
    )  # fmt: skip
    translation_create(
        quote=en, language="uk", text="повністю розраховувати на підтримку Москви", translator=other_analyst
    )
    duplicate = claim_transition(claim=duplicate, to=Claim.Status.IN_REVIEW, actor=other_analyst)
    return original, duplicate


def test_editor_merges_a_duplicate_from_the_review_page_and_its_address_redirects(client, editor, pair):
    original, duplicate = pair
    client.force_login(editor)
    review = client.get(reverse("claims:review", args=[duplicate.pk])).content.decode()
    assert "Merge into this" in review
    response = client.post(reverse("claims:merge", args=[duplicate.pk]), {"into": original.pk, "note": "Same meeting"})
    assert response.status_code == 302 and response["Location"] == original.get_absolute_url()
    duplicate.refresh_from_db()
    assert (duplicate.status, duplicate.merged_into) == (Claim.Status.MERGED, original)
    english = original.quotes.get(source__language="en")
    assert english.translations.get().language == "uk"
    assert list(original.topics.values_list("slug", flat=True)) == ["myanmar"]
    assert original.review_events.get(action="merged_from").other_claim == duplicate
    assert duplicate.review_events.get(action="merged_into").note == "Same meeting"
    assert QuoteSearch.objects.get(quote=english).claim_id == original.pk
    assert duplicate.history.count() > 1 and english.history.filter(claim_id=duplicate.pk).exists()
    client.logout()
    moved = client.get(duplicate.get_absolute_url())
    assert moved.status_code == 301 and moved["Location"] == original.get_absolute_url()
    page = client.get(original.get_absolute_url()).content.decode()
    assert UK_QUOTE in page and EN_QUOTE in page


def test_merging_claims_of_different_speakers_is_refused_with_the_reason(client, editor, analyst, pair):
    original, _duplicate = pair
    other = make_claim(author=analyst, speaker=make_speaker("Min Aung Hlaing"), summary="Another speaker")
    client.force_login(editor)
    response = client.post(reverse("claims:merge", args=[other.pk]), {"into": original.pk}, follow=True)
    assert "different speakers" in response.content.decode()
    other.refresh_from_db()
    assert other.status == Claim.Status.DRAFT and other.merged_into is None
    assert not ReviewEvent.objects.filter(action__in=["merged_into", "merged_from"]).exists()


def test_analysts_cannot_merge(client, analyst, pair):
    original, duplicate = pair
    client.force_login(analyst)
    response = client.post(reverse("claims:merge", args=[original.pk]), {"into": duplicate.pk}, follow=True)
    assert "Only editors merge claims." in response.content.decode()
    assert not Claim.objects.filter(status=Claim.Status.MERGED).exists()


def test_editor_moves_one_report_to_another_claim(editor, pair):
    original, duplicate = pair
    english = duplicate.quotes.get()
    quote_move(quote=english, to=original, actor=editor, note="Belongs there")
    english.refresh_from_db()
    assert english.claim == original and english.translations.count() == 1
    assert duplicate.review_events.get(action="report_moved_out").other_claim == original
    assert original.review_events.get(action="report_moved_in").quote == english
    assert QuoteSearch.objects.get(quote=english).claim_id == original.pk


def test_moving_a_report_onto_a_claim_holding_the_same_span_is_refused(client, editor, analyst, pair):
    original, duplicate = pair
    english = duplicate.quotes.get()
    third = make_claim(author=analyst, speaker=original.speaker)
    make_quote(claim=third, source=english.source, fragment=EN_QUOTE)
    client.force_login(editor)
    response = client.post(reverse("claims:report_move", args=[english.pk]), {"to": third.pk}, follow=True)
    assert "already has this span" in response.content.decode()
    english.refresh_from_db()
    assert english.claim == duplicate
    assert not ReviewEvent.objects.filter(action="report_moved_out").exists()


def test_a_merged_claim_takes_no_new_report(editor, other_editor, pair):
    original, duplicate = pair
    claim_merge(duplicate=duplicate, into=original, actor=editor)
    duplicate.refresh_from_db()
    source = make_source(text=UK_TEXT + " ")
    with pytest.raises(PermissionDenied, match="merged into another one"):
        quote_create(claim=duplicate, source=source, start=1, end=5, text=source.text[1:5], kind="direct",
                     actor=other_editor)  # fmt: skip
    assert Quote.objects.filter(source=source).count() == 0
