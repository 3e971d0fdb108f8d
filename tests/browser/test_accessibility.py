"""Every page scanned with axe-core (vendored) in the browser: no serious or critical violation,
and nothing wider than a phone's screen."""

from pathlib import Path

import pytest

from roadmap.models import Milestone

pytestmark = pytest.mark.browser

AXE = Path(__file__).parent / "vendor" / "axe.min.js"
RULES = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
PAGES = [
    "/",
    "/offices/",
    "/offices/?region=AFR&vacant=true&ordering=-name",
    "/offices/KEN/",
    "/offices/CIV/",
    "/map/",
    "/map/?structure=two-tier&colour=region",
    "/restructuring/",
    "/roadmap/",
    "/roadmap/?view=table",
    "/roadmap/milestones/{milestone}/",
    "/working-groups/",
    "/working-groups/A/",
]


def serious_violations(page) -> list[str]:
    page.add_script_tag(path=str(AXE))
    violations = page.evaluate("rules => axe.run(document, {runOnly: rules}).then(r => r.violations)", RULES)
    return [
        "{id} ({impact}): {help} — {targets}".format(
            targets=[node["target"] for node in violation["nodes"][:5]], **violation
        )
        for violation in violations
        if violation["impact"] in ("serious", "critical")
    ]


def test_every_page_passes_axe(signed_in, portal):
    page = signed_in
    milestone = Milestone.objects.order_by("code").first()
    found = {}
    for path in PAGES:
        page.goto(portal.url + path.format(milestone=milestone.pk))
        found[path] = serious_violations(page)
    page.get_by_role("button", name="Log out").click()
    page.wait_for_url("**/accounts/login/")
    found["/accounts/login/"] = serious_violations(page)
    assert found == {path: [] for path in found}


def test_pages_fit_a_phone_screen(signed_in, portal):
    page = signed_in
    page.set_viewport_size({"width": 360, "height": 740})
    milestone = Milestone.objects.order_by("code").first()
    too_wide = {}
    for path in PAGES:
        page.goto(portal.url + path.format(milestone=milestone.pk))
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 360:
            too_wide[path] = width
    assert too_wide == {}
