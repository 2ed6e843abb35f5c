from django.http import Http404
from django.shortcuts import render

from claims.access import readable
from sources.selectors import source_get_for_page


@readable
def source_detail(request, pk: int):
    source, quotes, segments = source_get_for_page(pk=pk, user=request.user)
    if not request.user.is_authenticated and not quotes:
        # Readers reach sources through published claims; an unquoted capture is internal work.
        raise Http404
    return render(request, "sources/source_detail.html", {"source": source, "quotes": quotes, "segments": segments})
