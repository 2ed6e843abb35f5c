"""Open data: exports of search results (CSV, CSV with semicolons, JSON Lines, XLSX), the bulk import
pages and the jobs page."""

import tempfile

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, JsonResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from claims.permissions import is_editor
from core.access import readable
from interchange.exports import csv_chunks, export_selection, jsonl_chunks, write_xlsx
from interchange.forms import ImportForm
from interchange.importing import ImportReport
from interchange.tasks import IMPORT
from jobs.models import Job
from jobs.services import job_enqueue

CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "jsonl": "application/x-ndjson; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def _export(request, format: str, *, delimiter: str = ","):
    """The search page's selection for the same query string, streamed: memory stays flat for any size."""
    selection = export_selection(user=request.user, params=request.GET)
    if not selection.valid:
        return JsonResponse({"errors": selection.filterset.errors.get_json_data()}, status=400)
    return export_response(selection, format, delimiter=delimiter)


def export_response(selection, format: str, *, delimiter: str = ","):
    """A valid selection as a file to download (the pages' and the API's exports)."""
    if format == "xlsx":
        # Written to a temporary file (spilled to disk past a few MB), then streamed from it.
        spool = tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024)  # noqa: SIM115 - FileResponse closes it
        write_xlsx(selection, spool)
        spool.seek(0)
        filename = f"claims-{timezone.localdate():%Y-%m-%d}.xlsx"
        response = FileResponse(spool, as_attachment=True, filename=filename, content_type=CONTENT_TYPES["xlsx"])
        response["X-Content-Type-Options"] = "nosniff"
        return response
    chunks = csv_chunks(selection, delimiter=delimiter) if format == "csv" else jsonl_chunks(selection)
    response = StreamingHttpResponse(chunks, content_type=CONTENT_TYPES[format])
    filename = f"claims-{timezone.localdate():%Y-%m-%d}{'-semicolon' if delimiter == ';' else ''}.{format}"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response


@readable
def export_csv(request):
    return _export(request, "csv")


@readable
def export_csv_semicolon(request):
    return _export(request, "csv", delimiter=";")


@readable
def export_jsonl(request):
    return _export(request, "jsonl")


@readable
def export_xlsx(request):
    return _export(request, "xlsx")


def _editor_only(request) -> None:
    if not is_editor(request.user):
        raise PermissionDenied(_("Only editors may import data."))


@login_required
def import_page(request):
    """Upload a JSON Lines or CSV file: it is stored and imported by a job, whose page shows the progress
    and then the report. The editor's recent imports are listed, to come back to one later."""
    _editor_only(request)
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        job = job_enqueue(
            task=IMPORT,
            label=upload.name or "",
            created_by=request.user,
            payload=b"".join(upload.chunks()),
            format=form.cleaned_data["format"],
            dry_run=form.cleaned_data["dry_run"],
            actor_id=request.user.pk,
        )
        return redirect("interchange:data_import_job", pk=job.pk)
    recent = Job.objects.filter(task=IMPORT, created_by=request.user).defer("payload", "result")[:10]
    status = 400 if request.method == "POST" else 200
    return render(request, "claims/import.html", {"form": form, "recent": recent}, status=status)


@login_required
def import_job(request, pk: int):
    """One import: its progress while it runs (the page reloads itself), then its report or its error."""
    _editor_only(request)
    job = get_object_or_404(Job.objects.defer("payload"), pk=pk, task=IMPORT)
    report = ImportReport.from_dict(job.result) if job.result else None
    response = render(request, "claims/import_job.html", {"job": job, "report": report})
    if not job.finished:
        response["Refresh"] = "2"  # the browser reloads the page until the job ends: no script needed
    return response


@login_required
def job_list(request):
    """Recent background jobs, failed ones first, with their errors: for editors to see what went wrong."""
    if not is_editor(request.user):
        raise PermissionDenied(_("Only editors may see the background jobs."))
    failed = Job.objects.filter(status__in=[Job.Status.FAILED, Job.Status.RETRYING]).defer("payload", "result")
    recent = Job.objects.exclude(pk__in=failed.values("pk")).defer("payload", "result")
    return render(
        request, "claims/jobs.html", {"failed": failed[:50], "recent": recent.select_related("created_by")[:50]}
    )
