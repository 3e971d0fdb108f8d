"""The office admin: an office edited with its placements, coverage and interim arrangements,
computed columns, focal points' scope, and the registers' import and export pages."""

import datetime
import io

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from offices import services
from offices.models import Coverage, InterimArrangement, Office, OfficePlacement
from reform_portal import roles
from tests.admin_helpers import admin_url, change_form_data, user_in
from tests.conftest import office_type
from tests.factories import OfficeFactory, PersonFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, admin_user):
    client.force_login(admin_user)
    return client


def inline_data(data: dict, prefix: str, rows: list[dict]) -> dict:
    data = data | {f"{prefix}-TOTAL_FORMS": str(int(data[f"{prefix}-INITIAL_FORMS"]) + len(rows))}
    start = int(data[f"{prefix}-INITIAL_FORMS"])
    for index, row in enumerate(rows, start):
        data |= {f"{prefix}-{index}-{name}": value for name, value in row.items()}
    return data


def test_an_office_is_edited_with_its_placements(admin_client, admin_user, three_tier):
    hub = OfficeFactory()
    services.placement_set(
        office=hub, structure=three_tier, office_type=office_type(three_tier, "regional-hub"), actor=None, reason="r"
    )
    office = OfficeFactory()
    url = admin_url(Office, "change", office.pk)
    data = change_form_data(admin_client.get(url)) | {"change_reason": "Placed in the network"}
    row = {
        "structure": three_tier.pk,
        "office_type": office_type(three_tier, "country-office").pk,
        "reports_to": hub.placements.get().pk,
    }
    response = admin_client.post(url, inline_data(data, "placements", [row]))
    assert response.status_code == 302, response.context and response.context["inline_admin_formsets"][0].formset.errors
    placement = OfficePlacement.objects.get(office=office)
    assert (placement.reports_to.office, placement.history.first().history_change_reason) == (
        hub,
        "Placed in the network",
    )


def test_an_interim_arrangement_added_with_its_office_goes_through_the_service(admin_client, today):
    office = OfficeFactory()
    url = admin_url(Office, "change", office.pk)
    row = {"kind": "officer_in_charge", "officer_in_charge": PersonFactory().pk, "start": today.isoformat()}
    row["host_government_agreement"] = "not_requested"
    data = change_form_data(admin_client.get(url)) | {"change_reason": "Vacancy covered"}
    response = admin_client.post(url, inline_data(data, "interim_arrangements", [row]))
    assert response.status_code == 200, "the head-of-office post is not vacant"
    [error] = response.context["adminform"].form.non_field_errors()
    assert error.startswith("Interim arrangement for")
    assert "is not vacant" in error
    assert not InterimArrangement.objects.exists()

    services.head_post_set(office=office, status="vacant", vacant_since=today, actor=None, reason="r")
    data = change_form_data(admin_client.get(url)) | {"change_reason": "Vacancy covered"}
    assert admin_client.post(url, inline_data(data, "interim_arrangements", [row])).status_code == 302
    assert InterimArrangement.objects.get().history.first().history_change_reason == "Vacancy covered"


def test_the_open_coverage_count_is_a_computed_column(admin_client, kenya, today):
    office = OfficeFactory()
    services.coverage_open(country=kenya, office=office, valid_from=today, actor=None, reason="r")
    listed = admin_client.get(admin_url(Office, "changelist")).context["cl"].result_list
    assert [o.open_coverage_count for o in listed if o.pk == office.pk] == [1]
    page = admin_client.get(admin_url(Office, "change", office.pk)).content.decode()
    assert "Countries covered today" in page


def test_a_focal_point_sees_only_their_offices_coverage(client, kenya, today):
    own, other = OfficeFactory(), OfficeFactory()
    services.coverage_open(country=kenya, office=own, valid_from=today, actor=None, reason="r")
    services.coverage_open(
        country=kenya.__class__.objects.get(iso3="TZA"), office=other, valid_from=today, actor=None, reason="r"
    )
    user = user_in(roles.FOCAL_POINTS, "focal")
    services.office_update(office=own, changes={"focal_points": [user]}, actor=None, reason="r")
    client.force_login(user)
    listed = client.get(admin_url(Coverage, "changelist")).context["cl"].result_list
    assert [c.office for c in listed] == [own]
    assert client.get(admin_url(Coverage, "import")).status_code == 403


