"""Scorecard and benchmarking pages: permissions (a focal point writes only their own office's
measurements), content, filters, status text, "not reported" never shown as zero in the page or
the CSV, and query budgets at two sizes."""

import csv
import datetime
import io
import re
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from offices import services
from offices.filtersets import OfficeFilterSet
from offices.models import (
    BenchmarkMetric,
    Indicator,
    Measurement,
    Objective,
    Office,
    Perspective,
    Region,
    Structure,
)
from offices.scorecard import recent_periods
from reform_portal import roles
from reform_portal.services import save_recorded
from tests.conftest import office_type
from tests.factories import OfficeFactory

pytestmark = pytest.mark.django_db
R = "Test fixture"


def period(indicator: Indicator, back: int = 0) -> datetime.date:
    """The period ``back`` periods before the latest complete one (the one the pages judge)."""
    return recent_periods(timezone.localdate(), indicator.frequency, back + 1)[0]


def record(indicator, office, value, *, back: int = 0, source: str = "Office report") -> Measurement:
    return services.measurement_record(
        indicator=indicator,
        office=office,
        period=period(indicator, back),
        value=Decimal(value),
        source=source,
        actor=None,
        reason=R,
    )


@pytest.fixture
def indicators(db) -> dict[str, Indicator]:
    """Delivery (higher is better, target 5 ± 0.5), approval days (lower is better, target 30 ± 5),
    both quarterly in the financial perspective; joint programmes (no target) for customers."""
    perspectives = {p.code: p for p in Perspective.objects.all()}
    finance = save_recorded(
        Objective(perspective=perspectives["financial"], code="t-fin", name_en="Deliver"), actor=None, reason=R
    )
    customers = save_recorded(
        Objective(perspective=perspectives["customer"], code="t-cust", name_en="Serve"), actor=None, reason=R
    )
    specs = [
        (finance, "t-delivery", "Delivery", "USD million", "higher", "5", "0.5", 2, "quarterly"),
        (finance, "t-days", "Approval days", "days", "lower", "30", "5", 1, "quarterly"),
        (customers, "t-joint", "Joint programmes", "count", "higher", None, "0", 1, "annual"),
    ]
    found = {}
    for objective, code, name, unit, direction, target, tolerance, weight, frequency in specs:
        found[code] = save_recorded(
            Indicator(
                objective=objective, code=code, name_en=name, unit=unit, direction=direction,
                target=Decimal(target) if target else None, tolerance=Decimal(tolerance), weight=weight,
                frequency=frequency, target_set_by="Steering committee", target_set_on=datetime.date(2024, 1, 15),
            ),
            actor=None,
            reason=R,
        )  # fmt: skip
    return found


@pytest.fixture
def offices(indicators) -> dict[str, Office]:
    """Four offices, one per outcome of the delivery indicator; the first two also meet the
    lower-is-better one, the first has an older value, the fourth a shortfall accepted for now."""
    asia = {"region": Region.objects.get(code="ASP")}
    made = {
        "met": OfficeFactory(code="MET", name="Office on target"),
        "near": OfficeFactory(code="NEAR", name="Office near target"),
        "missed": OfficeFactory(code="MISS", name="Office missing target", **asia),
        "accepted": OfficeFactory(code="ACC", name="Office with a deviation", **asia),
    }
    delivery, days = indicators["t-delivery"], indicators["t-days"]
    for key, value in (("met", "6"), ("near", "4.6"), ("missed", "2"), ("accepted", "1")):
        record(delivery, made[key], value)
    record(delivery, made["met"], "3", back=1, source="Older report")
    record(days, made["met"], "25")
    record(days, made["near"], "28")
    services.accepted_deviation_create(
        indicator=delivery, office=made["accepted"], rationale="Post vacant until the summer",
        accepted_by="Steering committee", start=timezone.localdate() - datetime.timedelta(days=30),
        end=timezone.localdate() + datetime.timedelta(days=200), actor=None, reason=R,
    )  # fmt: skip
    return made


