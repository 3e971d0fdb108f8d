"""Registers of the evidence: scorecard measurements and benchmark data points imported from CSV
or XLSX through the services, all or nothing, with a report naming line, column and reason."""

import datetime
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from import_export.formats.base_formats import CSV, XLSX

from offices import services
from offices.models import DataPoint, Indicator, Measurement, Objective, Perspective
from offices.resources_evidence import DataPointResource, MeasurementResource
from reform_portal.registers import REGISTERS, register_resource
from reform_portal.services import save_recorded
from tests.admin_helpers import admin_url, change_form_data
from tests.factories import OfficeFactory

pytestmark = pytest.mark.django_db
FORMATS = [CSV, XLSX]
R = "Test fixture"
HEADER = "indicator,office,period,value,source,comment"


@pytest.fixture
def indicator(db) -> Indicator:
    perspective = Perspective.objects.get(code="financial")
    objective = save_recorded(Objective(perspective=perspective, code="obj", name_en="Objective"), actor=None, reason=R)
    return save_recorded(
        Indicator(
            objective=objective, code="delivery", name_en="Delivery", unit="USD million", direction="higher",
            target=Decimal(5), tolerance=Decimal("0.5"), frequency="quarterly",
        ),
        actor=None,
        reason=R,
    )  # fmt: skip


@pytest.fixture
def offices(db) -> list:
    return [OfficeFactory(code=f"IM{index}") for index in range(4)]


def lines(*rows: str, header: str = HEADER) -> str:
    return "\n".join([header, *rows]) + "\n"


def as_format(content: str, fmt) -> str | bytes:
    """The CSV text as the given format would carry it (XLSX: a workbook)."""
    return fmt().export_data(CSV(encoding="utf-8").create_dataset(content))


def import_file(resource_class, fmt, content, *, actor=None, reason="Quarterly import", dry_run=False):
    dataset = fmt(encoding="utf-8").create_dataset(content)
    return resource_class(actor=actor, reason=reason).import_data(dataset, dry_run=dry_run)


def exported(resource_class, fmt) -> str | bytes:
    instance = fmt()
    return instance.export_data(resource_class().export(force_native_type=instance.is_binary()))


def quarter_rows(offices, count: int = 12) -> list[str]:
    """Values of the four quarters of 2025 for each office, in office order."""
    periods = ["2025-01-01", "2025-04-01", "2025-07-01", "2025-10-01"]
    rows = [f"delivery,{office.code},{p},4.{i},Office report," for office in offices for i, p in enumerate(periods)]
    return rows[:count]


