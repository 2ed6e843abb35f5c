"""The search page: one box, facets and highlighted results; every state lives in the URL."""

from django.shortcuts import render
from django.utils.translation import gettext as _

from claims.filters import SearchFilter, facets_fragment_key
from claims.http import reader_conditional
from claims.permissions import (
    sees_every_status,
)
from claims.search import queries
from claims.throttles import search_allowed
from core.access import readable


@readable
@reader_conditional
def search_page(request):
    """/search/: one box, facets, highlighted results; every state lives in the URL."""
    staff = sees_every_status(request.user)
    filterset = SearchFilter(request.GET or None, queryset=queries.visible_entries(request.user), staff=staff)
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
        results = queries.search(entries=filterset.parts(request.user), query=query, order=order, page=page_number)
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
            "facets_key": facets_fragment_key(filterset, request.GET),
        },
    )
