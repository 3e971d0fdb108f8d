"""Query budgets: every list and summary endpoint issues the same number of SQL queries for a
few rows as for many (a nested object or a count per row would show up as a difference)."""

import datetime
import itertools
import string
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.test import APIClient

from offices import services as office_services
from offices.models import Country, Region
from reform_portal import roles
from reform_portal.services import save_recorded, upsert_recorded
from roadmap import services as roadmap_services
from roadmap.models import GuidingPrinciple, KeyActivity, Phase, StrategicElement
from tests.conftest import office_type
from tests.factories import MilestoneFactory, OfficeFactory, PersonFactory, RecommendationFactory
from working_groups import services as wg_services
from working_groups.models import WorkingGroup

pytestmark = pytest.mark.django_db

D = datetime.date
_serial = itertools.count(1)


def _free_countries(n: int) -> list[Country]:
    return list(Country.objects.filter(coverages__isnull=True).order_by("iso3")[:n])


def build_offices(n: int) -> None:
    """Offices with everything a row shows: placements, coverage, post, transition, interim arrangement."""
    from offices.models import Structure

    three, two = Structure.objects.get(code="three-tier"), Structure.objects.get(code="two-tier")
    countries = _free_countries(n)
    for country in countries:
        office = OfficeFactory(host_country=country)
        office_services.placement_set(
            office=office, structure=three, office_type=office_type(three, "regional-hub"), actor=None, reason="t"
        )
        office_services.placement_set(
            office=office, structure=two, office_type=office_type(two, "subregional-office"), actor=None, reason="t"
        )
        office_services.coverage_open(country=country, office=office, valid_from=D(2020, 1, 1), actor=None, reason="t")
        office_services.transition_set(
            office=office, status="planned", planned_date=D(2030, 1, 1), actor=None, reason="t"
        )
        office_services.head_post_set(
            office=office, status="vacant", vacant_since=D(2024, 1, 1), actor=None, reason="t"
        )
        office_services.interim_arrangement_create(
            office=office, kind="officer_in_charge", officer_in_charge=PersonFactory(), start=D(2024, 2, 1),
            review_date=datetime.date.today() + datetime.timedelta(days=3), actor=None, reason="t",
        )  # fmt: skip


def build_milestones(n: int) -> None:
    office = OfficeFactory()
    principle, element = GuidingPrinciple.objects.first(), StrategicElement.objects.first()
    previous = None
    for _ in range(n):
        serial = next(_serial)
        start = D(2025, 1, 1) + datetime.timedelta(days=serial * 2)
        previous = MilestoneFactory(
            planned_start=start,
            planned_end=start + datetime.timedelta(days=1),
            is_public=True,
            owner=PersonFactory(),
            depends_on=[previous] if previous else [],
            offices=[office],
            principles=[principle],
            strategic_elements=[element],
        )


def build_recommendations(n: int) -> None:
    office, milestone = OfficeFactory(), MilestoneFactory()
    for _ in range(n):
        RecommendationFactory(offices=[office], milestones=[milestone], principles=GuidingPrinciple.objects.all()[:2])


def build_people(n: int) -> None:
    office = OfficeFactory()
    for _ in range(n):
        PersonFactory(affiliation="field_office", office=office)


def build_meetings(n: int) -> None:
    group = WorkingGroup.objects.first()
    for index in range(n):
        wg_services.meeting_create(
            working_group=group, date=D(2024, 1, 1) + datetime.timedelta(days=index), title="M", actor=None, reason="t"
        )


def build_briefings(n: int) -> None:
    region = Region.objects.first()
    for index in range(n):
        roadmap_services.briefing_session_create(
            title="B", scope="regional", region=region, date=D(2024, 1, 1) + datetime.timedelta(days=index),
            format="virtual", is_published=True, actor=None, reason="t",
        )  # fmt: skip


def build_coverage(n: int) -> None:
    office = OfficeFactory()
    for country in _free_countries(n):
        office_services.coverage_open(country=country, office=office, valid_from=D(2020, 1, 1), actor=None, reason="t")


def _codes(n: int, alphabet: str, length: int) -> list[str]:
    return ["".join(letters) for letters in itertools.islice(itertools.product(alphabet, repeat=length), n)]


def build_reference(model, field: str, alphabet: str, length: int, **values):
    def build(n: int) -> None:
        taken = set(model.objects.values_list(field, flat=True))
        codes = [code for code in _codes(n + len(taken), alphabet, length) if code not in taken][:n]
        for code in codes:
            fields = {key: value(code) if callable(value) else value for key, value in values.items()}
            upsert_recorded(model, lookup={field: code}, values=fields, actor=None, reason="t")

    return build


def build_phases(n: int) -> None:
    parent = Phase.objects.get(code="phase-2")
    for _ in range(n):
        serial = next(_serial)
        upsert_recorded(
            Phase,
            lookup={"code": f"p2-extra-{serial}"},
            values={"parent": parent, "number": 100 + serial, "name_en": "P"},
            actor=None,
            reason="t",
        )


def build_activities(n: int) -> None:
    for _ in range(n):
        upsert_recorded(
            KeyActivity, lookup={"number": 100 + next(_serial)}, values={"name_en": "A"}, actor=None, reason="t"
        )


