"""A staff member's morning in the portal, in a real browser: directory, office, map, roadmap."""

import re

import pytest
from playwright.sync_api import expect

from offices.models import Coverage, Office
from offices.selectors import open_coverage_filter

pytestmark = pytest.mark.browser

UNCOVERED_GREY = "rgb(213, 219, 226)"


def test_directory_office_map_roadmap_and_milestone(signed_in, portal):
    page = signed_in
    expect(page.locator(".demo-banner")).to_contain_text("Demonstration data.")

    # The office directory, filtered by region in place (htmx) with the filter in the address.
    page.get_by_role("link", name="Offices", exact=True).click()
    expect(page.locator("#office-results [role=status]")).to_contain_text("48 offices found")
    page.get_by_label("Asia and the Pacific").check()
    expect(page.locator("#office-results [role=status]")).to_contain_text("11 offices found")
    expect(page).to_have_url(re.compile(r"/offices/\?.*region=ASP"))
    regions = page.locator("#office-results tbody tr td:nth-child(5)").all_inner_texts()
    assert set(regions) == {"Asia and the Pacific"}

    # An office and the countries it covers.
    page.get_by_role("link", name="Bangkok office").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Bangkok office")
    covered = set(page.locator("ul[data-coverage=current] li").evaluate_all("items => items.map(i => i.dataset.iso3)"))
    expected = set(
        Coverage.objects.filter(open_coverage_filter(), office__code="THA").values_list("country__iso3", flat=True)
    )
    assert covered == expected
    assert {"THA", "KHM", "LAO", "MMR", "MYS"} <= covered

    # The map: that office's countries are drawn in the office's colour.
    page.get_by_role("link", name="Coverage map").click()
    swatch = page.locator(".legend li", has_text=re.compile(r"^Bangkok office$")).locator(".swatch")
    office_colour = swatch.evaluate("el => getComputedStyle(el).backgroundColor")
    assert office_colour != UNCOVERED_GREY
    m49_codes = Coverage.objects.filter(open_coverage_filter(), office__code="THA").values_list(
        "country__m49", flat=True
    )
    drawn = 0
    for m49 in m49_codes:
        shape = page.locator(f"svg.world-map [data-m49='{m49}']")
        if shape.count():
            assert shape.evaluate("el => getComputedStyle(el).fill") == office_colour, m49
            drawn += 1
    assert drawn >= 5
    assert page.locator("svg.world-map .country--uncovered").first.evaluate("el => getComputedStyle(el).fill") == (
        UNCOVERED_GREY
    )
    assert page.locator("svg.world-map .office-marker").count() == Office.objects.count()

    # Focus shows the country, its office and the office's tier.
    thailand = page.locator("svg.world-map a:has([data-m49='764'])")
    thailand.focus()
    expect(page.locator(".map-tooltip")).to_have_text("Thailand: Bangkok office (Regional hub)")

    # The two-tier structure shows the planned coverage.
    page.get_by_label("Two-tier field structure").check()
    expect(page.locator("#map-title")).to_contain_text("planned coverage")
    expect(page).to_have_url(re.compile(r"structure=two-tier"))
    expect(page.locator("svg.world-map a:has([data-m49='764'])")).to_have_attribute(
        "aria-label", "Thailand: Bangkok office (Subregional office)"
    )

    # The roadmap timeline: a bar per milestone, today's line, dependencies, overdue highlighted.
    page.get_by_role("link", name="Roadmap").click()
    shown = int(page.locator("#roadmap-view [role=status]").inner_text().split()[0])
    timeline = page.locator("svg.timeline")
    assert timeline.locator("a[data-milestone] rect.bar").count() == shown > 0
    today_line = timeline.locator("line.today-line")
    expect(today_line).to_have_count(1)
    box, frame = today_line.bounding_box(), timeline.bounding_box()
    assert frame["x"] < box["x"] < frame["x"] + frame["width"]
    assert timeline.locator("path.dependency").count() > 0
    overdue = timeline.locator("a[data-overdue=true]")
    assert overdue.count() >= 1
    late_code = overdue.first.get_attribute("data-milestone")
    expect(timeline.locator(f"text[data-overdue-label='{late_code}']")).to_have_text("Overdue")
    assert overdue.first.locator("rect.bar").evaluate("el => getComputedStyle(el).stroke") == "rgb(161, 0, 31)"
    on_time = timeline.locator("a[data-overdue=false] rect.bar").first
    assert on_time.evaluate("el => getComputedStyle(el).stroke") != "rgb(161, 0, 31)"

    # The same milestones as a table, then one milestone.
    page.get_by_role("link", name="Table").click()
    expect(page.locator("#milestones-caption")).to_be_visible()
    expect(page).to_have_url(re.compile(r"view=table"))
    page.get_by_role("link", name="Timeline").click()
    late = page.locator("svg.timeline a[data-overdue=true]").first
    code = late.get_attribute("data-milestone")
    late.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(code)
    expect(page.locator("main")).to_contain_text("Overdue")
    expect(page.locator("#predecessors")).to_be_visible()
