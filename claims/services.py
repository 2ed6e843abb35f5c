"""Writes to speakers, claims, quotes and translations. Views, the admin and commands all call these."""

import datetime

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Min
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from claims.models import (
    Claim,
    Quote,
    ReportStatus,
    ReviewEvent,
    Speaker,
    Topic,
    Translation,
)  # fmt: skip
from claims.notifications import queue_transition_mail
from claims.permissions import can_edit_claim, can_translate, is_editor, sees_workflow
from claims.search import indexing
from claims.workflow import CLOSED, adds_directly, report_problem, report_target_problem, transition_problem
from sources.batch import Batch, atomic_unless_batched
from sources.dates import said_after_published, validate_said_before_published
from sources.models import Source

Status = Claim.Status
Action = ReviewEvent.Action


# --- claims -----------------------------------------------------------------------------------


@atomic_unless_batched
def claim_create(
    *,
    speaker: Speaker,
    said_on: datetime.date,
    summary: str,
    summary_language: str,
    author: AbstractBaseUser,
    occasion: str = "",
    topics: list[Topic] | None = None,
    external_id: str | None = None,
    batch: Batch | None = None,
) -> Claim:
    """A new draft claim by `author`.

    With `batch`, the claim is saved (with its history, then its topics) when the batch is; that its
    external id is new is then the caller's to know, as the database refuses a second one."""
    if not author.has_perm("claims.add_claim"):
        raise PermissionDenied(_("You may not create claims."))
    claim = Claim(
        speaker=speaker,
        said_on=said_on,
        summary=summary,
        summary_language=summary_language,
        occasion=occasion,
        author=author,
        external_id=external_id,
    )
    # Values are checked field by field (choices); the database holds the constraints, and validating
    # them here too would cost a query each, as would re-reading the speaker and author just given.
    claim.full_clean(exclude=["speaker", "author"], validate_constraints=False, validate_unique=batch is None)
    claim._history_user = author
    if batch is not None:
        return batch.add(claim, then=(lambda: claim.topics.set(topics)) if topics else None)
    claim.save()
    if topics:
        claim.topics.set(topics)
    indexing.speakers_touch([claim.speaker_id])
    return claim


class StaleClaimError(ValidationError):
    """Someone saved the claim after the form was opened."""


def _ensure_current(claim: Claim, expected_version: int | None) -> None:
    if expected_version is None or expected_version == claim.version:
        return
    latest = claim.history.select_related("history_user").first()
    who = latest.history_user if latest and latest.history_user else _("someone")
    # In the site's time zone, as every page shows times (date_format alone would print UTC).
    when = formats.date_format(timezone.localtime(claim.updated_at), "DATETIME_FORMAT")
    raise StaleClaimError(
        _("This claim was changed by %(who)s at %(when)s. Reload it to see their changes, then apply yours again.")
        % {"who": who, "when": when},
        code="stale",
    )


@transaction.atomic
def claim_transition(
    *, claim: Claim, to: str, actor: AbstractBaseUser, note: str = "", expected_version: int | None = None
) -> Claim:
    """The only way a claim's status changes: checks the rule and the actor, writes the ReviewEvent."""
    claim = Claim.objects.select_for_update().get(pk=claim.pk)
    _ensure_current(claim, expected_version)
    previous = claim.status
    problem = transition_problem(claim=claim, to=to, actor=actor, note=note)
    if problem:
        raise PermissionDenied(problem)
    event = ReviewEvent.objects.create(
        claim=claim, from_status=claim.status, to_status=to, actor=actor, note=note.strip()
    )
    claim.status = to
    claim.version += 1  # the row is locked, so a plain increment is safe
    fields = ["status", "version", "updated_at"]
    if to == Status.PUBLISHED and claim.published_at is None:
        claim.published_at = timezone.now()
        fields.append("published_at")
    claim._history_user = actor
    claim.save(update_fields=fields)
    transaction.on_commit(lambda: queue_transition_mail(event_id=event.pk))
    indexing.index_claim_status(claim, previous=previous)
    return claim


