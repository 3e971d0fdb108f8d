"""Admin of the evidence registers: scorecard measurements and benchmark data points get import
and export as CSV or XLSX (offices.resources_evidence, all or nothing), and a new value is
entered by the same service as on the web and in the API, which replaces a period's value.

The evidence models are registered in offices.admin; this module, imported at its end, extends
the two registers' admins and registers them in their place."""

from django.contrib import admin

from offices import services
from offices.admin import DataPointAdmin, MeasurementAdmin
from offices.models import DataPoint, Measurement
from offices.resources_evidence import DataPointResource, MeasurementResource
from reform_portal.admin.forms import REASON_FIELD
from reform_portal.admin.registers import RegisterAdminMixin


class MeasurementRegisterAdmin(RegisterAdminMixin, MeasurementAdmin):
    resource_classes = [MeasurementResource]

    def save_through_service(self, request, obj, form, change: bool) -> None:
        if change:  # an edit of the record opened, checked against its version
            super().save_through_service(request, obj, form, change)
            return
        services.measurement_record(
            indicator=obj.indicator,
            office=obj.office,
            period=obj.period,
            value=obj.value,
            source=obj.source,
            comment=obj.comment,
            is_demo=obj.is_demo,
            actor=request.user,
            reason=form.cleaned_data[REASON_FIELD],
        )


class DataPointRegisterAdmin(RegisterAdminMixin, DataPointAdmin):
    resource_classes = [DataPointResource]

    def save_through_service(self, request, obj, form, change: bool) -> None:
        if change:
            super().save_through_service(request, obj, form, change)
            return
        services.data_point_record(
            peer=obj.peer,
            metric=obj.metric,
            year=obj.year,
            value=obj.value,
            not_reported=obj.not_reported,
            source=obj.source,
            comparability_note=obj.comparability_note,
            is_demo=obj.is_demo,
            actor=request.user,
            reason=form.cleaned_data[REASON_FIELD],
        )


for model, model_admin in ((Measurement, MeasurementRegisterAdmin), (DataPoint, DataPointRegisterAdmin)):
    admin.site.unregister(model)
    admin.site.register(model, model_admin)
