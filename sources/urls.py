from django.urls import path

from sources import views

app_name = "sources"
urlpatterns = [
    path("", views.source_list, name="list"),
    path("capture/", views.source_capture, name="capture"),
    path("<int:pk>/edit/", views.source_edit, name="edit"),
    path("<int:pk>/trim/", views.source_trim_view, name="trim"),
    path("<int:pk>/language/", views.source_language, name="language"),
    path("<int:pk>/snapshot/", views.source_snapshot, name="snapshot"),
]