def page(client, url: str, **kwargs) -> str:
    response = client.get(url, **kwargs)
    assert response.status_code == 200, url
    return response.content.decode()


READ_PAGES = ["/scorecard/", "/scorecard/offices/MET/", "/benchmarking/", "/benchmarking/export.csv"]
ENTRY = "/scorecard/offices/{code}/measurements/new/"


class TestPermissions:
    @pytest.mark.parametrize("url", [*READ_PAGES, ENTRY.format(code="MET")])
    def test_anonymous_visitors_are_sent_to_the_login_page(self, client, offices, url):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/?next=")

    @pytest.mark.parametrize("url", [*READ_PAGES, ENTRY.format(code="MET")])
    def test_signed_in_users_without_a_staff_role_are_refused(self, client, make_user, offices, url):
        client.force_login(make_user())
        response = client.get(url)
        assert response.status_code == 403
        assert "No access" in response.content.decode()

    @pytest.mark.parametrize("url", READ_PAGES)
    def test_staff_read_every_page(self, staff_client, offices, url):
        assert staff_client.get(url).status_code == 200

    def test_staff_cannot_enter_measurements(self, staff_client, offices, indicators):
        assert staff_client.get(ENTRY.format(code="MET")).status_code == 403
        response = staff_client.post(ENTRY.format(code="MET"), self.form(indicators["t-delivery"]))
        assert response.status_code == 403
        assert "Enter a measurement" not in page(staff_client, "/scorecard/offices/MET/")

    def test_an_unknown_office_is_not_found(self, staff_client, offices):
        assert staff_client.get("/scorecard/offices/NOPE/").status_code == 404

    @staticmethod
    def form(indicator, **values) -> dict:
        return {
            "indicator": indicator.code,
            "period": period(indicator).isoformat(),
            "value": "7.5",
            "source": "Quarterly office report",
            "comment": "",
            "change_reason": "Quarterly figures",
        } | values

    def test_a_focal_point_enters_their_own_office(self, client, make_user, offices, indicators):
        user = make_user(roles.FOCAL_POINTS, focal_point_of=[offices["near"]])
        client.force_login(user)
        assert "Enter a measurement" in page(client, "/scorecard/offices/NEAR/")
        response = client.post(ENTRY.format(code="NEAR"), self.form(indicators["t-delivery"]))
        assert response.status_code == 302
        assert response["Location"] == "/scorecard/offices/NEAR/#indicator-t-delivery"
        measurement = Measurement.objects.get(office=offices["near"], indicator=indicators["t-delivery"])
        assert measurement.value == Decimal("7.5")
        latest = measurement.history.first()
        assert (latest.history_user, latest.history_change_reason) == (user, "Quarterly figures")
        assert "Recorded: Delivery for Office near target" in page(client, "/scorecard/offices/NEAR/")

    def test_a_focal_point_cannot_write_another_offices_measurement(self, client, make_user, offices, indicators):
        client.force_login(make_user(roles.FOCAL_POINTS, focal_point_of=[offices["near"]]))
        before = list(Measurement.objects.order_by("pk").values_list("pk", "value"))
        history = Measurement.history.count()
        assert client.get(ENTRY.format(code="MET")).status_code == 403
        response = client.post(ENTRY.format(code="MET"), self.form(indicators["t-delivery"], value="99"))
        assert response.status_code == 403
        assert list(Measurement.objects.order_by("pk").values_list("pk", "value")) == before
        assert Measurement.history.count() == history
        assert "Enter a measurement" not in page(client, "/scorecard/offices/MET/")

    def test_administrators_enter_any_office(self, client, make_user, offices, indicators):
        client.force_login(make_user(roles.ADMINISTRATORS))
        response = client.post(ENTRY.format(code="MISS"), self.form(indicators["t-days"], value="28"))
        assert response.status_code == 302
        assert Measurement.objects.get(office=offices["missed"], indicator=indicators["t-days"]).value == 28


