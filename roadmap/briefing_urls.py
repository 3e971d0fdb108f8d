"""Public briefing pages, mounted under each language prefix (i18n_patterns in reform_portal.urls)."""

from django.urls import path

from roadmap.briefing_cache import cached_page
from roadmap.briefing_views import CountryPage, OverviewPage, RegionPage, SessionsPage

app_name = "briefing"


def _page(view: type, name: str, route: str, csv_file: str) -> list:
    return [
        path(route, cached_page(view.as_view()), name=name),
        path(f"{route}{csv_file}", cached_page(view.as_view(as_csv=True)), name=f"{name}_csv"),
    ]


urlpatterns = [
    *_page(OverviewPage, "overview", "", "figures.csv"),
    *_page(RegionPage, "region", "regions/<str:code>/", "figures.csv"),
    *_page(CountryPage, "country", "countries/<str:iso3>/", "figures.csv"),
    *_page(SessionsPage, "sessions", "sessions/", "sessions.csv"),
]
