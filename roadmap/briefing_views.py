"""The public briefing pages for member states: no login, published content only, in the six
UN languages, each with a CSV of the figures it shows. Each view reads one selector and
renders; the cache in front of them is roadmap.briefing_cache."""

from django.conf import settings
from django.shortcuts import redirect, render
from django.urls import reverse, translate_url
from django.utils import timezone, translation
from django.utils.cache import patch_vary_headers
from django.views import View

from roadmap import briefing_csv, briefing_selectors
from roadmap.briefing_map import region_map


def language_links(request) -> list[dict]:
    """The same page in each of the six languages, each named in its own language."""
    current = translation.get_language()
    return [
        {
            "code": code,
            "name": translation.get_language_info(code)["name_local"],
            "url": translate_url(request.path, code),
            "current": code == current,
        }
        for code, _name in settings.LANGUAGES
    ]


class BriefingPage(View):
    """A briefing page, or its CSV (``as_csv``): the selector's result rendered either way."""

    name = ""  # the URL name; its CSV is "<name>_csv"
    template_name = ""
    as_csv = False

    def read(self, **kwargs) -> dict:
        raise NotImplementedError

    def csv_rows(self, data: dict) -> tuple[list[str], list[list]]:
        raise NotImplementedError

    def extra_context(self, data: dict) -> dict:
        return {}

    def get(self, request, **kwargs):
        data = self.read(**kwargs)
        now = timezone.now()
        if self.as_csv:
            filename = "-".join(
                ["briefing", self.name, *kwargs.values(), now.date().isoformat(), request.LANGUAGE_CODE]
            )
            return briefing_csv.csv_response(f"{filename}.csv", *self.csv_rows(data))
        context = {
            **data,
            **self.extra_context(data),
            "briefing_page": self.name,
            "data_as_of": now,
            "language_links": language_links(request),
            "csv_url": reverse(f"briefing:{self.name}_csv", kwargs=kwargs),
        }
        return render(request, self.template_name, context)


class OverviewPage(BriefingPage):
    """Purpose and principles, the network in figures, three tiers becoming two, progress and
    the phases with their public milestones."""

    name = "overview"
    template_name = "briefing/overview.html"

    def read(self) -> dict:
        return briefing_selectors.briefing_overview()

    def csv_rows(self, data: dict):
        return briefing_csv.overview_rows(data)


class RegionPage(BriefingPage):
    """A region's offices, their type before and after, the countries they cover, and a map."""

    name = "region"
    template_name = "briefing/region.html"

    def read(self, code: str) -> dict:
        return briefing_selectors.briefing_region(code)

    def csv_rows(self, data: dict):
        return briefing_csv.region_rows(data)

    def extra_context(self, data: dict) -> dict:
        layers, legend = region_map(data["offices"])
        return {"map": layers, "legend": legend}


class CountryPage(BriefingPage):
    """The office covering a country today and the one that will, with its region."""

    name = "country"
    template_name = "briefing/country.html"

    def read(self, iso3: str) -> dict:
        return briefing_selectors.briefing_country(iso3)

    def csv_rows(self, data: dict):
        return briefing_csv.country_rows(data)


class SessionsPage(BriefingPage):
    """The global and regional briefings held and planned, with summaries and materials."""

    name = "sessions"
    template_name = "briefing/sessions.html"

    def read(self) -> dict:
        return briefing_selectors.briefing_sessions()

    def csv_rows(self, data: dict):
        return briefing_csv.sessions_rows(data)


def to_visitor_language(request):
    """``/briefing/`` → the overview in the visitor's language (cookie, then browser)."""
    language = translation.get_language_from_request(request)
    with translation.override(language):
        response = redirect(reverse("briefing:overview"))
    patch_vary_headers(response, ("Accept-Language", "Cookie"))
    return response
