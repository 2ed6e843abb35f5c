"""Open data: exports of search results (CSV, JSON Lines) and the bulk import page."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse, StreamingHttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

from claims.access import readable
from claims.exports import csv_chunks, export_selection, jsonl_chunks
from claims.forms_import import ImportForm
from claims.importing import import_file
from claims.permissions import is_editor

CONTENT_TYPES = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson; charset=utf-8"}


def _export(request, format: str):
    """The search page's selection for the same query string, streamed: memory stays flat for any size."""
    selection = export_selection(user=request.user, params=request.GET)
    if not selection.valid:
        return JsonResponse({"errors": selection.filterset.errors.get_json_data()}, status=400)
    chunks = csv_chunks(selection) if format == "csv" else jsonl_chunks(selection)
    response = StreamingHttpResponse(chunks, content_type=CONTENT_TYPES[format])
    filename = f"claims-{timezone.localdate():%Y-%m-%d}.{format}"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response


@readable
def export_csv(request):
    return _export(request, "csv")


@readable
def export_jsonl(request):
    return _export(request, "jsonl")


@login_required
def import_page(request):
    """Upload a JSON Lines or CSV file; the report of the import (or of the dry run) comes back on the page."""
    if not is_editor(request.user):
        raise PermissionDenied(_("Only editors may import data."))
    form = ImportForm(request.POST or None, request.FILES or None)
    report, status = None, 200
    if request.method == "POST":
        if form.is_valid():
            upload = form.cleaned_data["file"]
            upload.open("rb")
            try:
                report = import_file(
                    upload.file,
                    format=form.cleaned_data["format"],
                    actor=request.user,
                    dry_run=form.cleaned_data["dry_run"],
                )
            finally:
                upload.close()
            status = 200 if report.ok else 400
        else:
            status = 400
    return render(request, "claims/import.html", {"form": form, "report": report}, status=status)
