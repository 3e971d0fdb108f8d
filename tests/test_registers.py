"""Registers: export and import as CSV and XLSX, keyed by natural codes, through the services,
all or nothing, with a report that names the line, column and reason of every problem."""

import datetime

import pytest
from django.core.management import CommandError, call_command
from import_export.formats.base_formats import CSV, XLSX
from simple_history.utils import get_history_model_for_model

from offices import services as office_services
from offices.models import Coverage, InterimArrangement, Office, OfficePlacement
from offices.resources import CoverageResource, InterimArrangementResource, OfficeResource
from reform_portal.registers import REGISTERS, register_resource
from roadmap.models import Milestone
from roadmap.resources import MilestoneResource
from tests.factories import MilestoneFactory, OfficeFactory, PersonFactory
from working_groups.models import Membership, Person
from working_groups.resources import MembershipResource, PersonResource

pytestmark = pytest.mark.django_db

FORMATS = [CSV, XLSX]
RESOURCES = [
    OfficeResource,
    CoverageResource,
    InterimArrangementResource,
    PersonResource,
    MembershipResource,
    MilestoneResource,
]


@pytest.fixture
def demo(db):
    call_command("load_demo_data", verbosity=0)


def file_of(resource_class, fmt, queryset=None) -> bytes | str:
    """What the admin's export gives: native types in XLSX cells, text in CSV."""
    fmt = fmt()
    return fmt.export_data(resource_class().export(queryset, force_native_type=fmt.is_binary()))


def import_file(resource_class, fmt, content, *, dry_run=False, actor=None, reason="Test import"):
    dataset = fmt(encoding="utf-8").create_dataset(content)
    return resource_class(actor=actor, reason=reason).import_data(dataset, dry_run=dry_run)


def csv_text(header: str, *rows: str) -> str:
    return "\n".join([header, *rows]) + "\n"


def history_rows() -> int:
    return (
        sum(get_history_model_for_model(register_resource(kind)._meta.model).objects.count() for kind in REGISTERS)
        + get_history_model_for_model(OfficePlacement).objects.count()
    )


# -- round trips -----------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS, ids=lambda f: f.__name__)
def test_reimporting_an_unchanged_export_records_no_change(demo, admin_user, fmt):
    for resource_class in RESOURCES:
        content = file_of(resource_class, fmt)
        before = history_rows()
        result = import_file(resource_class, fmt, content, actor=admin_user)
        unchanged = resource_class._meta.model.objects.count()
        assert (result.problems, result.counts) == ([], {"new": 0, "changed": 0, "unchanged": unchanged}), (
            resource_class.__name__
        )
        assert history_rows() == before, resource_class.__name__


@pytest.mark.parametrize("fmt", FORMATS, ids=lambda f: f.__name__)
def test_an_edited_export_updates_only_the_edited_rows_through_the_services(demo, admin_user, fmt):
    dataset = OfficeResource().export()
    first = dataset.dict[0]
    edited = dataset.headers.index("city")
    row = list(dataset[0])
    row[edited] = "Renamed City"
    dataset[0] = tuple(row)
    content = fmt().export_data(dataset)
    result = import_file(OfficeResource, fmt, content, actor=admin_user, reason="Cities checked")
    assert result.counts == {"new": 0, "changed": 1, "unchanged": Office.objects.count() - 1}
    office = Office.objects.get(code=first["code"])
    assert (office.city, office.version) == ("Renamed City", 2)
    latest = office.history.first()
    assert (latest.history_user, latest.history_change_reason) == (admin_user, "Cities checked")


def test_a_new_network_loads_with_reporting_lines_to_offices_later_in_the_file(three_tier):
    content = csv_text(
        "code,name,city,host_country,region,status,three_tier_type,three_tier_reports_to",
        "KE-NBO,Nairobi office,Nairobi,KEN,AFR,open,country-office,ZA-PTA",
        "ZA-PTA,Pretoria hub,Pretoria,ZAF,AFR,open,regional-hub,",
    )
    result = import_file(OfficeResource, CSV, content)
    assert (result.problems, result.counts["new"]) == ([], 2)
    placement = OfficePlacement.objects.get(office__code="KE-NBO", structure=three_tier)
    assert (placement.office_type.code, placement.reports_to.office.code) == ("country-office", "ZA-PTA")
    assert import_file(OfficeResource, CSV, content).counts == {"new": 0, "changed": 0, "unchanged": 2}


