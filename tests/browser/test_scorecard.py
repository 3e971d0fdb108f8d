"""The scorecard and benchmarking in a real browser: a staff member filters the matrix by region
and opens an office's indicator chart; axe-core finds no serious or critical violation."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from offices.models import Office
from reform_portal.roles import ADMINISTRATORS
from tests.browser.conftest import STAFF_USERNAME
from tests.browser.test_accessibility import serious_violations

pytestmark = pytest.mark.browser

PAGES = [
    "/scorecard/",
    "/scorecard/?region=AFR&three_tier_type=country-office",
    "/scorecard/offices/THA/",
    "/scorecard/offices/AFG/",
    "/benchmarking/",
    "/benchmarking/?ordering=-peer-a",
]
ENTRY = "/scorecard/offices/THA/measurements/new/"


def test_filter_the_scorecard_by_region_and_open_an_indicator_chart(signed_in, portal):
    page = signed_in
    page.get_by_role("link", name="Scorecard", exact=True).click()
    results = page.locator("#scorecard-results")
    expect(results.locator("[role=status]")).to_contain_text("48 offices shown")
    expect(results.locator("tbody tr").first.locator(".score").first).to_have_text(
        re.compile(r"(Met|Near target|Not met|Accepted deviation|Unknown \(no measurement\)|No target set)$")
    )

    # Filtered in place (htmx) with the region in the address, through OfficeFilterSet.
    page.get_by_label("Asia and the Pacific").check()
    asia = Office.objects.filter(region__code="ASP").count()
    expect(results.locator("[role=status]")).to_contain_text(f"{asia} offices shown")
    expect(page).to_have_url(re.compile(r"/scorecard/\?.*region=ASP"))
    regions = results.locator("tbody th .scorecard-matrix__region").all_inner_texts()
    assert set(regions) == {"Asia and the Pacific"}
    sparkline = results.locator("tr[data-office=THA] svg.sparkline")
    expect(sparkline).to_have_attribute("aria-label", re.compile(r"^Overall score of the last 4 periods, oldest first"))

    # An office's indicators: the chart is drawn and the table gives the same values.
    results.get_by_role("link", name="Bangkok office").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Scorecard of Bangkok office")
    article = page.locator("article#indicator-tc-delivery")
    chart = article.locator("svg.series-chart__svg")
    expect(chart).to_be_visible()
    path = chart.locator("path.series-chart__line").get_attribute("d")
    assert re.fullmatch(r"(M[\d. ]+(L[\d. ]+)*\s*)+", path)
    assert "L" in path
    dots = chart.locator("circle.series-chart__dot")
    box = chart.bounding_box()
    assert box["width"] > 100
    assert box["height"] > 40
    table = article.locator("table.indicator-series")
    values = [text for text in table.locator("tbody td.num").all_inner_texts() if text != "no value"]
    assert dots.count() == len(values) >= 2
    expect(table.locator("tbody tr")).to_have_count(8)
    expect(table.locator("caption")).to_have_text("Technical cooperation delivery by period, latest first")
    expect(article.locator("dl.facts")).to_contain_text("Field Reform Steering Committee (demo), on 2024-01-15")


def test_benchmarking_sorts_and_keeps_not_reported_as_words(signed_in, portal):
    page = signed_in
    page.get_by_role("link", name="Benchmarking", exact=True).click()
    premises = page.locator("tr[data-metric=common-premises] td[data-entity=peer-b]")
    expect(premises).to_contain_text("Not reported")
    page.get_by_role("link", name="Peer entity B (fictional)").click()
    expect(page).to_have_url(re.compile(r"ordering=peer-b"))
    expect(page.locator("th[aria-sort=ascending]")).to_contain_text("Peer entity B (fictional)")
    expect(page.locator("table.benchmarking tbody tr").last).to_have_attribute("data-metric", "common-premises")


def test_the_pages_pass_axe_and_fit_a_phone(signed_in, portal):
    page = signed_in
    user = get_user_model().objects.get(username=STAFF_USERNAME)
    user.groups.add(Group.objects.get(name=ADMINISTRATORS))  # to see the entry form
    found, too_wide = {}, {}
    for path in [*PAGES, ENTRY, ENTRY + "?indicator=tc-delivery&period=2026-01-01"]:
        page.goto(portal.url + path)
        found[path] = serious_violations(page)
    page.set_viewport_size({"width": 360, "height": 740})
    for path in [*PAGES, ENTRY]:
        page.goto(portal.url + path)
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 360:
            too_wide[path] = width
    assert found == {path: [] for path in found}
    assert too_wide == {}
