"""Registers of the reform's evidence: scorecard measurements and benchmark data points as CSV or
XLSX, keyed by natural codes and written through the services (see reform_portal.registers)."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from import_export.fields import Field

from offices import services
from offices.models import BenchmarkMetric, DataPoint, Indicator, Measurement, PeerEntity
from offices.resources import office_code_widget
from reform_portal.registers import CodeWidget, DecimalWidget, RegisterResource, cell_text

# A peer's figure that the entity does not publish: written as these words in the value column,
# never as 0 or an empty cell that could be read as zero.
NOT_REPORTED = "not reported"
NOT_REPORTED_CONFLICT = _("The value says “not reported” but the not_reported column says it was reported.")
VALUE_MISSING = _("Give the figure, or write “not reported” if the entity does not publish it.")
VALUE_NOT_REPORTED_CONFLICT = _(
    "The row gives a value and says it was not reported: write “not reported” as the value, or clear not_reported."
)


class MeasurementResource(RegisterResource):
    """Scorecard values keyed by indicator code, office code (empty: the whole network) and period
    (the first day, YYYY-MM-DD). A row for a period that has a value replaces it, as entering it
    again on the web does; the history keeps the earlier value."""

    indicator = Field("indicator", "indicator", CodeWidget(Indicator, "code", what=_("indicator code")))
    office = Field("office", "office", office_code_widget())
    error_column = "indicator"

    class Meta:
        model = Measurement
        name = _("Scorecard measurements")
        import_id_fields = ["indicator", "office", "period"]
        fields = ("indicator", "office", "period", "value", "source", "comment", "is_demo")
        export_order = fields

    def export_queryset(self, queryset):
        return queryset.select_related("indicator", "office")

    def get_instance(self, instance_loader, row):
        """The stored value of the row's key; an empty office is the network's own figure."""
        lookup = {}
        for name in self.get_import_id_fields():
            field = self.fields[name]
            try:
                lookup[field.attribute] = field.clean(row)
            except ValueError as error:
                raise ValidationError({field.attribute: [str(error)]}) from None
        if lookup["indicator"] is None or lookup["period"] is None:
            return None
        return self.get_queryset().filter(**lookup).first()

    def _record(self, instance: Measurement) -> Measurement:
        return services.measurement_record(
            indicator=instance.indicator,
            office=instance.office,
            period=instance.period,
            value=instance.value,
            source=instance.source,
            comment=instance.comment,
            is_demo=instance.is_demo,
            actor=self.actor,
            reason=self.reason,
        )

    def create(self, instance, links):
        return self._record(instance)

    def update(self, instance, changes, links):
        return self._record(instance)


class NotReportedWidget(DecimalWidget):
    """A peer's value, or the words "not reported" for a figure the entity does not publish."""

    def clean(self, value, row=None, **kwargs):
        if cell_text(value).casefold() == NOT_REPORTED:
            return None
        return super().clean(value, row, **kwargs)


class PeerValueField(Field):
    def export(self, instance, **kwargs):
        return NOT_REPORTED if instance.not_reported else super().export(instance, **kwargs)


class DataPointResource(RegisterResource):
    """Peers' figures keyed by peer code, metric code and year, each with its source. A figure the
    entity does not publish is "not reported" in the value column (the not_reported column may
    say so too); it is never stored or counted as zero."""

    peer = Field("peer", "peer", CodeWidget(PeerEntity, "code", what=_("peer entity code")))
    metric = Field("metric", "metric", CodeWidget(BenchmarkMetric, "code", what=_("benchmark metric code")))
    value = PeerValueField("value", "value", NotReportedWidget())
    error_column = "peer"

    class Meta:
        model = DataPoint
        name = _("Benchmark data points")
        import_id_fields = ["peer", "metric", "year"]
        fields = ("peer", "metric", "year", "value", "not_reported", "source", "comparability_note", "is_demo")
        export_order = fields

    def export_queryset(self, queryset):
        return queryset.select_related("peer", "metric")

    def import_extra(self, instance, row):
        """The value column says whether the figure was reported; a not_reported column, when
        the file has one, must agree with it."""
        said_not_reported = cell_text(row.get("value")).casefold() == NOT_REPORTED
        column = "not_reported" in row and cell_text(row["not_reported"]) != ""
        if said_not_reported and column and not instance.not_reported:
            return {"value": [str(NOT_REPORTED_CONFLICT)]}
        if instance.value is not None and column and instance.not_reported:
            return {"value": [str(VALUE_NOT_REPORTED_CONFLICT)]}
        instance.not_reported = said_not_reported or (instance.value is None and bool(instance.not_reported))
        if instance.value is None and not instance.not_reported:
            return {"value": [str(VALUE_MISSING)]}
        return {}

    def _record(self, instance: DataPoint) -> DataPoint:
        return services.data_point_record(
            peer=instance.peer,
            metric=instance.metric,
            year=instance.year,
            value=instance.value,
            not_reported=instance.not_reported,
            source=instance.source,
            comparability_note=instance.comparability_note,
            is_demo=instance.is_demo,
            actor=self.actor,
            reason=self.reason,
        )

    def create(self, instance, links):
        return self._record(instance)

    def update(self, instance, changes, links):
        return self._record(instance)
