"""Editors' review: the queues of claims and of proposed reports, workflow moves, merges, notes and the dashboard."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from claims import selectors
from claims.forms import (
    MergeForm,
    NoteForm,
    ReportDecisionForm,
    TransitionForm,
)
from claims.models import Claim, Quote
from claims.permissions import (
    is_editor,
)
from claims.review_selectors import report_get, reports_proposed
from claims.services import (
    StaleClaimError,
    claim_merge,
    claim_note_add,
    claim_transition,
    report_transition,
)
from claims.views.claim import claim_page_context

Status = Claim.Status


@require_POST
@login_required
def claim_transition_view(request, pk: int):
    claim = selectors.claim_get_for_page(pk=pk, user=request.user)
    origin = request.POST.get("origin", "claim")
    form = TransitionForm(request.POST)
    if form.is_valid():
        try:
            claim_transition(
                claim=claim,
                to=form.cleaned_data["to"],
                actor=request.user,
                note=form.cleaned_data["note"],
                expected_version=form.cleaned_data["version"],
            )
        except (PermissionDenied, StaleClaimError) as refusal:
            problem = refusal.messages[0] if isinstance(refusal, ValidationError) else str(refusal)
            form.add_error("note", problem)
            # Shown at the top of the page too: the buttons a refusal answers may not be on the page shown.
            messages.error(request, problem)
        else:
            messages.success(
                request, _("The claim is now “%(status)s”.") % {"status": Status(form.cleaned_data["to"]).label}
            )
            # A decision taken from the review page goes back to the queue; any other to the claim's page.
            if origin == "review" and is_editor(request.user):
                return redirect("claims:review_queue")
            return redirect(claim)
    else:
        messages.error(request, _("That decision could not be read: reload the page and try again."))
    claim = selectors.claim_get_for_page(pk=pk, user=request.user)
    if origin == "review" and is_editor(request.user):
        return render(request, "claims/review_detail.html", review_context(request, claim, form), status=400)
    return render(request, "claims/claim_detail.html", claim_page_context(request, claim, form), status=400)


def _editor_only(request):
    if not is_editor(request.user):
        raise PermissionDenied(_("Only editors review claims."))


@login_required
def review_queue(request):
    _editor_only(request)
    filterset, claims = selectors.review_queue(params=request.GET, user=request.user)
    page = Paginator(claims, 50).get_page(request.GET.get("page"))
    params = request.GET.copy()
    params.pop("page", None)
    return render(
        request,
        "claims/review_queue.html",
        {
            "filter": filterset,
            "claims": selectors.attach_report_languages(list(page.object_list)),
            "page": page,
            "base_query": params.urlencode(),
            "total_waiting": Claim.objects.in_review().count(),
            "language_counts": selectors.review_queue_counts(filterset.qs),
        },
    )


def review_context(request, claim: Claim, transition_form: TransitionForm | None = None) -> dict:
    context = claim_page_context(request, claim, transition_form)
    context.update(
        {
            "quotes_in_context": selectors.quotes_in_context(claim),
            "similar": selectors.similar_claims(claim=claim),
            "history": selectors.claim_history(claim),
        }
    )
    return context


@login_required
def review_detail(request, pk: int):
    _editor_only(request)
    claim = selectors.claim_get_for_page(pk=pk, user=request.user)
    return render(request, "claims/review_detail.html", review_context(request, claim))


@login_required
def dashboard(request):
    return render(
        request,
        "claims/dashboard.html",
        {**selectors.dashboard(user=request.user), "is_editor": is_editor(request.user)},
    )


@login_required
def report_queue(request):
    """ "New reports": reports proposed to existing claims, waiting for an editor's decision."""
    _editor_only(request)
    page = Paginator(reports_proposed(), 50).get_page(request.GET.get("page"))
    return render(
        request,
        "claims/report_queue.html",
        {"page": page, "reports": list(page.object_list), "decision_form": ReportDecisionForm()},
    )


@require_POST
@login_required
def report_decide(request, pk: int):
    quote = report_get(pk=pk)
    form = ReportDecisionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("That decision could not be read: reload the page and try again."))
    else:
        try:
            report_transition(
                quote=quote, to=form.cleaned_data["to"], actor=request.user, note=form.cleaned_data["note"]
            )
        except PermissionDenied as refusal:
            messages.error(request, str(refusal))
            if request.POST.get("origin") == "claim":
                return redirect(quote.claim)
            return render(
                request,
                "claims/report_queue.html",
                {
                    "page": None,
                    "reports": list(reports_proposed()[:50]) if is_editor(request.user) else [],
                    "decision_form": form,
                    "refused": quote.pk,
                },
                status=400,
            )
        accepted = form.cleaned_data["to"] == Quote.ReportStatus.ACCEPTED
        messages.success(request, _("Report accepted.") if accepted else _("Report declined."))
    if request.POST.get("origin") == "claim" or not is_editor(request.user):
        return redirect(quote.claim)
    return redirect("claims:report_queue")


@require_POST
@login_required
def claim_merge_view(request, pk: int):
    """Merge this claim (a duplicate) into another; answers on the page the editor came from."""
    duplicate = selectors.claim_get_for_page(pk=pk, user=request.user)
    form = MergeForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Say which claim to merge into, by its number."))
        return redirect("claims:review", pk=duplicate.pk) if is_editor(request.user) else redirect(duplicate)
    into = Claim.objects.filter(pk=form.cleaned_data["into"]).first()
    try:
        if into is None:
            raise PermissionDenied(_("There is no claim number %(number)s.") % {"number": form.cleaned_data["into"]})
        claim_merge(duplicate=duplicate, into=into, actor=request.user, note=form.cleaned_data["note"])
    except PermissionDenied as refusal:
        messages.error(request, str(refusal))
        return redirect("claims:review", pk=duplicate.pk) if is_editor(request.user) else redirect(duplicate)
    messages.success(request, _("Merged: this claim now holds the reports of both."))
    return redirect(into)


@require_POST
@login_required
def claim_note_view(request, pk: int):
    claim = selectors.claim_get_for_page(pk=pk, user=request.user)
    form = NoteForm(request.POST)
    origin = "review" if request.POST.get("origin") == "review" and is_editor(request.user) else "claim"
    if form.is_valid():
        try:
            claim_note_add(claim=claim, actor=request.user, text=form.cleaned_data["text"])
        except (PermissionDenied, ValidationError) as refusal:
            form.add_error("text", refusal.messages[0] if isinstance(refusal, ValidationError) else str(refusal))
        else:
            messages.success(request, _("Note sent."))
            return redirect("claims:review", pk=claim.pk) if origin == "review" else redirect(claim)
    claim = selectors.claim_get_for_page(pk=pk, user=request.user)
    if origin == "review":
        context = review_context(request, claim)
        context["note_form"] = form
        return render(request, "claims/review_detail.html", context, status=400)
    context = claim_page_context(request, claim)
    context["note_form"] = form
    return render(request, "claims/claim_detail.html", context, status=400)