def test_people_are_matched_by_email_or_else_by_name():
    by_email = PersonFactory(name="Ana Example", email="ana@example.org")
    by_name = PersonFactory(name="Bo Example")
    content = csv_text(
        "name,email,job_title,affiliation,office,regional_bureau",
        "Ana Example-Lopez,ANA@example.org,,technical_cooperation,,",
        "Bo Example,,Adviser,technical_cooperation,,",
        "Cy Example,cy@example.org,,technical_cooperation,,",
    )
    result = import_file(PersonResource, CSV, content)
    assert result.counts == {"new": 1, "changed": 2, "unchanged": 0}
    by_email.refresh_from_db()
    by_name.refresh_from_db()
    assert (by_email.name, by_name.job_title) == ("Ana Example-Lopez", "Adviser")


def test_memberships_are_keyed_by_group_letter_and_person():
    person = PersonFactory(email="lead@example.org", affiliation="field_office", office=OfficeFactory())
    content = csv_text("working_group,person,role", "A,lead@example.org,lead")
    assert import_file(MembershipResource, CSV, content).counts["new"] == 1
    membership = Membership.objects.get(person=person)
    assert (membership.working_group.letter, membership.role) == ("a", "lead")
    assert import_file(MembershipResource, CSV, content).counts["unchanged"] == 1


def test_milestones_import_with_their_dependencies_and_links():
    office = OfficeFactory(code="KE-NBO")
    content = csv_text(
        "code,phase,activity,title,planned_start,planned_end,status,progress,depends_on,offices,principles",
        "IM-1,phase-2,7,Plan agreed,2025-01-01,2025-01-31,not_started,0,,KE-NBO,a",
        "IM-2,phase-2,7,Plan carried out,2025-02-01,2025-06-30,not_started,0,IM-1,,a, e",
    )
    content = content.replace("a, e", '"a, e"')
    result = import_file(MilestoneResource, CSV, content)
    assert result.problems == []
    second = Milestone.objects.get(code="IM-2")
    assert [m.code for m in second.depends_on.all()] == ["IM-1"]
    assert sorted(p.letter for p in second.principles.all()) == ["a", "e"]
    assert list(Milestone.objects.get(code="IM-1").offices.all()) == [office]


# -- refused files --------------------------------------------------------------------------------


def coverage_rows(offices: list[Office], countries: list[str]) -> list[str]:
    return [f"{iso3},{offices[i % len(offices)].code},2024-01-01,,0" for i, iso3 in enumerate(countries)]


@pytest.mark.parametrize("fmt", FORMATS, ids=lambda f: f.__name__)
def test_one_bad_row_among_many_saves_nothing_and_is_named(fmt):
    offices = OfficeFactory.create_batch(2)
    rows = coverage_rows(offices, ["KEN", "TZA", "UGA", "RWA", "BDI", "ETH", "SOM", "XYZ", "SSD", "ERI"])
    dataset = CSV(encoding="utf-8").create_dataset(csv_text("country,office,valid_from,valid_to,is_demo", *rows))
    result = import_file(CoverageResource, fmt, fmt().export_data(dataset))
    assert [(p.line, p.column, p.message) for p in result.problems] == [
        (9, "country", "Unknown country code (ISO 3166 alpha-3) XYZ.")
    ]
    assert not Coverage.objects.exists()
    assert get_history_model_for_model(Coverage).objects.count() == 0


def test_the_report_lists_every_bad_row_with_its_column_and_reason(three_tier):
    office = OfficeFactory(code="KE-NBO")
    office_services.coverage_open(
        country=office.host_country, office=office, valid_from=datetime.date(2020, 1, 1), actor=None, reason="r"
    )
    coverage = csv_text(
        "country,office,valid_from,valid_to,is_demo",
        "TZA,KE-NBO,2024-01-01,,0",
        "KEN,KE-NBO,2024-01-01,,0",
        "UGA,KE-NBO,2024-05-01,2024-02-01,0",
        "RWA,NOPE,2024-01-01,,0",
    )
    problems = {(p.line, p.column): p.message for p in import_file(CoverageResource, CSV, coverage).problems}
    assert set(problems) == {(3, "country"), (4, "valid_to"), (5, "office")}
    assert "Kenya is already covered by" in problems[3, "country"] or "open coverage" in problems[3, "country"]
    assert "not after it starts on 2024-05-01" in problems[4, "valid_to"]
    assert problems[5, "office"] == "Unknown office code NOPE."
    assert Coverage.objects.count() == 1

    offices = csv_text(
        "code,name,city,host_country,region,three_tier_type,two_tier_type",
        "TZ-DAR,Dar es Salaam office,Dar es Salaam,TZA,AFR,country-office,",
        "UG-KLA,Kampala office,Kampala,UGA,AFR,regional-hubb,",
    )
    [problem] = import_file(OfficeResource, CSV, offices).problems
    assert (problem.line, problem.column) == (3, "three_tier_type")
    assert problem.message.startswith("Unknown office type regional-hubb in the Three-tier")
    assert not Office.objects.filter(code="TZ-DAR").exists()


