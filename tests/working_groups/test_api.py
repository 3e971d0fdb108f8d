"""Filters of the working groups' API resources, on the demonstration data."""

from tests.api_filters import DemoAPITestCase
from working_groups.demo import RECOMMENDATIONS

CODES = {f"R-{letter.upper()}{number:02d}": spec for number, (letter, *spec) in enumerate(RECOMMENDATIONS, start=1)}


def codes(predicate) -> set[str]:
    return {
        code
        for code, (title, text, status, principles, elements) in CODES.items()
        if predicate(code, status, principles, elements)
    }


class RecommendationFilters(DemoAPITestCase):
    def test_recommendations(self):
        table = {
            "working_group=c": codes(lambda code, *_: code.startswith("R-C")),
            "status=accepted": codes(lambda code, status, *_: status == "accepted"),
            "status=draft&status=submitted": codes(lambda code, status, *_: status in ("draft", "submitted")),
            "principle=g": codes(lambda code, status, principles, elements: "g" in principles),
            "strategic_element=c": codes(lambda code, status, principles, elements: "c" in elements),
            "q=coverage": codes(lambda code, *_: "coverage" in " ".join(CODES[code][:2]).lower()),
        }
        self.assert_filters("recommendations", table, key=lambda row: row["code"])

    def test_people_and_meetings(self):
        leads = self.rows("people", "working_group=a")
        assert len(leads) == 5
        assert all(
            row["affiliation"] == "technical_cooperation"
            for row in self.rows("people", "affiliation=technical_cooperation")
        )
        assert len(self.rows("meetings", "working_group=b")) == 3
        assert len(self.rows("meetings", "date_after=2023-07-01")) == 4

    def test_a_status_jump_is_refused_and_the_flow_is_followed(self):
        draft = next(row for row in self.rows("recommendations", "status=draft"))
        tag = self.api.get(draft["url"])["ETag"]
        jump = self.api.post(f"{draft['url']}transition/", {"status": "implemented"}, HTTP_IF_MATCH=tag)
        assert jump.status_code == 400
        assert "cannot go from Draft to Implemented" in jump.json()["error"]["fields"]["status"][0]
        step = self.api.post(f"{draft['url']}transition/", {"status": "submitted"}, HTTP_IF_MATCH=tag)
        assert (step.status_code, step.json()["status"]) == (200, "submitted")