class TestMeasurementEntry:
    @pytest.fixture
    def admin_client(self, client, make_user):
        client.force_login(make_user(roles.ADMINISTRATORS))
        return client

    def test_re_entering_a_period_replaces_the_value_and_keeps_the_history(self, admin_client, offices, indicators):
        delivery = indicators["t-delivery"]
        url = ENTRY.format(code="MET") + f"?indicator=t-delivery&period={period(delivery).isoformat()}"
        form = page(admin_client, url)
        assert "This period has a value already: 6 USD million (source: Office report)" in form
        assert 'name="value" value="6.00"' in form
        data = TestPermissions.form(delivery, value="5.2", change_reason="Corrected after audit")
        assert admin_client.post(ENTRY.format(code="MET"), data).status_code == 302
        measurement = Measurement.objects.get(office=offices["met"], indicator=delivery, period=period(delivery))
        history = measurement.history.order_by("history_date")
        assert [row.value for row in history] == [Decimal(6), Decimal("5.2")]
        assert history.last().history_change_reason == "Corrected after audit"
        assert Measurement.objects.filter(office=offices["met"], indicator=delivery).count() == 2  # two periods

    def test_a_period_that_starts_no_reporting_period_is_refused(self, admin_client, offices, indicators):
        delivery = indicators["t-delivery"]
        wrong = period(delivery) + datetime.timedelta(days=31)
        response = admin_client.post(ENTRY.format(code="NEAR"), TestPermissions.form(delivery, period=wrong))
        assert response.status_code == 400
        assert f"{wrong.isoformat()} does not start a quarterly period of Delivery." in response.content.decode()
        assert not Measurement.objects.filter(period=wrong).exists()

    def test_a_reason_and_a_source_are_required(self, admin_client, offices, indicators):
        data = TestPermissions.form(indicators["t-delivery"], change_reason="", source="")
        response = admin_client.post(ENTRY.format(code="NEAR"), data)
        assert response.status_code == 400
        assert set(response.context["form"].errors) == {"change_reason", "source"}
        assert Measurement.objects.get(office=offices["near"], indicator=indicators["t-delivery"]).value == Decimal(
            "4.6"
        )


