import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction

from claims.models import Claim, Quote, ReviewEvent
from claims.services import claim_transition, quote_create, translation_create
from claims.speakers.services import speaker_role_add
from tests.factories import make_claim, make_quote, make_source, make_speaker

FRAGMENT = "Ви можете повністю розраховувати на всебічну підтримку Москви"


def test_quote_create_stores_an_exact_span(analyst):
    source = make_source()
    claim = make_claim(author=analyst)
    quote = make_quote(claim=claim, source=source, fragment=FRAGMENT)
    assert source.text[quote.start : quote.end] == FRAGMENT
    assert quote.language == "uk"


def test_quote_create_refuses_text_that_is_not_its_span(analyst):
    source = make_source()
    claim = make_claim(author=analyst)
    start = source.text.index(FRAGMENT)
    with pytest.raises(ValidationError) as refused:
        quote_create(
            claim=claim,
            source=source,
            start=start,
            end=start + len(FRAGMENT),
            text=FRAGMENT.replace("Москви", "Москва"),
            kind=Quote.Kind.DIRECT,
            actor=analyst,
        )
    assert "not what the source says" in str(refused.value)
    assert not Quote.objects.exists()


def test_quote_create_refuses_offsets_outside_the_source(analyst):
    source = make_source()
    claim = make_claim(author=analyst)
    with pytest.raises(ValidationError, match="outside the source text"):
        quote_create(
            claim=claim,
            source=source,
            start=len(source.text) - 2,
            end=len(source.text) + 5,
            text="x" * 7,
            kind=Quote.Kind.DIRECT,
            actor=analyst,
        )
    assert not Quote.objects.exists()


def test_database_refuses_a_quote_whose_text_is_not_its_span(analyst):
    """The trigger holds even when the services are bypassed (a script, the shell, a bug)."""
    source = make_source()
    claim = make_claim(author=analyst)
    with pytest.raises(IntegrityError, match="not the span"), transaction.atomic():
        Quote.objects.create(claim=claim, source=source, start=1, end=4, text="abc", created_by=analyst)
    with pytest.raises(IntegrityError, match="outside the source text"), transaction.atomic():
        Quote.objects.create(claim=claim, source=source, start=500, end=503, text="abc", created_by=analyst)
    with pytest.raises(IntegrityError, match="span"), transaction.atomic():
        Quote.objects.create(claim=claim, source=source, start=1, end=9, text="abc", created_by=analyst)
    assert not Quote.objects.exists()


def test_database_refuses_a_second_identical_quote_of_one_claim(analyst):
    source = make_source()
    claim = make_claim(author=analyst)
    quote = make_quote(claim=claim, source=source, fragment=FRAGMENT)
    with pytest.raises(IntegrityError), transaction.atomic():
        Quote.objects.create(
            claim=claim, source=source, start=quote.start, end=quote.end, text=quote.text, created_by=analyst
        )
    with pytest.raises(ValidationError, match="already a quote"):
        make_quote(claim=claim, source=source, fragment=FRAGMENT)
    assert Quote.objects.count() == 1


def test_database_freezes_the_text_of_a_quoted_source(analyst):
    source = make_source()
    make_quote(claim=make_claim(author=analyst), source=source, fragment=FRAGMENT)
    source.text = source.text.replace("Москви", "Кремля")
    with pytest.raises(IntegrityError, match="cannot change"), transaction.atomic():
        source.save()
    source.refresh_from_db()
    assert "Москви" in source.text


def test_database_refuses_invalid_status_language_and_hash(analyst):
    claim = make_claim(author=analyst)
    source = make_source()
    with pytest.raises(IntegrityError, match="claim_status_valid"), transaction.atomic():
        Claim.objects.filter(pk=claim.pk).update(status="approved")
    with pytest.raises(IntegrityError, match="source_language_iso639_1"), transaction.atomic():
        type(source).objects.filter(pk=source.pk).update(language="U1")
    with pytest.raises(IntegrityError, match="source_sha256_matches_text"), transaction.atomic():
        type(source).objects.filter(pk=source.pk).update(text_sha256="0" * 64)


def test_speaker_role_on_a_date_follows_the_roles_over_time(db):
    shoigu = make_speaker()
    speaker_role_add(speaker=shoigu, title="Minister of Defence of Russia", end_date=datetime.date(2024, 5, 12))
    speaker_role_add(
        speaker=shoigu, title="Secretary of the Security Council of Russia", start_date=datetime.date(2024, 5, 12)
    )
    assert shoigu.role_on(datetime.date(2023, 1, 1)).title == "Minister of Defence of Russia"
    assert shoigu.role_on(datetime.date(2024, 5, 11)).title == "Minister of Defence of Russia"
    assert shoigu.role_on(datetime.date(2026, 2, 3)).title == "Secretary of the Security Council of Russia"


def test_claim_transition_refuses_author_as_reviewer(editor):
    claim = make_claim(author=editor)
    claim = claim_transition(claim=claim, to=Claim.Status.IN_REVIEW, actor=editor)
    with pytest.raises(PermissionDenied, match="own claim"):
        claim_transition(claim=claim, to=Claim.Status.PUBLISHED, actor=editor)
    claim.refresh_from_db()
    assert claim.status == Claim.Status.IN_REVIEW
    assert ReviewEvent.objects.filter(claim=claim).count() == 1


