"""A reader's claim page is kept under the claim's version (the claim's own and its speaker's): read in
two small queries while it holds, and every change to what it shows appears at once."""

import datetime

import pytest
from django.urls import reverse

from claims.models import Claim, Quote, Topic
from claims.services import (
    claim_transition,
    claim_update,
    quote_create,
    quote_move,
    report_transition,
    translation_create,
)
from claims.speakers.services import speaker_role_add, speaker_update
from claims.topics import topic_create, topic_update
from sources.services import outlet_get_or_create, outlet_update, source_update
from tests.factories import make_claim, make_quote, make_source, make_speaker, publish

# Pages are kept only outside transactions, as on the site.
pytestmark = pytest.mark.django_db(transaction=True)

STATEMENT = "розраховувати на всебічну підтримку Москви"


@pytest.fixture
def claim(analyst, editor):
    speaker = make_speaker(names={"en": "Sergei Shoigu", "uk": "Сергій Шойгу"})
    outlet = outlet_get_or_create(name="Ukrinform", domains=["ukrinform.ua"])
    topic = topic_create(actor=editor, slug="defence", name_en="Defence", name_uk="Оборона")
    claim = make_claim(author=analyst, speaker=speaker, summary="Shoigu promised support", topics=[topic])
    source = make_source(title="Shoigu in Minsk", outlet=outlet, published_on=datetime.date(2026, 2, 4))
    make_quote(claim=claim, source=source, fragment=STATEMENT, actor=analyst)
    return publish(claim, editor=editor)


def page(client, claim: Claim) -> str:
    """The claim page's title and body (the site header's forms carry a fresh CSRF token each time)."""
    response = client.get(reverse("claims:detail", args=[claim.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    return html[html.index("<title>") : html.index("</title>")] + html[html.index("<main") :]


def test_a_readers_claim_page_is_kept_and_then_read_in_two_queries(client, claim, django_assert_num_queries):
    first = page(client, claim)
    assert STATEMENT in first and "Ukrinform" in first and "Defence" in first
    # The claim's version, and the published token of the page's ETag: nothing of the claim itself.
    with django_assert_num_queries(2):
        assert page(client, claim) == first


def test_a_readers_claim_page_has_the_same_markup_kept_or_not(client, claim, analyst, editor, settings):
    kept = page(client, claim)
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    assert page(client, claim) == kept
    client.force_login(editor)  # the team's page is never kept, and shows the same claim
    assert STATEMENT in page(client, claim)


def edit_claim(claim, editor, **_):
    claim_update(claim=claim, actor=editor, expected_version=None, summary="Shoigu promised full support")
    return "Shoigu promised full support"


def translate_quote(claim, editor, **_):
    translation_create(quote=claim.quotes.get(), language="en", text="count on Moscow's support", translator=editor)
    return "count on Moscow&#x27;s support"


def translate_summary(claim, editor, **_):
    translation_create(claim=claim, language="uk", text="Шойгу пообіцяв підтримку", translator=editor)
    return "Шойгу пообіцяв підтримку"


def retract(claim, editor, **_):
    claim_transition(claim=claim, to=Claim.Status.RETRACTED, actor=editor, note="Misattributed")
    return "This claim was retracted."


def rename_speaker(claim, editor, **_):
    speaker = claim.speaker
    speaker_update(
        speaker=speaker, actor=editor, name=speaker.name, kind=speaker.kind, wikidata_id=None, description="",
        names={"en": "Sergey Shoygu", "uk": "Сергій Шойгу"}, aliases=[], roles=[],
    )  # fmt: skip
    return "Sergey Shoygu"


def add_role(claim, editor, **_):
    speaker_role_add(speaker=claim.speaker, title="Defence minister", start_date=datetime.date(2012, 11, 6))
    return "Defence minister"


def rename_outlet(claim, editor, **_):
    outlet_update(outlet=claim.quotes.get().source.outlet, actor=editor, name_en="Ukrinform news agency")
    return "Ukrinform news agency"


def retitle_source(claim, editor, **_):
    source_update(source=claim.quotes.get().source, actor=editor, title="Shoigu in Minsk, corrected")
    return "Shoigu in Minsk, corrected"


def rename_topic(claim, editor, **_):
    topic_update(topic=Topic.objects.get(slug="defence"), actor=editor, name_en="Defence and security")
    return "Defence and security"


def accept_a_proposed_report(claim, editor, other_analyst, **_):
    source = make_source(text="Шойгу сказав: «Нова заява про підтримку».", language="uk")
    start = source.text.index("Нова заява")
    proposed = quote_create(
        claim=claim, source=source, start=start, end=start + 10, text="Нова заява", kind=Quote.Kind.PARTIAL,
        actor=other_analyst,
    )  # fmt: skip
    report_transition(quote=proposed, to=Quote.ReportStatus.ACCEPTED, actor=editor)
    return "Нова заява"


def move_the_report_away(claim, editor, analyst, **_):
    other = publish(make_claim(author=analyst, speaker=claim.speaker, summary="Another statement"), editor=editor)
    quote_move(quote=claim.quotes.get(), to=other, actor=editor)
    return "No reports of this claim have been recorded yet."


@pytest.mark.parametrize(
    "change",
    [
        edit_claim, translate_quote, translate_summary, retract, rename_speaker, add_role, rename_outlet,
        retitle_source, rename_topic, accept_a_proposed_report, move_the_report_away,
    ],
)  # fmt: skip
def test_a_change_shows_on_the_readers_claim_page_at_once(client, claim, analyst, other_analyst, editor, change):
    before = page(client, claim)
    shown = change(Claim.objects.get(pk=claim.pk), editor, analyst=analyst, other_analyst=other_analyst)
    assert shown not in before
    client.post(reverse("set_language"), {"language": "uk" if change is translate_summary else "en", "next": "/"})
    assert shown in page(client, claim)