class TestScorecardMatrix:
    def test_every_cell_says_its_status_in_words_with_score_and_values_not_scored(self, staff_client, offices):
        html = page(staff_client, "/scorecard/")
        row = re.search(r'<tr data-office="MET">.*?</tr>', html, re.S).group()
        assert "✓</span> Met</span>" in row
        assert "score 100%" in row
        assert "1 not scored" in row  # joint programmes: no target
        assert "Not met</span>" in re.search(r'<tr data-office="MISS">.*?</tr>', html, re.S).group()
        near = re.search(r'<tr data-office="NEAR">.*?</tr>', html, re.S).group()
        assert "Near target</span>" in near
        assert "score 67%" in near  # near (0.5) weighs 2, met (1) weighs 1
        accepted = re.search(r'<tr data-office="ACC">.*?</tr>', html, re.S).group()
        assert "Unknown (no measurement)</span>" in accepted  # an accepted shortfall is not scored
        assert "3 not scored" in accepted

    def test_the_legend_explains_every_status_and_the_thresholds(self, staff_client, offices):
        html = page(staff_client, "/scorecard/")
        legend = html[html.index('aria-labelledby="legend-heading"') :]
        for label in (
            "Met",
            "Near target",
            "Not met",
            "Accepted deviation",
            "Unknown (no measurement)",
            "No target set",
        ):
            assert f"</span> {label}</span>" in legend
        assert "met from a weighted score of 90%, near target from 50%" in legend

    def test_filtered_by_region_and_office_type_with_the_directorys_filterset(self, staff_client, offices):
        three_tier = Structure.objects.get(code="three-tier")
        for office in (offices["met"], offices["missed"]):
            services.placement_set(
                office=office, structure=three_tier, office_type=office_type(three_tier, "country-office"),
                actor=None, reason=R,
            )  # fmt: skip
        response = staff_client.get("/scorecard/?region=ASP")
        assert isinstance(response.context["filterset"], OfficeFilterSet)
        assert [row["office"].code for row in response.context["matrix"]["rows"]] == ["ACC", "MISS"]
        typed = staff_client.get("/scorecard/?three_tier_type=country-office&region=AFR")
        assert [row["office"].code for row in typed.context["matrix"]["rows"]] == ["MET"]
        assert "1 office shown." in typed.content.decode()

    def test_filters_by_htmx_return_the_results_only(self, staff_client, offices):
        html = page(staff_client, "/scorecard/?region=ASP", headers={"HX-Request": "true"})
        assert "<html" not in html
        assert 'data-office="MISS"' in html
        assert 'data-office="MET"' not in html

    def test_each_office_has_a_trend_line_with_its_text(self, staff_client, offices):
        html = page(staff_client, "/scorecard/")
        row = re.search(r'<tr data-office="MET">.*?</tr>', html, re.S).group()
        label = re.search(r'<svg class="sparkline"[^>]*aria-label="([^"]*)"', row).group(1)
        assert label == "Overall score of the last 4 periods, oldest first: not scored, not scored, 0%, 100%"
        assert re.search(r'<path class="sparkline__line" d="M[\d. ]+L[\d. ]+"', row)

    def test_region_and_network_roll_ups_say_what_they_could_not_score(self, staff_client, offices, indicators):
        record(indicators["t-delivery"], None, "5.5")
        html = page(staff_client, "/scorecard/")
        asia = re.search(r'<tr data-region="ASP">.*?</tr>', html, re.S).group()
        assert "Not met</span>" in asia
        assert "5 not scored" in asia  # ACC: accepted deviation, days unknown; MISS: days unknown; joint × 2
        network = re.search(r'<tr data-region="network">.*?</tr>', html, re.S).group()
        assert "Met</span>" in network
        assert "2 not scored" in network


class TestOfficeScorecard:
    def test_every_indicator_with_its_target_and_who_set_it(self, staff_client, offices):
        html = page(staff_client, "/scorecard/offices/MET/")
        delivery = re.search(r'<article class="indicator" id="indicator-t-delivery".*?</article>', html, re.S).group()
        assert "5 USD million" in delivery
        assert "Higher is better" in delivery
        assert "near target when it misses by up to 0.5 USD million" in delivery
        assert "Steering committee, on 2024-01-15" in delivery
        assert "<dt>Weight</dt><dd>2</dd>" in delivery
        joint = re.search(r'<article class="indicator" id="indicator-t-joint".*?</article>', html, re.S).group()
        assert "No target set" in joint

    def test_the_series_is_a_chart_and_a_table_with_status_and_source(self, staff_client, offices, indicators):
        html = page(staff_client, "/scorecard/offices/MET/")
        delivery = re.search(r'<article class="indicator" id="indicator-t-delivery".*?</article>', html, re.S).group()
        assert re.search(r'<path class="series-chart__line" d="M[\d. ]+L[\d. ]+"', delivery)
        assert delivery.count('<circle class="series-chart__dot') == 2
        assert 'class="series-chart__target"' in delivery
        latest = period(indicators["t-delivery"]).isoformat()
        row = re.search(rf'<tr>\s*<th scope="row">{latest}</th>.*?</tr>', delivery, re.S).group()
        assert "6</td>" in row
        assert "Met</span>" in row
        assert "Office report" in row
        older = re.search(
            rf'<th scope="row">{period(indicators["t-delivery"], 1).isoformat()}</th>.*?</tr>', delivery, re.S
        )
        assert "Not met</span>" in older.group()
        assert "Older report" in older.group()
        assert delivery.count("Unknown (no measurement)") == 6  # eight periods, two entered

    def test_an_accepted_deviation_shows_with_its_end_date(self, staff_client, offices):
        html = page(staff_client, "/scorecard/offices/ACC/")
        end = (timezone.localdate() + datetime.timedelta(days=200)).isoformat()
        assert f"Accepted until {end} by Steering committee: Post vacant until the summer" in html
        assert "⚑</span> Accepted deviation</span>" in html

    def test_the_office_page_links_here(self, staff_client, offices):
        assert 'href="/scorecard/offices/MET/"' in page(staff_client, "/offices/MET/")