# Fields an edit may change; status, author and version only change through the services above.
EDITABLE_FIELDS = ("speaker", "said_on", "occasion", "summary", "summary_language")


def said_on_problem(*, claim: Claim, said_on: datetime.date | None) -> ValidationError | None:
    """Why the claim cannot be dated `said_on`: one of its reports (declined ones aside) was published
    before that day. None when it can. The same rule quote_create applies to a new report."""
    if claim.pk is None or said_on is None:
        return None
    first = (
        Quote.objects.filter(claim_id=claim.pk)
        .exclude(report_status=Quote.ReportStatus.DECLINED)
        .aggregate(first=Min("source__published_on"))["first"]
    )
    return said_after_published(said_on=said_on, published_on=first, field="said_on")


@transaction.atomic
def claim_update(
    *,
    claim: Claim,
    actor: AbstractBaseUser,
    expected_version: int | None,
    topics: list[Topic] | None = None,
    **fields,
) -> Claim:
    """Edit a claim. A stale `expected_version` fails instead of overwriting someone else's change.

    Editing a published claim is a correction: it is recorded in the history and shown as "corrected on".
    """
    unknown = set(fields) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"Not editable here: {sorted(unknown)}")
    claim = Claim.objects.select_for_update().get(pk=claim.pk)
    _ensure_current(claim, expected_version)
    if not can_edit_claim(actor, claim):
        raise PermissionDenied(_("You may not edit this claim."))
    previous_speaker_id = claim.speaker_id
    if "said_on" in fields and fields["said_on"] != claim.said_on:
        problem = said_on_problem(claim=claim, said_on=fields["said_on"])
        if problem:
            raise problem
    for name, value in fields.items():
        setattr(claim, name, value)
    if claim.status == Status.PUBLISHED:
        claim.corrected_at = timezone.now()
    claim.version += 1
    claim.full_clean()
    claim._history_user = actor
    claim.save()
    if topics is not None:
        claim.topics.set(topics)
    indexing.index_claim(claim, previous_speaker_id=previous_speaker_id)
    return claim


# --- quotes and translations ------------------------------------------------------------------


def quote_span_problem(*, source: Source, start: int, end: int, text: str) -> str | None:
    """Why (start, end, text) is not an exact span of the source's text, or None when it is."""
    if start < 0 or end <= start:
        return _("The quote must cover at least one character (start before end).")
    if end > len(source.text):
        return _("The quote's offsets %(start)s–%(end)s lie outside the source text (%(length)s characters).") % {
            "start": start,
            "end": end,
            "length": len(source.text),
        }
    if source.text[start:end] != text:
        return _("The quote's text is not what the source says between offsets %(start)s and %(end)s.") % {
            "start": start,
            "end": end,
        }
    return None


