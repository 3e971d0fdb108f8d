from django.contrib import admin
from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from offices import services
from offices.models import (
    AcceptedDeviation,
    BenchmarkMetric,
    Country,
    Coverage,
    DataPoint,
    HeadOfOfficePost,
    Indicator,
    InterimArrangement,
    Measurement,
    Objective,
    Office,
    OfficePlacement,
    OfficeTransition,
    OfficeType,
    PeerEntity,
    Perspective,
    Region,
    Structure,
)
from offices.resources import CoverageResource, InterimArrangementResource, OfficeResource
from offices.resources_evidence import DataPointResource, MeasurementResource
from offices.selectors import open_coverage_filter
from reform_portal.admin import RecordedAdmin, RecordedInline, TranslatedRecordedAdmin
from reform_portal.admin.forms import REASON_FIELD
from reform_portal.admin.registers import RegisterAdminMixin
from reform_portal.roles import is_administrator


@admin.register(Region)
class RegionAdmin(TranslatedRecordedAdmin):
    list_display = ["code", "name", "order"]
    search_fields = ["code", "name"]


@admin.register(Country)
class CountryAdmin(TranslatedRecordedAdmin):
    list_display = ["name", "iso2", "iso3", "m49"]
    search_fields = ["name", "iso2", "iso3", "m49"]


class OfficeTypeInline(RecordedInline):
    model = OfficeType
    fields = ["code", "name", "level"]


@admin.register(Structure)
class StructureAdmin(TranslatedRecordedAdmin):
    list_display = ["name", "code", "tiers", "status"]
    list_filter = ["status"]
    search_fields = ["code", "name"]


@admin.register(OfficeType)
class OfficeTypeAdmin(TranslatedRecordedAdmin):
    list_display = ["name", "structure", "code", "level"]
    list_filter = ["structure"]
    list_select_related = ["structure"]
    search_fields = ["code", "name"]


class OfficePlacementInline(RecordedInline):
    model = OfficePlacement
    fk_name = "office"
    fields = ["structure", "office_type", "reports_to", "is_demo"]
    autocomplete_fields = ["reports_to"]
    show_change_link = False


class CoverageInline(RecordedInline):
    model = Coverage
    fk_name = "office"
    fields = ["country", "valid_from", "valid_to", "is_demo"]
    autocomplete_fields = ["country"]


class InterimArrangementInline(RecordedInline):
    model = InterimArrangement
    fk_name = "office"
    fields = [
        "kind",
        "officer_in_charge",
        "covering_office",
        "start",
        "end",
        "review_date",
        "host_government_agreement",
    ]
    autocomplete_fields = ["officer_in_charge", "covering_office"]


@admin.register(Office)
class OfficeAdmin(RegisterAdminMixin, RecordedAdmin):
    """An office with its placements, coverage and interim arrangements, edited together."""

    resource_classes = [OfficeResource]
    office_lookup = "pk"
    list_display = [
        "code",
        "name",
        "city",
        "host_country",
        "region",
        "status",
        "on_common_premises",
        "open_coverage",
        "is_demo",
    ]
    list_filter = ["region", "status", "on_common_premises", "placements__office_type", "is_demo"]
    list_select_related = ["host_country", "region"]
    search_fields = ["code", "name", "city", "host_country__name", "host_country__iso3"]
    autocomplete_fields = ["host_country", "focal_points"]
    readonly_fields = ["open_coverage", "version"]
    fieldsets = [
        (None, {"fields": ["code", "name", "city", "host_country", "region", "status"]}),
        (_("Location and premises"), {"fields": ["latitude", "longitude", "on_common_premises"]}),
        (_("People"), {"fields": ["focal_points"]}),
        (_("Record"), {"fields": ["open_coverage", "is_demo", "version"]}),
    ]
    inlines = [OfficePlacementInline, CoverageInline, InterimArrangementInline]
    # A focal point updates their office's own data, not its place in the network.
    focal_point_readonly_fields = ["code", "host_country", "region", "status", "focal_points", "is_demo"]

    def get_queryset(self, request):
        covered = Count("coverages", filter=open_coverage_filter("coverages__"), distinct=True)
        # An aggregate drops the model's default ordering; the autocomplete pages need one.
        return super().get_queryset(request).annotate(open_coverage_count=covered).order_by(*Office._meta.ordering)

    @admin.display(description=_("countries covered today"), ordering="open_coverage_count")
    def open_coverage(self, office: Office) -> int:
        return office.open_coverage_count

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if not is_administrator(request.user):
            fields += [name for name in self.focal_point_readonly_fields if name not in fields]
        return fields

    def focal_point_may_change(self, request, obj) -> bool:
        offices = self.focal_offices(request)
        return offices is not None and (obj is None or obj.pk in offices)

    def save_inline_through_service(self, request, instance, reason: str) -> None:
        if isinstance(instance, InterimArrangement):
            services.interim_arrangement_save(arrangement=instance, actor=request.user, reason=reason)
        else:
            super().save_inline_through_service(request, instance, reason)


