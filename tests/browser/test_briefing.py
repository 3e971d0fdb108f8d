"""The public briefing pages in Chromium: a delegate's journey across languages, right-to-left
Arabic, an axe-core scan in English and Arabic, phone width, and the printed handout."""

import pytest

from tests.browser.test_accessibility import serious_violations

pytestmark = pytest.mark.browser

PAGES = [
    "/{lang}/briefing/",
    "/{lang}/briefing/regions/AFR/",
    "/{lang}/briefing/countries/KEN/",
    "/{lang}/briefing/sessions/",
]


def text_box(page, selector: str) -> dict:
    """Where the text of the first ``selector`` element sits, and the box of <main>."""
    return page.evaluate(
        """selector => {
            const range = document.createRange();
            range.selectNodeContents(document.querySelector(selector));
            const text = range.getBoundingClientRect();
            const main = document.querySelector('main').getBoundingClientRect();
            return {left: text.left - main.left, right: main.right - text.right};
        }""",
        selector,
    )


def test_a_delegate_reads_in_chinese_switches_to_arabic_and_finds_their_country(page, portal):
    page.goto(f"{portal.url}/briefing/", wait_until="load")  # a browser asking for English
    assert page.url == f"{portal.url}/en/briefing/"
    page.goto(f"{portal.url}/zh-hans/briefing/")
    assert page.locator("html").get_attribute("lang") == "zh-hans"
    assert page.locator("h1").count() == 1

    page.locator(".language-switcher").get_by_role("link", name="العربيّة").click()
    page.wait_for_url(f"{portal.url}/ar/briefing/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.evaluate("getComputedStyle(document.querySelector('main')).direction") == "rtl"
    heading = text_box(page, "h1")
    assert heading["right"] < heading["left"], "the heading starts on the right"
    diagram = page.locator(".tier-diagram__structure")
    assert diagram.nth(0).bounding_box()["x"] > diagram.nth(1).bounding_box()["x"], "today is on the right in Arabic"

    page.get_by_role("link", name="أفريقيا", exact=True).first.click()
    page.wait_for_url(f"{portal.url}/ar/briefing/regions/AFR/")
    assert page.locator("h1").inner_text() == "أفريقيا"
    page.locator("#office-KEN").get_by_role("link", name="كينيا", exact=True).first.click()
    page.wait_for_url(f"{portal.url}/ar/briefing/countries/KEN/")
    assert page.locator("h1").inner_text() == "كينيا"
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert "Nairobi office" in page.locator('[data-coverage="now"]').inner_text()


def test_the_switcher_keeps_the_visitor_on_a_staff_page_too(signed_in, portal):
    page = signed_in
    page.goto(f"{portal.url}/roadmap/?view=table")
    page.locator(".language-switcher").get_by_role("button", name="français").click()
    page.wait_for_url(f"{portal.url}/roadmap/?view=table")
    assert page.locator("html").get_attribute("lang") == "fr"


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_every_briefing_page_passes_axe(page, portal, lang):
    found = {}
    for path in PAGES:
        page.goto(portal.url + path.format(lang=lang))
        found[path] = serious_violations(page)
    assert found == {path: [] for path in found}


@pytest.mark.parametrize("lang", ["en", "ar", "zh-hans"])
def test_briefing_pages_fit_a_phone_screen(page, portal, lang):
    page.set_viewport_size({"width": 360, "height": 740})
    too_wide = {}
    for path in PAGES:
        page.goto(portal.url + path.format(lang=lang))
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 360:
            too_wide[path] = width
    assert too_wide == {}


def test_a_page_prints_as_a_handout(page, portal):
    page.goto(f"{portal.url}/en/briefing/regions/AFR/")
    page.emulate_media(media="print")
    assert not page.locator(".site-header").is_visible()
    assert not page.locator(".language-switcher").is_visible()
    assert not page.locator(".csv-download").is_visible()
    assert page.locator(".disclaimer").is_visible()
    assert page.locator(".data-as-of").is_visible()
    assert page.locator(".office-card").first.is_visible()