def test_a_second_open_coverage_within_the_file_is_refused():
    office = OfficeFactory()
    content = csv_text(
        "country,office,valid_from,valid_to,is_demo",
        f"KEN,{office.code},2024-01-01,,0",
        f"KEN,{office.code},2025-01-01,,0",
    )
    problems = import_file(CoverageResource, CSV, content).problems
    assert {(p.line, p.column) for p in problems} == {(3, "country")}
    assert any("already has an open coverage" in p.message for p in problems)
    assert not Coverage.objects.exists()


def test_an_interim_arrangement_needs_a_vacant_post(today):
    office = OfficeFactory()
    content = csv_text(
        "office,kind,covering_office,start", f"{office.code},covering_office,{OfficeFactory().code},2025-01-01"
    )
    [problem] = import_file(InterimArrangementResource, CSV, content).problems
    assert (problem.line, problem.column) == (2, "office")
    assert "is not vacant" in problem.message
    assert not InterimArrangement.objects.exists()


def test_unknown_dependencies_and_broken_schedules_are_refused():
    MilestoneFactory(code="OLD-1", planned_start=datetime.date(2025, 1, 1), planned_end=datetime.date(2025, 6, 30))
    content = csv_text(
        "code,phase,activity,title,planned_start,planned_end,depends_on",
        "IM-1,phase-2,7,Too early,2025-03-01,2025-04-30,OLD-1",
        "IM-2,phase-2,7,Unknown,2025-08-01,2025-09-30,GHOST-1",
        "IM-3,phase-2,7,Done without a date,2025-08-01,2025-09-30,",
    )
    content = content.replace("Done without a date,2025-08-01,2025-09-30,", "Done,2025-08-01,2025-09-30,")
    problems = {(p.line, p.column): p.message for p in import_file(MilestoneResource, CSV, content).problems}
    assert "before OLD-1" in problems[2, "depends_on"]
    assert problems[3, "depends_on"] == "Unknown milestone codes: GHOST-1."
    assert not Milestone.objects.filter(code__startswith="IM-").exists()


def test_a_missing_key_column_refuses_the_file():
    [problem] = import_file(CoverageResource, CSV, csv_text("office,valid_from", "X,2024-01-01")).problems
    assert (problem.line, problem.column) == (1, "")
    assert "country" in problem.message


# -- the management command -------------------------------------------------------------------------


def test_the_command_with_dry_run_saves_nothing(tmp_path, capsys):
    office = OfficeFactory()
    file = tmp_path / "coverage.csv"
    file.write_text(csv_text("country,office,valid_from", f"KEN,{office.code},2024-01-01"))
    call_command("import_registers", str(file), kind="coverage", dry_run=True)
    assert "Dry run, nothing saved: 1 new, 0 changed, 0 unchanged." in capsys.readouterr().out
    assert not Coverage.objects.exists()
    call_command("import_registers", str(file), kind="coverage", reason="Initial load")
    assert Coverage.objects.get().history.first().history_change_reason == "Initial load"


def test_the_command_reports_every_problem_and_saves_nothing(tmp_path, capsys, admin_user):
    office = OfficeFactory()
    content = file_of(OfficeResource, XLSX)
    file = tmp_path / "offices.xlsx"
    file.write_bytes(content)
    call_command("import_registers", str(file), kind="offices", user=admin_user.username)
    bad = tmp_path / "people.csv"
    bad.write_text(
        csv_text(
            "name,email,affiliation,office", "Dee,dee@example.org,field_office,", f"Eve,,field_office,{office.code}"
        )
    )
    with pytest.raises(CommandError, match="Nothing was saved: 1 problem"):
        call_command("import_registers", str(bad), kind="people")
    assert "line 2, column affiliation:" in capsys.readouterr().err
    assert not Person.objects.exists()