@admin.register(OfficePlacement)
class OfficePlacementAdmin(RecordedAdmin):
    office_lookup = "office"
    list_display = ["office", "structure", "office_type", "reports_to", "is_demo"]
    list_filter = ["structure", "office_type", "office__region"]
    list_select_related = ["office", "structure", "office_type", "reports_to__office", "reports_to__structure"]
    search_fields = ["office__code", "office__name"]
    autocomplete_fields = ["office", "reports_to"]


@admin.register(Coverage)
class CoverageAdmin(RegisterAdminMixin, RecordedAdmin):
    resource_classes = [CoverageResource]
    office_lookup = "office"
    list_display = ["country", "office", "valid_from", "valid_to", "is_demo"]
    list_filter = ["office__region", ("valid_to", admin.EmptyFieldListFilter), "is_demo"]
    list_select_related = ["country", "office"]
    search_fields = ["country__name", "country__iso3", "office__code", "office__name"]
    autocomplete_fields = ["country", "office"]
    date_hierarchy = "valid_from"


@admin.register(OfficeTransition)
class OfficeTransitionAdmin(RecordedAdmin):
    office_lookup = "office"
    list_display = ["office", "status", "planned_date", "actual_date", "is_demo"]
    list_filter = ["status", "office__region"]
    list_select_related = ["office"]
    search_fields = ["office__code", "office__name"]
    autocomplete_fields = ["office"]


@admin.register(HeadOfOfficePost)
class HeadOfOfficePostAdmin(RecordedAdmin):
    office_lookup = "office"
    list_display = ["office", "title", "status", "incumbent", "vacant_since", "is_demo"]
    list_filter = ["status", "office__region"]
    list_select_related = ["office", "incumbent"]
    search_fields = ["office__code", "office__name", "incumbent__name"]
    autocomplete_fields = ["office", "incumbent"]


@admin.register(InterimArrangement)
class InterimArrangementAdmin(RegisterAdminMixin, RecordedAdmin):
    resource_classes = [InterimArrangementResource]
    office_lookup = "office"
    list_display = [
        "office",
        "kind",
        "officer_in_charge",
        "covering_office",
        "start",
        "end",
        "review_date",
        "host_government_agreement",
    ]
    list_filter = ["kind", "host_government_agreement", "office__region"]
    list_select_related = ["office", "officer_in_charge", "covering_office"]
    search_fields = ["office__code", "office__name", "officer_in_charge__name"]
    autocomplete_fields = ["office", "officer_in_charge", "covering_office"]
    date_hierarchy = "review_date"

    def save_through_service(self, request, obj, form, change: bool) -> None:
        # A new arrangement needs a vacant head-of-office post, as the service checks.
        services.interim_arrangement_save(arrangement=obj, actor=request.user, reason=form.cleaned_data[REASON_FIELD])


