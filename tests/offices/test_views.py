"""Staff pages of the field network: permissions, content, filters, CSV, htmx and query budgets."""

import csv
import datetime
import io
from decimal import Decimal

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from offices import services
from offices.models import Country, InterimArrangement, Office, Region, Structure
from offices.worldmap import world
from roadmap.models import GuidingPrinciple
from tests.conftest import office_type
from tests.factories import MilestoneFactory, OfficeFactory, PersonFactory, RecommendationFactory

pytestmark = pytest.mark.django_db
D = datetime.date
R = "Test fixture"


def build_network(count: int, *, first: int = 0) -> list[Office]:
    """``count`` country offices reporting to one hub in both structures, each covering its host
    country, with a transition, a head-of-office post (every other one vacant, with an interim
    arrangement), a linked milestone (depending on the previous one) and a recommendation."""
    three, two = Structure.objects.get(code="three-tier"), Structure.objects.get(code="two-tier")
    hub = Office.objects.filter(code="HUB").first() or _hub(three, two)
    countries = list(Country.objects.exclude(iso3="KEN").order_by("iso3")[first : first + count])
    person = PersonFactory()
    principle = GuidingPrinciple.objects.get(letter="a")
    offices, previous = [], None
    for index, country in enumerate(countries, start=first):
        office = OfficeFactory(code=f"C{index:03d}", host_country=country, latitude=Decimal(index % 60))
        offices.append(office)
        for structure, code in ((three, "country-office"), (two, "country-office")):
            services.placement_set(
                office=office, structure=structure, office_type=office_type(structure, code), reports_to=hub,
                actor=None, reason=R,
            )  # fmt: skip
        services.coverage_open(country=country, office=office, valid_from=D(2020, 1, 1), actor=None, reason=R)
        services.transition_set(office=office, status=("planned", "in_progress")[index % 2], actor=None, reason=R)
        _post(office, person, vacant=index % 2 == 1)
        start = D(2025, 1, 1) + datetime.timedelta(days=10 * index)
        previous = MilestoneFactory(
            code=f"M-{index:03d}",
            planned_start=start,
            planned_end=start + datetime.timedelta(days=5),
            offices=[office],
            depends_on=[previous] if previous else [],
        )
        RecommendationFactory(code=f"R-{index:03d}", offices=[office], milestones=[previous], principles=[principle])
    return offices


def _hub(three: Structure, two: Structure) -> Office:
    hub = OfficeFactory(code="HUB", name="Hub office", latitude=Decimal("-1.3"), longitude=Decimal("36.8"))
    for structure, code in ((three, "regional-hub"), (two, "subregional-office")):
        services.placement_set(
            office=hub, structure=structure, office_type=office_type(structure, code), actor=None, reason=R
        )
    return hub


def _post(office: Office, person, *, vacant: bool) -> None:
    if not vacant:
        services.head_post_set(office=office, status="filled", incumbent=person, actor=None, reason=R)
        return
    services.head_post_set(office=office, status="vacant", vacant_since=D(2024, 1, 1), actor=None, reason=R)
    services.interim_arrangement_create(
        office=office,
        kind=InterimArrangement.Kind.OFFICER_IN_CHARGE,
        officer_in_charge=person,
        start=D(2024, 1, 8),
        review_date=datetime.date.today() + datetime.timedelta(days=3),
        actor=None,
        reason=R,
    )


def queries(client, url: str, **headers) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, **headers)
    assert response.status_code == 200, url
    return len(captured)


PAGES = ["/", "/offices/", "/offices/export.csv", "/map/", "/restructuring/"]


class TestPermissions:
    @pytest.mark.parametrize("url", [*PAGES, "/offices/HUB/"])
    def test_anonymous_visitors_are_sent_to_the_login_page(self, client, url):
        OfficeFactory(code="HUB")
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/?next=")

    @pytest.mark.parametrize("url", [*PAGES, "/offices/HUB/"])
    def test_signed_in_users_without_a_staff_role_are_refused(self, outsider_client, url):
        OfficeFactory(code="HUB")
        response = outsider_client.get(url)
        assert response.status_code == 403
        assert "No access" in response.content.decode()

    @pytest.mark.parametrize("url", [*PAGES, "/offices/HUB/"])
    def test_staff_see_the_page(self, staff_client, url):
        OfficeFactory(code="HUB")
        assert staff_client.get(url).status_code == 200