@pytest.fixture
def peers(db):
    """A sourced real-looking peer (not demonstration) and a fictional one that does not publish
    its share of offices on common premises."""
    metrics = {metric.code: metric for metric in BenchmarkMetric.objects.all()}
    listed = services.peer_create(code="listed", name="Listed entity", actor=None, reason=R)
    fictional = services.peer_create(code="peer-x", name="Peer entity X", is_fictional=True, actor=None, reason=R)
    for peer, code, value in (
        (listed, "field-offices", "130"),
        (listed, "common-premises", "0"),  # a real zero: shown as 0, unlike "not reported"
        (fictional, "field-offices", "20"),
        (fictional, "common-premises", None),
    ):
        services.data_point_record(
            peer=peer, metric=metrics[code], year=2024, value=Decimal(value) if value else None,
            not_reported=value is None, source=f"Annual report 2024 of {peer.name}",
            comparability_note="Counts liaison offices" if code == "field-offices" else "",
            actor=None, reason=R,
        )  # fmt: skip
    return {"listed": listed, "fictional": fictional}


class TestBenchmarking:
    def cell(self, html: str, metric: str, entity: str) -> str:
        row = re.search(rf'<tr data-metric="{metric}">.*?</tr>', html, re.S).group()
        return re.search(rf'<td class="benchmark-cell" data-entity="{entity}">(.*?)</td>', row, re.S).group(1)

    def test_unido_beside_each_peer_with_year_source_and_comparability(self, staff_client, offices, peers):
        html = page(staff_client, "/benchmarking/")
        assert '<span class="benchmark-value">4</span>' in self.cell(html, "field-offices", "unido")
        listed = self.cell(html, "field-offices", "listed")
        assert '<span class="benchmark-value">130</span>' in listed
        assert "2024, source: Annual report 2024 of Listed entity" in listed
        assert "Comparability: Counts liaison offices" in listed
        assert "Peer entity X (fictional)" in html
        assert "Peer entity X are invented for demonstration" in html

    def test_not_reported_is_words_never_zero_and_a_real_zero_stays_zero(self, staff_client, peers):
        html = page(staff_client, "/benchmarking/")
        not_reported = self.cell(html, "common-premises", "peer-x")
        assert "Not reported" in not_reported
        assert not re.search(r"benchmark-value|>\s*0\s*<", not_reported)
        assert '<span class="benchmark-value">0</span>' in self.cell(html, "common-premises", "listed")
        assert "No data" in self.cell(html, "structure-tiers", "peer-x")

    @pytest.mark.parametrize("ordering", ["peer-x", "-peer-x"])
    def test_sorting_by_a_column_puts_figures_not_reported_last(self, staff_client, peers, ordering):
        response = staff_client.get(f"/benchmarking/?ordering={ordering}")
        order = [row["metric"].code for row in response.context["table"]["rows"]]
        assert order[0] == "field-offices"
        assert set(order[1:]) == {"countries-covered", "countries-per-office", "common-premises", "structure-tiers"}
        html = response.content.decode()
        assert 'aria-sort="ascending"' in html if ordering == "peer-x" else 'aria-sort="descending"' in html

    def test_sorting_by_metric_name(self, staff_client, peers):
        response = staff_client.get("/benchmarking/?ordering=-metric")
        names = [str(row["metric"].name) for row in response.context["table"]["rows"]]
        assert names == sorted(names, key=str.casefold, reverse=True)

    def test_the_csv_has_the_same_figures_and_says_not_reported(self, staff_client, offices, peers):
        response = staff_client.get("/benchmarking/export.csv")
        assert response["Content-Disposition"] == 'attachment; filename="benchmarking.csv"'
        rows = list(csv.DictReader(io.StringIO(response.content.decode())))
        by_key = {(row["metric_code"], row["entity_code"]): row for row in rows}
        assert by_key["common-premises", "peer-x"]["value"] == "not reported"
        assert by_key["common-premises", "peer-x"]["source"] == "Annual report 2024 of Peer entity X"
        assert by_key["common-premises", "listed"]["value"] == "0"
        assert by_key["structure-tiers", "peer-x"]["value"] == "no data"
        assert by_key["field-offices", "unido"]["value"] == "4"
        assert by_key["field-offices", "listed"]["comparability_note"] == "Counts liaison offices"
        assert (by_key["field-offices", "peer-x"]["fictional"], by_key["field-offices", "listed"]["fictional"]) == (
            "yes",
            "no",
        )
        assert all(row["value"] != "" for row in rows)


