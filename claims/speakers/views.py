from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from claims.http import reader_conditional
from claims.models import Speaker
from claims.permissions import is_editor
from claims.speakers.forms import MergeTargetForm, SpeakerForms, SpeakerQuickForm
from claims.speakers.search import speaker_duplicates, speaker_search, speakers_all
from claims.speakers.selectors import (
    SPEAKER_PAGE_SIZE,
    claims_of_speaker_page,
    speaker_get_for_page,
    speaker_profile_cached,
)
from claims.speakers.services import speaker_create, speaker_merge, speaker_merge_plan, speaker_update
from core.access import is_team, readable

SEARCH_LIMIT = 50
AUTOCOMPLETE_LIMIT = 10
MAX_QUERY_LENGTH = 200


def _query(request) -> str:
    return request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]


@login_required  # a directory of everyone tracked, drafts included, is for the team, not for readers
def speaker_list(request):
    if not is_team(request.user):
        raise PermissionDenied
    query = _query(request)
    page = None
    if query:
        speakers = speaker_search(query, limit=SEARCH_LIMIT)
    else:
        page = Paginator(speakers_all(), 50).get_page(request.GET.get("page"))
        speakers = page.object_list
    today = timezone.localdate()
    return render(
        request,
        "claims/speaker_list.html",
        {"query": query, "page": page, "rows": [(speaker, speaker.role_on(today)) for speaker in speakers]},
    )


def _speaker_for_form(pk: int) -> Speaker:
    return get_object_or_404(Speaker.objects.prefetch_related("names", "aliases", "roles"), pk=pk)


def _next_url(request) -> str:
    """Where to go back to after adding a speaker (the quote form that asked), if it is on this site."""
    wanted = request.POST.get("next") or request.GET.get("next") or ""
    safe = url_has_allowed_host_and_scheme(wanted, allowed_hosts={request.get_host()}, require_https=False)
    return wanted if safe and wanted.startswith("/") else ""


def _with_speaker(url: str, speaker: Speaker) -> str:
    return f"{url}{'&' if '?' in url else '?'}speaker={speaker.pk}"


def _wants_json(request) -> bool:
    return "application/json" in request.headers.get("Accept", "")


@login_required
@permission_required("claims.add_speaker", raise_exception=True)
def speaker_new(request):
    """The speaker form. From the quote form it comes with `next` (and `name`, typed there): saving then
    returns to that quote form with the new speaker chosen. The quote form's dialog posts the short form
    (`quick`) with fetch and gets JSON back."""
    next_url = _next_url(request)
    if request.POST.get("quick"):
        return _speaker_new_quick(request, next_url)
    typed = request.GET.get("name", "").strip()[:300]
    kind = request.GET.get("kind", "")
    forms = SpeakerForms(
        request.POST if request.method == "POST" else None,
        initial_name=typed,
        initial_kind=kind if kind in Speaker.Kind.values else "",
    )
    duplicates = []
    if request.method == "POST" and forms.is_valid():
        arguments = forms.service_arguments()
        duplicates = [] if forms.form.cleaned_data["confirm_duplicate"] else _duplicates_of(arguments)
        if duplicates:
            forms.form.add_error(None, _("A speaker with this name or spelling already exists."))
        else:
            try:
                speaker = speaker_create(actor=request.user, **arguments)
            except ValidationError as error:
                forms.add_service_error(error)
            else:
                messages.success(request, _("Speaker added."))
                return redirect(_with_speaker(next_url, speaker) if next_url else speaker)
    status = 400 if request.method == "POST" else 200
    return render(
        request,
        "claims/speaker_form.html",
        {"forms": forms, "speaker": None, "next": next_url, "duplicates": duplicates},
        status=status,
    )


def _duplicates_of(arguments: dict) -> list[Speaker]:
    return speaker_duplicates([arguments["name"], *arguments["names"].values(), *arguments["aliases"]])


def _speaker_new_quick(request, next_url: str):
    form = SpeakerQuickForm(request.POST)
    duplicates = []
    if form.is_valid():
        data = form.cleaned_data
        duplicates = [] if data["confirm_duplicate"] else speaker_duplicates([data["name"]])
        if duplicates:
            form.add_error(None, _("A speaker with this name or spelling already exists."))
        else:
            try:
                speaker = speaker_create(actor=request.user, name=data["name"], kind=data["kind"])
            except ValidationError as error:
                form.add_error(None, error)
            else:
                target = _with_speaker(next_url, speaker) if next_url else speaker.get_absolute_url()
                if _wants_json(request):
                    return JsonResponse({"id": speaker.pk, "name": speaker.name, "url": target}, status=201)
                messages.success(request, _("Speaker added."))
                return redirect(target)
    if _wants_json(request):
        return JsonResponse(
            {
                "errors": [str(message) for messages_ in form.errors.values() for message in messages_],
                "duplicates": [{"name": d.localized_name(), "url": d.get_absolute_url()} for d in duplicates],
                "confirm_label": str(form.fields["confirm_duplicate"].label),
            },
            status=400,
        )
    # Without JavaScript the dialog's form posts here as a page: the full form, keeping what was typed.
    forms = SpeakerForms(initial_name=request.POST.get("name", ""), initial_kind=request.POST.get("kind", ""))
    return render(
        request,
        "claims/speaker_form.html",
        {"forms": forms, "speaker": None, "next": next_url, "duplicates": duplicates},
        status=400,
    )


