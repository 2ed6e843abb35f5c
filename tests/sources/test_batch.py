import datetime

from claims.models import Quote, Translation
from claims.services import claim_create, quote_create, translation_create
from sources.batch import Batch
from sources.models import Source
from sources.services import source_create
from tests.factories import SHOIGU_UK, make_speaker

FRAGMENT = "Ви можете повністю розраховувати"


def test_records_handed_to_a_batch_are_saved_with_their_history_only_when_it_is_saved(analyst):
    batch = Batch()
    source = source_create(text=SHOIGU_UK, language="uk", captured_by=analyst, batch=batch)
    claim = claim_create(
        speaker=make_speaker(),
        said_on=datetime.date(2026, 2, 3),
        summary="Support",
        summary_language="en",
        author=analyst,
        batch=batch,
    )
    start = SHOIGU_UK.index(FRAGMENT)
    quote = quote_create(
        claim=claim,
        source=source,
        start=start,
        end=start + len(FRAGMENT),
        text=FRAGMENT,
        kind="direct",
        actor=analyst,
        batch=batch,
    )
    translation_create(quote=quote, language="en", text="You can fully count", translator=analyst, batch=batch)

    # Each record has its id at once, and refers to the others by it; the database holds none of them yet.
    assert quote.claim_id == claim.pk and quote.source_id == source.pk and len(batch) == 4
    assert batch.holds(quote) and not Source.objects.exists() and not Quote.objects.exists()

    batch.save()
    assert len(batch) == 0 and not batch.holds(quote)
    saved = Quote.objects.select_related("claim", "source").get()
    assert (saved.pk, saved.claim.summary, saved.source.text) == (quote.pk, "Support", SHOIGU_UK)
    assert saved.translations.get().text == "You can fully count"
    for model in (Source, type(claim), Quote, Translation):
        [row] = model.history.all()
        assert (row.history_type, row.history_user, row.history_change_reason) == ("+", analyst, None)


def test_a_cleared_batch_saves_nothing(analyst):
    batch = Batch()
    source_create(text=SHOIGU_UK, language="uk", captured_by=analyst, batch=batch)
    batch.clear()
    batch.save()
    assert not Source.objects.exists() and not Source.history.exists()
