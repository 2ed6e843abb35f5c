"""Quotes and translations after creation: translations added, edited and removed at any time (human or
machine, who); a report's kind and span corrected while its claim is a draft or the report is proposed;
the kind defaults to indirect when the span holds no quote marks."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from claims.models import Claim, Quote, Translation
from claims.services import quote_correct
from tests.factories import make_claim, make_quote, make_source, make_speaker, publish

EN_TEXT = "Shoigu told Myanmar's leadership it could “fully count on Moscow’s support” in 2026."
EN_QUOTE = "fully count on Moscow’s support"


@pytest.fixture
def report(analyst):
    claim = make_claim(author=analyst, speaker=make_speaker())
    source = make_source(text=EN_TEXT, language="en", published_on=datetime.date(2026, 2, 4))
    return make_quote(claim=claim, source=source, fragment=EN_QUOTE)


def test_translations_are_added_edited_and_removed_on_a_published_claim(client, analyst, editor, report):
    publish(report.claim, editor=editor)
    client.force_login(analyst)
    page = client.get(report.claim.get_absolute_url()).content.decode()
    assert "Add a translation" in page
    response = client.post(
        reverse("claims:translation_new", args=[report.pk]),
        {"language": "uk", "text": "повністю розраховувати на підтримку Москви", "method": "machine",
         "engine": "DeepL"},
    )  # fmt: skip
    assert response.status_code == 302
    translation = report.translations.get()
    assert (translation.method, translation.engine, translation.translator) == ("machine", "DeepL", analyst)
    client.force_login(editor)
    client.post(reverse("claims:translation_edit", args=[translation.pk]),
                {"language": "uk", "text": "цілком розраховувати на підтримку Москви", "method": "human"})  # fmt: skip
    translation.refresh_from_db()
    assert (translation.text, translation.method, translation.engine, translation.translator) == (
        "цілком розраховувати на підтримку Москви", "human", "", editor,
    )  # fmt: skip
    client.post(reverse("claims:translation_edit", args=[translation.pk]), {"remove": "1"})
    assert not Translation.objects.exists()
    assert Translation.history.filter(history_type="-", history_user=editor).exists()


def test_a_translation_into_the_quotes_own_language_is_refused_and_the_text_kept(client, analyst, report):
    client.force_login(analyst)
    response = client.post(
        reverse("claims:translation_new", args=[report.pk]), {"language": "en", "text": "Kept text", "method": "human"}
    )
    page = response.content.decode()
    assert response.status_code == 400 and "into another language than the original" in page and "Kept text" in page
    assert not Translation.objects.exists()


def test_another_analyst_cannot_translate_someone_elses_report(client, other_analyst, editor, report):
    publish(report.claim, editor=editor)
    client.force_login(other_analyst)
    response = client.post(
        reverse("claims:translation_new", args=[report.pk]), {"language": "uk", "text": "Текст", "method": "human"}
    )
    assert response.status_code == 403
    assert not Translation.objects.exists()


def test_the_author_corrects_kind_and_span_of_a_report_on_a_draft(client, analyst, report):
    client.force_login(analyst)
    start = EN_TEXT.index("count on Moscow")
    response = client.post(reverse("claims:report_correct", args=[report.pk]),
                           {"kind": "partial", "start": start, "end": start + len("count on Moscow")})  # fmt: skip
    assert response.status_code == 302
    report.refresh_from_db()
    assert (report.kind, report.text) == ("partial", "count on Moscow")


def test_a_report_of_a_published_claim_cannot_be_corrected(client, analyst, editor, report):
    publish(report.claim, editor=editor)
    client.force_login(analyst)
    response = client.post(reverse("claims:report_correct", args=[report.pk]),
                           {"kind": "indirect", "start": 0, "end": 6})  # fmt: skip
    assert response.status_code == 400
    assert "only while its claim is a draft or the report is proposed" in response.content.decode()
    report.refresh_from_db()
    assert (report.kind, report.text) == ("direct", EN_QUOTE)


def test_a_span_outside_the_text_is_refused_and_nothing_changes(analyst, report):
    with pytest.raises(Exception, match="outside the source text"):
        quote_correct(quote=report, actor=analyst, kind="direct", start=10, end=100000)
    report.refresh_from_db()
    assert report.text == EN_QUOTE


def test_the_proposer_corrects_their_proposed_report(other_analyst, editor, report):
    claim = publish(report.claim, editor=editor)
    proposed = make_quote(claim=claim, source=report.source, fragment="Shoigu told Myanmar", actor=other_analyst)
    assert proposed.report_status == Quote.ReportStatus.PROPOSED
    corrected = quote_correct(quote=proposed, actor=other_analyst, kind="indirect", start=0, end=6)
    assert (corrected.text, corrected.kind) == ("Shoigu", "indirect")
    with pytest.raises(PermissionDenied):
        quote_correct(quote=report, actor=other_analyst, kind="indirect", start=0, end=6)


@pytest.mark.parametrize(
    ("fragment", "kind"),
    [("fully count on Moscow’s support", "indirect"), ("“fully count on Moscow’s support”", "direct")],
)
def test_the_kind_defaults_to_indirect_without_quote_marks(client, analyst, fragment, kind):
    source = make_source(text=EN_TEXT, language="en")
    client.force_login(analyst)
    start = EN_TEXT.index(fragment)
    params = {"start": start, "end": start + len(fragment), "speaker": make_speaker().pk}
    page = client.get(reverse("claims:quote_new", args=[source.pk]), params).content.decode()
    assert f'<option value="{kind}" selected>' in page
    assert not Claim.objects.exists()