@atomic_unless_batched
def quote_create(
    *,
    claim: Claim,
    source: Source,
    start: int,
    end: int,
    text: str,
    kind: str,
    actor: AbstractBaseUser,
    external_id: str | None = None,
    batch: Batch | None = None,
    new_claim_topics: list[Topic] | None = None,
) -> Quote:
    """A quote of `source[start:end]` for `claim`, indexed for search.

    `new_claim_topics` says that `claim` was made by claim_create in this transaction with these topics and
    nothing since (quote_record): the quote is then not looked for among the claim's, which has none yet.

    With `batch`, the quote is saved (with its history) when the batch is, and the batch's owner indexes it
    then. The database holds no quote of a claim or source the batch holds, so none is looked for; that the
    quotes in the batch are not the same span twice or share an external id is the caller's to know, as the
    database refuses them.

    On the actor's own claim while they work on it (claims.workflow.adds_directly) the report is part of the
    claim at once; on any other claim the actor sees it is proposed, for an editor to accept or decline."""
    problem = report_target_problem(claim=claim, actor=actor)
    if problem:
        raise PermissionDenied(problem)
    direct = adds_directly(actor, claim)
    problem = quote_span_problem(source=source, start=start, end=end, text=text)
    if problem:
        raise ValidationError({"text": problem})
    # An article cannot report a statement made after it was published, whatever the entry point.
    validate_said_before_published(said_on=claim.said_on, published_on=source.published_on)
    unsaved = batch is not None and (batch.holds(claim) or batch.holds(source))
    # A claim just created has no quote yet: its first quote is neither looked for nor read back to index.
    new_claim = new_claim_topics is not None and batch is None
    if (
        not unsaved
        and not new_claim
        and Quote.objects.filter(claim=claim, source=source, start=start, end=end).exists()
    ):
        raise ValidationError({"text": _("This span of this source is already a quote of this claim.")})
    quote = Quote(
        claim=claim,
        source=source,
        start=start,
        end=end,
        text=text,
        kind=kind,
        created_by=actor,
        external_id=external_id,
        report_status=ReportStatus.ACCEPTED if direct else ReportStatus.PROPOSED,
    )
    quote.full_clean(
        exclude=["claim", "source", "created_by"], validate_constraints=False, validate_unique=batch is None
    )
    quote._history_user = actor
    if batch is not None:
        return batch.add(quote)
    quote.save()
    if not direct:
        ReviewEvent.objects.create(
            claim=claim, from_status=claim.status, to_status=claim.status, actor=actor,
            action=Action.REPORT_PROPOSED, quote=quote,
        )  # fmt: skip
    indexing.index_quotes(Quote.objects.filter(pk=quote.pk))
    return quote


@atomic_unless_batched
def translation_create(
    *,
    language: str,
    text: str,
    translator: AbstractBaseUser | None,
    quote: Quote | None = None,
    claim: Claim | None = None,
    method: str = Translation.Method.HUMAN,
    engine: str = "",
    batch: Batch | None = None,
) -> Translation:
    """A translation of a quote or of a claim's summary, indexed for search.

    With `batch`, the translation is saved (with its history) when the batch is, and the batch's owner
    reindexes the quotes it concerns then. A quote or claim the batch holds has no translation in the
    database yet; that the batch holds no second translation into one language is the caller's to know."""
    target_claim = quote.claim if quote else claim
    if translator is not None and target_claim is not None and not can_translate(translator, target_claim, quote):
        raise PermissionDenied(_("You may not add translations to this claim."))
    original = quote.language if quote else (claim.summary_language if claim else None)
    if language == original:
        raise ValidationError({"language": _("A translation must be into another language than the original.")})
    translation = Translation(
        quote=quote, claim=claim, language=language, text=text, method=method, engine=engine, translator=translator
    )
    target = {"quote": quote} if quote else {"claim": claim}
    unsaved = batch is not None and batch.holds(quote or claim)
    if not unsaved and Translation.objects.filter(language=language, **target).exists():
        raise ValidationError({"language": _("There is already a translation into this language.")})
    translation.full_clean(exclude=["quote", "claim", "translator"], validate_constraints=False)
    translation._history_user = translator
    if batch is not None:
        return batch.add(translation)
    translation.save()
    _index_translated(quote=quote, claim=claim)
    return translation


def _index_translated(*, quote: Quote | None, claim: Claim | None) -> None:
    """A quote's translation changes its entry; a summary's, the entries of the claim's quotes and its page
    (index_claim: its speaker's version, even for a claim without quotes)."""
    if quote is not None:
        indexing.index_quotes(Quote.objects.filter(pk=quote.pk))
    else:
        indexing.index_claim(claim)


@transaction.atomic
def quote_record(
    *,
    source: Source,
    start: int,
    end: int,
    kind: str,
    actor: AbstractBaseUser,
    claim: Claim | None = None,
    new_claim: dict | None = None,
    translation: tuple[str, str] | None = None,
) -> Quote:
    """The analyst's one step: a quote of `source[start:end]` for an existing claim or a new one,
    with an optional human translation. All or nothing."""
    if (claim is None) == (new_claim is None):
        raise ValueError("Give either an existing claim or the fields of a new one.")
    new_claim_topics = None
    if claim is None:
        claim = claim_create(author=actor, **new_claim)
        new_claim_topics = list(new_claim.get("topics") or [])
    quote = quote_create(
        claim=claim, source=source, start=start, end=end, text=source.text[start:end], kind=kind, actor=actor,
        new_claim_topics=new_claim_topics,
    )  # fmt: skip
    if translation and translation[1].strip():
        translation_create(quote=quote, language=translation[0], text=translation[1].strip(), translator=actor)
    return quote