class TestLoginPages:
    def test_the_login_page_is_styled_and_translatable(self, client):
        page = client.get("/accounts/login/").content.decode()
        assert 'class="skip-link"' in page
        assert 'dir="ltr"' in page
        assert '<label for="id_username">' in page

    def test_logging_in_leads_to_the_dashboard(self, client, staff_user):
        response = client.post("/accounts/login/", {"username": "staff-member", "password": "not-a-secret-1"})
        assert response.status_code == 302
        assert response["Location"] == "/"

    def test_logging_out_leads_back_to_the_login_page(self, staff_client):
        response = staff_client.post("/accounts/logout/")
        assert response.status_code == 302
        assert response["Location"] == "/accounts/login/"

    def test_right_to_left_languages_turn_the_page_around(self, client):
        page = client.get("/accounts/login/", headers={"Accept-Language": "ar"}).content.decode()
        assert '<html lang="ar" dir="rtl">' in page


class TestDemoBanner:
    def test_shown_on_every_page_while_demonstration_data_is_loaded(self, staff_client, client):
        OfficeFactory(code="DEMO1", is_demo=True)
        assert "Demonstration data." in staff_client.get("/offices/").content.decode()
        assert 'class="demo-mark"' in staff_client.get("/offices/").content.decode()
        cache.clear()
        assert "Demonstration data." in client.get("/accounts/login/").content.decode()

    def test_absent_without_demonstration_data(self, staff_client):
        OfficeFactory(code="REAL1")
        assert "Demonstration data." not in staff_client.get("/offices/").content.decode()


class TestDashboard:
    def test_headline_figures_link_to_the_lists_behind_them(self, staff_client):
        build_network(3)
        page = staff_client.get("/").content.decode()
        assert '<span class="figure__value">4</span> <span class="figure__label">field offices' in page
        assert '<span class="figure__value">3</span> <span class="figure__label">countries covered today' in page
        assert 'href="/offices/?vacant=true"><span class="figure__value">1</span>' in page
        assert 'href="/offices/?region=AFR"' in page
        assert "/restructuring/?region=AFR&amp;transition=in_progress" in page

    def test_lists_arrangements_due_for_review_and_the_latest_changes(self, staff_client):
        offices = build_network(2)
        page = staff_client.get("/").content.decode()
        assert f'href="/offices/{offices[1].code}/">{offices[1].name}</a>' in page
        assert "Officer-in-charge" in page
        assert "Latest changes" in page
        assert "Test fixture" in page

    def test_milestones_due_and_overdue(self, staff_client, today):
        MilestoneFactory(code="DUE-1", planned_start=today, planned_end=today + datetime.timedelta(days=10))
        MilestoneFactory(code="LATE-1", planned_start=D(2020, 1, 1), planned_end=D(2020, 2, 1))
        page = staff_client.get("/").content.decode()
        due, overdue = page.index("Due in the next 30 days"), page.index("<h3>Overdue</h3>")
        assert due < page.index("DUE-1") < overdue < page.index("LATE-1")


