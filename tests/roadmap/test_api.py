"""Filters of the roadmap's API resources, and its summary, on the demonstration roadmap."""

from roadmap.demo import MILESTONE_OFFICES, MILESTONES
from tests.api_filters import DemoAPITestCase


def codes(predicate) -> list[str]:
    return sorted(m.code for m in MILESTONES if predicate(m))


class MilestoneFilters(DemoAPITestCase):
    def test_milestones(self):
        table = {
            "phase=phase-1": set(codes(lambda m: m.phase.startswith("phase-1"))),
            "phase=phase-1-part-2": set(codes(lambda m: m.phase == "phase-1-part-2")),
            "activity=6": set(codes(lambda m: m.activity == 6)),
            "status=completed": set(codes(lambda m: m.status == "completed")),
            "status=not_started&status=in_progress": set(codes(lambda m: m.status != "completed")),
            "office=civ": {code for code, offices in MILESTONE_OFFICES.items() if "CIV" in offices},
            "is_public=true": set(codes(lambda m: m.public)),
            "q=briefing": set(codes(lambda m: "briefing" in m.title.lower())),
            "overdue=true": {"M-12"},
            "planned_end_before=2023-06-30": {"M-01", "M-02", "M-03", "M-04"},
            "planned_start_after=2023-10-01&planned_end_before=2023-12-31": {"M-08", "M-09", "M-10"},
        }
        self.assert_filters("milestones", table, key=lambda row: row["code"])

    def test_owner_filter(self):
        owner = self.rows("milestones", "")[0]["owner"]
        rows = self.rows("milestones", f"owner={owner['id']}")
        assert rows
        assert {row["owner"]["id"] for row in rows} == {owner["id"]}

    def test_summary(self):
        summary = self.api.get("/api/v1/roadmap/summary/").json()
        assert summary["overall"]["milestones"] == len(MILESTONES)
        assert [phase["phase"]["code"] for phase in summary["phases"]] == ["phase-1", "phase-2"]
        assert summary["phases"][0]["weighted_progress"] == 100.0
        assert [m["code"] for m in summary["overdue"]] == ["M-12"]
        assert len(summary["activities"]) == 7

    def test_briefing_sessions(self):
        table = {"scope=global": 2, "region=AFR": 2, "status=held": 6}
        for query, count in table.items():
            with self.subTest(query=query):
                assert len(self.rows("briefing-sessions", query)) == count
