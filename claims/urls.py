from django.urls import path

from claims import views

app_name = "claims"
urlpatterns = [
    path("claims/<int:pk>/", views.claim_detail, name="detail"),
    path("speakers/<int:pk>/", views.speaker_detail, name="speaker"),
]
