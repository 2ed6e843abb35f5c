"""Reads for the editors' side of reports and merges: the proposed reports waiting for a decision and the
claims a report may move to. Kept apart from claims.selectors, which holds the pages' compiled queries."""

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404

from claims.models import Claim, Quote

GONE = (Claim.Status.DELETED, Claim.Status.MERGED)


def reports_proposed() -> QuerySet[Quote]:
    """Proposed reports of claims still in use, the longest-waiting first, with what the queue shows."""
    return (
        Quote.objects.filter(report_status=Quote.ReportStatus.PROPOSED)
        .exclude(claim__status__in=GONE)
        .select_related("claim__speaker", "claim__author", "source__outlet", "created_by")
        .defer("source__text", "source__raw_html")
        .prefetch_related("translations")
        .order_by("created_at", "pk")
    )


def report_get(*, pk: int) -> Quote:
    """One report with its claim and source, for the decision and correction views (404 when unknown)."""
    return get_object_or_404(Quote.objects.select_related("claim", "source"), pk=pk)


def claim_merged_into(*, pk: int) -> int | None:
    """The claim a merged claim's page redirects to, or None when `pk` was not merged."""
    return Claim.objects.filter(pk=pk, merged_into__isnull=False).values_list("merged_into_id", flat=True).first()
