"""Writes to speakers, claims, quotes and translations. Views, the admin and commands all call these."""

import datetime

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from claims import search
from claims.models import Claim, Quote, ReviewEvent, Speaker, SpeakerAlias, SpeakerName, SpeakerRole, Topic, Translation
from claims.notifications import queue_transition_mail
from claims.permissions import can_edit_claim, is_editor
from claims.speaker_search import speaker_refresh_search_keys
from sources.batch import Batch, atomic_unless_batched
from sources.models import Source

Status = Claim.Status


# --- speakers ---------------------------------------------------------------------------------


@transaction.atomic
def speaker_create(
    *,
    name: str,
    kind: str = Speaker.Kind.PERSON,
    names: dict[str, str] | None = None,
    aliases: list[str] | None = None,
    roles: list[dict] | None = None,
    wikidata_id: str | None = None,
    description: str = "",
    external_id: str | None = None,
    actor: AbstractBaseUser | None = None,
) -> Speaker:
    speaker = Speaker(
        name=name, kind=kind, wikidata_id=wikidata_id or None, description=description, external_id=external_id
    )
    speaker.full_clean()
    speaker._history_user = actor
    speaker.save()
    for language, localized in (names or {}).items():
        SpeakerName.objects.create(speaker=speaker, language=language, name=localized)
    for alias in dict.fromkeys(aliases or []):
        SpeakerAlias.objects.create(speaker=speaker, alias=alias)
    for role in roles or []:
        speaker_role_add(speaker=speaker, **role)
    speaker_refresh_search_keys(speaker)
    return speaker


def speaker_role_add(
    *,
    speaker: Speaker,
    title: str,
    organization: str = "",
    start_date: datetime.date | None = None,
    end_date: datetime.date | None = None,
) -> SpeakerRole:
    role = SpeakerRole(
        speaker=speaker, title=title, organization=organization, start_date=start_date, end_date=end_date
    )
    role.full_clean()
    role.save()
    return role


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
    search.speakers_touch([claim.speaker_id])
    return claim


class StaleClaimError(ValidationError):
    """Someone saved the claim after the form was opened."""


def _ensure_current(claim: Claim, expected_version: int | None) -> None:
    if expected_version is None or expected_version == claim.version:
        return
    latest = claim.history.select_related("history_user").first()
    who = latest.history_user if latest and latest.history_user else _("someone")
    when = formats.date_format(claim.updated_at, "DATETIME_FORMAT")
    raise StaleClaimError(
        _("This claim was changed by %(who)s at %(when)s. Reload it to see their changes, then apply yours again.")
        % {"who": who, "when": when},
        code="stale",
    )


# One table of allowed moves: (from, to) -> (needs the review permission, note required).
TRANSITIONS: dict[tuple[str, str], tuple[bool, bool]] = {
    (Status.DRAFT, Status.IN_REVIEW): (False, False),
    (Status.CHANGES_REQUESTED, Status.IN_REVIEW): (False, False),
    (Status.IN_REVIEW, Status.PUBLISHED): (True, False),
    (Status.IN_REVIEW, Status.CHANGES_REQUESTED): (True, True),
    (Status.IN_REVIEW, Status.REJECTED): (True, True),
    (Status.PUBLISHED, Status.RETRACTED): (True, True),
}


def transition_problem(*, claim: Claim, to: str, actor: AbstractBaseUser, note: str = "") -> str | None:
    """Why `actor` may not move `claim` to `to`, or None when the move is allowed."""
    rule = TRANSITIONS.get((claim.status, to))
    if rule is None:
        return _("A claim cannot go from “%(from)s” to “%(to)s”.") % {
            "from": Status(claim.status).label,
            "to": Status(to).label,
        }
    needs_review, needs_note = rule
    if needs_review:
        if not is_editor(actor):
            return _("Only editors may do this.")
        if claim.author_id == actor.pk:
            return _("Nobody reviews their own claim: another editor must do this.")
    elif not can_edit_claim(actor, claim):
        return _("Only the author or an editor may submit this claim.")
    if needs_note and not note.strip():
        return _("A note is required for this decision.")
    return None


@transaction.atomic
def claim_transition(
    *, claim: Claim, to: str, actor: AbstractBaseUser, note: str = "", expected_version: int | None = None
) -> Claim:
    """The only way a claim's status changes: checks the rule and the actor, writes the ReviewEvent."""
    claim = Claim.objects.select_for_update().get(pk=claim.pk)
    _ensure_current(claim, expected_version)
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
    search.index_claim_status(claim)
    return claim


# Fields an edit may change; status, author and version only change through the services above.
EDITABLE_FIELDS = ("speaker", "said_on", "occasion", "summary", "summary_language")


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
    search.index_claim(claim, previous_speaker_id=previous_speaker_id)
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
    database refuses them."""
    if not can_edit_claim(actor, claim):
        raise PermissionDenied(_("You may not add quotes to this claim."))
    problem = quote_span_problem(source=source, start=start, end=end, text=text)
    if problem:
        raise ValidationError({"text": problem})
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
    )
    quote.full_clean(
        exclude=["claim", "source", "created_by"], validate_constraints=False, validate_unique=batch is None
    )
    quote._history_user = actor
    if batch is not None:
        return batch.add(quote)
    quote.save()
    search.index_quotes(Quote.objects.filter(pk=quote.pk))
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
    if translator is not None and target_claim is not None and not can_edit_claim(translator, target_claim):
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
    search.index_quotes(Quote.objects.filter(pk=quote.pk) if quote else Quote.objects.filter(claim_id=claim.pk))
    return translation


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
