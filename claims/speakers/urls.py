"""Speaker pages, included into the `claims` namespace (so they reverse as `claims:speaker_list` etc.)."""

from django.urls import path

from claims.speakers import views as speaker_views

urlpatterns = [
    path("speakers/", speaker_views.speaker_list, name="speaker_list"),
    path("speakers/new/", speaker_views.speaker_new, name="speaker_new"),
    path("speakers/search.json", speaker_views.speaker_search_json, name="speaker_search"),
    path("speakers/<int:pk>/", speaker_views.speaker_detail, name="speaker"),
    path("speakers/<int:pk>/edit/", speaker_views.speaker_edit, name="speaker_edit"),
    path("speakers/<int:pk>/merge/", speaker_views.speaker_merge_view, name="speaker_merge"),
]
