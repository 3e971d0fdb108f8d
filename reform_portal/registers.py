"""Registers: the network's records imported and exported as CSV or XLSX, keyed by natural codes.

Built on django-import-export, which reads and writes the files, maps columns to fields,
finds the existing record of a row by its natural key and previews a file as new, changed
and unchanged rows. Where our rules demand more, the resources here replace its defaults:

- every row is written by the app's services (validated, versioned, recorded in the
  history with the importing user and the reason), links included;
- an unchanged row is not written at all, so re-importing an export records nothing;
- one bad row refuses the whole file, and the report names the line, column and reason
  of every problem (line 1 is the header row, as a spreadsheet numbers it);
- an unknown code is a problem of its row, never silently dropped.

The admin (``RegisterAdminMixin``) and ``manage.py import_registers`` share all of it.
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import models, transaction
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _
from import_export import resources, widgets
from import_export.formats import base_formats
from import_export.results import Result, RowResult

from reform_portal.models import _name_values
from reform_portal.services import Actor, own_fields, save_recorded, update_recorded

# --kind of ``import_registers`` → resource; the admin of each model names its own.
REGISTERS = {
    "offices": "offices.resources.OfficeResource",
    "coverage": "offices.resources.CoverageResource",
    "interim-arrangements": "offices.resources.InterimArrangementResource",
    "people": "working_groups.resources.PersonResource",
    "memberships": "working_groups.resources.MembershipResource",
    "milestones": "roadmap.resources.MilestoneResource",
    "measurements": "offices.resources_evidence.MeasurementResource",
    "benchmark-data-points": "offices.resources_evidence.DataPointResource",
}
FORMATS = (base_formats.CSV, base_formats.XLSX)

UNKNOWN_CODE = _("Unknown {what} {code}.")
UNKNOWN_CODES = _("Unknown {what}: {codes}.")
UNEXPECTED_ERROR = _("Unexpected error: {error}")


def register_resource(kind: str) -> type["RegisterResource"]:
    return import_string(REGISTERS[kind])


def cell_text(value) -> str:
    """A code as typed in a cell; spreadsheets turn a numeric code such as 7 into 7.0."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return "" if value is None else str(value).strip()


def _same(code: str) -> str:
    return code


class CodeWidget(widgets.ForeignKeyWidget):
    """A related record given by its natural code (office code, ISO alpha-3, letter…).

    ``normalize`` puts a typed code in its stored form (``str.upper`` for an ISO code).
    """

    def __init__(self, model, field: str, *, what, normalize: Callable[[str], str] = _same):
        super().__init__(model, field)
        self.what = what
        self.normalize = normalize

    def clean(self, value, row=None, **kwargs):
        code = self.normalize(cell_text(value))
        if not code:
            return None
        try:
            return self.get_queryset(code, row).get(**{self.field: code})
        except self.model.DoesNotExist:
            raise ValueError(UNKNOWN_CODE.format(what=self.what, code=code)) from None


class CodeListWidget(widgets.ManyToManyWidget):
    """Several related records given by their codes, separated by commas."""

    def __init__(self, model, field: str, *, what, normalize: Callable[[str], str] = _same):
        super().__init__(model, separator=",", field=field)
        self.what = what
        self.normalize = normalize

    def clean(self, value, row=None, **kwargs):
        codes = [self.normalize(c) for c in (cell_text(part) for part in cell_text(value).split(self.separator)) if c]
        found = list(self.model.objects.filter(**{f"{self.field}__in": codes}))
        missing = sorted(set(codes) - {str(getattr(obj, self.field)) for obj in found})
        if missing:
            raise ValueError(UNKNOWN_CODES.format(what=self.what, codes=", ".join(missing)))
        return found

    def render(self, value, obj=None, **kwargs):
        if value is None:
            return ""
        return ", ".join(sorted(str(getattr(related, self.field)) for related in value.all()))


class DateWidget(widgets.DateWidget):
    """Dates as YYYY-MM-DD; a spreadsheet's date cell (a datetime) counts as its date."""

    def clean(self, value, row=None, **kwargs):
        if isinstance(value, datetime.datetime):
            return value.date()
        return super().clean(value, row, **kwargs)


class DecimalWidget(widgets.DecimalWidget):
    """Decimals written as 1.28333 whatever the language of the page that exported them."""

    def render(self, value, obj=None, **kwargs):
        if value is None:
            return ""
        return value if kwargs.get("force_native_type") else str(value)


@dataclass(frozen=True)
class Problem:
    """Why one cell (or the whole file, on line 1 without a column) was refused."""

    line: int
    column: str
    message: str


