"""Correcting a source after capture: its details by its captor or an editor, trimming until it is quoted."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from sources.models import Outlet, text_sha256
from sources.services import outlet_update, source_trim, source_update
from tests.factories import make_claim, make_quote, make_source

TEXT = "Menu Home News\nShoigu met the junta leader in Naypyidaw.\nHe promised Moscow's support.\nFooter (c) 2026"


@pytest.fixture
def captured(analyst):
    return make_source(text=TEXT, language="en", captured_by=analyst)


def test_captor_edits_title_date_outlet_and_the_history_records_who(client, analyst, captured):
    client.force_login(analyst)
    sputnik = Outlet.objects.get(name="Sputnik")
    response = client.post(
        reverse("sources:edit", args=[captured.pk]),
        {
            "title": "Shoigu in Naypyidaw",
            "outlet": sputnik.pk,
            "published_on": "2026-02-02",
            "author": "Staff",
            "language": "en",
            "url": "https://sputnikglobe.com/20260202/shoigu.html",
        },
    )
    assert response.status_code == 302
    captured.refresh_from_db()
    assert captured.title == "Shoigu in Naypyidaw"
    assert captured.outlet == sputnik
    assert captured.published_on == datetime.date(2026, 2, 2)
    assert captured.text == TEXT
    assert captured.history.first().history_user == analyst
    page = client.get(captured.get_absolute_url()).content.decode()
    assert "Shoigu in Naypyidaw" in page and "Sputnik" in page


def test_an_address_another_article_has_is_refused_by_its_field_with_a_link(client, analyst, captured):
    other = make_source(text="Another article entirely.", language="en", url="https://example.org/other")
    client.force_login(analyst)

    response = client.post(  # another spelling of its address: the service knows it as the same
        reverse("sources:edit", args=[captured.pk]),
        {"title": "Typed title", "language": "en", "url": "https://example.org/other?utm_source=newsletter"},
    )

    assert response.status_code == 400
    assert response.context["form"].errors["url"] == ["Another captured article has this address."]
    page = response.content.decode()
    assert other.get_absolute_url() in page and "Typed title" in page
    captured.refresh_from_db()
    assert (captured.title, captured.url) == ("", None)


def test_edit_can_name_a_new_outlet(client, analyst, captured):
    client.force_login(analyst)
    response = client.post(
        reverse("sources:edit", args=[captured.pk]),
        {"title": "T", "new_outlet": "Naypyidaw Daily", "language": "en"},
    )
    assert response.status_code == 302
    captured.refresh_from_db()
    assert captured.outlet.name == "Naypyidaw Daily"


def test_another_analyst_may_not_edit_and_nothing_changes(client, other_analyst, captured):
    client.force_login(other_analyst)
    response = client.post(reverse("sources:edit", args=[captured.pk]), {"title": "Hijacked", "language": "en"})
    assert response.status_code == 403
    with pytest.raises(PermissionDenied, match="Only the analyst who captured this article, or an editor"):
        source_update(source=captured, actor=other_analyst, title="Hijacked")
    captured.refresh_from_db()
    assert captured.title == ""


def test_editor_edits_any_source(editor, captured):
    source_update(source=captured, actor=editor, title="Fixed by the editor")
    captured.refresh_from_db()
    assert captured.title == "Fixed by the editor"


@pytest.mark.parametrize("typed", ["2099-01-01", "1899-12-31", "9999-12-31"])
def test_edit_refuses_an_impossible_publication_date_and_keeps_what_was_typed(client, analyst, captured, typed):
    client.force_login(analyst)
    response = client.post(
        reverse("sources:edit", args=[captured.pk]),
        {"title": "Typed title", "published_on": typed, "language": "en"},
    )
    page = response.content.decode()
    assert response.status_code == 400
    assert "Enter a date between" in page
    assert 'value="Typed title"' in page
    captured.refresh_from_db()
    assert captured.title == "" and captured.published_on is None


def test_captor_trims_leading_and_trailing_lines_and_the_hash_follows(client, analyst, captured):
    client.force_login(analyst)
    response = client.post(reverse("sources:trim", args=[captured.pk]), {"leading": 1, "trailing": 1})
    assert response.status_code == 302
    captured.refresh_from_db()
    assert captured.text == "Shoigu met the junta leader in Naypyidaw.\nHe promised Moscow's support."
    assert captured.text_sha256 == text_sha256(captured.text) != text_sha256(TEXT)
    assert captured.history.first().history_change_reason == "trimmed"
    assert TEXT in [row.text for row in captured.history.all()]


def test_trim_is_refused_once_quoted_and_the_text_stays(client, analyst, captured):
    claim = make_claim(author=analyst)
    make_quote(claim=claim, source=captured, fragment="He promised Moscow's support.")
    client.force_login(analyst)
    response = client.post(reverse("sources:trim", args=[captured.pk]), {"leading": 1, "trailing": 0}, follow=True)
    assert "This article is already quoted: its text can no longer change." in response.content.decode()
    captured.refresh_from_db()
    assert captured.text == TEXT


def test_trim_refuses_to_leave_no_text(analyst, captured):
    with pytest.raises(ValidationError, match="would leave no text"):
        source_trim(source=captured, actor=analyst, leading=2, trailing=2)
    captured.refresh_from_db()
    assert captured.text == TEXT


def test_another_analyst_may_not_trim(other_analyst, captured):
    with pytest.raises(PermissionDenied):
        source_trim(source=captured, actor=other_analyst, leading=1)
    captured.refresh_from_db()
    assert captured.text == TEXT


def test_only_editors_rename_outlets(analyst, editor):
    sputnik = Outlet.objects.get(name="Sputnik")
    with pytest.raises(PermissionDenied, match="Only editors may rename"):
        outlet_update(outlet=sputnik, actor=analyst, name_uk="Спутник")
    sputnik.refresh_from_db()
    assert sputnik.name_uk == "Sputnik"
    outlet_update(outlet=sputnik, actor=editor, name_uk="Спутнік")
    sputnik.refresh_from_db()
    assert sputnik.name_uk == "Спутнік"
    assert sputnik.history.first().history_user == editor


def test_the_admin_says_on_the_field_when_another_article_has_the_address(client, admin_user, analyst, captured):
    other = make_source(text="Another article entirely.", url="https://example.org/other", captured_by=analyst)
    client.force_login(admin_user)
    response = client.post(
        reverse("admin:sources_source_change", args=[captured.pk]),
        {"url": "https://example.org/other", "title": "Changed", "language": "en", "author": "", "published_on": "",
         "outlet": "", "cites": "", "_save": "Save"},
    )  # fmt: skip
    assert response.status_code == 200
    assert f"Another captured article has this address: {other}" in response.content.decode()
    captured.refresh_from_db()
    assert captured.url is None and captured.title == ""
