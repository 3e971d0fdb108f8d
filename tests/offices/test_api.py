"""Filters of the field network's API resources, on the demonstration network."""

import datetime

from django.utils import timezone

from offices.demo import NETWORK, PLANNED_TRANSFERS, VACANCIES
from tests.api_filters import DemoAPITestCase

ALL = [office for offices in NETWORK.values() for office in offices]


def codes(predicate) -> set[str]:
    return {office.host for office in ALL if predicate(office)}


class OfficeFilters(DemoAPITestCase):
    def test_offices(self):
        table = {
            "region=ECA": {office.host for office in NETWORK["ECA"]},
            "region=ECA&region=LAC": {office.host for office in NETWORK["ECA"] + NETWORK["LAC"]},
            "three_tier_type=regional-hub": codes(lambda o: o.three_tier[0] == "regional-hub"),
            "two_tier_type=subregional-office": codes(lambda o: o.two_tier[0] == "subregional-office"),
            "two_tier_type=country-office&region=AFR": {
                o.host for o in NETWORK["AFR"] if o.two_tier[0] == "country-office"
            },
            "vacant=true": set(VACANCIES),
            "vacant=false": codes(lambda o: o.host not in VACANCIES),
            "host_country=ken": {"KEN"},
            "status=closed": set(),
            "q=nairobi": {"KEN"},
            "q=Dar es": {"TZA"},
        }
        self.assert_filters("offices", table, key=lambda row: row["code"])

    def test_office_ordering(self):
        ordered = [row["code"] for row in self.rows("offices", "ordering=-covered&region=ASP")]
        assert ordered[0] == "PHL"  # the office covering the most countries in Asia and the Pacific
        by_name = [row["name"] for row in self.rows("offices", "ordering=name")]
        assert by_name == sorted(by_name)

    def test_coverage(self):
        effective = timezone.localdate() + datetime.timedelta(days=200)
        table = {
            "country=MUS": [("MUS", "ZAF"), ("MUS", "MDG")],
            "country=MUS&open=true": [("MUS", "MDG")],
            "office=TUR&open=false": {("GEO", "TUR")},
            "country=GEO&structure=two-tier": [("GEO", "ARM")],
            "country=GEO&structure=three-tier": [("GEO", "TUR")],
            f"country=GEO&active_on={effective}": [("GEO", "ARM")],
        }
        self.assert_filters("coverage", table, key=lambda row: (row["country"]["code"], row["office"]["code"]))

    def test_countries(self):
        covered_in_eca = {o.host for o in NETWORK["ECA"]} | {c for o in NETWORK["ECA"] for c in o.covers}
        table = {
            "region=ECA": covered_in_eca,
            "q=KEN": {"KEN"},
            "covered=true&q=MUS": {"MUS"},
        }
        self.assert_filters("countries", table, key=lambda row: row["iso3"])
        uncovered = self.rows("countries", "covered=false")
        assert len(uncovered) == 249 - 156

    def test_country_shows_its_office_now_and_after_the_reform(self):
        mauritius = self.api.get("/api/v1/countries/MUS/").json()
        assert (mauritius["current_office"]["code"], mauritius["planned_office"]["code"]) == (
            "ZAF",
            PLANNED_TRANSFERS["MUS"],
        )

    def test_transitions_and_arrangements(self):
        statuses = {row["status"] for row in self.rows("transitions", "status=done")}
        assert statuses == {"done"}
        assert len(self.rows("transitions", "region=ECA")) == len(NETWORK["ECA"])
        self.assert_filters(
            "interim-arrangements",
            {"kind=covering_office": {code for code, covering in VACANCIES.items() if covering}, "office=civ": {"CIV"}},
            key=lambda row: row["office"]["code"],
        )
        due = self.rows("interim-arrangements", "due_within=30")
        today = timezone.localdate()
        assert due
        assert all(
            today <= datetime.date.fromisoformat(row["review_date"]) <= today + datetime.timedelta(days=30)
            for row in due
        )
