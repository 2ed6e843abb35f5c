from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from claims import search, selectors
from claims.access import readable
from claims.filters import FACET_OPTIONS_SECONDS, SearchFilter
from claims.forms import ClaimForm, QuoteForm, TransitionForm
from claims.models import Claim, Quote, Speaker
from claims.permissions import can_edit_claim, is_editor, is_team, sees_every_status, sees_workflow
from claims.services import (
    TRANSITIONS,
    StaleClaimError,
    claim_create,
    claim_transition,
    claim_update,
    quote_record,
    transition_problem,
)
from claims.templatetags.tracker import search_result_html
from claims.throttles import search_allowed
from sources.models import Source
from sources.selectors import quote_context

Status = Claim.Status

# How each move is offered on a button.
TRANSITION_LABELS = {
    Status.IN_REVIEW: gettext_lazy("Submit for review"),
    Status.PUBLISHED: gettext_lazy("Publish"),
    Status.CHANGES_REQUESTED: gettext_lazy("Request changes"),
    Status.REJECTED: gettext_lazy("Reject"),
    Status.RETRACTED: gettext_lazy("Retract"),
}


def available_transitions(user, claim: Claim) -> list[dict]:
    """The moves this user may make now, for buttons; the service checks again on POST."""
    moves = []
    for (from_status, to), (_review, needs_note) in TRANSITIONS.items():
        if from_status == claim.status and transition_problem(claim=claim, to=to, actor=user, note="-") is None:
            moves.append({"to": to, "label": TRANSITION_LABELS[to], "needs_note": needs_note})
    return moves


@readable
def home(request):
    claims = selectors.attach_report_languages(list(selectors.claims_recent_published()))
    return render(request, "claims/home.html", {"claims": claims})


def _claim_page_context(request, claim: Claim, transition_form: TransitionForm | None = None) -> dict:
    quotes = list(claim.quotes.all())
    retraction = None
    if claim.status == Status.RETRACTED:
        retraction = next((e for e in reversed(claim.review_events.all()) if e.to_status == Status.RETRACTED), None)
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
    }


@readable
def claim_detail(request, pk: int):
    claim = selectors.claim_get_for_page(pk=pk, user=request.user)
    return render(request, "claims/claim_detail.html", _claim_page_context(request, claim))


@readable
def speaker_detail(request, pk: int):
    speaker, claims = selectors.speaker_get_for_page(pk=pk, user=request.user)
    if not is_team(request.user) and not speaker.visible_claims:
        raise Http404  # a speaker known only from unpublished work is unpublished work too
    paginator = Paginator(claims, selectors.SPEAKER_PAGE_SIZE)
    paginator.count = speaker.visible_claims  # counted with the speaker
    page = paginator.get_page(request.GET.get("page"))
    if page.number == 1:
        shown = selectors.speaker_first_page(speaker=speaker, user=request.user)
    else:
        shown = selectors.claims_of_speaker_page(list(page.object_list), speaker)
    return render(
        request,
        "claims/speaker_detail.html",
        {
            "speaker": speaker,
            "claims": shown,
            "page": page,
            "profile": selectors.speaker_profile_cached(speaker=speaker, claims=claims, user=request.user),
        },
    )


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
        except PermissionDenied as refusal:
            form.add_error(None, str(refusal))
        else:
            messages.success(request, _("Changes saved."))
            return redirect(claim)
    return render(request, "claims/claim_form.html", {"form": form, "claim": claim})


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
            form.add_error("note", refusal.messages[0] if isinstance(refusal, ValidationError) else str(refusal))
        else:
            messages.success(
                request, _("The claim is now “%(status)s”.") % {"status": Status(form.cleaned_data["to"]).label}
            )
            if origin == "review" and form.cleaned_data["to"] != Status.PUBLISHED:
                return redirect("claims:review_queue")
            return redirect(claim)
    claim = selectors.claim_get_for_page(pk=pk, user=request.user)
    if origin == "review" and is_editor(request.user):
        return render(request, "claims/review_detail.html", _review_context(request, claim, form), status=400)
    return render(request, "claims/claim_detail.html", _claim_page_context(request, claim, form), status=400)


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


def _review_context(request, claim: Claim, transition_form: TransitionForm | None = None) -> dict:
    context = _claim_page_context(request, claim, transition_form)
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
    return render(request, "claims/review_detail.html", _review_context(request, claim))


@login_required
def dashboard(request):
    return render(
        request,
        "claims/dashboard.html",
        {**selectors.dashboard(user=request.user), "is_editor": is_editor(request.user)},
    )


def _span_from(params, source: Source) -> tuple[int, int] | None:
    """The (start, end) a quote form was opened with: ?start=&end= or ?span=start-end; None if invalid."""
    try:
        if params.get("span"):
            start, end = (int(part) for part in params["span"].split("-", 1))
        else:
            start, end = int(params.get("start", "")), int(params.get("end", ""))
    except ValueError:
        return None
    if not 0 <= start < end <= len(source.text) or not source.text[start:end].strip():
        return None
    return start, end


