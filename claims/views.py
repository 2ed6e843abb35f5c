import re

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
from claims.filters import SearchFilter
from claims.forms import (
    ClaimForm,
    MergeForm,
    MoveForm,
    NoteForm,
    QuoteCorrectForm,
    QuoteForm,
    ReportDecisionForm,
    TransitionForm,
    TranslationForm,
)
from claims.http import reader_conditional
from claims.models import Claim, Quote, Speaker, Translation
from claims.permissions import (
    can_edit_claim,
    can_translate,
    is_editor,
    sees_claim,
    sees_every_status,
    sees_report,
    sees_workflow,
)
from claims.review_selectors import claim_merged_into, report_get, reports_proposed
from claims.services import (
    StaleClaimError,
    claim_create,
    claim_merge,
    claim_note_add,
    claim_transition,
    claim_update,
    quote_correct,
    quote_move,
    quote_record,
    report_target_problem,
    report_transition,
    translation_create,
    translation_delete,
    translation_update,
)
from claims.speakers.forms import SpeakerQuickForm
from claims.speakers.search import speaker_search
from claims.speakers.selectors import speaker_with_names
from claims.throttles import search_allowed
from claims.workflow import TRANSITIONS, adds_directly, transition_problem
from core.forms import add_refusal
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
        request, "claims/home.html", {"recent": selectors.recent_published_rows, "generation": search.page_generation()}
    )


def _notes(user, claim: Claim) -> list:
    """The note thread between the author and the editors (from the prefetched events), for them alone."""
    if not sees_workflow(user, claim):
        return []
    return [event for event in claim.review_events.all() if event.action == event.Action.NOTE or event.note]


def _claim_page_context(request, claim: Claim, transition_form: TransitionForm | None = None) -> dict:
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
    return render(request, "claims/claim_detail.html", _claim_page_context(request, claim))


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


# Double quote marks anywhere; single ones only where they are not an apostrophe between letters (Moscow’s).
QUOTE_MARKS = re.compile(r"[\"«»“”„‟‹›「」]|(?<!\w)['‘’‚]|['‘’‚](?!\w)")


def default_kind(text: str) -> str:
    """Direct when the span holds quote marks, indirect (a paraphrase) otherwise; the analyst may change it."""
    return Quote.Kind.DIRECT if QUOTE_MARKS.search(text) else Quote.Kind.INDIRECT


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
        return speaker_with_names(int(chosen)) if chosen.isascii() and chosen.isdigit() else None

    # A POST reads the speaker through the form (it validates the id); the page shows them only when the
    # form is shown again.
    speaker = chosen_speaker() if request.method != "POST" else None
    query = params.get("speaker_q") or params.get("mention") or ""
    initial = {
        "start": start,
        "end": end,
        "kind": params.get("kind") or default_kind(text),
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
            if quote.report_status == Quote.ReportStatus.PROPOSED:
                messages.success(request, _("Report proposed: an editor will add it to the claim."))
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
            {
                "claim": claim,
                "points": points,
                "direct": adds_directly(request.user, claim),
                "problem": report_target_problem(claim=claim, actor=request.user),
                "quotes": [quote for quote in claim.quotes.all() if sees_report(request.user, quote, claim)],
            }
            for claim, points in selectors.statement_suggestions(
                speaker=speaker, day=source.published_on, text=text, language=source.language,
                translations=translations, user=request.user,
            )
        ]  # fmt: skip
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
            # The speaker dialog (and its page, without JavaScript) comes back here with the span and kind.
            "here": request.get_full_path() if request.method == "GET" else "",
            "speaker_quick_form": SpeakerQuickForm(initial={"name": query}),
        },
        status=400 if request.method == "POST" else 200,
    )


@readable
@reader_conditional
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
        results = search.search(entries=filterset.parts(request.user), query=query, order=order, page=page_number)
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
            "base_query": params.urlencode(),
            "suggestion_query": suggestion_params.urlencode(),
        },
    )


