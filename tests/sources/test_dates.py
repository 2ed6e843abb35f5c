"""Dates the tracker accepts, and that every page shows the extremes it accepts."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import formats, translation

from sources.dates import EARLIEST, latest, validate_plausible_date, validate_said_before_published
from tests.factories import make_claim, make_quote, make_source, make_speaker, publish


@pytest.mark.parametrize("day", [datetime.date(1899, 12, 31), datetime.date(2099, 1, 1), datetime.date(9999, 12, 31)])
def test_an_impossible_date_is_refused(day):
    with pytest.raises(ValidationError, match="Enter a date between"):
        validate_plausible_date(day)


def test_a_date_said_after_the_publication_names_both_dates():
    with pytest.raises(ValidationError) as refused:
        validate_said_before_published(said_on=datetime.date(2026, 2, 5), published_on=datetime.date(2026, 2, 2))
    assert "Feb. 5, 2026" in refused.value.messages[0] and "Feb. 2, 2026" in refused.value.messages[0]


def test_a_claim_dated_in_2099_is_refused(analyst):
    with pytest.raises(ValidationError):
        make_claim(author=analyst, said_on=datetime.date(2099, 1, 1))


def test_ukrainian_dates_have_no_leading_zero():
    with translation.override("uk"):
        assert formats.date_format(datetime.date(2026, 2, 2)) == "2 лютого 2026 р."


@pytest.mark.parametrize("day", [EARLIEST, "latest"])
def test_pages_exports_and_the_api_show_the_extreme_dates(client, analyst, editor, day):
    day = latest() if day == "latest" else day
    source = make_source(text="Шойгу заявив про підтримку Москви.", published_on=day)
    claim = make_claim(author=analyst, speaker=make_speaker("Sergei Shoigu"), said_on=day)
    make_quote(claim=claim, source=source, fragment="Шойгу заявив")
    publish(claim, editor=editor)
    client.force_login(editor)
    for url in (
        claim.get_absolute_url(),
        source.get_absolute_url(),
        reverse("claims:speaker", args=[claim.speaker_id]),
        reverse("claims:search") + "?q=Шойгу",
        reverse("claims:search") + f"?said_after={day.isoformat()}",
        reverse("interchange:data_export_csv") + "?q=Шойгу",
        reverse("interchange:data_export_jsonl"),
        reverse("claims:review", args=[claim.pk]),
        reverse("claims:dashboard"),
        f"/api/v1/claims/{claim.pk}/",
        f"/api/v1/sources/{source.pk}/",
        reverse("claims:quote_new", args=[source.pk]) + f"?start=0&end=5&speaker={claim.speaker_id}",
    ):
        assert client.get(url).status_code == 200, url
