"""API v1 conventions: the root, the schema and docs, roles, one error shape, CSV, brief lists,
history, and optimistic locking with ETag / If-Match."""

import csv
import datetime
import io
import re

import pytest
from django.contrib.staticfiles import finders
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from offices import services as office_services
from offices.models import Country, Office, Region
from reform_portal import roles
from tests.factories import MilestoneFactory, OfficeFactory

pytestmark = pytest.mark.django_db

RESOURCES = [
    "regions",
    "countries",
    "offices",
    "coverage",
    "transitions",
    "interim-arrangements",
    "phases",
    "activities",
    "milestones",
    "principles",
    "strategic-elements",
    "working-groups",
    "people",
    "recommendations",
    "meetings",
    "briefing-sessions",
    "perspectives",
    "objectives",
    "indicators",
    "measurements",
    "peers",
    "benchmark-metrics",
    "data-points",
]
PUBLIC = {"regions", "countries", "offices", "coverage", "phases", "activities", "milestones", "principles",
          "strategic-elements", "working-groups", "briefing-sessions", "perspectives", "indicators"}  # fmt: skip
ROLES = {
    "anonymous": "anonymous",
    "reader": None,
    "staff": roles.STAFF,
    "focal": roles.FOCAL_POINTS,
    "admin": roles.ADMINISTRATORS,
}


@pytest.fixture
def as_role(make_user):
    """An API client logged in with a role ("anonymous" for none at all)."""

    def client_for(role: str) -> APIClient:
        client = APIClient()
        if role != "anonymous":
            client.force_authenticate(make_user(ROLES[role]))
        return client

    return client_for


def error_of(response) -> dict:
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"status", "code", "message", "fields"}
    assert body["error"]["status"] == response.status_code
    return body["error"]


def test_the_root_lists_every_resource(as_role):
    response = as_role("anonymous").get("/api/v1/", HTTP_ACCEPT="application/json")
    assert set(RESOURCES) <= set(response.json())


def test_the_schema_documents_every_resource_and_every_refusal(as_role):
    schema = as_role("anonymous").get("/api/v1/schema/?format=json").json()
    assert schema["openapi"].startswith("3.")
    assert {f"/api/v1/{name}/" for name in RESOURCES} <= set(schema["paths"])
    assert {"/api/v1/network/summary/", "/api/v1/roadmap/summary/"} <= set(schema["paths"])
    patch = schema["paths"]["/api/v1/milestones/{id}/"]["patch"]
    for code in ("400", "401", "403", "404", "412", "428"):
        assert patch["responses"][code]["content"]["application/json"]["schema"] == {
            "$ref": "#/components/schemas/Error"
        }
    assert any(p["name"] == "If-Match" and p["required"] for p in patch["parameters"])


def test_the_docs_are_served_from_the_portals_own_static_files(as_role):
    html = as_role("anonymous").get("/api/v1/docs/").content.decode()
    assert "SwaggerUIBundle" in html
    assert not re.search(r"""(src|href)=["']https?://""", html)
    assert finders.find("drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js")


@pytest.mark.parametrize("resource", RESOURCES)
@pytest.mark.parametrize("role", ROLES)
def test_who_may_list_what(as_role, resource, role):
    response = as_role(role).get(f"/api/v1/{resource}/")
    if resource in PUBLIC or role in ("staff", "focal", "admin"):
        assert response.status_code == 200
    else:
        expected = 401 if role == "anonymous" else 403
        assert response.status_code == expected
        assert error_of(response)["code"] in ("not_authenticated", "permission_denied")
        assert "results" not in response.json()


@pytest.mark.parametrize("role", ["anonymous", "reader", "staff", "focal"])
def test_only_administrators_create(as_role, role):
    response = as_role(role).post("/api/v1/meetings/", {"working_group": 1, "date": "2025-01-01", "title": "T"})
    assert response.status_code == (401 if role == "anonymous" else 403)
    assert error_of(response)["message"]


def test_summaries_are_internal(as_role):
    summaries = ["network/summary", "roadmap/summary", "scorecard/statuses", "scorecard/roll-ups", "benchmarking"]
    for url in (f"/api/v1/{name}/" for name in summaries):
        assert as_role("anonymous").get(url).status_code == 401
        assert as_role("reader").get(url).status_code == 403
        assert as_role("staff").get(url).status_code == 200


def test_token_authentication_for_systems(make_user):
    token = Token.objects.create(user=make_user(roles.STAFF))
    client = APIClient(HTTP_AUTHORIZATION=f"Token {token.key}")
    assert client.get("/api/v1/people/").status_code == 200
    bad = APIClient(HTTP_AUTHORIZATION="Token not-a-token").get("/api/v1/people/")
    assert bad.status_code == 401
    assert error_of(bad)["code"] == "authentication_failed"


