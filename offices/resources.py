"""Registers of the field network: offices with their placements, coverage, interim
arrangements (see reform_portal.registers)."""

from dataclasses import dataclass

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import transaction
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from import_export.fields import Field

from offices import services
from offices.models import Country, Coverage, InterimArrangement, Office, OfficePlacement, OfficeType, Region
from reform_portal.registers import UNKNOWN_CODE, CodeWidget, RegisterResource, cell_text
from working_groups.resources import PersonWidget

# Each structure's placement is two columns of the office's row: <prefix>_type, <prefix>_reports_to.
STRUCTURE_COLUMNS = {"three-tier": "three_tier", "two-tier": "two_tier"}
OFFICE_FIELDS = (
    "code",
    "name",
    "city",
    "host_country",
    "region",
    "status",
    "latitude",
    "longitude",
    "on_common_premises",
    "is_demo",
)
UNKNOWN_OFFICE_TYPE = _("Unknown office type {code} in the {structure}; its types are: {known}.")
REPORTS_WITHOUT_TYPE = _("An office reports to another only where it has a type: fill in {column} too.")


def office_code_widget() -> CodeWidget:
    return CodeWidget(Office, "code", what=_("office code"), normalize=str.upper)


def country_code_widget() -> CodeWidget:
    return CodeWidget(Country, "iso3", what=_("country code (ISO 3166 alpha-3)"), normalize=str.upper)


class PlacementField(Field):
    """One column of an office's placement in a structure: its type, or the office it reports to."""

    def __init__(self, structure: str, part: str):
        super().__init__(column_name=f"{STRUCTURE_COLUMNS[structure]}_{part}")
        self.structure = structure
        self.part = part

    def get_value(self, office: Office) -> str:
        planned = getattr(office, "_register_placements", {})
        if self.structure in planned:  # read from a file being imported
            office_type, reports_to = planned[self.structure]
            return office_type.code if self.part == "type" else (reports_to or "")
        if office.pk is None:
            return ""
        placement = next((p for p in office.placements.all() if p.structure.code == self.structure), None)
        if placement is None:
            return ""
        if self.part == "type":
            return placement.office_type.code
        return placement.reports_to.office.code if placement.reports_to else ""


@dataclass(frozen=True)
class PendingPlacement:
    """A placement to set once every office of the file exists (it may report to a later row)."""

    number: int
    office: Office
    office_type: OfficeType
    reports_to: str | None


