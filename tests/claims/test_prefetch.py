"""Related rows read inside the outer query (claims.prefetch) are what prefetch_related reads."""

import datetime

import pytest
from django.db import connection
from django.db.models import Prefetch
from django.test.utils import CaptureQueriesContext

from claims.models import Claim, Quote, SpeakerAlias, SpeakerRole, Topic, Translation
from claims.permissions import EDITOR
from claims.selectors import claim_get_for_page, speaker_get_for_page
from claims.services import report_transition, translation_create
from tests.factories import make_claim, make_quote, make_source, make_speaker, make_user, publish

pytestmark = pytest.mark.django_db


def rows(objects) -> list[tuple]:
    return [tuple(getattr(o, f.attname) for f in o._meta.concrete_fields) for o in objects]


@pytest.fixture
def claim(analyst, editor):
    speaker = make_speaker("Sergei Shoigu", names={"en": "Sergei Shoigu", "uk": "Сергій Шойгу", "ru": "Сергей Шойгу"})
    SpeakerRole.objects.create(speaker=speaker, title="Secretary of the Security Council")
    SpeakerRole.objects.create(speaker=speaker, title="Minister of Defence", start_date=datetime.date(2012, 11, 6),
                               end_date=datetime.date(2024, 5, 12))  # fmt: skip
    SpeakerAlias.objects.create(speaker=speaker, alias="Shoygu")
    SpeakerAlias.objects.create(speaker=speaker, alias="Šojgu")
    other = make_speaker("Dmitry Peskov", names={"en": "Dmitry Peskov", "uk": "Дмитро Пєсков"})
    SpeakerAlias.objects.create(speaker=other, alias="Peskov")
    claim = make_claim(author=analyst, speaker=speaker, summary="Russia supports Myanmar's government")
    claim.topics.set([Topic.objects.create(slug="myanmar", name_en="Myanmar", name_uk="М'янма"),
                      Topic.objects.create(slug="arms", name_en="Arms", name_uk="Зброя")])  # fmt: skip
    for n, language in enumerate(["uk", "en", "uk"]):
        source = make_source(text=f"Шойгу: «Росія підтримує {n}».", language=language)
        quote = make_quote(claim=claim, source=source, fragment=f"Росія підтримує {n}")
        translation_create(quote=quote, language="ru", text=f"Россия поддерживает {n}", translator=analyst)
    translation_create(claim=claim, language="uk", text="Росія підтримує уряд М'янми", translator=analyst)
    make_claim(author=analyst, speaker=other)
    return publish(claim, editor=editor)


def test_the_claim_page_reads_what_prefetch_related_reads(claim, analyst):
    expected = Claim.objects.prefetch_related(
        "speaker__names", "speaker__roles", "speaker__aliases", "topics", "summary_translations",
        Prefetch("quotes__translations", queryset=Translation.objects.order_by("language", "pk")),
    ).get(pk=claim.pk)  # fmt: skip
    expected_translations = {quote.pk: rows(quote.translations.all()) for quote in expected.quotes.all()}
    with CaptureQueriesContext(connection) as reads:
        page = claim_get_for_page(pk=claim.pk, user=analyst)
    with CaptureQueriesContext(connection) as more:
        speaker = page.speaker
        assert rows(speaker.names.all()) == rows(expected.speaker.names.all())
        assert [n.language for n in speaker.names.all()] == ["en", "ru", "uk"]
        assert rows(speaker.roles.all()) == rows(expected.speaker.roles.all())
        assert speaker.roles.all()[0].start_date == datetime.date(2012, 11, 6)  # a date again, not JSON text
        assert speaker.role_on(datetime.date(2020, 1, 1)).title == "Minister of Defence"
        assert rows(speaker.aliases.all()) == rows(expected.speaker.aliases.all())
        assert rows(page.topics.all()) == rows(expected.topics.all()) and len(page.topics.all()) == 2
        assert rows(page.summary_translations.all()) == rows(expected.summary_translations.all())
        assert sorted(rows(page.quotes.all())) == sorted(rows(expected.quotes.all()))
        for quote in page.quotes.all():
            assert rows(quote.translations.all()) == expected_translations[quote.pk]
            assert quote.translations.all()[0].text.startswith("Россия поддерживает")
    assert len(reads) == 5 and len(more) == 0  # claim, quotes, two of translations, review events (the author)
    # The relations still filter as the instance's own: a further query stays on this speaker.
    assert list(speaker.aliases.filter(alias__contains="gu").values_list("alias", flat=True)) == ["Shoygu", "Šojgu"]
    assert not speaker.names.filter(name="Дмитро Пєсков").exists()


def test_the_speaker_page_reads_names_roles_and_aliases_with_the_speaker(claim, analyst):
    speaker, _claims = speaker_get_for_page(pk=claim.speaker_id, user=analyst)
    with CaptureQueriesContext(connection) as more:
        assert [n.name for n in speaker.names.all()] == ["Sergei Shoigu", "Сергей Шойгу", "Сергій Шойгу"]
        assert [r.title for r in speaker.roles.all()] == ["Minister of Defence", "Secretary of the Security Council"]
        assert [a.alias for a in speaker.aliases.all()] == ["Shoygu", "Šojgu"]
    assert len(more) == 0
    bare = make_speaker("Nobody", names={})
    speaker, _claims = speaker_get_for_page(pk=bare.pk, user=analyst)
    assert list(speaker.names.all()) == list(speaker.roles.all()) == list(speaker.aliases.all()) == []


def test_a_claim_page_reads_the_same_few_queries_however_many_reports(client, claim, analyst, editor):
    client.get(claim.get_absolute_url())
    with CaptureQueriesContext(connection) as three:
        assert client.get(claim.get_absolute_url()).status_code == 200
    deciding = make_user("deciding", EDITOR)
    for n in range(3, 7):
        source = make_source(text=f"Шойгу: «Ще одна заява {n}».", language="en")
        report = make_quote(claim=claim, source=source, fragment=f"Ще одна заява {n}", actor=editor)
        report_transition(quote=report, to=Quote.ReportStatus.ACCEPTED, actor=deciding)  # readers see accepted ones
    with CaptureQueriesContext(connection) as seven:
        page = client.get(claim.get_absolute_url()).content.decode()
    assert all(f"Ще одна заява {n}" in page for n in range(3, 7)) and "Sergei Shoigu" in page
    assert len(seven) == len(three) <= 4
