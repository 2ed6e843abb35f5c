from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.access import is_team
from core.forms import add_refusal
from jobs.services import job_enqueue
from sources import selectors
from sources.fetch import FetchError
from sources.forms import CAPTURE_POST_MAX_BYTES, CaptureForm, SourceEditForm, SourceLanguageForm, SourceTrimForm
from sources.languages import LANGUAGE_NAMES
from sources.large_post import large_form_post
from sources.models import Outlet, Source
from sources.selectors import CAPTURE
from sources.services import (
    DuplicateSourceError,
    can_edit_source,
    can_trim_source,
    outlet_create,
    source_capture_html,
    source_capture_text,
    source_capture_url,
    source_set_language,
    source_trim,
    source_update,
)


@login_required
def source_list(request):
    if not is_team(request.user):
        raise PermissionDenied
    return render(request, "sources/source_list.html", {"sources": selectors.sources_recent()})


@large_form_post(CAPTURE_POST_MAX_BYTES)
@login_required
@permission_required("sources.add_source", raise_exception=True)
def source_capture(request):
    posted = request.method == "POST"
    form = CaptureForm(request.POST if posted else None, initial={"mode": "url"}, too_large=request.post_too_large)
    duplicate, similar = None, False
    if posted and form.is_valid():
        data, user = form.cleaned_data, request.user
        language = data["language"] or None
        allow_similar = data["different_article"]
        try:
            if data["mode"] == "url":
                source = source_capture_url(
                    url=data["url"], captured_by=user, language=language, allow_similar=allow_similar
                )
            elif data["mode"] == "html":
                source = source_capture_html(
                    html=data["html"],
                    captured_by=user,
                    url=data["source_url"] or None,
                    language=language,
                    allow_similar=allow_similar,
                )
            else:
                source = source_capture_text(
                    text=data["text"],
                    captured_by=user,
                    title=data["title"],
                    url=data["source_url"] or None,
                    language=language,
                    allow_similar=allow_similar,
                )
        except DuplicateSourceError as error:
            duplicate, similar = error.existing, error.similar
            form.add_error(None, error.messages[0])
        except FetchError as error:
            if error.transient:
                # The site may answer later: a job tries again (sources.tasks), and this page lists it.
                job_enqueue(
                    task=CAPTURE, label=data["url"], created_by=user, url=data["url"], actor_id=user.pk,
                    language=language, allow_similar=allow_similar,
                )  # fmt: skip
                messages.warning(
                    request,
                    _("%(problem)s It will be tried again in the background for about a quarter of an hour: "
                      "see “Captures tried again” below.") % {"problem": error.messages[0]},
                )  # fmt: skip
                return redirect("sources:capture")
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
    return render(
        request,
        "sources/capture.html",
        {"form": form, "duplicate": duplicate, "similar": similar, "retries": selectors.capture_retries(request.user)},
    )


def _outlet_named(name: str, actor) -> Outlet:
    """The outlet of this name (in any of its names), else a new one added by the actor."""
    found = Outlet.objects.filter(Q(name__iexact=name) | Q(name_en__iexact=name) | Q(name_uk__iexact=name)).first()
    return found or outlet_create(actor=actor, name=name)


@login_required
def source_edit(request, pk: int):
    """Correct the details of a source: title, outlet, date, author, language, address; and, until it is
    quoted, trim lines pasted with the article."""
    source = get_object_or_404(Source.objects.select_related("outlet"), pk=pk)
    if not can_edit_source(request.user, source):
        raise PermissionDenied(_("Only the analyst who captured this article, or an editor, may edit it."))
    posted = request.method == "POST"
    form = SourceEditForm(request.POST if posted else None, instance=Source.objects.get(pk=pk))
    duplicate = None
    if posted and form.is_valid():
        data = form.cleaned_data
        try:
            outlet = _outlet_named(data["new_outlet"], request.user) if data["new_outlet"] else data["outlet"]
            source = source_update(
                source=source,
                actor=request.user,
                title=data["title"],
                outlet=outlet,
                published_on=data["published_on"],
                author=data["author"],
                language=data["language"],
                url=data["url"] or None,
            )
        except DuplicateSourceError as taken:  # the address: said by its field, with the article that has it
            form.add_error("url", taken.messages[0])
            duplicate = taken.existing
        except (PermissionDenied, ValidationError) as refusal:
            add_refusal(form, refusal)
        else:
            messages.success(request, _("Changes saved."))
            return redirect(source)
    return render(
        request,
        "sources/source_edit.html",
        {
            "source": source,
            "form": form,
            "duplicate": duplicate,
            "trim_form": SourceTrimForm() if can_trim_source(request.user, source) else None,
            "lines": source.text.split("\n")[:5],
            "last_lines": source.text.split("\n")[-5:],
        },
        status=400 if posted else 200,
    )


@require_POST
@login_required
def source_trim_view(request, pk: int):
    source = get_object_or_404(Source, pk=pk)
    form = SourceTrimForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Enter a number of lines of zero or more."))
        return redirect("sources:edit", pk=source.pk)
    try:
        source_trim(
            source=source,
            actor=request.user,
            leading=form.cleaned_data["leading"],
            trailing=form.cleaned_data["trailing"],
        )
    except PermissionDenied as refusal:
        raise PermissionDenied(str(refusal)) from refusal
    except ValidationError as error:
        messages.error(request, error.messages[0])
        return redirect("sources:edit", pk=source.pk)
    messages.success(request, _("The text was trimmed."))
    return redirect(source)


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
def source_snapshot(request, pk: int):
    """The stored HTML snapshot (or text) exactly as captured, shown as inert plain text."""
    if not is_team(request.user):
        raise PermissionDenied
    source = get_object_or_404(Source, pk=pk)
    response = HttpResponse(source.raw_html or source.text, content_type="text/plain; charset=utf-8")
    response["Content-Security-Policy"] = "sandbox; default-src 'none'"
    response["X-Content-Type-Options"] = "nosniff"
    return response