class TestMeasurements:
    def test_the_kinds_are_registered_for_the_command_and_the_admin(self):
        assert register_resource("measurements") is MeasurementResource
        assert register_resource("benchmark-data-points") is DataPointResource
        assert {"measurements", "benchmark-data-points"} <= set(REGISTERS)

    @pytest.mark.parametrize("fmt", FORMATS, ids=lambda f: f.__name__)
    def test_values_of_offices_and_of_the_network_through_the_service(self, indicator, offices, admin_user, fmt):
        content = as_format(lines(*quarter_rows(offices[:2], 5), "delivery,,2025-01-01,9.5,Network report,All"), fmt)
        result = import_file(MeasurementResource, fmt, content, actor=admin_user)
        assert (result.problems, result.counts) == ([], {"new": 6, "changed": 0, "unchanged": 0})
        network = Measurement.objects.get(office=None)
        assert (network.value, network.source, network.comment) == (Decimal("9.5"), "Network report", "All")
        latest = network.history.first()
        assert (latest.history_user, latest.history_change_reason) == (admin_user, "Quarterly import")

    @pytest.mark.parametrize("fmt", FORMATS, ids=lambda f: f.__name__)
    def test_reimporting_an_unchanged_export_records_nothing(self, indicator, offices, fmt):
        import_file(MeasurementResource, CSV, lines(*quarter_rows(offices), "delivery,,2025-01-01,9.5,Network,"))
        history = Measurement.history.count()
        result = import_file(MeasurementResource, fmt, exported(MeasurementResource, fmt))
        assert (result.problems, result.counts) == ([], {"new": 0, "changed": 0, "unchanged": 13})
        assert Measurement.history.count() == history

    def test_a_period_entered_again_replaces_its_value_and_the_history_keeps_both(self, indicator, offices):
        import_file(MeasurementResource, CSV, lines("delivery,IM0,2025-01-01,4.0,First report,"))
        result = import_file(
            MeasurementResource, CSV, lines("delivery,IM0,2025-01-01,4.4,Corrected report,"), reason="Audit"
        )
        assert result.counts == {"new": 0, "changed": 1, "unchanged": 0}
        measurement = Measurement.objects.get()
        assert [(row.value, row.history_change_reason) for row in measurement.history.order_by("history_date")] == [
            (Decimal("4.00"), "Quarterly import"),
            (Decimal("4.40"), "Audit"),
        ]

    @pytest.mark.parametrize("fmt", FORMATS, ids=lambda f: f.__name__)
    def test_one_bad_row_among_many_saves_nothing_and_is_named(self, indicator, offices, fmt):
        rows = quarter_rows(offices, 16)
        rows[9] = "delivery,IM2,2025-05-01,4.1,Office report,"
        result = import_file(MeasurementResource, fmt, as_format(lines(*rows), fmt))
        assert [(p.line, p.column, p.message) for p in result.problems] == [
            (11, "period", "2025-05-01 does not start a quarterly period of Delivery.")
        ]
        assert not Measurement.objects.exists()
        assert Measurement.history.count() == 0

    def test_the_report_lists_every_bad_row_with_its_column_and_reason(self, indicator, offices):
        content = lines(
            "delivery,IM0,2025-01-01,4.1,Office report,",
            "growth,IM0,2025-01-01,4.1,Office report,",
            "delivery,NOPE,2025-01-01,4.1,Office report,",
            "delivery,IM1,2025-01-01,,Office report,",
            "delivery,IM2,2025-01-01,4.1,,",
            "delivery,IM3,first quarter,4.1,Office report,",
        )
        problems = {(p.line, p.column): p.message for p in import_file(MeasurementResource, CSV, content).problems}
        assert set(problems) == {(3, "indicator"), (4, "office"), (5, "value"), (6, "source"), (7, "period")}
        assert problems[3, "indicator"] == "Unknown indicator code growth."
        assert problems[4, "office"] == "Unknown office code NOPE."
        assert problems[5, "value"] == "This field cannot be null."
        assert problems[6, "source"] == "This field cannot be blank."
        assert not Measurement.objects.exists()

    def test_the_command_imports_measurements_and_its_dry_run_saves_nothing(self, indicator, offices, tmp_path, capsys):
        file = tmp_path / "measurements.csv"
        file.write_text(lines(*quarter_rows(offices[:1], 2)))
        call_command("import_registers", str(file), kind="measurements", dry_run=True)
        assert "Dry run, nothing saved: 2 new, 0 changed, 0 unchanged." in capsys.readouterr().out
        assert not Measurement.objects.exists()
        call_command("import_registers", str(file), kind="measurements", reason="First load")
        assert Measurement.objects.count() == 2
        bad = tmp_path / "bad.csv"
        bad.write_text(lines("delivery,IM0,2025-02-01,1,S,"))
        with pytest.raises(CommandError, match="Nothing was saved: 1 problem"):
            call_command("import_registers", str(bad), kind="measurements")
        assert "line 2, column period:" in capsys.readouterr().err


@pytest.fixture
def peer(db):
    return services.peer_create(code="peer-z", name="Peer entity Z", is_fictional=True, actor=None, reason=R)


PEER_HEADER = "peer,metric,year,value,source,comparability_note"