def _translation_to_change(
    translation: Translation, actor: AbstractBaseUser
) -> tuple[Translation, Quote | None, Claim]:
    """The translation locked for a change by `actor`, with its quote (or None) and claim; refused unless
    the actor may change the claim's translations."""
    translation = (
        Translation.objects.select_for_update(of=("self",))
        .select_related("quote__claim", "claim")
        .get(pk=translation.pk)
    )
    quote = translation.quote
    claim = quote.claim if quote else translation.claim
    if not can_translate(actor, claim, quote):
        raise PermissionDenied(_("You may not change translations of this claim."))
    return translation, quote, claim


@transaction.atomic
def translation_update(
    *, translation: Translation, actor: AbstractBaseUser, text: str, method: str, engine: str = ""
) -> Translation:
    """Correct a translation's text, or say it was made by a machine (which engine) or by a person."""
    translation, quote, claim = _translation_to_change(translation, actor)
    translation.text = text.strip()
    translation.method = method
    translation.engine = engine.strip() if method == Translation.Method.MACHINE else ""
    translation.translator = actor
    translation.full_clean(exclude=["quote", "claim", "translator"], validate_constraints=False)
    if not translation.text:
        raise ValidationError({"text": _("A translation cannot be empty: remove it instead.")})
    translation._history_user = actor
    translation.save()
    _index_translated(quote=quote, claim=claim)
    return translation


@transaction.atomic
def translation_delete(*, translation: Translation, actor: AbstractBaseUser) -> None:
    """Remove a translation; its history keeps what it said and who removed it."""
    translation, quote, claim = _translation_to_change(translation, actor)
    translation._history_user = actor
    translation.delete()
    _index_translated(quote=quote, claim=claim)


@transaction.atomic
def quote_correct(*, quote: Quote, actor: AbstractBaseUser, kind: str, start: int, end: int) -> Quote:
    """Correct a report's kind and span while it is not yet part of a reviewed claim: its claim is a draft
    (or returned, or withdrawn) and the actor may edit it, or the report is proposed and the actor proposed
    it or is an editor."""
    quote = Quote.objects.select_for_update(of=("self",)).select_related("claim", "source").get(pk=quote.pk)
    claim = quote.claim
    if quote.report_status == ReportStatus.PROPOSED:
        allowed = quote.created_by_id == actor.pk or is_editor(actor)
    else:
        allowed = claim.status in (Status.DRAFT, Status.CHANGES_REQUESTED, Status.WITHDRAWN) and can_edit_claim(
            actor, claim
        )
    if not allowed:
        raise PermissionDenied(
            _("A report can be corrected only while its claim is a draft or the report is proposed.")
        )
    text = quote.source.text[start:end] if 0 <= start < end <= len(quote.source.text) else ""
    problem = quote_span_problem(source=quote.source, start=start, end=end, text=text)
    if problem:
        raise ValidationError({"text": problem})
    if (start, end) != (quote.start, quote.end) and (
        Quote.objects.filter(claim_id=claim.pk, source_id=quote.source_id, start=start, end=end).exists()
    ):
        raise ValidationError({"text": _("This span of this source is already a quote of this claim.")})
    quote.kind, quote.start, quote.end, quote.text = kind, start, end, text
    quote.full_clean(exclude=["claim", "source", "created_by"], validate_constraints=False, validate_unique=False)
    quote._history_user = actor
    quote.save()
    indexing.index_quotes(Quote.objects.filter(pk=quote.pk))
    return quote


# --- reports, merges and notes ------------------------------------------------------------------