# -- balanced scorecard ---------------------------------------------------------------------------


@admin.register(Perspective)
class PerspectiveAdmin(TranslatedRecordedAdmin):
    list_display = ["name", "code", "order"]
    search_fields = ["code", "name"]


@admin.register(Objective)
class ObjectiveAdmin(TranslatedRecordedAdmin):
    list_display = ["name", "code", "perspective", "is_demo"]
    list_filter = ["perspective", "is_demo"]
    list_select_related = ["perspective"]
    search_fields = ["code", "name"]


@admin.register(Indicator)
class IndicatorAdmin(TranslatedRecordedAdmin):
    list_display = ["name", "code", "objective", "unit", "direction", "target", "tolerance", "frequency", "is_public"]
    list_filter = ["objective__perspective", "direction", "frequency", "is_public", "is_demo"]
    list_select_related = ["objective"]
    search_fields = ["code", "name"]
    autocomplete_fields = ["objective"]


@admin.register(Measurement)
class MeasurementAdmin(RegisterAdminMixin, RecordedAdmin):
    """Measurements, imported and exported as a register; a new value replaces its period's."""

    resource_classes = [MeasurementResource]
    office_lookup = "office"
    list_display = ["indicator", "office", "period", "value", "source", "is_demo"]
    list_filter = ["indicator__objective__perspective", "indicator", "office__region", "is_demo"]
    list_select_related = ["indicator", "office"]
    search_fields = ["indicator__code", "indicator__name", "office__code", "office__name", "source"]
    autocomplete_fields = ["indicator", "office"]
    date_hierarchy = "period"

    def save_through_service(self, request, obj, form, change: bool) -> None:
        if change:  # an edit of the record opened, checked against its version
            super().save_through_service(request, obj, form, change)
            return
        services.measurement_enter(measurement=obj, actor=request.user, reason=form.cleaned_data[REASON_FIELD])


@admin.register(AcceptedDeviation)
class AcceptedDeviationAdmin(RecordedAdmin):
    office_lookup = "office"
    list_display = ["indicator", "office", "start", "end", "accepted_by", "is_demo"]
    list_filter = ["indicator", "office__region"]
    list_select_related = ["indicator", "office"]
    search_fields = ["indicator__code", "indicator__name", "office__code", "rationale"]
    autocomplete_fields = ["indicator", "office"]
    date_hierarchy = "end"


# -- benchmarking --------------------------------------------------------------------------------


class DataPointInline(RecordedInline):
    model = DataPoint
    fields = ["metric", "year", "value", "not_reported", "source", "is_demo"]


@admin.register(PeerEntity)
class PeerEntityAdmin(RecordedAdmin):
    """A peer UN entity with its figures, edited together."""

    list_display = ["name", "code", "is_fictional", "is_demo"]
    list_filter = ["is_fictional", "is_demo"]
    search_fields = ["code", "name"]
    inlines = [DataPointInline]


@admin.register(BenchmarkMetric)
class BenchmarkMetricAdmin(TranslatedRecordedAdmin):
    list_display = ["name", "code", "unit", "unido_figure", "order"]
    search_fields = ["code", "name"]


@admin.register(DataPoint)
class DataPointAdmin(RegisterAdminMixin, RecordedAdmin):
    """Peers' figures, imported and exported as a register; a new figure replaces its year's."""

    resource_classes = [DataPointResource]
    list_display = ["metric", "peer", "year", "value", "not_reported", "source", "is_demo"]
    list_filter = ["metric", "peer", "year", "not_reported", "is_demo"]
    list_select_related = ["metric", "peer"]
    search_fields = ["peer__name", "metric__name", "source"]
    autocomplete_fields = ["peer", "metric"]

    def save_through_service(self, request, obj, form, change: bool) -> None:
        if change:
            super().save_through_service(request, obj, form, change)
            return
        services.data_point_enter(point=obj, actor=request.user, reason=form.cleaned_data[REASON_FIELD])
