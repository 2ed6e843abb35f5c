from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import DefaultRouter

from api import views

app_name = "api"

router = DefaultRouter(use_regex_path=False)
router.include_format_suffixes = False  # JSON is the only format: no .json variants of every address
router.register("claims", views.ClaimViewSet, basename="claim")
router.register("quotes", views.QuoteViewSet, basename="quote")
router.register("speakers", views.SpeakerViewSet, basename="speaker")
router.register("sources", views.SourceViewSet, basename="source")
router.register("outlets", views.OutletViewSet, basename="outlet")
router.register("topics", views.TopicViewSet, basename="topic")

urlpatterns = [
    path("v1/export/", views.export, name="export"),
    path("v1/", include(router.urls)),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    # The split view serves its start-up script as a file: no inline script for a strict CSP to refuse.
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="api:schema"), name="docs"),
]
