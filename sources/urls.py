from django.urls import path

from sources import views

app_name = "sources"
urlpatterns = [
    path("", views.source_list, name="list"),
    path("capture/", views.source_capture, name="capture"),
    path("<int:pk>/", views.source_detail, name="detail"),
    path("<int:pk>/language/", views.source_language, name="language"),
    path("<int:pk>/candidates/", views.source_candidates, name="candidates"),
    path("<int:pk>/snapshot/", views.source_snapshot, name="snapshot"),
]
