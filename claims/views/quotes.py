"""Reports: a source's page with its quotes and its suggested quotes, recording a quote of a source (the quote
form), moving and correcting it, its translations."""

import re

from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from claims import selectors
from claims.forms import (
    MoveForm,
    QuoteCorrectForm,
    QuoteForm,
    TranslationForm,
)
from claims.models import Claim, Quote, Speaker, Translation
from claims.permissions import (
    can_translate,
    sees_claim,
    sees_report,
)
from claims.review_selectors import report_get
from claims.services import (
    quote_correct,
    quote_move,
    quote_record,
    translation_create,
    translation_delete,
    translation_update,
)
from claims.speakers.forms import SpeakerQuickForm
from claims.speakers.search import speaker_search
from claims.speakers.selectors import speaker_with_names
from claims.suggestions import Known, page_count, suggestions_job_ensure, suggestions_page_for
from core.access import is_team, readable
from core.forms import add_refusal
from sources.forms import SourceLanguageForm
from sources.models import Source
from sources.selectors import quote_context, sentence_spans
from sources.services import can_edit_source

# Double quote marks anywhere; single ones only where they are not an apostrophe between letters (Moscow’s).
QUOTE_MARKS = re.compile(r"[\"«»“”„‟‹›「」]|(?<!\w)['‘’‚]|['‘’‚](?!\w)")


def default_kind(text: str) -> str:
    """Direct when the span holds quote marks, indirect (a paraphrase) otherwise; the analyst may change it."""
    return Quote.Kind.DIRECT if QUOTE_MARKS.search(text) else Quote.Kind.INDIRECT


def speaker_kind(params) -> str:
    """The kind a suggestion read its new speaker as (?speaker_kind=), when it is one; a person otherwise."""
    kind = params.get("speaker_kind", "")
    return kind if kind in Speaker.Kind.values else Speaker.Kind.PERSON


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
        try:
            quote = quote_record(source=source, start=start, end=end, actor=request.user, **form.record_arguments())
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
        suggestions = selectors.quote_form_suggestions(
            user=request.user, speaker=speaker, source=source, text=text, translations=translations
        )
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
            # A new speaker from a suggestion comes with what it reads as ("organization" for an outlet).
            "speaker_quick_form": SpeakerQuickForm(initial={"name": query, "kind": speaker_kind(params)}),
        },
        status=400 if request.method == "POST" else 200,
    )


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


def _report_form_page(request, form, quote, save, *, saved: str, template: str, context: dict):
    """A report's form answered: on a valid POST, `save(cleaned_data)` (a service), the `saved` message and
    back to the claim; a refusal goes on the form with what was typed, answered 400."""
    if request.method == "POST" and form.is_valid():
        try:
            save(form.cleaned_data)
        except (PermissionDenied, ValidationError) as refusal:
            add_refusal(form, refusal)
        else:
            messages.success(request, saved)
            return redirect(quote.claim)
    return render(
        request, template, {"form": form, "quote": quote, **context}, status=400 if request.method == "POST" else 200
    )


def _translation_page(request, form, quote, translation, save):
    return _report_form_page(
        request, form, quote, save, saved=_("Translation saved."), template="claims/translation_form.html",
        context={"translation": translation},
    )  # fmt: skip


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

    def save(data):
        quote_correct(quote=quote, actor=request.user, **data)

    return _report_form_page(
        request, form, quote, save, saved=_("Report corrected."), template="claims/quote_correct.html", context={}
    )


# --- a source's page and its suggested quotes -----------------------------------------------------


@readable
def source_detail(request, pk: int):
    source, quotes, segments = selectors.source_get_for_page(pk=pk, user=request.user)
    if not is_team(request.user) and not quotes:
        # Readers reach sources through published claims; an unquoted capture is internal work.
        raise Http404
    can_quote = request.user.has_perm("claims.add_quote")
    return render(
        request,
        "sources/source_detail.html",
        {
            "source": source,
            "quotes": quotes,
            "segments": segments,
            "can_quote": can_quote,
            "sentences": sentence_spans(source.text) if can_quote else [],
            "language_form": SourceLanguageForm(instance=source)
            if request.user.has_perm("sources.change_source")
            else None,
            "can_edit": can_edit_source(request.user, source),
        },
    )


@login_required
@permission_required("claims.add_quote", raise_exception=True)
def source_candidates(request, pk: int):
    """The quotes extraction suggests in a source, a page of text at a time, each with a link to the quote form."""
    source = get_object_or_404(Source, pk=pk)
    try:
        number = int(request.GET.get("page", 1))
    except ValueError:
        number = 1
    known = Known.read()
    pages = page_count(source.text)
    job = suggestions_job_ensure(source=source, pages=pages, known=known, actor=request.user)
    page = suggestions_page_for(source=source, pages=pages, number=number, known=known, job=job, user=request.user)
    response = render(request, "sources/candidates.html", {"source": source, "job": job, "page": page})
    if job is not None and not job.finished:
        response["Refresh"] = "2"  # the browser reloads the page until the job ends: no script needed
    return response
