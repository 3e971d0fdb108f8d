"""Every API resource: list, detail, CSV with the same filters, and the error shape on bad input."""

import csv
import io

import pytest
from rest_framework.test import APIClient

from reform_portal import roles
from tests.test_api import RESOURCES, error_of

pytestmark = pytest.mark.django_db

# For each writable resource: a body that is wrong, and the fields the refusal must name.
INVALID = {
    "offices": ({"code": "x", "latitude": 91}, {"code", "name", "city", "host_country", "region", "latitude"}),
    "coverage": ({"country": 999999, "valid_from": "not a date"}, {"country", "office", "valid_from"}),
    "transitions": ({"status": "finished"}, {"office", "status"}),
    "interim-arrangements": ({"kind": "guess", "start": ""}, {"office", "kind", "start"}),
    "milestones": (
        {"code": "lower case", "progress": 150},
        {"code", "phase", "activity", "title", "planned_start", "planned_end", "progress"},
    ),
    "people": ({"email": "not-an-address"}, {"name", "affiliation", "email"}),
    "recommendations": ({"working_group": 999999}, {"code", "working_group", "title", "text"}),
    "meetings": ({"date": "2025-13-40"}, {"working_group", "date", "title"}),
    "briefing-sessions": ({"scope": "planetary"}, {"title", "scope", "date", "format"}),
}


@pytest.fixture
def admin_api(make_user) -> APIClient:
    client = APIClient()
    client.force_authenticate(make_user(roles.ADMINISTRATORS))
    return client


@pytest.fixture
def demo(demo_network, db):
    """The module's shared demonstration data (see tests/conftest.py)."""


def all_rows(client, url: str) -> list[dict]:
    rows = []
    while url:
        page = client.get(url).json()
        rows += page["results"]
        url = page["next"]
    return rows


def test_every_resource_lists_and_shows_its_records(demo, admin_api):
    for resource in RESOURCES:
        listing = admin_api.get(f"/api/v1/{resource}/").json()
        assert listing["count"] > 0, resource
        first = listing["results"][0]
        detail = admin_api.get(first["url"])
        assert (detail.status_code, detail.json()["id"]) == (200, first["id"]), resource


def test_every_resource_downloads_as_csv_with_its_filters(demo, admin_api):
    for resource, query in [(r, "") for r in RESOURCES] + [
        ("offices", "region=ECA"),
        ("milestones", "status=completed"),
    ]:
        listing = all_rows(admin_api, f"/api/v1/{resource}/?{query}&page_size=500")
        response = admin_api.get(f"/api/v1/{resource}/?{query}&format=csv")
        assert response["Content-Type"].startswith("text/csv"), resource
        rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
        assert [int(row["id"]) for row in rows] == [row["id"] for row in listing], resource


@pytest.mark.parametrize(("resource", "case"), INVALID.items(), ids=list(INVALID))
def test_bad_input_is_refused_naming_each_field(admin_api, resource, case):
    body, fields = case
    response = admin_api.post(f"/api/v1/{resource}/", body, format="json")
    assert response.status_code == 400
    error = error_of(response)
    assert fields <= set(error["fields"]), set(error["fields"])
    assert all(isinstance(message, str) and message for messages in error["fields"].values() for message in messages)
