from django.urls import path

from claims import views
from claims.speakers import urls as speaker_urls

app_name = "claims"
urlpatterns = [
    path("search/", views.search_page, name="search"),
    path("claims/new/", views.claim_new, name="new"),
    path("claims/<int:pk>/", views.claim_detail, name="detail"),
    path("claims/<int:pk>/edit/", views.claim_edit, name="edit"),
    path("claims/<int:pk>/transition/", views.claim_transition_view, name="transition"),
    path("sources/<int:pk>/quote/", views.quote_new, name="quote_new"),
    path("claims/<int:pk>/merge/", views.claim_merge_view, name="merge"),
    path("claims/<int:pk>/notes/", views.claim_note_view, name="note"),
    path("reports/<int:pk>/decide/", views.report_decide, name="report_decide"),
    path("reports/<int:pk>/move/", views.quote_move_view, name="report_move"),
    path("reports/<int:pk>/correct/", views.quote_correct_view, name="report_correct"),
    path("reports/<int:pk>/translations/new/", views.translation_new, name="translation_new"),
    path("translations/<int:pk>/", views.translation_edit, name="translation_edit"),
    path("review/", views.review_queue, name="review_queue"),
    path("review/reports/", views.report_queue, name="report_queue"),
    path("review/<int:pk>/", views.review_detail, name="review"),
    path("dashboard/", views.dashboard, name="dashboard"),
]
urlpatterns += speaker_urls.urlpatterns