class TestDirectory:
    def test_filters_by_region(self, staff_client):
        build_network(2)
        OfficeFactory(code="ASIA1", name="Asian office", region=Region.objects.get(code="ASP"))
        page = staff_client.get("/offices/?region=ASP").content.decode()
        assert "Asian office" in page
        assert "Hub office" not in page
        assert "1 office found" in page

    @pytest.mark.parametrize(
        ("query", "expected"),
        [
            ("vacant=true", {"C001"}),
            ("vacant=false", {"HUB", "C000", "C002"}),
            ("transition=in_progress", {"C001"}),
            ("three_tier_type=regional-hub", {"HUB"}),
            ("two_tier_type=country-office", {"C000", "C001", "C002"}),
            ("q=C002", {"C002"}),
            ("status=open", {"HUB", "C000", "C001", "C002"}),
        ],
    )
    def test_filters_are_the_api_filterset(self, staff_client, query, expected):
        build_network(3)
        page = staff_client.get(f"/offices/?{query}").content.decode()
        shown = {office.code for office in Office.objects.all() if f'href="/offices/{office.code}/"' in page}
        assert shown == expected

    def test_filters_by_host_country(self, staff_client):
        offices = build_network(2)
        iso3 = offices[0].host_country.iso3
        page = staff_client.get(f"/offices/?host_country={iso3.lower()}").content.decode()
        assert offices[0].name in page
        assert offices[1].name not in page

    def test_sorts_by_a_column_and_marks_it(self, staff_client):
        build_network(3)
        page = staff_client.get("/offices/?ordering=-name").content.decode()
        assert page.index("Test office") < page.index("Hub office")
        assert 'aria-sort="descending"' in page

    def test_paginates_keeping_the_filters(self, staff_client):
        build_network(27)
        page = staff_client.get("/offices/?region=AFR").content.decode()
        assert "Page 1 of 2" in page
        assert "?region=AFR&amp;page=2" in page
        assert "28 offices found" in page

    def test_htmx_gets_only_the_results(self, staff_client):
        build_network(2)
        response = staff_client.get("/offices/?region=AFR", headers={"HX-Request": "true"})
        page = response.content.decode()
        assert "<html" not in page
        assert "3 offices found" in page
        assert 'id="ordering-input"' in page
        assert 'hx-swap-oob="true"' in page
        assert "HX-Request" in response["Vary"]

    def test_a_history_restore_gets_the_whole_page(self, staff_client):
        headers = {"HX-Request": "true", "HX-History-Restore-Request": "true"}
        assert "<html" in staff_client.get("/offices/", headers=headers).content.decode()

    def test_exports_the_filtered_offices_as_csv(self, staff_client):
        offices = build_network(2)
        OfficeFactory(code="ASIA1", region=Region.objects.get(code="ASP"))
        response = staff_client.get("/offices/export.csv?region=AFR&ordering=code")
        assert response["Content-Type"] == "text/csv; charset=utf-8"
        assert "attachment" in response["Content-Disposition"]
        rows = list(csv.DictReader(io.StringIO(response.content.decode())))
        assert [row["code"] for row in rows] == ["C000", "C001", "HUB"]
        first = rows[0]
        assert first["host_country_iso3"] == offices[0].host_country.iso3
        assert first["three_tier_type"] == "Country office"
        assert first["three_tier_reports_to"] == "HUB"
        assert first["two_tier_reports_to"] == "HUB"
        assert first["countries_covered"] == "1"
        assert rows[1]["head_of_office_post"] == "Vacant"

    def test_csv_cells_never_start_a_formula(self, staff_client):
        OfficeFactory(code="EVIL", name="=HYPERLINK(1)")
        rows = list(csv.DictReader(io.StringIO(staff_client.get("/offices/export.csv").content.decode())))
        assert rows[0]["name"] == "'=HYPERLINK(1)"


class TestOfficePage:
    def test_shows_profile_post_interim_arrangement_and_placements(self, staff_client):
        office = build_network(2)[1]
        page = staff_client.get(f"/offices/{office.code}/").content.decode()
        assert office.name in page
        assert office.host_country.name in page
        assert "Vacant" in page
        assert "Officer-in-charge" in page
        assert "Three-tier field structure" in page
        assert "Two-tier field structure" in page
        assert 'href="/offices/HUB/">Hub office</a>' in page

    def test_lists_covered_countries_and_colours_them_on_the_small_map(self, staff_client):
        office = build_network(1)[0]
        country = office.host_country
        page = staff_client.get(f"/offices/{office.code}/").content.decode()
        assert f'<li data-iso3="{country.iso3}">{country.name}' in page
        if country.m49 in world().shapes:
            assert f'data-m49="{country.m49}" fill="#0072b2"' in page

    def test_shows_related_milestones_recommendations_and_history(self, staff_client):
        office = build_network(1)[0]
        page = staff_client.get(f"/offices/{office.code}/").content.decode()
        assert "M-000" in page
        assert "R-000" in page
        assert "History" in page
        assert "Test fixture" in page

    def test_hub_page_lists_the_offices_reporting_to_it(self, staff_client):
        offices = build_network(2)
        page = staff_client.get("/offices/HUB/").content.decode()
        assert all(f'href="/offices/{office.code}/">{office.name}</a>' in page for office in offices)

    def test_unknown_office_is_not_found(self, staff_client):
        assert staff_client.get("/offices/NOPE/").status_code == 404


def _transfer(today):
    """KEN covered by the hub today, by another office once the two-tier structure applies."""
    kenya = Country.objects.get(iso3="KEN")
    build_network(1)
    hub, other = Office.objects.get(code="HUB"), Office.objects.get(code="C000")
    services.coverage_open(country=kenya, office=hub, valid_from=D(2020, 1, 1), actor=None, reason=R)
    services.coverage_transfer(
        country=kenya, office=other, on=today + datetime.timedelta(days=60), actor=None, reason=R
    )
    return kenya, other


