"""The public briefing pages: open to anonymous visitors, in the six languages (Arabic right to
left), with a language switcher that keeps the page, names in the page's language, the English
fallback said on the page, the data date, the disclaimer and a CSV of the figures."""

import csv
import io

import pytest
from django.core.cache import cache
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from roadmap import services
from roadmap.models import BriefingText

pytestmark = pytest.mark.django_db
R = "Test fixture"

LANGUAGES = ["en", "fr", "es", "ru", "zh-hans", "ar"]
PAGES = [
    "/{lang}/briefing/",
    "/{lang}/briefing/regions/AFR/",
    "/{lang}/briefing/countries/KEN/",
    "/{lang}/briefing/sessions/",
]
CSVS = [
    "/{lang}/briefing/figures.csv",
    "/{lang}/briefing/regions/AFR/figures.csv",
    "/{lang}/briefing/countries/KEN/figures.csv",
    "/{lang}/briefing/sessions/sessions.csv",
]


@pytest.fixture
def demo(demo_network, db):
    """The module's shared demonstration data (see tests/conftest.py), with a fresh cache."""
    cache.clear()
    yield
    cache.clear()


def text_of(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def csv_rows(client, url: str) -> list[list[str]]:
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    content = response.content.decode("utf-8")
    assert content.startswith("\ufeff")
    return list(csv.reader(io.StringIO(content[1:])))


def publish(code: str, page: str = "overview", **texts) -> BriefingText:
    text = services.briefing_text_create(code=code, page=page, actor=None, reason=R, **texts)
    text = services.briefing_text_submit(text=text, actor=None, reason=R)
    return services.briefing_text_publish(text=text, actor=None, reason=R)


class TestEveryPageInEveryLanguage:
    @pytest.mark.parametrize("lang", LANGUAGES)
    @pytest.mark.parametrize("page", PAGES)
    def test_anonymous_visitors_read_it_in_their_language(self, client, demo, page, lang):
        html = text_of(client, page.format(lang=lang))
        direction = "rtl" if lang == "ar" else "ltr"
        assert f'<html lang="{lang}" dir="{direction}">' in html
        with translation.override(lang):
            data_as_of, csv_link = _("Data as of"), _("Download the figures of this page (CSV)")
        assert f'<p class="data-as-of">{data_as_of} <time datetime="{timezone.localdate().isoformat()}">' in html
        assert f'href="{page.format(lang=lang)}" lang="{lang}"' in html  # the switcher's link to this very page
        assert '<p class="disclaimer">' in html
        assert f'.csv" download>{csv_link}</a>' in html

    @pytest.mark.parametrize("lang", LANGUAGES)
    @pytest.mark.parametrize("url", CSVS)
    def test_each_has_a_csv_of_its_figures(self, client, demo, url, lang):
        rows = csv_rows(client, url.format(lang=lang))
        assert len(rows) >= 2
        assert len({len(row) for row in rows}) == 1

    def test_unknown_regions_and_countries_are_not_found(self, client, demo):
        assert client.get("/en/briefing/regions/XYZ/").status_code == 404
        assert client.get("/en/briefing/countries/XYZ/").status_code == 404

    def test_a_country_code_in_lower_case_is_understood(self, client, demo):
        assert "<h1>Kenya</h1>" in text_of(client, "/en/briefing/countries/ken/")


class TestLanguages:
    @pytest.mark.parametrize(
        ("headers", "target"),
        [
            ({"HTTP_ACCEPT_LANGUAGE": "ar,en;q=0.5"}, "/ar/briefing/"),
            ({"HTTP_ACCEPT_LANGUAGE": "zh-CN,zh;q=0.9"}, "/zh-hans/briefing/"),
            ({"HTTP_ACCEPT_LANGUAGE": "de-DE"}, "/en/briefing/"),
            ({"HTTP_ACCEPT_LANGUAGE": "es", "HTTP_COOKIE": "django_language=ru"}, "/ru/briefing/"),
        ],
    )
    def test_briefing_redirects_to_the_visitors_language(self, client, demo, headers, target):
        response = client.get("/briefing/", **headers)
        assert (response.status_code, response["Location"]) == (302, target)
        assert "Accept-Language" in response["Vary"]

    def test_the_switcher_keeps_the_visitor_on_the_same_page(self, client, demo):
        html = text_of(client, "/fr/briefing/countries/KEN/")
        for lang in LANGUAGES:
            assert f'href="/{lang}/briefing/countries/KEN/" lang="{lang}" hreflang="{lang}"' in html
        assert 'href="/fr/briefing/countries/KEN/" lang="fr" hreflang="fr" aria-current="true">français<' in html
        assert 'lang="ar" hreflang="ar">العربيّة<' in html

    def test_staff_pages_switch_language_through_set_language_and_come_back(self, client, admin_user):
        client.force_login(admin_user)
        html = text_of(client, "/roadmap/?view=table")
        assert 'action="/i18n/setlang/"' in html
        assert 'name="next" value="/roadmap/?view=table"' in html
        response = client.post("/i18n/setlang/", {"language": "ar", "next": "/roadmap/?view=table"})
        assert (response.status_code, response["Location"]) == (302, "/roadmap/?view=table")
        assert '<html lang="ar" dir="rtl">' in text_of(client, "/roadmap/?view=table")

    @pytest.mark.parametrize(
        ("lang", "region", "country"),
        [
            ("en", "Africa", "Kenya"),
            ("fr", "Afrique", "Kenya"),
            ("zh-hans", "非洲", "肯尼亚"),
            ("ar", "أفريقيا", "كينيا"),
        ],
    )
    def test_region_and_country_names_are_in_the_pages_language(self, client, demo, lang, region, country):
        assert f"<h1>{region}</h1>" in text_of(client, f"/{lang}/briefing/regions/AFR/")
        html = text_of(client, f"/{lang}/briefing/countries/KEN/")
        assert f"<h1>{country}</h1>" in html
        assert f">{region}</a>" in html  # the link to the region's page
        assert f'data-iso3="KEN">{country}</a>' in text_of(client, f"/{lang}/briefing/regions/AFR/")


class TestFallback:
    def test_a_missing_translation_shows_the_english_text_with_a_notice(self, client, demo):
        publish(
            "fallback-test",
            title={"en": "Written in English", "fr": "Écrit en français"},
            body={"en": "English body.", "fr": "Corps en français."},
        )
        french = text_of(client, "/fr/briefing/")
        block = french.split('id="text-fallback-test"')[1].split("</section>")[0]
        assert "Écrit en français" in block
        assert "fallback-notice" not in block
        spanish = text_of(client, "/es/briefing/")
        block = spanish.split('id="text-fallback-test"')[1].split("</section>")[0]
        assert '<h2 id="text-fallback-test-title" lang="en" dir="ltr">Written in English' in block
        assert 'class="fallback-notice" role="note"' in block
        assert '<div class="briefing-text__body" lang="en" dir="ltr">' in block

    def test_english_needs_no_notice(self, client, demo):
        assert "fallback-notice" not in text_of(client, "/en/briefing/")

    def test_records_not_yet_translated_are_marked_on_their_block(self, client, demo):
        """The demonstration milestones and sessions are in English only."""
        html = text_of(client, "/ru/briefing/sessions/")
        held = html.split('id="held-heading"')[1]
        assert held.index('class="fallback-notice"') < held.index("<article")
        assert 'lang="en" dir="ltr">Global briefing on the reform of the field network' in held


class TestContent:
    def test_the_overview_shows_figures_principles_the_diagram_progress_and_public_milestones(self, client, demo):
        html = text_of(client, "/en/briefing/")
        assert '<span class="figure__value" data-figure="offices">48</span>' in html
        assert '<span class="figure__value" data-figure="covered-countries">156</span>' in html
        assert html.count('class="principle"') == 7
        assert 'data-structure="three-tier"' in html
        assert 'data-structure="two-tier"' in html
        assert html.count('class="tier tier--') == 5
        assert "Working groups constituted" in html  # public milestone
        assert "Balanced scorecard baseline for every office" not in html  # not public
        assert "public milestones are completed" in html

    def test_the_region_page_lists_offices_with_types_coverage_and_a_map(self, client, demo):
        html = text_of(client, "/en/briefing/regions/AFR/")
        assert html.count('class="office-card"') == 16
        card = html.split('id="office-KEN"')[1].split("</article>")[0]
        assert "Regional hub" in card
        assert "Subregional office" in card
        assert 'data-iso3="SOM">Somalia</a>' in card
        assert 'class="world-map"' in html
        assert 'href="/en/briefing/countries/SOM/"' in html

    def test_the_country_page_shows_the_office_today_and_after_and_its_region(self, client, demo):
        html = text_of(client, "/en/briefing/countries/BHS/")
        assert "will be covered by Mexico City office instead of Bogotá office" in html
        now = html.split('data-coverage="now"')[1].split("</section>")[0]
        assert "Bogotá office" in now
        assert 'href="/en/briefing/regions/LAC/"' in now

    def test_the_sessions_page_lists_planned_and_held_briefings_with_public_materials(self, client, demo):
        html = text_of(client, "/en/briefing/sessions/")
        planned, held = html.split('id="held-heading"')
        assert "Briefing on implementation progress" in planned
        assert "Global briefing on the reform of the field network" in held
        assert "Presentation: from three tiers to two" in held
        assert "Speaking notes (internal)" not in html
        assert "Regional consultation on coverage (draft)" not in html

    def test_the_overview_csv_has_the_same_figures(self, client, demo):
        rows = csv_rows(client, "/fr/briefing/figures.csv")
        with translation.override("fr"):
            header, network, offices, covered = _("Section"), _("Network"), _("Field offices"), _("Countries covered")
        assert rows[0][0] == header
        assert [network, offices, "48"] in rows
        assert [network, covered, "156"] in rows
        assert ["Afrique", offices, "16"] in rows
        assert sum(row[1].startswith(f"({letter}) ") for row in rows for letter in "abcdefg") == 7

    def test_the_region_csv_has_a_row_per_office_with_names_in_the_language(self, client, demo):
        rows = csv_rows(client, "/ar/briefing/regions/AFR/figures.csv")
        assert len(rows) == 1 + 16
        kenya = next(row for row in rows if row[1] == "Nairobi office")
        assert "الصومال" in kenya[9]
        assert kenya[0] == "أفريقيا"

    def test_a_csv_value_cannot_run_as_a_formula(self, client, demo):
        publish("formula", title={"en": "=HYPERLINK(1)"}, body={"en": "x"})
        rows = csv_rows(client, "/en/briefing/figures.csv")
        assert not any(cell.startswith("=") for row in rows for cell in row)

    def test_demonstration_data_is_marked(self, client, demo):
        html = text_of(client, "/en/briefing/regions/AFR/")
        assert 'class="demo-banner"' in html
        assert 'class="demo-mark"' in html