def _indicator():
    from offices.models import Indicator, Objective, Perspective

    serial = next(_serial)
    objective = Objective.objects.first() or save_recorded(
        Objective(perspective=Perspective.objects.first(), code="budget", name_en="O"), actor=None, reason="t"
    )
    return save_recorded(
        Indicator(
            objective=objective, code=f"ind-{serial}", name_en="I", unit="%", direction="higher",
            target=Decimal(5), tolerance=Decimal(1), frequency="quarterly",
        ),
        actor=None,
        reason="t",
    )  # fmt: skip


def build_indicators(n: int) -> None:
    for _ in range(n):
        _indicator()


def build_measurements(n: int) -> None:
    """Offices, each with values of an indicator in the judged periods and a deviation."""
    from offices.scorecard import recent_periods

    indicator = _indicator()
    for office in (OfficeFactory() for _ in range(n)):
        for period in recent_periods(datetime.date.today(), "quarterly", 2):
            office_services.measurement_record(
                indicator=indicator, office=office, period=period, value=Decimal(4), source="S", actor=None, reason="t"
            )
        office_services.accepted_deviation_create(
            indicator=indicator, office=office, rationale="R", accepted_by="B", start=D(2026, 1, 1), end=D(2030, 1, 1),
            actor=None, reason="t",
        )  # fmt: skip


def build_peers(n: int) -> None:
    from offices.models import BenchmarkMetric

    metrics = list(BenchmarkMetric.objects.all())
    for _ in range(n):
        peer = office_services.peer_create(
            code=f"peer-{next(_serial)}", name="P", is_fictional=True, actor=None, reason="t"
        )
        for metric in metrics[:2]:
            office_services.data_point_record(
                peer=peer, metric=metric, year=2025, value=Decimal(3), source="S", actor=None, reason="t"
            )
        office_services.data_point_record(
            peer=peer, metric=metrics[2], year=2025, value=None, not_reported=True, source="S", actor=None, reason="t"
        )


def build_objectives(n: int) -> None:
    from offices.models import Objective, Perspective

    perspective = Perspective.objects.first()
    for _ in range(n):
        save_recorded(
            Objective(perspective=perspective, code=f"obj-{next(_serial)}", name_en="O"), actor=None, reason="t"
        )


def build_perspectives(n: int) -> None:
    from offices.models import Perspective

    for _ in range(n):
        save_recorded(Perspective(code=f"persp-{next(_serial)}", name_en="P"), actor=None, reason="t")


# endpoint → (row builder, small size, large size). Lettered reference data has 26 letters at most.
ENDPOINTS = {
    "/api/v1/offices/": (build_offices, 3, 50),
    "/api/v1/countries/": (build_coverage, 3, 50),
    "/api/v1/coverage/": (build_coverage, 3, 50),
    "/api/v1/transitions/": (build_offices, 3, 50),
    "/api/v1/interim-arrangements/": (build_offices, 3, 50),
    "/api/v1/milestones/": (build_milestones, 3, 50),
    "/api/v1/recommendations/": (build_recommendations, 3, 50),
    "/api/v1/people/": (build_people, 3, 50),
    "/api/v1/meetings/": (build_meetings, 3, 50),
    "/api/v1/briefing-sessions/": (build_briefings, 3, 50),
    "/api/v1/regions/": (build_reference(Region, "code", string.ascii_uppercase, 2, name_en="R"), 3, 50),
    "/api/v1/phases/": (build_phases, 3, 50),
    "/api/v1/activities/": (build_activities, 3, 50),
    "/api/v1/principles/": (
        build_reference(GuidingPrinciple, "letter", string.ascii_lowercase, 1, title_en="P"),
        3,
        19,
    ),
    "/api/v1/strategic-elements/": (
        build_reference(StrategicElement, "letter", string.ascii_lowercase, 1, title_en="S"),
        3,
        21,
    ),
    "/api/v1/working-groups/": (
        build_reference(WorkingGroup, "letter", string.ascii_lowercase, 1, name_en="W", topic_en="T"),
        3,
        22,
    ),
    "/api/v1/perspectives/": (build_perspectives, 3, 50),
    "/api/v1/objectives/": (build_objectives, 3, 50),
    "/api/v1/indicators/": (build_indicators, 3, 50),
    "/api/v1/measurements/": (build_measurements, 3, 30),
    "/api/v1/peers/": (build_peers, 3, 50),
    "/api/v1/data-points/": (build_peers, 3, 30),
    "/api/v1/scorecard/statuses/": (build_measurements, 3, 30),
    "/api/v1/scorecard/roll-ups/": (build_measurements, 3, 30),
    "/api/v1/benchmarking/": (build_peers, 3, 30),
    "/api/v1/network/summary/": (build_offices, 3, 50),
    "/api/v1/roadmap/summary/": (build_milestones, 3, 50),
}


def queries_for(url: str) -> int:
    # A fresh user object per request, so that nothing cached on it hides a query.
    client = APIClient()
    client.force_authenticate(get_user_model().objects.get(username="budget-admin"))
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, {"page_size": 200} if "summary" not in url else {})
    assert response.status_code == 200, response.content[:300]
    return len(queries)


@pytest.mark.parametrize("url", ENDPOINTS)
def test_same_number_of_queries_for_few_and_many_rows(url, make_user):
    from django.contrib.auth.models import Group

    get_user_model().objects.create_user("budget-admin").groups.add(Group.objects.get(name=roles.ADMINISTRATORS))
    build, small, large = ENDPOINTS[url]
    build(small)
    few = queries_for(url)
    build(large - small)
    many = queries_for(url)
    assert few == many, f"{url}: {few} queries for {small} rows, {many} for {large}"