# --- proposed reports, merges, moves, notes ---------------------------------------------------------


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
def quote_move_view(request, pk: int):
    quote = report_get(pk=pk)
    form = MoveForm(request.POST)
    target = Claim.objects.filter(pk=form.cleaned_data["to"]).first() if form.is_valid() else None
    try:
        if target is None:
            raise PermissionDenied(_("Say which claim to move the report to, by its number."))
        quote_move(quote=quote, to=target, actor=request.user, note=form.cleaned_data["note"])
    except PermissionDenied as refusal:
        messages.error(request, str(refusal))
        return redirect(quote.claim)
    messages.success(request, _("Report moved."))
    return redirect(target)


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
        context = _review_context(request, claim)
        context["note_form"] = form
        return render(request, "claims/review_detail.html", context, status=400)
    context = _claim_page_context(request, claim)
    context["note_form"] = form
    return render(request, "claims/claim_detail.html", context, status=400)


def _translation_page(request, form, quote, translation, save):
    """The translation form's answer: on a valid POST, `save(cleaned_data)` (a service) and back to the
    claim; a refusal goes on the form with what was typed, answered 400."""
    if request.method == "POST" and form.is_valid():
        try:
            save(form.cleaned_data)
        except (PermissionDenied, ValidationError) as refusal:
            add_refusal(form, refusal)
        else:
            messages.success(request, _("Translation saved."))
            return redirect(quote.claim)
    return render(
        request,
        "claims/translation_form.html",
        {"form": form, "quote": quote, "translation": translation},
        status=400 if request.method == "POST" else 200,
    )


@login_required
def translation_new(request, pk: int):
    """Add a translation of a report (quote `pk`)."""
    quote = report_get(pk=pk)
    if not can_translate(request.user, quote.claim, quote):
        raise PermissionDenied(_("You may not change translations of this claim."))

    def save(data):
        translation_create(
            quote=quote, language=data["language"], text=data["text"].strip(), translator=request.user,
            method=data["method"], engine=data["engine"] if data["method"] == Translation.Method.MACHINE else "",
        )  # fmt: skip

    return _translation_page(request, TranslationForm(request.POST or None), quote, None, save)


@login_required
def translation_edit(request, pk: int):
    translation = get_object_or_404(Translation.objects.select_related("quote__claim", "quote__source"), pk=pk)
    quote = translation.quote
    if quote is None or not can_translate(request.user, quote.claim, quote):
        raise PermissionDenied(_("You may not change translations of this claim."))
    if request.method == "POST" and request.POST.get("remove"):
        translation_delete(translation=translation, actor=request.user)
        messages.success(request, _("Translation removed."))
        return redirect(quote.claim)
    initial = {"language": translation.language, "text": translation.text, "method": translation.method}
    initial["engine"] = translation.engine
    form = TranslationForm(request.POST or None, initial=initial)
    form.fields["language"].disabled = True

    def save(data):
        translation_update(
            translation=translation, actor=request.user, text=data["text"], method=data["method"],
            engine=data["engine"],
        )  # fmt: skip

    return _translation_page(request, form, quote, translation, save)


@login_required
def quote_correct_view(request, pk: int):
    """Correct a report's kind and span while its claim is a draft or the report is proposed."""
    quote = report_get(pk=pk)
    if not (sees_claim(request.user, quote.claim) and sees_report(request.user, quote, quote.claim)):
        raise Http404
    form = QuoteCorrectForm(request.POST or None, initial={"kind": quote.kind, "start": quote.start, "end": quote.end})
    if request.method == "POST" and form.is_valid():
        try:
            quote_correct(quote=quote, actor=request.user, **form.cleaned_data)
        except (PermissionDenied, ValidationError) as refusal:
            add_refusal(form, refusal)
        else:
            messages.success(request, _("Report corrected."))
            return redirect(quote.claim)
    return render(
        request,
        "claims/quote_correct.html",
        {"form": form, "quote": quote},
        status=400 if request.method == "POST" else 200,
    )