class TestPublicReaders:
    def test_see_public_milestones_only_with_title_and_status(self, as_role):
        MilestoneFactory(code="PUB-1", is_public=True)
        MilestoneFactory(code="INT-1", is_public=False, description="internal planning note")
        rows = as_role("anonymous").get("/api/v1/milestones/").json()["results"]
        assert [row["code"] for row in rows] == ["PUB-1"]
        assert set(rows[0]) == {"id", "url", "code", "title", "phase", "status", "is_demo"}
        assert as_role("anonymous").get("/api/v1/milestones/INT-1/").status_code == 404

    def test_see_no_internal_office_fields(self, as_role):
        office = OfficeFactory()
        office_services.head_post_set(office=office, status="vacant", actor=None, reason="t")
        row = as_role("anonymous").get(f"/api/v1/offices/{office.code}/").json()
        assert "head_post_status" not in row
        assert "version" not in row
        staff_row = as_role("staff").get(f"/api/v1/offices/{office.code}/").json()
        assert staff_row["head_post_status"] == "vacant"

    def test_cannot_read_history(self, as_role):
        office = OfficeFactory()
        assert as_role("anonymous").get(f"/api/v1/offices/{office.pk}/history/").status_code == 401


class TestErrors:
    def test_invalid_input_names_each_field(self, as_role):
        response = as_role("admin").post("/api/v1/offices/", {"code": "no good", "city": "X"}, format="json")
        error = error_of(response)
        assert (response.status_code, error["code"]) == (400, "invalid")
        assert set(error["fields"]) >= {"code", "name", "host_country", "region"}
        assert error["fields"]["code"] == ["Use 2 to 12 capital letters, digits or hyphens."]

    def test_an_invariant_conflict_has_the_same_shape_and_saves_nothing(self, as_role, kenya):
        first, second = OfficeFactory(name="Nairobi office"), OfficeFactory()
        client = as_role("admin")
        assert (
            client.post(
                "/api/v1/coverage/", {"country": kenya.pk, "office": first.pk, "valid_from": "2020-01-01"}
            ).status_code
            == 201
        )
        response = client.post(
            "/api/v1/coverage/", {"country": kenya.pk, "office": second.pk, "valid_from": "2021-01-01"}
        )
        error = error_of(response)
        assert response.status_code == 400
        assert "Kenya is already covered by Nairobi office" in " ".join(error["fields"]["non_field_errors"])
        assert kenya.coverages.count() == 1

    def test_unknown_records_and_paths_answer_in_json(self, as_role):
        for url in ("/api/v1/offices/NOPE/", "/api/v1/coverage/not-an-id/", "/api/v1/no-such-thing/"):
            response = as_role("admin").get(url)
            assert response.status_code == 404
            assert error_of(response)["code"] == "not_found"

    def test_an_invalid_filter_is_refused_with_the_field(self, as_role):
        response = as_role("anonymous").get("/api/v1/offices/?region=XXX")
        assert response.status_code == 400
        assert "region" in error_of(response)["fields"]


class TestOptimisticLocking:
    def test_a_read_carries_an_etag_and_a_matching_update_succeeds(self, as_role):
        office = OfficeFactory(city="Accra")
        client = as_role("admin")
        tag = client.get(f"/api/v1/offices/{office.code}/")["ETag"]
        response = client.patch(f"/api/v1/offices/{office.pk}/", {"city": "Kumasi"}, HTTP_IF_MATCH=tag)
        assert response.status_code == 200
        assert response["ETag"] != tag
        assert response.json()["city"] == "Kumasi"

    def test_a_stale_update_is_refused_with_412_and_changes_nothing(self, as_role):
        office = OfficeFactory(city="Accra")
        client = as_role("admin")
        stale = client.get(f"/api/v1/offices/{office.pk}/")["ETag"]
        assert client.patch(f"/api/v1/offices/{office.pk}/", {"city": "Kumasi"}, HTTP_IF_MATCH=stale).status_code == 200
        response = client.patch(f"/api/v1/offices/{office.pk}/", {"city": "Tamale"}, HTTP_IF_MATCH=stale)
        assert response.status_code == 412
        assert "after you opened it; nothing was saved" in error_of(response)["message"]
        office.refresh_from_db()
        assert (office.city, office.version) == ("Kumasi", 2)

    def test_an_update_without_if_match_is_refused_with_428(self, as_role):
        milestone = MilestoneFactory(title="Original")
        response = as_role("admin").patch(f"/api/v1/milestones/{milestone.code}/", {"title": "Changed"})
        assert response.status_code == 428
        assert error_of(response)["code"] == "precondition_required"
        milestone.refresh_from_db()
        assert milestone.title == "Original"


def test_history_lists_who_when_why_and_each_change(as_role, make_user):
    office = OfficeFactory(city="Dakar")
    admin = APIClient()
    admin.force_authenticate(make_user(roles.ADMINISTRATORS))
    tag = admin.get(f"/api/v1/offices/{office.pk}/")["ETag"]
    admin.patch(f"/api/v1/offices/{office.pk}/", {"city": "Thiès", "change_reason": "Moved"}, HTTP_IF_MATCH=tag)
    entries = as_role("staff").get(f"/api/v1/offices/{office.pk}/history/").json()
    assert [entry["type"] for entry in entries] == ["created", "changed"]
    latest = entries[-1]
    assert latest["reason"] == "Moved"
    assert latest["user"].startswith("user-")
    assert {"field": "city", "old": "Dakar", "new": "Thiès"} in latest["changes"]