@transaction.atomic
def report_transition(*, quote: Quote, to: str, actor: AbstractBaseUser, note: str = "") -> Quote:
    """The only way a proposed report is accepted or declined: checks claims.workflow.REPORT_TRANSITIONS
    and the actor, writes a ReviewEvent on the claim, tells whoever proposed it."""
    quote = Quote.objects.select_for_update().get(pk=quote.pk)
    problem = report_problem(quote=quote, to=to, actor=actor, note=note)
    if problem:
        raise PermissionDenied(problem)
    claim = Claim.objects.get(pk=quote.claim_id)
    if claim.status in CLOSED:
        raise PermissionDenied(_("A %(status)s claim takes no new reports.") % {"status": Status(claim.status).label})
    action = Action.REPORT_ACCEPTED if to == ReportStatus.ACCEPTED else Action.REPORT_DECLINED
    event = ReviewEvent.objects.create(
        claim=claim, from_status=claim.status, to_status=claim.status, actor=actor, action=action, quote=quote,
        note=note.strip(),
    )  # fmt: skip
    quote.report_status = to
    quote._history_user = actor
    quote.save(update_fields=["report_status"])
    transaction.on_commit(lambda: queue_transition_mail(event_id=event.pk))
    indexing.index_quotes(Quote.objects.filter(pk=quote.pk))
    return quote


def _locked(*claim_ids: int) -> dict[int, Claim]:
    """The claims, locked in the order of their ids so that two merges or moves never wait on each other."""
    return {claim.pk: claim for claim in Claim.objects.select_for_update().filter(pk__in=claim_ids).order_by("pk")}


def merge_problem(*, duplicate: Claim, into: Claim, actor: AbstractBaseUser) -> str | None:
    """Why `actor` may not merge `duplicate` into `into`, or None."""
    if not is_editor(actor):
        return _("Only editors merge claims.")
    if duplicate.pk == into.pk:
        return _("A claim cannot be merged into itself.")
    if duplicate.speaker_id != into.speaker_id:
        return _(
            "These claims have different speakers (%(one)s and %(other)s): a statement has one speaker. "
            "Move the reports that belong to the other claim one by one instead."
        ) % {"one": duplicate.speaker, "other": into.speaker}
    for claim in (duplicate, into):
        if claim.status in (Status.MERGED, Status.DELETED):
            return _("“%(claim)s” is %(status)s: it cannot be merged.") % {
                "claim": claim.summary[:80],
                "status": Status(claim.status).label,
            }
    return None


@transaction.atomic
def claim_merge(*, duplicate: Claim, into: Claim, actor: AbstractBaseUser, note: str = "") -> Claim:
    """Merge `duplicate` into `into`: its reports, their translations, its summary's translations (in
    languages `into` lacks) and its topics move; the duplicate is kept, marked merged, and its page
    redirects. A review event on each records the merge. A report of the same span as one `into` already
    has stays with the duplicate, after giving its translations in new languages to that report."""
    locked = _locked(duplicate.pk, into.pk)
    duplicate, into = locked[duplicate.pk], locked[into.pk]
    problem = merge_problem(duplicate=duplicate, into=into, actor=actor)
    if problem:
        raise PermissionDenied(problem)
    dated = said_on_problem(claim=duplicate, said_on=into.said_on)  # its reports become `into`'s
    if dated:
        raise PermissionDenied(dated.messages[0])
    spans = {(q.source_id, q.start, q.end): q for q in Quote.objects.filter(claim_id=into.pk)}
    for quote in Quote.objects.filter(claim_id=duplicate.pk).prefetch_related("translations"):
        same = spans.get((quote.source_id, quote.start, quote.end))
        if same is None:
            quote.claim = into
            quote._history_user = actor
            quote.save(update_fields=["claim"])
            continue
        have = set(same.translations.values_list("language", flat=True))
        for translation in quote.translations.all():
            if translation.language not in have:
                translation.quote = same
                translation._history_user = actor
                translation.save(update_fields=["quote"])
    have = {into.summary_language, *into.summary_translations.values_list("language", flat=True)}
    for translation in duplicate.summary_translations.all():
        if translation.language not in have:
            translation.claim = into
            translation._history_user = actor
            translation.save(update_fields=["claim"])
            have.add(translation.language)
    into.topics.add(*duplicate.topics.all())
    ReviewEvent.objects.create(
        claim=duplicate, from_status=duplicate.status, to_status=Status.MERGED, actor=actor,
        action=Action.MERGED_INTO, other_claim=into, note=note.strip(),
    )  # fmt: skip
    ReviewEvent.objects.create(
        claim=into, from_status=into.status, to_status=into.status, actor=actor,
        action=Action.MERGED_FROM, other_claim=duplicate, note=note.strip(),
    )  # fmt: skip
    previous = duplicate.status
    duplicate.status = Status.MERGED
    duplicate.merged_into = into
    duplicate.version += 1
    duplicate._history_user = actor
    duplicate.save(update_fields=["status", "merged_into", "version", "updated_at"])
    into.version += 1
    into._history_user = actor
    into.save(update_fields=["version", "updated_at"])
    indexing.index_claim(into)
    indexing.index_claim_status(duplicate, previous=previous)
    return into


