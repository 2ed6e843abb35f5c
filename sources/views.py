from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render

from claims.access import readable
from sources.models import Source
from sources.selectors import source_get_for_page


@readable
def source_detail(request, pk: int):
    source, quotes, segments = source_get_for_page(pk=pk, user=request.user)
    if not request.user.is_authenticated and not quotes:
        # Readers reach sources through published claims; an unquoted capture is internal work.
        raise Http404
    return render(request, "sources/source_detail.html", {"source": source, "quotes": quotes, "segments": segments})


@login_required
def source_snapshot(request, pk: int):
    """The stored HTML snapshot (or text) exactly as captured, shown as inert plain text."""
    source = get_object_or_404(Source, pk=pk)
    response = HttpResponse(source.raw_html or source.text, content_type="text/plain; charset=utf-8")
    response["Content-Security-Policy"] = "sandbox; default-src 'none'"
    response["X-Content-Type-Options"] = "nosniff"
    return response