class OfficeResource(RegisterResource):
    """Field offices with their type and reporting line in each structure, keyed by office code.

    An empty type leaves the office's placement in that structure as it is.
    """

    host_country = Field("host_country", "host_country", country_code_widget())
    region = Field("region", "region", CodeWidget(Region, "code", what=_("region code"), normalize=str.upper))
    three_tier_type = PlacementField("three-tier", "type")
    three_tier_reports_to = PlacementField("three-tier", "reports_to")
    two_tier_type = PlacementField("two-tier", "type")
    two_tier_reports_to = PlacementField("two-tier", "reports_to")
    error_column = "code"

    class Meta:
        model = Office
        name = _("Field offices")
        import_id_fields = ["code"]
        fields = (
            *OFFICE_FIELDS,
            "three_tier_type",
            "three_tier_reports_to",
            "two_tier_type",
            "two_tier_reports_to",
        )
        export_order = fields

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.pending: list[PendingPlacement] = []
        self._office_types = None

    def export_queryset(self, queryset):
        placements = OfficePlacement.objects.select_related("structure", "office_type", "reports_to__office")
        return queryset.select_related("host_country", "region").prefetch_related(
            Prefetch("placements", queryset=placements)
        )

    @property
    def office_types(self) -> dict[tuple[str, str], OfficeType]:
        if self._office_types is None:
            types = OfficeType.objects.select_related("structure")
            self._office_types = {(t.structure.code, t.code): t for t in types}
        return self._office_types

    def import_extra(self, instance, row):
        planned, errors = {}, {}
        for structure, prefix in STRUCTURE_COLUMNS.items():
            type_column, parent_column = f"{prefix}_type", f"{prefix}_reports_to"
            type_code = cell_text(row.get(type_column))
            reports_to = cell_text(row.get(parent_column)).upper() or None
            if not type_code:
                if reports_to:
                    errors[parent_column] = [REPORTS_WITHOUT_TYPE.format(column=type_column)]
                continue
            office_type = self.office_types.get((structure, type_code))
            if office_type is None:
                errors[type_column] = [self._unknown_type(structure, type_code)]
                continue
            planned[structure] = (office_type, reports_to)
        instance._register_placements = planned
        return errors

    def _unknown_type(self, structure: str, code: str) -> str:
        types = [t for (s, _code), t in self.office_types.items() if s == structure]
        return str(
            UNKNOWN_OFFICE_TYPE.format(
                code=code,
                structure=types[0].structure if types else structure,
                known=", ".join(sorted(t.code for t in types)),
            )
        )

    def placement_changes(self, office: Office) -> dict[str, tuple[OfficeType, str | None]]:
        """The planned placements that differ from the stored ones."""
        planned = getattr(office, "_register_placements", {})
        if office.pk is None or not planned:
            return planned
        stored = {
            p.structure.code: (p.office_type_id, p.reports_to.office.code if p.reports_to else None)
            for p in OfficePlacement.objects.filter(office_id=office.pk).select_related(
                "structure", "reports_to__office"
            )
        }
        return {
            structure: (office_type, reports_to)
            for structure, (office_type, reports_to) in planned.items()
            if stored.get(structure) != (office_type.pk, reports_to)
        }

    def extra_changed(self, instance):
        return bool(self.placement_changes(instance))

    def create(self, instance, links):
        values = {name: getattr(instance, name) for name in OFFICE_FIELDS}
        return services.office_create(**values, actor=self.actor, reason=self.reason)

    def update(self, instance, changes, links):
        return services.office_update(office=instance, changes=changes, actor=self.actor, reason=self.reason)

    def after_row_saved(self, saved, parsed, row, **kwargs):
        for office_type, reports_to in self.placement_changes(parsed).values():
            self.pending.append(PendingPlacement(kwargs["row_number"], saved, office_type, reports_to))

    def after_import(self, dataset, result, **kwargs):
        super().after_import(dataset, result, **kwargs)
        # Higher tiers first, so that an office's parent is placed before the office.
        for pending in sorted(self.pending, key=lambda p: (p.office_type.structure_id, p.office_type.level)):
            try:
                with transaction.atomic():
                    self._place(pending)
            except ValidationError as error:
                self.refuse_row(result, pending.number, self._placement_error(pending, error))

    def _place(self, pending: PendingPlacement) -> None:
        reports_to = None
        if pending.reports_to:
            reports_to = Office.objects.filter(code=pending.reports_to).first()
            if reports_to is None:
                code = pending.reports_to
                raise ValidationError({"reports_to": [UNKNOWN_CODE.format(what=_("office code"), code=code)]})
        services.placement_set(
            office=pending.office,
            structure=pending.office_type.structure,
            office_type=pending.office_type,
            reports_to=reports_to,
            is_demo=pending.office.is_demo,
            actor=self.actor,
            reason=self.reason,
        )

    def _placement_error(self, pending: PendingPlacement, error: ValidationError) -> ValidationError:
        prefix = STRUCTURE_COLUMNS[pending.office_type.structure.code]
        columns = {"reports_to": f"{prefix}_reports_to"}
        errors = error.message_dict if hasattr(error, "error_dict") else {NON_FIELD_ERRORS: error.messages}
        by_column = {}
        for key, messages in errors.items():
            by_column.setdefault(columns.get(key, f"{prefix}_type"), []).extend(messages)
        return ValidationError(by_column)


class CoverageResource(RegisterResource):
    """Which office covers which country when, keyed by country (ISO alpha-3) and start date.

    A country's periods are read in file order: close the old period (its row first) before
    the new one opens.
    """

    country = Field("country", "country", country_code_widget())
    office = Field("office", "office", office_code_widget())
    error_column = "country"

    class Meta:
        model = Coverage
        name = _("Country coverage")
        import_id_fields = ["country", "valid_from"]
        fields = ("country", "office", "valid_from", "valid_to", "is_demo")
        export_order = fields

    def export_queryset(self, queryset):
        return queryset.select_related("country", "office")

    def create(self, instance, links):
        return services.coverage_open(
            country=instance.country,
            office=instance.office,
            valid_from=instance.valid_from,
            valid_to=instance.valid_to,
            is_demo=instance.is_demo,
            actor=self.actor,
            reason=self.reason,
        )

    def update(self, instance, changes, links):
        return services.coverage_update(coverage=instance, changes=changes, actor=self.actor, reason=self.reason)


class InterimArrangementResource(RegisterResource):
    """How offices with a vacant head-of-office post are represented, keyed by office and start."""

    office = Field("office", "office", office_code_widget())
    officer_in_charge = Field("officer_in_charge", "officer_in_charge", PersonWidget())
    covering_office = Field("covering_office", "covering_office", office_code_widget())
    error_column = "office"

    class Meta:
        model = InterimArrangement
        name = _("Interim arrangements")
        import_id_fields = ["office", "start"]
        fields = services.INTERIM_ARRANGEMENT_FIELDS
        export_order = fields

    def export_queryset(self, queryset):
        return queryset.select_related("office", "officer_in_charge", "covering_office")

    def create(self, instance, links):
        return services.interim_arrangement_save(arrangement=instance, actor=self.actor, reason=self.reason)

    def update(self, instance, changes, links):
        return services.interim_arrangement_update(
            arrangement=instance, changes=changes, actor=self.actor, reason=self.reason
        )