# -- import and export pages ------------------------------------------------------------------


def test_the_office_register_exports_as_csv_and_xlsx(admin_client, three_tier):
    office = OfficeFactory(code="KE-NBO")
    services.placement_set(
        office=office, structure=three_tier, office_type=office_type(three_tier, "regional-hub"), actor=None, reason="r"
    )
    url = admin_url(Office, "export")
    form = admin_client.get(url).context["form"]
    every_column = {name: "on" for name, field in form.fields.items() if getattr(field, "is_selectable_field", False)}
    csv = admin_client.post(url, {"format": "0", "resource": "0", **every_column})
    header, row = csv.content.decode().splitlines()[:2]
    assert header.startswith("code,name,city,host_country,region,")
    assert header.endswith("three_tier_type,three_tier_reports_to,two_tier_type,two_tier_reports_to")
    assert row.startswith("KE-NBO,")
    assert ",KEN,AFR," in row
    assert ",regional-hub,," in row
    xlsx = admin_client.post(url, {"format": "1", "resource": "0", **every_column})
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx.content)).active
    assert [cell.value for cell in sheet[2]][:5] == ["KE-NBO", office.name, "Testville", "KEN", "AFR"]


def upload(name: str, text: str) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, text.encode(), content_type="text/csv")


COVERAGE_CSV = "country,office,valid_from,valid_to,is_demo\nKEN,{office},2024-01-01,,0\nTZA,{office},2024-01-01,,0\n"


def test_an_import_is_previewed_then_confirmed_with_its_reason(admin_client, admin_user):
    office = OfficeFactory()
    url = admin_url(Coverage, "import")
    file = upload("coverage.csv", COVERAGE_CSV.format(office=office.code))
    preview = admin_client.post(url, {"format": "0", "resource": "0", "import_file": file, "change_reason": "Load"})
    assert preview.status_code == 200
    assert preview.context["result"].counts == {"new": 2, "changed": 0, "unchanged": 0}
    assert "2 new, 0 changed and 0 unchanged rows" in preview.content.decode()
    assert not Coverage.objects.exists(), "the preview saves nothing"
    confirm = preview.context["confirm_form"]
    data = {name: confirm[name].value() for name in confirm.fields}
    response = admin_client.post(admin_url(Coverage, "process_import"), data, follow=True)
    assert "Import finished: 2 new, 0 changed and 0 unchanged country coverage." in response.content.decode()
    coverage = Coverage.objects.get(country__iso3="KEN")
    latest = coverage.history.first()
    assert (latest.history_user, latest.history_change_reason) == (admin_user, "Load")


def test_an_import_with_a_bad_row_lists_the_problems_and_offers_no_confirmation(admin_client):
    office = OfficeFactory()
    text = COVERAGE_CSV.format(office=office.code) + f"XXX,{office.code},2024-01-01,,0\n"
    url = admin_url(Coverage, "import")
    file = upload("coverage.csv", text)
    response = admin_client.post(url, {"format": "0", "resource": "0", "import_file": file, "change_reason": "Load"})
    page = response.content.decode()
    assert "confirm_form" not in response.context or response.context["confirm_form"] is None
    assert "Nothing was imported" in page
    assert "<td>4</td><td>country</td><td>Unknown country code (ISO 3166 alpha-3) XXX.</td>" in page
    assert not Coverage.objects.exists()


def test_a_refusal_at_confirmation_saves_nothing_and_shows_the_report(admin_client, kenya):
    """Between the preview and the confirmation someone else opened coverage of Kenya."""
    office, other = OfficeFactory(), OfficeFactory()
    url = admin_url(Coverage, "import")
    file = upload("coverage.csv", COVERAGE_CSV.format(office=office.code))
    preview = admin_client.post(url, {"format": "0", "resource": "0", "import_file": file, "change_reason": "Load"})
    services.coverage_open(country=kenya, office=other, valid_from=datetime.date(2023, 1, 1), actor=None, reason="r")
    confirm = preview.context["confirm_form"]
    data = {name: confirm[name].value() for name in confirm.fields}
    response = admin_client.post(admin_url(Coverage, "process_import"), data)
    assert response.status_code == 200
    assert "Nothing was imported" in response.content.decode()
    assert Coverage.objects.count() == 1
