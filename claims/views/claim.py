"""A claim's pages: the home list, the claim page (reports, translations, workflow buttons), creating, editing."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from claims import selectors
from claims.forms import (
    ClaimForm,
    NoteForm,
    TransitionForm,
)
from claims.http import reader_conditional
from claims.models import Claim, Quote
from claims.permissions import (
    can_edit_claim,
    can_translate,
    is_editor,
    sees_workflow,
)
from claims.review_selectors import claim_merged_into
from claims.search import generations
from claims.services import (
    StaleClaimError,
    claim_create,
    claim_update,
)
from claims.workflow import TRANSITIONS, transition_problem
from core.access import readable
from core.forms import add_refusal

Status = Claim.Status

# How each move is offered on a button.
TRANSITION_LABELS = {
    Status.IN_REVIEW: gettext_lazy("Submit for review"),
    Status.PUBLISHED: gettext_lazy("Publish"),
    Status.CHANGES_REQUESTED: gettext_lazy("Request changes"),
    Status.REJECTED: gettext_lazy("Reject"),
    Status.RETRACTED: gettext_lazy("Retract"),
    Status.WITHDRAWN: gettext_lazy("Withdraw from review"),
    Status.DELETED: gettext_lazy("Delete the draft"),
    Status.DRAFT: gettext_lazy("Recover as a draft"),
}
# Moves whose button says more than their destination does.
MOVE_LABELS = {
    (Status.REJECTED, Status.IN_REVIEW): gettext_lazy("Reopen"),
    (Status.WITHDRAWN, Status.IN_REVIEW): gettext_lazy("Submit for review again"),
}


def available_transitions(user, claim: Claim) -> list[dict]:
    """The moves this user may make now, for buttons; the service checks again on POST."""
    moves = []
    for (from_status, to), move in TRANSITIONS.items():
        if from_status == claim.status and transition_problem(claim=claim, to=to, actor=user, note="-") is None:
            label = MOVE_LABELS.get((from_status, to), TRANSITION_LABELS[to])
            moves.append({"to": to, "label": label, "needs_note": move.needs_note})
    return moves


@readable
@reader_conditional
def home(request):
    # The list is the same for every audience: its markup is kept under the published token, and the claims
    # are read (the template calls `recent`) only when it is not.
    return render(
        request,
        "claims/home.html",
        {"recent": selectors.recent_published_rows, "generation": generations.page_generation()},
    )


def _notes(user, claim: Claim) -> list:
    """The note thread between the author and the editors (from the prefetched events), for them alone."""
    if not sees_workflow(user, claim):
        return []
    return [event for event in claim.review_events.all() if event.action == event.Action.NOTE or event.note]


def claim_page_context(request, claim: Claim, transition_form: TransitionForm | None = None) -> dict:
    quotes = list(claim.quotes.all())
    retraction = None
    if claim.status == Status.RETRACTED:
        retraction = next(
            (
                e
                for e in reversed(claim.review_events.all())
                if e.to_status == Status.RETRACTED and e.action == "transition"
            ),
            None,
        )
    return {
        "claim": claim,
        "quotes": quotes,
        "role": claim.speaker.role_on(claim.said_on),
        "languages": sorted({quote.source.language for quote in quotes}),
        "can_edit": can_edit_claim(request.user, claim),
        "show_workflow": sees_workflow(request.user, claim),
        "transitions": available_transitions(request.user, claim) if request.user.is_authenticated else [],
        "transition_form": transition_form or TransitionForm(initial={"version": claim.version}),
        "retraction": retraction,
        "is_editor": is_editor(request.user),
        "public_quotes": [quote for quote in quotes if quote.report_status == Quote.ReportStatus.ACCEPTED],
        "can_translate": can_translate(request.user, claim),
        "note_form": NoteForm(),
        "notes": _notes(request.user, claim),
    }


@readable
@reader_conditional
def claim_detail(request, pk: int):
    key = selectors.claim_page_key(pk=pk, user=request.user)
    if key is not None:
        # A reader's page is kept under the claim's version (its markup, {% cache %}): the claim is read,
        # once, only when the page is not kept.
        page = SimpleLazyObject(
            lambda: claim_page_context(request, selectors.claim_get_for_page(pk=pk, user=request.user))
        )
        return render(request, "claims/claim_detail_reader.html", {"page": page, "page_key": key})
    # A duplicate's address leads to the claim it was merged into, for readers (to whom a merged claim is
    # unknown) and the team alike; only a page that is not found pays for the extra look-up.
    try:
        claim = selectors.claim_get_for_page(pk=pk, user=request.user)
    except Http404:
        merged_into = claim_merged_into(pk=pk)
        if merged_into is None:
            raise
        return redirect("claims:detail", pk=merged_into, permanent=True)
    if claim.merged_into_id is not None:
        return redirect("claims:detail", pk=claim.merged_into_id, permanent=True)
    return render(request, "claims/claim_detail.html", claim_page_context(request, claim))


@login_required
@permission_required("claims.add_claim", raise_exception=True)
def claim_new(request):
    form = ClaimForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            claim = claim_create(
                speaker=data["speaker"],
                said_on=data["said_on"],
                summary=data["summary"],
                summary_language=data["summary_language"],
                occasion=data["occasion"],
                topics=list(data["topics"]),
                author=request.user,
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Claim created as a draft."))
            return redirect(claim)
    return render(request, "claims/claim_form.html", {"form": form, "claim": None})


@login_required
def claim_edit(request, pk: int):
    claim = selectors.claim_get_for_page(pk=pk, user=request.user)
    if not can_edit_claim(request.user, claim):
        raise PermissionDenied(_("You may not edit this claim."))
    form = ClaimForm(request.POST or None, instance=claim)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            claim = claim_update(
                claim=claim,
                actor=request.user,
                expected_version=data.get("version"),
                topics=list(data["topics"]),
                speaker=data["speaker"],
                said_on=data["said_on"],
                occasion=data["occasion"],
                summary=data["summary"],
                summary_language=data["summary_language"],
            )
        except StaleClaimError as error:
            form.add_error(None, error)  # the form comes back with what was typed
        except (PermissionDenied, ValidationError) as refusal:
            add_refusal(form, refusal)  # e.g. a date said after a report's publication, on its field
        else:
            messages.success(request, _("Changes saved."))
            return redirect(claim)
    return render(request, "claims/claim_form.html", {"form": form, "claim": claim})
