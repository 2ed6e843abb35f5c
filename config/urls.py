from django.contrib import admin
from django.urls import include, path

from api import views as api_views
from claims.views.claim import home
from config.views import health

handler404 = "config.views.not_found"
handler500 = "config.views.server_error"

# The interface language comes from the switcher's cookie, then the browser's Accept-Language:
# URLs stay the same in both languages, so a shared link opens in the reader's own language.
urlpatterns = [
    path("", home, name="home"),
    path("health/", health, name="health"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    path("accounts/token/", api_views.token_page, name="api_token"),
    path("accounts/", include("django.contrib.auth.urls")),
    path("api/", include("api.urls")),
    path("sources/", include("sources.urls")),
    path("", include("interchange.urls")),
    path("", include("claims.urls")),
]
