from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from claims.access import readable
from claims.permissions import is_team
from sources import selectors
from sources.fetch import FetchError
from sources.forms import CaptureForm, SourceLanguageForm
from sources.languages import LANGUAGE_NAMES
from sources.models import Source
from sources.services import (
    DuplicateSourceError,
    source_capture_html,
    source_capture_text,
    source_capture_url,
    source_set_language,
)


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
            "sentences": selectors.sentence_spans(source.text) if can_quote else [],
            "language_form": SourceLanguageForm(instance=source)
            if request.user.has_perm("sources.change_source")
            else None,
        },
    )


@login_required
def source_list(request):
    if not is_team(request.user):
        raise PermissionDenied
    return render(request, "sources/source_list.html", {"sources": selectors.sources_recent()})


@login_required
@permission_required("sources.add_source", raise_exception=True)
def source_capture(request):
    form = CaptureForm(request.POST or None, initial={"mode": "url"})
    duplicate = None
    if request.method == "POST" and form.is_valid():
        data, user = form.cleaned_data, request.user
        language = data["language"] or None
        try:
            if data["mode"] == "url":
                source = source_capture_url(url=data["url"], captured_by=user, language=language)
            elif data["mode"] == "html":
                source = source_capture_html(
                    html=data["html"], captured_by=user, url=data["source_url"] or None, language=language
                )
            else:
                source = source_capture_text(
                    text=data["text"],
                    captured_by=user,
                    title=data["title"],
                    url=data["source_url"] or None,
                    language=language,
                )
        except DuplicateSourceError as error:
            duplicate = error.existing
            form.add_error(None, error.messages[0])
        except FetchError as error:
            form.add_error("url", error.messages[0])
        except ValidationError as error:
            if hasattr(error, "error_dict"):
                for field, problems in error.message_dict.items():
                    # "No article text" is about the page given (its address or HTML): show it by the box the
                    # user filled in, not by the text box, which is hidden in those modes.
                    if field == "text" and data["mode"] in {"url", "html"}:
                        field = data["mode"]
                    form.add_error(field if field in form.fields else None, problems)
            else:
                form.add_error(None, error.messages)
        else:
            if language:
                messages.success(request, _("Article captured."))
            else:
                messages.success(
                    request,
                    _("Article captured. Language detected: %(language)s; change it below if that is wrong.")
                    % {"language": LANGUAGE_NAMES.get(source.language, source.language)},
                )
            return redirect(source)
    return render(request, "sources/capture.html", {"form": form, "duplicate": duplicate})


@require_POST
@login_required
@permission_required("sources.change_source", raise_exception=True)
def source_language(request, pk: int):
    source = get_object_or_404(Source, pk=pk)
    form = SourceLanguageForm(request.POST, instance=source)
    if form.is_valid():
        source_set_language(source=source, language=form.cleaned_data["language"], actor=request.user)
        messages.success(request, _("Language confirmed."))
    else:
        messages.error(request, _("Choose a language from the list."))
    return redirect(source)


@login_required
@permission_required("claims.add_quote", raise_exception=True)
def source_candidates(request, pk: int):
    from claims.selectors import speaker_refs
    from extraction import extract_candidates

    source = get_object_or_404(Source, pk=pk)
    candidates = extract_candidates(source.text, language=source.language, speakers=speaker_refs())
    taken = {(quote.start, quote.end) for quote in source.quotes.all()}
    return render(
        request,
        "sources/candidates.html",
        {"source": source, "candidates": [c for c in candidates if (c.start, c.end) not in taken]},
    )


@login_required
def source_snapshot(request, pk: int):
    """The stored HTML snapshot (or text) exactly as captured, shown as inert plain text."""
    if not is_team(request.user):
        raise PermissionDenied
    source = get_object_or_404(Source, pk=pk)
    response = HttpResponse(source.raw_html or source.text, content_type="text/plain; charset=utf-8")
    response["Content-Security-Policy"] = "sandbox; default-src 'none'"
    response["X-Content-Type-Options"] = "nosniff"
    return response
