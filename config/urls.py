from django.contrib import admin
from django.urls import include, path

from claims.views import home

# The interface language comes from the switcher's cookie, then the browser's Accept-Language:
# URLs stay the same in both languages, so a shared link opens in the reader's own language.
urlpatterns = [
    path("", home, name="home"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    path("accounts/", include("django.contrib.auth.urls")),
    path("sources/", include("sources.urls")),
    path("", include("claims.urls")),
]
