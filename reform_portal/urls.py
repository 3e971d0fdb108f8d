from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.views.decorators.cache import cache_page
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView
from rest_framework.routers import DefaultRouter

import offices.api.urls
import roadmap.api.urls
import working_groups.api.urls
from roadmap.briefing_views import to_visitor_language

admin.site.site_header = admin.site.site_title = "UNIDO field-network reform"


class APIRootView(DefaultRouter.APIRootView):
    """The resources of the field-network reform API (public: it lists links only)."""

    public = True


class Router(DefaultRouter):
    APIRootView = APIRootView


# One browsable API root over the resources of every app.
api = Router()
for app_api in (offices.api.urls, roadmap.api.urls, working_groups.api.urls):
    api.registry.extend(app_api.router.registry)

api_v1 = [
    *offices.api.urls.urlpatterns,
    *roadmap.api.urls.urlpatterns,
    *working_groups.api.urls.urlpatterns,
    # Generating the schema takes about a second; it changes only with the code (and varies
    # with the request's language, which the cache key follows).
    path("schema/", cache_page(60 * 60)(SpectacularAPIView.as_view()), name="schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="api:schema"), name="docs"),
    path("", include(api.urls)),
]

handler404 = "reform_portal.api.not_found"
handler500 = "reform_portal.api.server_error"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/", include("django.contrib.auth.urls")),
    path("api/v1/", include((api_v1, "api"))),
    path("roadmap/", include("roadmap.urls")),
    path("working-groups/", include("working_groups.urls")),
    path("i18n/", include("django.conf.urls.i18n")),  # set_language: the staff pages' language switcher
    path("briefing/", to_visitor_language, name="briefing-redirect"),
    path("", include("offices.urls")),
    # Public briefing pages for member states, under /en/, /fr/, /es/, /ru/, /zh-hans/ and /ar/.
    *i18n_patterns(path("briefing/", include("roadmap.briefing_urls"))),
]