@transaction.atomic
def quote_move(*, quote: Quote, to: Claim, actor: AbstractBaseUser, note: str = "") -> Quote:
    """Move one report (with its translations) to another claim; a review event on each claim records it."""
    quote = Quote.objects.select_for_update().get(pk=quote.pk)
    locked = _locked(quote.claim_id, to.pk)
    origin, to = locked[quote.claim_id], locked[to.pk]
    if not is_editor(actor):
        raise PermissionDenied(_("Only editors move reports between claims."))
    if origin.pk == to.pk:
        raise PermissionDenied(_("The report is already a report of this claim."))
    if to.status in (Status.MERGED, Status.DELETED):
        raise PermissionDenied(
            _("A %(status)s claim takes no reports: choose another claim.") % {"status": Status(to.status).label}
        )
    if Quote.objects.filter(claim_id=to.pk, source_id=quote.source_id, start=quote.start, end=quote.end).exists():
        raise PermissionDenied(_("That claim already has this span of this source as a report."))
    published_on = Source.objects.filter(pk=quote.source_id).values_list("published_on", flat=True).get()
    dated = said_after_published(said_on=to.said_on, published_on=published_on, field="claim")
    if dated:
        raise PermissionDenied(dated.messages[0])
    quote.claim = to
    quote._history_user = actor
    quote.save(update_fields=["claim"])
    ReviewEvent.objects.create(
        claim=origin, from_status=origin.status, to_status=origin.status, actor=actor,
        action=Action.REPORT_MOVED_OUT, quote=quote, other_claim=to, note=note.strip(),
    )  # fmt: skip
    ReviewEvent.objects.create(
        claim=to, from_status=to.status, to_status=to.status, actor=actor,
        action=Action.REPORT_MOVED_IN, quote=quote, other_claim=origin, note=note.strip(),
    )  # fmt: skip
    indexing.speakers_touch({origin.speaker_id})
    indexing.index_quotes(Quote.objects.filter(pk=quote.pk))
    return quote


@transaction.atomic
def claim_note_add(*, claim: Claim, actor: AbstractBaseUser, text: str) -> ReviewEvent:
    """A note in the thread between a claim's author and the editors, emailed to the other side."""
    claim = Claim.objects.select_for_update().get(pk=claim.pk)
    if not sees_workflow(actor, claim):
        raise PermissionDenied(_("Only the claim's author and editors write notes on it."))
    if not text.strip():
        raise ValidationError({"text": _("Write the note first.")})
    event = ReviewEvent.objects.create(
        claim=claim, from_status=claim.status, to_status=claim.status, actor=actor, action=Action.NOTE,
        note=text.strip(),
    )  # fmt: skip
    transaction.on_commit(lambda: queue_transition_mail(event_id=event.pk))
    return event