class RegisterResult(Result):
    """An import's result with its problems and counts as the report shows them."""

    problems: list[Problem]

    @property
    def counts(self) -> dict[str, int]:
        return {
            "new": self.totals[RowResult.IMPORT_TYPE_NEW],
            "changed": self.totals[RowResult.IMPORT_TYPE_UPDATE],
            "unchanged": self.totals[RowResult.IMPORT_TYPE_SKIP],
        }

    @property
    def refused(self) -> bool:
        return bool(self.problems)


class RegisterResource(resources.ModelResource):
    """A register of one model: its columns, natural key and the services that write it.

    Subclasses declare the columns (``Meta.fields``, code widgets for relations), the
    natural key (``Meta.import_id_fields``) and override ``create`` / ``update`` to call
    their app's services. ``error_column`` receives the problems that concern the row as
    a whole rather than one column.
    """

    # A text cell left empty is an empty text, as in a form (a spreadsheet reads it as None).
    WIDGETS_MAP = {
        **resources.ModelResource.WIDGETS_MAP,
        "DateField": DateWidget,
        "DecimalField": DecimalWidget,
        "TextField": widgets.CharWidget,
    }
    error_column = ""

    class Meta:
        skip_unchanged = True
        report_skipped = True
        use_transactions = True
        clean_model_instances = False  # the services validate, with the same rules as any write

    def __init__(self, *, actor: Actor = None, reason: str = "", **kwargs):
        super().__init__(**kwargs)
        self.actor = actor
        self.reason = reason
        self.row_results: dict[int, RowResult] = {}
        self.rows: dict[int, dict] = {}

    @classmethod
    def get_result_class(cls):
        return RegisterResult

    # -- writing through the services ------------------------------------------------

    def create(self, instance: models.Model, links: dict) -> models.Model:
        return save_recorded(instance, actor=self.actor, reason=self.reason, links=links)

    def update(self, instance: models.Model, changes: dict, links: dict) -> models.Model:
        return update_recorded(instance, changes={**changes, **links}, actor=self.actor, reason=self.reason)

    def save_instance(self, instance, is_create, row, **kwargs):
        links = self.changed_links(instance)
        try:
            with transaction.atomic():
                if is_create:
                    saved = self.create(instance, links)
                else:
                    saved = self.update(instance, self.changed_fields(instance), links)
        except ValidationError as error:
            raise ValidationError(self.by_field(instance, error)) from None
        instance.pk = saved.pk
        self.after_row_saved(saved, instance, row, **kwargs)

    def after_row_saved(self, saved: models.Model, parsed: models.Model, row: dict, **kwargs) -> None:
        """Hook for work that follows the row's own record (an office's placements)."""

    def save_m2m(self, instance, row, **kwargs):
        """The links were written with the record, by its service."""

    # -- reading a row -------------------------------------------------------------------

    def after_init_instance(self, instance, new, row, **kwargs):
        # What is stored, to tell changed fields from unchanged ones without another query.
        instance._register_stored = {f.attname: getattr(instance, f.attname) for f in own_fields(type(instance))}

    def get_instance(self, instance_loader, row):
        """The stored record with the row's natural key; a bad key is a problem of its column."""
        lookup = {}
        for name in self.get_import_id_fields():
            field = self.fields[name]
            try:
                lookup[field.attribute] = field.clean(row)
            except ValueError as error:
                raise ValidationError({field.attribute: [str(error)]}) from None
        if any(value in (None, "") for value in lookup.values()):
            return None
        return self.get_queryset().filter(**lookup).first()

    def import_instance(self, instance, row, **kwargs):
        errors = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        instance._register_links = {}
        for field in self.link_fields():
            if field.column_name not in row:
                continue
            try:
                instance._register_links[field.attribute] = field.clean(row)
            except ValueError as error:
                errors[field.attribute] = [str(error)]
        errors.update(self.import_extra(instance, row))
        if errors:
            raise ValidationError(errors)

    def import_extra(self, instance: models.Model, row: dict) -> dict[str, list[str]]:
        """Hook for columns that are not fields of the record; returns problems by column."""
        return {}

    def filter_export(self, queryset, **kwargs):
        return self.export_queryset(super().filter_export(queryset, **kwargs))

    def export_queryset(self, queryset):
        """Hook: the related records a row shows, fetched with the rows (no query per row)."""
        return queryset

    def link_fields(self):
        return [f for f in self.get_import_fields() if isinstance(f.widget, widgets.ManyToManyWidget)]

    def changed_fields(self, instance: models.Model) -> dict:
        stored = instance._register_stored
        return {
            field.name: getattr(instance, field.name)
            for field in own_fields(type(instance))
            if getattr(instance, field.attname) != stored[field.attname]
        }

    def changed_links(self, instance: models.Model) -> dict:
        links = instance._register_links
        if instance._state.adding:
            return links
        return {
            name: related
            for name, related in links.items()
            if {obj.pk for obj in related} != set(getattr(instance, name).values_list("pk", flat=True))
        }

    def extra_changed(self, instance: models.Model) -> bool:
        """Hook: whether columns that are not fields of the record change anything."""
        return False

    def skip_row(self, instance, original, row, import_validation_errors=None):
        """An existing record whose fields, links and extra columns all stay as stored."""
        if import_validation_errors or instance._state.adding:
            return False
        return not (self.changed_fields(instance) or self.changed_links(instance) or self.extra_changed(instance))

    def after_import_row(self, row, row_result, **kwargs):
        number = kwargs["row_number"]
        self.row_results[number] = row_result
        self.rows[number] = row

    # -- the report ------------------------------------------------------------------------

    def import_data(self, dataset, **kwargs):
        # One bad row refuses the whole file, whatever the caller asked for.
        kwargs["rollback_on_validation_errors"] = True
        kwargs["use_transactions"] = True
        result = super().import_data(dataset, **kwargs)
        result.problems = self.problems(result)
        return result

    def refuse_row(self, result: Result, number: int, error: ValidationError) -> None:
        """Turn a row that was accepted into a refused one (for checks made after all rows)."""
        row_result = self.row_results[number]
        if row_result.import_type == RowResult.IMPORT_TYPE_INVALID:  # refused once already
            merged = error.update_error_dict(dict(row_result.validation_error.error_dict))
            row_result.validation_error = ValidationError(merged)
            result.invalid_rows = [r for r in result.invalid_rows if r.number != number]
        else:
            result.totals[row_result.import_type] -= 1
            result.totals[RowResult.IMPORT_TYPE_INVALID] += 1
            row_result.import_type = RowResult.IMPORT_TYPE_INVALID
            row_result.validation_error = error
        result.append_invalid_row(number, self.rows[number], row_result.validation_error)

    def by_field(self, instance: models.Model, error: ValidationError) -> dict[str, list[str]]:
        """``error`` by field, with the rules that span fields placed on the field they name first.

        A constraint such as "ends after it starts" is reported by the model as a problem of
        the whole record; re-checking each constraint tells which one it was.
        """
        errors = error.message_dict if hasattr(error, "error_dict") else {NON_FIELD_ERRORS: error.messages}
        errors = {name: list(messages) for name, messages in errors.items()}
        messages = errors.pop(NON_FIELD_ERRORS, [])
        by_rule = self.constraint_fields(instance)
        for message in messages:
            errors.setdefault(by_rule.get(message, NON_FIELD_ERRORS), []).append(message)
        return errors

    def constraint_fields(self, instance: models.Model) -> dict[str, str]:
        found = {}
        for constraint in instance._meta.constraints:
            try:
                constraint.validate(type(instance), instance)
            except ValidationError as error:
                for message in _name_values(error, instance).messages:
                    found[message] = _first_field(constraint)
            except ValueError:  # a message Django cannot %-format (see milestone_completion_errors)
                continue
        return found

    def column_of(self, key: str) -> str:
        if key == NON_FIELD_ERRORS:
            return self.error_column
        for field in self.fields.values():
            if key in (field.attribute, field.column_name):
                return field.column_name
        return key

    def problems(self, result: Result) -> list[Problem]:
        if result.base_errors:  # the file as a whole (a missing key column): its rows tell nothing more
            return [Problem(1, "", str(error.error)) for error in result.base_errors]
        problems = []
        for invalid in result.invalid_rows:
            for key, messages in invalid.error_dict.items():
                problems += [Problem(invalid.number + 1, self.column_of(key), str(m)) for m in messages]
        for row in result.error_rows:
            problems += [
                Problem(row.number + 1, "", str(UNEXPECTED_ERROR.format(error=error.error))) for error in row.errors
            ]
        return sorted(problems, key=lambda p: p.line)


def _first_field(constraint) -> str:
    """The field a constraint is about: its first field, or the first one its condition names."""
    if getattr(constraint, "fields", None):
        return constraint.fields[0]
    condition = getattr(constraint, "condition", None)
    while condition is not None and hasattr(condition, "children"):
        condition = condition.children[0] if condition.children else None
    return condition[0].split("__")[0] if isinstance(condition, tuple) else NON_FIELD_ERRORS
