"""Balanced scorecard: the status rules, weighted roll-ups, periods, and recording measurements."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from rest_framework.test import APIClient

from offices import services
from offices.models import Indicator, Measurement, Objective, Perspective
from offices.scorecard import RollUp, ScorecardData, Status, judge, last_complete_period, recent_periods
from reform_portal import roles
from reform_portal.services import save_recorded
from tests.factories import OfficeFactory
from tests.offices.test_models import refused_by_database

D = datetime.date
TODAY = D(2026, 11, 26)


@pytest.mark.parametrize(
    ("direction", "target", "tolerance", "value", "deviation_until", "expected"),
    [
        ("higher", "5", "0.5", "5", None, Status.MET),  # exactly on target
        ("higher", "5", "0.5", "7", None, Status.MET),
        ("higher", "5", "0.5", "4.5", None, Status.NEAR),  # at the edge of the band
        ("higher", "5", "0.5", "4.49", None, Status.NOT_MET),
        ("lower", "30", "5", "30", None, Status.MET),
        ("lower", "30", "5", "12", None, Status.MET),
        ("lower", "30", "5", "35", None, Status.NEAR),
        ("lower", "30", "5", "35.01", None, Status.NOT_MET),
        ("higher", "5", "0", "4.99", None, Status.NOT_MET),  # no band: any shortfall misses
        ("higher", None, "0", "4", None, Status.NO_TARGET),
        ("higher", None, "0", None, None, Status.NO_TARGET),
        ("higher", "5", "0.5", None, None, Status.UNKNOWN),
        ("higher", "5", "0.5", "1", D(2026, 12, 31), Status.ACCEPTED),  # a running deviation
        ("higher", "5", "0.5", "4.8", TODAY, Status.ACCEPTED),  # its last day
        ("higher", "5", "0.5", "1", D(2026, 11, 25), Status.NOT_MET),  # ended yesterday: reverts
        ("higher", "5", "0.5", "6", D(2026, 12, 31), Status.MET),  # met stays met
        ("higher", "5", "0.5", None, D(2026, 12, 31), Status.UNKNOWN),  # never a fake green
    ],
)
def test_status_rules(direction, target, tolerance, value, deviation_until, expected):
    status = judge(
        direction=direction,
        target=Decimal(target) if target else None,
        tolerance=Decimal(tolerance),
        value=Decimal(value) if value else None,
        deviation_until=deviation_until,
        on=TODAY,
    )
    assert status == expected


@pytest.mark.parametrize(
    ("judged", "score", "status", "unscored"),
    [
        ([(Status.MET, 3), (Status.NOT_MET, 1)], Decimal("0.75"), Status.NEAR, 0),
        ([(Status.MET, 1), (Status.NOT_MET, 3)], Decimal("0.25"), Status.NOT_MET, 0),
        ([(Status.MET, 9), (Status.NEAR, 2)], Decimal("0.91"), Status.MET, 0),
        ([(Status.NEAR, 2), (Status.UNKNOWN, 5), (Status.NO_TARGET, 1)], Decimal("0.50"), Status.NEAR, 2),
        ([(Status.NEAR, 1), (Status.NOT_MET, 1)], Decimal("0.25"), Status.NOT_MET, 0),
        ([(Status.MET, 1), (Status.ACCEPTED, 4)], Decimal("1.00"), Status.MET, 1),
        ([(Status.UNKNOWN, 1), (Status.NO_TARGET, 1), (Status.ACCEPTED, 1)], None, Status.UNKNOWN, 3),
        ([], None, Status.UNKNOWN, 0),
    ],
)
def test_roll_ups_weigh_what_they_can_score_and_count_the_rest(judged, score, status, unscored):
    roll_up = RollUp()
    for judgement, weight in judged:
        roll_up.add(judgement, weight)
    assert (roll_up.score, roll_up.status, roll_up.unscored) == (score, status, unscored)


@pytest.mark.parametrize(
    ("frequency", "expected"),
    [
        ("quarterly", [D(2026, 1, 1), D(2026, 4, 1), D(2026, 7, 1)]),
        ("semiannual", [D(2025, 7, 1), D(2026, 1, 1)]),
        ("annual", [D(2024, 1, 1), D(2025, 1, 1)]),
    ],
)
def test_the_judged_periods_are_the_last_complete_ones(frequency, expected):
    assert recent_periods(TODAY, frequency, len(expected)) == expected
    assert last_complete_period(TODAY, frequency) == expected[-1]


@pytest.fixture
def indicator(db) -> Indicator:
    perspective = Perspective.objects.get(code="financial")
    objective = save_recorded(
        Objective(perspective=perspective, code="obj", name_en="Objective"), actor=None, reason="t"
    )
    return save_recorded(
        Indicator(
            objective=objective, code="delivery", name_en="Delivery", unit="USD million", direction="higher",
            target=Decimal(5), tolerance=Decimal("0.5"), weight=2, frequency="quarterly",
        ),
        actor=None,
        reason="t",
    )  # fmt: skip


@pytest.mark.django_db
class TestMeasurements:
    def test_re_entering_a_period_replaces_the_value_and_keeps_the_history(self, indicator, admin_user):
        office = OfficeFactory()
        for value in ("4", "6"):
            services.measurement_record(
                indicator=indicator, office=office, period=D(2026, 7, 1), value=Decimal(value),
                source="Monthly report", actor=admin_user, reason="Entered",
            )  # fmt: skip
        measurement = Measurement.objects.get(indicator=indicator, office=office)
        assert measurement.value == Decimal(6)
        assert [row.value for row in measurement.history.order_by("history_date")] == [Decimal(4), Decimal(6)]

    def test_a_period_must_start_a_reporting_period(self, indicator):
        with pytest.raises(ValidationError) as refused:
            services.measurement_record(
                indicator=indicator,
                office=None,
                period=D(2026, 8, 1),
                value=Decimal(1),
                source="S",
                actor=None,
                reason="t",
            )
        assert refused.value.message_dict["period"] == ["2026-08-01 does not start a quarterly period of Delivery."]

    def test_the_database_refuses_a_second_value_for_a_period(self, indicator):
        office = OfficeFactory()
        Measurement.objects.create(indicator=indicator, office=office, period=D(2026, 7, 1), value=1, source="S")
        with refused_by_database():
            Measurement.objects.create(indicator=indicator, office=office, period=D(2026, 7, 1), value=2, source="S")

    def test_the_database_refuses_a_second_network_value_for_a_period(self, indicator):
        Measurement.objects.create(indicator=indicator, office=None, period=D(2026, 7, 1), value=1, source="S")
        with refused_by_database():
            Measurement.objects.create(indicator=indicator, office=None, period=D(2026, 7, 1), value=2, source="S")

    def test_the_database_refuses_a_measurement_without_source(self, indicator):
        with refused_by_database():
            Measurement.objects.create(indicator=indicator, office=None, period=D(2026, 7, 1), value=1, source="")

    def test_office_and_network_judgements(self, indicator):
        office = OfficeFactory()
        period = last_complete_period(datetime.date.today(), "quarterly")
        services.measurement_record(
            indicator=indicator, office=office, period=period, value=Decimal("4.6"), source="S", actor=None, reason="t"
        )
        services.measurement_record(
            indicator=indicator, office=None, period=period, value=Decimal(9), source="S", actor=None, reason="t"
        )
        data = ScorecardData(None, datetime.date.today())
        assert data.judge(indicator, office.pk).status == Status.NEAR
        assert data.judge(indicator, None).status == Status.MET
        assert data.judge(indicator, office.pk, back=1).status == Status.UNKNOWN


@pytest.mark.django_db
class TestMeasurementPermissions:
    def api_for(self, make_user, office):
        client = APIClient()
        client.force_authenticate(make_user(roles.FOCAL_POINTS, focal_point_of=[office]))
        return client

    def test_a_focal_point_enters_their_own_office_only(self, indicator, make_user):
        own, other = OfficeFactory(), OfficeFactory()
        client = self.api_for(make_user, own)
        body = {"indicator": indicator.pk, "period": "2026-07-01", "value": "4.2", "source": "Office report"}
        assert client.post("/api/v1/measurements/", {**body, "office": own.pk}).status_code == 201
        refused = client.post("/api/v1/measurements/", {**body, "office": other.pk})
        assert refused.status_code == 403
        assert refused.json()["error"]["message"] == "You may enter measurements for your own offices only."
        network = client.post("/api/v1/measurements/", {**body, "office": None}, format="json")
        assert network.status_code == 403
        assert list(Measurement.objects.values_list("office", flat=True)) == [own.pk]

    def test_a_focal_point_cannot_change_another_offices_measurement(self, indicator, make_user):
        own, other = OfficeFactory(), OfficeFactory()
        theirs = services.measurement_record(
            indicator=indicator,
            office=other,
            period=D(2026, 7, 1),
            value=Decimal(1),
            source="S",
            actor=None,
            reason="t",
        )
        client = self.api_for(make_user, own)
        assert client.patch(f"/api/v1/measurements/{theirs.pk}/", {"value": "9"}).status_code == 403
        theirs.refresh_from_db()
        assert theirs.value == Decimal(1)


@pytest.mark.django_db
def test_a_batch_with_one_bad_row_records_nothing(indicator):
    office = OfficeFactory()
    services.measurement_record(
        indicator=indicator, office=office, period=D(2026, 1, 1), value=Decimal(1), source="S", actor=None, reason="t"
    )
    batch = [
        Measurement(indicator=indicator, office=office, period=D(2026, 4, 1), value=Decimal(2), source="S"),
        Measurement(indicator=indicator, office=office, period=D(2026, 5, 1), value=Decimal(2), source="S"),
        Measurement(indicator=indicator, office=office, period=D(2026, 7, 1), value=Decimal(2), source=""),
        Measurement(indicator=indicator, office=office, period=D(2026, 1, 1), value=Decimal(2), source="S"),
    ]
    with pytest.raises(ValidationError) as refused:
        services.measurements_record_new(measurements=batch, actor=None, reason="t")
    errors = refused.value.message_dict
    assert set(errors) == {"row 2", "row 3", "row 4"}
    assert errors["row 2"] == ["2026-05-01 does not start a quarterly period of Delivery."]
    assert errors["row 4"] == ["A value for this indicator, office and period exists already."]
    assert Measurement.objects.count() == 1


@pytest.mark.django_db
def test_an_api_correction_changes_the_measurement_itself(indicator, make_user):
    office = OfficeFactory()
    measurement = services.measurement_record(
        indicator=indicator, office=office, period=D(2026, 4, 1), value=Decimal(1), source="S", actor=None, reason="t"
    )
    client = APIClient()
    client.force_authenticate(make_user(roles.ADMINISTRATORS))
    response = client.patch(f"/api/v1/measurements/{measurement.pk}/", {"period": "2026-07-01", "value": "3"})
    assert response.status_code == 200, response.content
    assert list(Measurement.objects.values_list("pk", "period", "value")) == [
        (measurement.pk, D(2026, 7, 1), Decimal(3))
    ]