def test_csv_download_has_every_filtered_row(as_role):
    africa, asia = Region.objects.get(code="AFR"), Region.objects.get(code="ASP")
    for _ in range(55):
        OfficeFactory(region=africa)
    OfficeFactory(region=asia, name="Not in the download")
    response = as_role("anonymous").get("/api/v1/offices/?format=csv&region=AFR")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert len(rows) == 55
    assert {row["region"] for row in rows} == {"Africa"}


def test_brief_lists_hold_id_url_display_code(as_role):
    OfficeFactory(code="BRF", name="Brief office")
    row = next(r for r in as_role("anonymous").get("/api/v1/offices/?brief=1").json()["results"] if r["code"] == "BRF")
    assert set(row) == {"id", "url", "display", "code"}
    assert row["display"] == "Brief office"


def test_offices_by_code_and_countries_by_iso3(as_role):
    office = OfficeFactory(code="ADR")
    client = as_role("anonymous")
    assert client.get("/api/v1/offices/ADR/").json()["id"] == office.pk
    assert client.get(f"/api/v1/offices/{office.pk}/").json()["code"] == "ADR"
    assert client.get("/api/v1/countries/KEN/").json()["iso2"] == "KE"


class TestFocalPoints:
    def test_change_their_own_office_only(self, make_user):
        own, other = OfficeFactory(), OfficeFactory()
        client = APIClient()
        client.force_authenticate(make_user(roles.FOCAL_POINTS, focal_point_of=[own]))
        own_tag = client.get(f"/api/v1/offices/{own.pk}/")["ETag"]
        other_tag = client.get(f"/api/v1/offices/{other.pk}/")["ETag"]
        assert client.patch(f"/api/v1/offices/{own.pk}/", {"city": "Own"}, HTTP_IF_MATCH=own_tag).status_code == 200
        refused = client.patch(f"/api/v1/offices/{other.pk}/", {"city": "Other"}, HTTP_IF_MATCH=other_tag)
        assert refused.status_code == 403
        other.refresh_from_db()
        assert other.city != "Other"

    def test_cannot_create_offices_or_touch_the_roadmap(self, make_user):
        own = OfficeFactory()
        milestone = MilestoneFactory()
        client = APIClient()
        client.force_authenticate(make_user(roles.FOCAL_POINTS, focal_point_of=[own]))
        payload = {
            "code": "NEW",
            "name": "N",
            "city": "C",
            "host_country": Country.objects.get(iso3="KEN").pk,
            "region": own.region_id,
        }
        assert client.post("/api/v1/offices/", payload).status_code == 403
        assert client.patch(f"/api/v1/milestones/{milestone.pk}/", {"title": "X"}).status_code == 403
        assert Office.objects.filter(code="NEW").count() == 0


def test_dates_round_trip_in_iso_format(as_role):
    milestone = MilestoneFactory(
        planned_start=datetime.date(2025, 2, 3), planned_end=datetime.date(2025, 4, 5), is_public=True
    )
    row = as_role("staff").get(f"/api/v1/milestones/{milestone.code}/").json()
    assert (row["planned_start"], row["planned_end"]) == ("2025-02-03", "2025-04-05")


def test_a_client_writing_in_another_language_writes_the_english_text(as_role, phase_two, implementation):
    body = {"code": "FR-1", "phase": phase_two.pk, "activity": implementation.pk, "title": "Plan de formation",
            "planned_start": "2025-01-01", "planned_end": "2025-02-01"}  # fmt: skip
    response = as_role("admin").post("/api/v1/milestones/", body, HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 201, response.content
    from roadmap.models import Milestone

    milestone = Milestone.objects.get(code="FR-1")
    assert (milestone.title_en, milestone.title_fr) == ("Plan de formation", None)


@pytest.mark.parametrize(
    ("language", "message", "field_message"),
    [
        (
            "fr",
            "Les données envoyées ne sont pas valides",
            "Utilisez de 2 à 12 lettres majuscules, chiffres ou traits d'union.",
        ),
        ("en", "The data sent is not valid", "Use 2 to 12 capital letters, digits or hyphens."),
    ],
)
def test_refusals_are_written_in_the_requests_language(as_role, language, message, field_message):
    response = as_role("admin").post("/api/v1/offices/", {"code": "no good"}, HTTP_ACCEPT_LANGUAGE=language)
    error = error_of(response)
    assert error["message"].startswith(message)
    assert error["fields"]["code"] == [field_message]


def test_every_language_has_its_refusals_translated(as_role):
    messages = {
        language: error_of(as_role("anonymous").get("/api/v1/people/", HTTP_ACCEPT_LANGUAGE=language))["message"]
        for language in ("ar", "zh-hans", "en", "fr", "ru", "es")
    }
    assert len(set(messages.values())) == 6, messages