class TestCoverageMap:
    def _fill(self, page: str, m49: str) -> str:
        start = page.index(f'data-m49="{m49}" fill="') + len(f'data-m49="{m49}" fill="')
        return page[start : page.index('"', start)]

    def test_colours_the_countries_of_each_office_today(self, staff_client, today):
        kenya, _other = _transfer(today)
        page = staff_client.get("/map/").content.decode()
        assert "Kenya: Hub office (Regional hub)" in page
        hub_colour = self._fill(page, kenya.m49)
        assert f'<span class="swatch" style="background: {hub_colour}"></span>Hub office' in page
        assert 'class="country country--uncovered"' in page

    def test_the_two_tier_structure_shows_the_planned_coverage(self, staff_client, today):
        kenya, other = _transfer(today)
        today_page = staff_client.get("/map/?structure=three-tier").content.decode()
        planned_page = staff_client.get("/map/?structure=two-tier").content.decode()
        assert f"Kenya: {other.name} (Country office)" in planned_page
        assert self._fill(planned_page, kenya.m49) != self._fill(today_page, kenya.m49)
        assert "planned coverage" in planned_page

    def test_colours_by_region(self, staff_client):
        build_network(2)
        page = staff_client.get("/map/?colour=region").content.decode()
        assert '<span class="swatch" style="background: #0072b2"></span>Africa' in page

    def test_marks_the_offices_with_their_tier(self, staff_client):
        build_network(1)
        page = staff_client.get("/map/").content.decode()
        assert 'class="office-marker office-marker--top" data-office="HUB"' in page
        assert 'aria-label="Hub office in Testville: Regional hub"' in page

    def test_has_a_table_of_countries_as_its_text_alternative(self, staff_client):
        offices = build_network(2)
        page = staff_client.get("/map/").content.decode()
        assert "2 covered countries: the map as a table" in page
        assert f'<th scope="row">{offices[0].host_country.name}' in page

    def test_unknown_options_fall_back_to_today_by_office(self, staff_client):
        page = staff_client.get("/map/?structure=nope&colour=nope").content.decode()
        assert "coverage today" in page

    def test_htmx_gets_only_the_map(self, staff_client):
        page = staff_client.get("/map/?structure=two-tier", headers={"HX-Request": "true"}).content.decode()
        assert "<html" not in page
        assert "<svg" in page


class TestRestructuring:
    def test_shows_both_structures_with_their_reporting_lines(self, staff_client):
        offices = build_network(2)
        page = staff_client.get("/restructuring/").content.decode()
        for code in ("three-tier", "two-tier"):
            tree = page[page.index(f'data-structure="{code}"') :]
            assert tree.index("Hub office") < tree.index(offices[0].name)
        assert "In progress" in page
        assert "Planned" in page

    def test_filters_by_region_keeping_the_hub_as_context(self, staff_client):
        build_network(1)
        asia = OfficeFactory(code="ASIA1", name="Asian office", region=Region.objects.get(code="ASP"))
        two = Structure.objects.get(code="two-tier")
        services.placement_set(
            office=asia, structure=two, office_type=office_type(two, "country-office"),
            reports_to=Office.objects.get(code="HUB"), actor=None, reason=R,
        )  # fmt: skip
        page = staff_client.get("/restructuring/?region=ASP").content.decode()
        assert "Asian office" in page
        assert "1 office shown" in page
        assert "tree__context" in page
        assert "Test office" not in page

    def test_filters_by_transition_status(self, staff_client):
        offices = build_network(2)
        page = staff_client.get("/restructuring/?transition=in_progress").content.decode()
        assert offices[1].name in page
        assert offices[0].name not in page


class TestQueryBudgets:
    """Every page issues the same number of queries with 3 offices as with 30."""

    @pytest.mark.parametrize(
        "url",
        [
            "/",
            "/offices/",
            "/offices/?region=AFR&ordering=-name",
            "/offices/export.csv",
            "/offices/HUB/",
            "/map/",
            "/map/?structure=two-tier&colour=region",
            "/restructuring/",
            "/restructuring/?region=AFR",
        ],
    )
    def test_fixed_number_of_queries(self, staff_client, url):
        build_network(3)
        staff_client.get(url)  # warms the cached demo-data check
        small = queries(staff_client, url)
        build_network(27, first=3)
        assert queries(staff_client, url) == small

    def test_htmx_fragment_of_the_directory(self, staff_client):
        build_network(3)
        staff_client.get("/offices/")
        small = queries(staff_client, "/offices/?region=AFR", headers={"HX-Request": "true"})
        build_network(27, first=3)
        assert queries(staff_client, "/offices/?region=AFR", headers={"HX-Request": "true"}) == small