def test_claim_transition_publishes_and_records_who(analyst, editor):
    claim = make_claim(author=analyst)
    claim = claim_transition(claim=claim, to=Claim.Status.IN_REVIEW, actor=analyst)
    claim = claim_transition(claim=claim, to=Claim.Status.PUBLISHED, actor=editor)
    assert claim.status == Claim.Status.PUBLISHED
    assert claim.version == 3
    events = list(claim.review_events.values_list("from_status", "to_status", "actor__username"))
    assert events == [("draft", "in_review", "ana"), ("in_review", "published", "eda")]


def test_claim_transition_requires_a_note_to_return_a_claim(analyst, editor):
    claim = claim_transition(claim=make_claim(author=analyst), to=Claim.Status.IN_REVIEW, actor=analyst)
    with pytest.raises(PermissionDenied, match="note is required"):
        claim_transition(claim=claim, to=Claim.Status.CHANGES_REQUESTED, actor=editor, note="  ")
    claim = claim_transition(claim=claim, to=Claim.Status.CHANGES_REQUESTED, actor=editor, note="Check the date")
    assert claim.review_events.last().note == "Check the date"


def test_analyst_cannot_publish_or_touch_anothers_claim(analyst, other_analyst):
    claim = make_claim(author=analyst)
    with pytest.raises(PermissionDenied):
        claim_transition(claim=claim, to=Claim.Status.IN_REVIEW, actor=other_analyst)
    claim = claim_transition(claim=claim, to=Claim.Status.IN_REVIEW, actor=analyst)
    with pytest.raises(PermissionDenied, match="Only editors"):
        claim_transition(claim=claim, to=Claim.Status.PUBLISHED, actor=other_analyst)
    with pytest.raises(PermissionDenied):
        make_quote(claim=claim, source=make_source(), fragment=FRAGMENT, actor=other_analyst)


def test_translation_must_be_into_another_language(analyst):
    quote = make_quote(claim=make_claim(author=analyst), source=make_source(), fragment=FRAGMENT)
    with pytest.raises(ValidationError, match="another language"):
        translation_create(quote=quote, language="uk", text="Те саме", translator=analyst)
    translation = translation_create(quote=quote, language="en", text="You can fully count", translator=analyst)
    assert translation.method == "human"
    assert list(quote.translations.values_list("language", flat=True)) == ["en"]


def _entry_of(quote) -> dict:
    from claims.models import QuoteSearch

    entry = QuoteSearch.objects.filter(quote=quote).values().get()
    entry["document"] = str(entry["document"])
    return entry


def test_the_first_quote_of_a_new_claim_is_indexed_as_a_full_reindex_would(analyst):
    """quote_record's quote of the claim it has just made is indexed by the one indexing path: the entry is
    the one a full reindex writes, with the speaker's names, the outlet and the topics."""
    from claims.models import Topic
    from claims.search import indexing
    from claims.services import claim_create, quote_record
    from sources.services import outlet_get_or_create

    speaker = make_speaker("Sergei Shoigu", names={"en": "Sergei Shoigu", "uk": "Сергій Шойгу"}, aliases=["Shoygu"])
    outlet = outlet_get_or_create(name="Ukrinform", domains=["ukrinform.ua"])
    topic = Topic.objects.create(slug="myanmar", name_en="Myanmar", name_uk="М'янма")
    source = make_source(text="Шойгу заявив: «Росія підтримує уряд М'янми».", outlet=outlet)
    fields = {"speaker": speaker, "said_on": datetime.date(2025, 3, 3), "summary": "Support to the junta",
              "summary_language": "en", "occasion": "", "topics": [topic]}  # fmt: skip

    def first_quote(claim, start: int, end: int, **new):
        return quote_create(claim=claim, source=source, start=start, end=end, text=source.text[start:end],
                            kind="direct", actor=analyst, **new)  # fmt: skip

    claim = claim_create(author=analyst, **fields)
    quote = first_quote(claim, 0, 5, new_claim_topics=[topic])
    written = _entry_of(quote)
    indexing.index_quotes(Quote.objects.filter(pk=quote.pk))
    assert written == _entry_of(quote)
    assert written["topic_ids"] == [topic.pk] and written["outlet_id"] == outlet.pk
    assert "'zzshoihu'" in written["document"] and "'myanmar'" in written["document"]  # names, topics

    # A translation recorded at once, as the quote form does: it is in the entry.
    start = source.text.index("уряд")
    other = quote_record(source=source, start=start, end=start + 11, kind="direct", actor=analyst,
                         new_claim=fields, translation=("en", "Myanmar's government"))  # fmt: skip
    assert "'govern'" in _entry_of(other)["document"]
    # Any other claim (here with a summary translated before its first quote) is indexed from the database.
    translated = claim_create(author=analyst, **fields)
    translation_create(claim=translated, language="uk", text="Підтримка хунти", translator=analyst)
    assert "хунта" in _entry_of(first_quote(translated, 0, 5))["document"]