@login_required
@permission_required("claims.change_speaker", raise_exception=True)
def speaker_edit(request, pk: int):
    speaker = _speaker_for_form(pk)
    forms = SpeakerForms(request.POST if request.method == "POST" else None, speaker=speaker)
    if request.method == "POST" and forms.is_valid():
        try:
            speaker = speaker_update(speaker=speaker, actor=request.user, **forms.service_arguments())
        except ValidationError as error:
            forms.add_service_error(error)
        else:
            messages.success(request, _("Changes saved."))
            return redirect(speaker)
    status = 400 if request.method == "POST" else 200
    return render(request, "claims/speaker_form.html", {"forms": forms, "speaker": speaker}, status=status)


@login_required
def speaker_merge_view(request, pk: int):
    """Choose the speaker to merge into by search, see what would move, confirm."""
    if not is_editor(request.user):
        raise PermissionDenied(_("Only editors may merge speakers."))
    source = _speaker_for_form(pk)
    if request.method == "POST":
        form = MergeTargetForm(request.POST)
        if form.is_valid():
            try:
                plan = speaker_merge(source=source, target=form.cleaned_data["target"], actor=request.user)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                count = plan.claim_count
                messages.success(
                    request,
                    ngettext(
                        "“%(source)s” was merged into this speaker: %(count)d claim moved.",
                        "“%(source)s” was merged into this speaker: %(count)d claims moved.",
                        count,
                    )
                    % {"source": plan.source.name, "count": count},
                )
                return redirect(plan.target)
        return render(request, "claims/speaker_merge.html", _merge_search(request, source, form), status=400)

    chosen = MergeTargetForm(request.GET) if "target" in request.GET else None
    if chosen is not None and chosen.is_valid():
        target = chosen.cleaned_data["target"]
        if target.pk == source.pk:
            chosen.add_error(None, _("A speaker cannot be merged into itself."))
        else:
            target = _speaker_for_form(target.pk)
            return render(
                request,
                "claims/speaker_merge.html",
                {"source": source, "target": target, "plan": speaker_merge_plan(source=source, target=target)},
            )
    return render(request, "claims/speaker_merge.html", _merge_search(request, source, chosen))


def _merge_search(request, source: Speaker, form: MergeTargetForm | None) -> dict:
    # Duplicates usually share a name, so the search starts from this speaker's own.
    query = _query(request) if "q" in request.GET else source.name
    candidates = speaker_search(query, limit=SEARCH_LIMIT, exclude=source) if query else []
    return {"source": source, "query": query, "candidates": candidates, "form": form}


def _as_json(speaker: Speaker, today) -> dict:
    name = speaker.localized_name()
    role = speaker.role_on(today)
    return {
        "id": speaker.pk,
        "name": name,
        "label": f"{name} — {role}" if role else name,
        "names": {entry.language: entry.name for entry in speaker.names.all()},
        "aliases": [entry.alias for entry in speaker.aliases.all()],
    }


def speaker_search_json(request):
    """Autocomplete: `{"results": [{"id", "name", "label", "names": {language: name}, "aliases"}]}`."""
    if not request.user.is_authenticated:
        # A script calling this wants a status it can act on, not the login page's HTML.
        return JsonResponse({"error": _("Log in to search speakers.")}, status=401)
    if not is_team(request.user):
        return JsonResponse({"error": _("Only the team may search speakers.")}, status=403)
    query = _query(request)
    speakers = speaker_search(query, limit=AUTOCOMPLETE_LIMIT) if query else []
    today = timezone.localdate()
    return JsonResponse({"results": [_as_json(speaker, today) for speaker in speakers]})


@readable
@reader_conditional
def speaker_detail(request, pk: int):
    speaker, claims = speaker_get_for_page(pk=pk, user=request.user)
    if not is_team(request.user) and not speaker.visible_claims:
        raise Http404  # a speaker known only from unpublished work is unpublished work too
    paginator = Paginator(claims, SPEAKER_PAGE_SIZE)
    paginator.count = speaker.visible_claims  # counted with the speaker
    page = paginator.get_page(request.GET.get("page"))
    # The page's claims are read only when the timeline's markup is not kept (it is kept with the profile).
    shown = SimpleLazyObject(lambda: claims_of_speaker_page(list(page.object_list), speaker))
    return render(
        request,
        "claims/speaker_detail.html",
        {
            "speaker": speaker,
            "claims": shown,
            "page": page,
            "profile": speaker_profile_cached(speaker=speaker, claims=claims, user=request.user),
        },
    )