@login_required
@permission_required("claims.add_quote", raise_exception=True)
def quote_new(request, pk: int):
    """Record a quote of a span of a source: the speaker, an existing claim it reports or a new one,
    and optionally a human translation. Same-statement suggestions come from the speaker and date."""
    from claims.speakers import speaker_search

    source = get_object_or_404(Source.objects.select_related("outlet"), pk=pk)
    params = request.POST if request.method == "POST" else request.GET
    span = _span_from(params, source)
    if span is None:
        messages.error(request, _("Select some words of the text to quote, or choose a sentence."))
        return redirect(source)
    start, end = span
    text = source.text[start:end]

    def chosen_speaker() -> Speaker | None:
        chosen = params.get("speaker", "")
        return selectors.speaker_with_names(int(chosen)) if chosen.isascii() and chosen.isdigit() else None

    # A POST reads the speaker through the form (it validates the id); the page shows them only when the
    # form is shown again.
    speaker = chosen_speaker() if request.method != "POST" else None
    query = params.get("speaker_q") or params.get("mention") or ""
    initial = {
        "start": start,
        "end": end,
        "kind": params.get("kind") or Quote.Kind.DIRECT,
        "claim": QuoteForm.NEW,
        "said_on": source.published_on,
        "summary_language": request.LANGUAGE_CODE[:2],
        "speaker": speaker.pk if speaker else None,
    }
    form = QuoteForm(request.POST if request.method == "POST" else None, initial=initial, user=request.user)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        claim = data.get("existing_claim")
        try:
            if claim is not None and not can_edit_claim(request.user, claim):
                raise PermissionDenied(_("You may not add reports to this claim: ask an editor to link it."))
            quote = quote_record(
                source=source,
                start=start,
                end=end,
                kind=data["kind"],
                actor=request.user,
                claim=claim,
                new_claim=None
                if claim
                else {
                    "speaker": data["speaker"],
                    "said_on": data["said_on"],
                    "summary": data["summary"],
                    "summary_language": data["summary_language"],
                    "occasion": data["occasion"],
                },
                translation=(data["translation_language"], data["translation_text"])
                if data["translation_text"].strip()
                else None,
            )
        except PermissionDenied as refusal:
            form.add_error("claim", str(refusal))
        except ValidationError as error:
            for problem in error.messages:
                form.add_error(None, problem)
        else:
            messages.success(request, _("Quote recorded."))
            return redirect(quote.claim)
    if request.method == "POST":
        speaker = chosen_speaker()
    suggestions = []
    if speaker is not None:
        translations = []
        if params.get("translation_text") and params.get("translation_language"):
            translations.append((params["translation_language"], params["translation_text"]))
        suggestions = [
            (claim, points, can_edit_claim(request.user, claim))
            for claim, points in selectors.statement_suggestions(
                speaker=speaker, day=source.published_on, text=text, language=source.language, translations=translations
            )
        ]
    before, _quoted, after = quote_context(source.text, start, end)
    return render(
        request,
        "claims/quote_form.html",
        {
            "source": source,
            "form": form,
            "text": text,
            "before": before,
            "after": after,
            "start": start,
            "end": end,
            "speaker": speaker,
            "speaker_query": query,
            "speaker_matches": speaker_search(query) if query and speaker is None else [],
            "suggestions": suggestions,
            "chosen_claim": str(form["claim"].value() or QuoteForm.NEW),
            "role": speaker.role_on(source.published_on) if speaker else None,
        },
        status=400 if request.method == "POST" else 200,
    )


@readable
def search_page(request):
    """/search/: one box, facets, highlighted results; every state lives in the URL."""
    staff = sees_every_status(request.user)
    filterset = SearchFilter(request.GET or None, queryset=search.visible_entries(request.user), staff=staff)
    query = request.GET.get("q", "").strip()
    order = "relevance" if request.GET.get("order") == "relevance" else "date"
    try:
        page_number = max(1, int(request.GET.get("page", "1")))
    except ValueError:
        page_number = 1
    searched = bool(query) or any(v for k, v in request.GET.items() if k not in {"q", "order", "page"})
    if searched:
        allowed, wait = search_allowed(request)
        if not allowed:
            message = _("Too many searches in a short time. Please wait %(seconds)d seconds and search again.") % {
                "seconds": wait
            }
            response = render(request, "errors/error.html", {"title": _("Too many searches"), "message": message})
            response.status_code = 429
            response["Retry-After"] = str(wait)
            return response
    results = None
    if searched and filterset.is_valid():
        results = search.search(
            entries=filterset.parts(request.user), query=query, order=order, page=page_number,
            rendered=search_result_html,
        )  # fmt: skip
    params = request.GET.copy()
    params.pop("page", None)
    suggestion_params = request.GET.copy()
    if results and results.suggestion:
        suggestion_params["q"] = results.suggestion
        suggestion_params.pop("page", None)
    return render(
        request,
        "claims/search.html",
        {
            "filter": filterset,
            "query": query,
            "order": order,
            "results": results,
            "facets_key": filterset.markup_key(),
            "facets_seconds": FACET_OPTIONS_SECONDS,
            "base_query": params.urlencode(),
            "suggestion_query": suggestion_params.urlencode(),
        },
    )
