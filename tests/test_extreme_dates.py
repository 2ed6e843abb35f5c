"""Dates at the ends of the calendar, stored before any form checked them (an import, an old row): every
page, the API and the exports still answer."""

import datetime

import pytest
from django.core.cache import cache

from claims.models import Claim
from claims.services import claim_transition
from sources.dates import EARLIEST
from sources.models import Source
from tests.factories import make_claim, make_quote, make_source, make_speaker, publish

EDGES = [datetime.date(9999, 12, 31), datetime.date(1, 1, 1)]


@pytest.mark.parametrize("day", EDGES)
def test_every_read_answers_with_a_date_at_the_end_of_the_calendar(client, analyst, editor, day, settings):
    settings.SITE_PUBLIC = True
    speaker = make_speaker("Sergei Shoigu")
    source = make_source(text="Шойгу заявив: «Ми підтримуємо вас». Кінець.")
    published = make_claim(author=analyst, speaker=speaker, summary="Edge published")
    make_quote(claim=published, source=source, fragment="Ми підтримуємо вас")
    published = publish(published, editor=editor)
    waiting = claim_transition(claim=make_claim(author=analyst, speaker=speaker), to="in_review", actor=analyst)
    Claim.objects.filter(pk__in=[published.pk, waiting.pk]).update(said_on=day)
    if day >= EARLIEST:  # PostgreSQL itself refuses a publication date before 1900
        Source.objects.filter(pk=source.pk).update(published_on=day)
    start = source.text.index("Кінець")

    client.force_login(editor)
    paths = [
        f"/claims/{published.pk}/",
        f"/speakers/{speaker.pk}/",
        f"/review/{waiting.pk}/",
        "/review/",
        f"/sources/{source.pk}/",
        f"/sources/{source.pk}/quote/?start={start}&end={start + 6}&speaker={speaker.pk}",
        "/search/?q=підтримуємо",
        "/search/export.csv?q=підтримуємо",
        "/search/export.jsonl",
        "/api/v1/claims/",
        f"/api/v1/claims/{published.pk}/",
        "/api/v1/quotes/?q=підтримуємо",
        f"/api/v1/sources/{source.pk}/",
        "/dashboard/",
    ]
    for path in paths:
        cache.clear()
        response = client.get(path)
        assert response.status_code == 200, path
    assert client.get(f"/api/v1/claims/{published.pk}/").json()["said_on"] == day.isoformat()
