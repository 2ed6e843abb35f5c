from django.urls import path

from claims.speakers import urls as speaker_urls
from claims.views import claim, quotes, review, search

app_name = "claims"
urlpatterns = [
    path("search/", search.search_page, name="search"),
    path("claims/new/", claim.claim_new, name="new"),
    path("claims/<int:pk>/", claim.claim_detail, name="detail"),
    path("claims/<int:pk>/edit/", claim.claim_edit, name="edit"),
    path("claims/<int:pk>/transition/", review.claim_transition_view, name="transition"),
    path("sources/<int:pk>/", quotes.source_detail, name="source"),
    path("sources/<int:pk>/candidates/", quotes.source_candidates, name="source_candidates"),
    path("sources/<int:pk>/quote/", quotes.quote_new, name="quote_new"),
    path("claims/<int:pk>/merge/", review.claim_merge_view, name="merge"),
    path("claims/<int:pk>/notes/", review.claim_note_view, name="note"),
    path("reports/<int:pk>/decide/", review.report_decide, name="report_decide"),
    path("reports/<int:pk>/move/", quotes.quote_move_view, name="report_move"),
    path("reports/<int:pk>/correct/", quotes.quote_correct_view, name="report_correct"),
    path("reports/<int:pk>/translations/new/", quotes.translation_new, name="translation_new"),
    path("translations/<int:pk>/", quotes.translation_edit, name="translation_edit"),
    path("review/", review.review_queue, name="review_queue"),
    path("review/reports/", review.report_queue, name="report_queue"),
    path("review/<int:pk>/", review.review_detail, name="review"),
    path("dashboard/", review.dashboard, name="dashboard"),
]
urlpatterns += speaker_urls.urlpatterns
