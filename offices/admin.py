from django.contrib import admin
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from offices.models import (
    Country,
    Coverage,
    HeadOfOfficePost,
    InterimArrangement,
    Office,
    OfficePlacement,
    OfficeTransition,
    OfficeType,
    Region,
    Structure,
)
from reform_portal.admin import RecordedAdmin, RecordedInline, TranslatedRecordedAdmin


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
class OfficeAdmin(RecordedAdmin):
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
    search_fields = ["code", "name", "city", "host_country__name"]
    autocomplete_fields = ["host_country"]
    readonly_fields = ["version"]
    inlines = [CoverageInline, InterimArrangementInline]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(open_coverage_count=Count("coverages", filter=Q(coverages__valid_to__isnull=True)))
        )

    @admin.display(description=_("countries covered (open)"), ordering="open_coverage_count")
    def open_coverage(self, office: Office) -> int:
        return office.open_coverage_count


@admin.register(OfficePlacement)
class OfficePlacementAdmin(RecordedAdmin):
    list_display = ["office", "structure", "office_type", "reports_to", "is_demo"]
    list_filter = ["structure", "office_type", "office__region"]
    list_select_related = ["office", "structure", "office_type", "reports_to__office"]
    search_fields = ["office__code", "office__name"]
    autocomplete_fields = ["office", "reports_to"]


@admin.register(Coverage)
class CoverageAdmin(RecordedAdmin):
    list_display = ["country", "office", "valid_from", "valid_to", "is_demo"]
    list_filter = ["office__region", ("valid_to", admin.EmptyFieldListFilter), "is_demo"]
    list_select_related = ["country", "office"]
    search_fields = ["country__name", "country__iso3", "office__code", "office__name"]
    autocomplete_fields = ["country", "office"]
    date_hierarchy = "valid_from"


@admin.register(OfficeTransition)
class OfficeTransitionAdmin(RecordedAdmin):
    list_display = ["office", "status", "planned_date", "actual_date", "is_demo"]
    list_filter = ["status", "office__region"]
    list_select_related = ["office"]
    search_fields = ["office__code", "office__name"]
    autocomplete_fields = ["office"]


@admin.register(HeadOfOfficePost)
class HeadOfOfficePostAdmin(RecordedAdmin):
    list_display = ["office", "title", "status", "incumbent", "vacant_since", "is_demo"]
    list_filter = ["status", "office__region"]
    list_select_related = ["office", "incumbent"]
    search_fields = ["office__code", "office__name", "incumbent__name"]
    autocomplete_fields = ["office", "incumbent"]


@admin.register(InterimArrangement)
class InterimArrangementAdmin(RecordedAdmin):
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
