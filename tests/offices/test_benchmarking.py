"""Benchmarking: UNIDO's figures computed live; "not reported" never shown or counted as zero."""

import csv
import io
from decimal import Decimal

import pytest
from rest_framework.test import APIClient

from offices import services
from offices.evidence import benchmark_table, unido_figures
from offices.models import BenchmarkMetric, DataPoint, Office, PeerEntity
from reform_portal import roles
from tests.offices.test_models import refused_by_database

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(demo_network, db):
    """The module's shared demonstration data (see tests/conftest.py)."""


@pytest.fixture
def staff_api(make_user) -> APIClient:
    client = APIClient()
    client.force_authenticate(make_user(roles.STAFF))
    return client


def test_unido_figures_follow_the_registers(demo):
    figures = unido_figures()
    assert figures["offices"] == 48
    assert figures["countries_covered"] == 156
    assert figures["countries_per_office"] == Decimal("3.2")
    shared = Office.objects.filter(on_common_premises=True).count()
    assert figures["common_premises_share"] == (Decimal(100 * shared) / 48).quantize(Decimal("0.1"))
    assert figures["structure_tiers"] == 3
    Office.objects.filter(code="KEN").update(status=Office.Status.CLOSED)
    assert unido_figures()["offices"] == 47


def test_demonstration_peers_are_fictional(demo):
    assert set(PeerEntity.objects.values_list("is_fictional", flat=True)) == {True}
    assert all(name.startswith("Peer entity") for name in PeerEntity.objects.values_list("name", flat=True))


def test_the_database_refuses_a_real_peer_marked_as_demonstration():
    with refused_by_database():
        PeerEntity.objects.create(code="x", name="A real organization", is_fictional=False, is_demo=True)


def test_the_database_refuses_a_value_on_a_not_reported_point():
    peer = services.peer_create(code="p", name="Peer", is_fictional=True, actor=None, reason="t")
    metric = BenchmarkMetric.objects.get(code="field-offices")
    with refused_by_database():
        DataPoint.objects.create(peer=peer, metric=metric, year=2025, value=0, not_reported=True, source="S")
    with refused_by_database():
        DataPoint.objects.create(peer=peer, metric=metric, year=2025, value=None, not_reported=False, source="S")


def test_not_reported_is_a_distinct_cell_in_the_table_the_api_and_the_csv(demo, staff_api):
    table = benchmark_table()
    premises = next(row for row in table["rows"] if row["metric"].code == "common-premises")
    cell = dict(zip([p.code for p in table["peers"]], premises["peers"], strict=True))["peer-b"]
    assert (cell.not_reported, cell.value) == (True, None)

    api_row = next(
        row for row in staff_api.get("/api/v1/benchmarking/").json() if row["metric"]["code"] == "common-premises"
    )
    api_cell = next(c for c in api_row["peers"] if c["peer"]["code"] == "peer-b")
    assert (api_cell["not_reported"], api_cell["value"]) == (True, None)

    response = staff_api.get("/api/v1/data-points/?format=csv&metric=common-premises")
    rows = {row["peer"]: row for row in csv.DictReader(io.StringIO(response.content.decode("utf-8-sig")))}
    assert (rows["Peer entity B"]["value"], rows["Peer entity B"]["not_reported"]) == ("", "True")
    assert rows["Peer entity A"]["value"] == "55.00"


def test_recording_a_figure_again_replaces_it(demo):
    peer, metric = PeerEntity.objects.get(code="peer-b"), BenchmarkMetric.objects.get(code="common-premises")
    point = DataPoint.objects.get(peer=peer, metric=metric)
    services.data_point_record(
        peer=peer, metric=metric, year=point.year, value=Decimal(40), source="Annual report", actor=None, reason="t"
    )
    point.refresh_from_db()
    assert (point.value, point.not_reported, point.history.count()) == (Decimal(40), False, 2)