# -- query budgets ------------------------------------------------------------------------------


def scorecard_network(count: int, indicators: dict, *, first: int = 0) -> list[Office]:
    """``count`` offices, each placed in the three-tier structure, with values in four periods of
    every indicator and an accepted deviation."""
    three_tier = Structure.objects.get(code="three-tier")
    made, batch = [], []
    for index in range(first, first + count):
        office = OfficeFactory(code=f"Q{index:03d}")
        made.append(office)
        services.placement_set(
            office=office, structure=three_tier, office_type=office_type(three_tier, "country-office"),
            actor=None, reason=R,
        )  # fmt: skip
        for indicator in indicators.values():
            for back in range(4):
                value = Decimal(index % 7 + back)
                batch.append(
                    Measurement(
                        indicator=indicator, office=office, period=period(indicator, back), value=value, source="S"
                    )
                )
        services.accepted_deviation_create(
            indicator=indicators["t-delivery"], office=office, rationale="R", accepted_by="Committee",
            start=datetime.date(2025, 1, 1), end=timezone.localdate(), actor=None, reason=R,
        )  # fmt: skip
    services.measurements_record_new(measurements=batch, actor=None, reason=R)
    return made


def queries(client, url: str, **kwargs) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, **kwargs)
    assert response.status_code == 200, url
    return len(captured)


BUDGET_PAGES = [
    "/scorecard/",
    "/scorecard/?region=AFR&three_tier_type=country-office",
    "/scorecard/offices/Q000/",
    "/benchmarking/",
    "/benchmarking/?ordering=-peer-x",
    "/benchmarking/export.csv",
]


class TestQueryBudgets:
    @pytest.mark.parametrize("url", BUDGET_PAGES)
    def test_the_same_queries_for_3_and_for_30_offices(self, staff_client, indicators, peers, url):
        scorecard_network(3, indicators)
        staff_client.get(url)  # warms the cached demo-data check
        small = queries(staff_client, url)
        scorecard_network(27, indicators, first=3)
        services.peer_create(code="more", name="Another entity", actor=None, reason=R)
        assert Measurement.objects.count() == 30 * 4 * 3
        assert queries(staff_client, url) == small

    def test_htmx_results_of_the_matrix(self, staff_client, indicators):
        scorecard_network(3, indicators)
        url = "/scorecard/?region=AFR"
        staff_client.get(url)
        small = queries(staff_client, url, headers={"HX-Request": "true"})
        scorecard_network(27, indicators, first=3)
        assert queries(staff_client, url, headers={"HX-Request": "true"}) == small