class TestDataPoints:
    @pytest.mark.parametrize("fmt", FORMATS, ids=lambda f: f.__name__)
    def test_not_reported_is_written_and_read_as_words_never_zero(self, peer, fmt):
        content = lines(
            "peer-z,field-offices,2024,40,Annual report,Includes liaison offices",
            "peer-z,common-premises,2024,not reported,Annual report,",
            "peer-z,structure-tiers,2024,0,Annual report,",
            header=PEER_HEADER,
        )
        result = import_file(DataPointResource, fmt, as_format(content, fmt))
        assert (result.problems, result.counts["new"]) == ([], 3)
        premises = DataPoint.objects.get(metric__code="common-premises")
        assert (premises.value, premises.not_reported) == (None, True)
        assert DataPoint.objects.get(metric__code="structure-tiers").value == 0  # a real zero stays a zero

        export = DataPointResource().export()
        by_metric = {row["metric"]: row for row in export.dict}
        assert by_metric["common-premises"]["value"] == "not reported"
        assert by_metric["field-offices"]["value"] == "40.00"
        history = DataPoint.history.count()
        again = import_file(DataPointResource, fmt, exported(DataPointResource, fmt))
        assert (again.problems, again.counts) == ([], {"new": 0, "changed": 0, "unchanged": 3})
        assert DataPoint.history.count() == history

    def test_an_empty_value_or_a_contradiction_is_refused_and_nothing_saved(self, peer):
        content = lines(
            "peer-z,field-offices,2024,40,Annual report,0",
            "peer-z,countries-covered,2024,,Annual report,0",
            "peer-z,common-premises,2024,not reported,Annual report,0",
            "peer-z,structure-tiers,2024,3,Annual report,1",
            "peer-z,nope,2024,3,Annual report,",
            header="peer,metric,year,value,source,not_reported",
        )
        problems = {(p.line, p.column): p.message for p in import_file(DataPointResource, CSV, content).problems}
        assert set(problems) == {(3, "value"), (4, "value"), (5, "value"), (6, "metric")}
        assert problems[3, "value"].startswith("Give the figure, or write “not reported”")
        assert "not_reported column says it was reported" in problems[4, "value"]
        assert "gives a value and says it was not reported" in problems[5, "value"]
        assert problems[6, "metric"] == "Unknown benchmark metric code nope."
        assert not DataPoint.objects.exists()

    def test_a_figure_recorded_again_replaces_the_year_and_keeps_the_history(self, peer):
        import_file(
            DataPointResource, CSV, lines("peer-z,common-premises,2024,not reported,Report,", header=PEER_HEADER)
        )
        import_file(DataPointResource, CSV, lines("peer-z,common-premises,2024,35,Report 2,", header=PEER_HEADER))
        point = DataPoint.objects.get()
        assert (point.value, point.not_reported, point.source, point.history.count()) == (
            Decimal(35),
            False,
            "Report 2",
            2,
        )


class TestAdmin:
    @pytest.mark.parametrize("model", [Measurement, DataPoint], ids=lambda model: model.__name__)
    def test_the_lists_offer_import_and_export_with_a_reason(self, client, admin_user, model):
        client.force_login(admin_user)
        changelist = client.get(admin_url(model, "changelist")).content.decode()
        assert admin_url(model, "import") in changelist
        assert admin_url(model, "export") in changelist
        form = client.get(admin_url(model, "import")).context["form"]
        assert "change_reason" in form.fields
        assert [label for _value, label in form.fields["format"].choices][1:] == ["csv", "xlsx"]

    def test_a_new_value_is_entered_through_the_service(self, client, admin_user, indicator, offices):
        client.force_login(admin_user)
        data = change_form_data(client.get(admin_url(Measurement, "add")))
        data |= {
            "indicator": indicator.pk,
            "office": offices[0].pk,
            "period": "2025-04-01",
            "value": "4.5",
            "source": "Office report",
            "change_reason": "Entered in the admin",
        }
        response = client.post(admin_url(Measurement, "add"), data)
        assert response.status_code == 302, response.context["adminform"].form.errors
        measurement = Measurement.objects.get()
        assert (measurement.value, measurement.period) == (Decimal("4.5"), datetime.date(2025, 4, 1))
        assert measurement.history.first().history_change_reason == "Entered in the admin"

    def test_the_admin_import_refuses_a_file_with_a_bad_row(self, client, admin_user, indicator, offices):
        client.force_login(admin_user)
        content = lines("delivery,IM0,2025-01-01,4,Report,", "delivery,IM1,2025-03-01,4,Report,").encode()
        upload = SimpleUploadedFile("measurements.csv", content, content_type="text/csv")
        response = client.post(
            admin_url(Measurement, "import"),
            {"import_file": upload, "format": "0", "resource": "0", "change_reason": "Quarterly import"},
        )
        assert response.status_code == 200
        problems = [(p.line, p.column) for p in response.context["result"].problems]
        assert problems == [(3, "period")]
        assert not Measurement.objects.exists()
