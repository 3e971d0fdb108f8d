"""One FilterSet per listable model of the field network, shared by the web pages and the API."""

import datetime

import django_filters as filters
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from offices.models import (
    Country,
    Coverage,
    DataPoint,
    Indicator,
    InterimArrangement,
    Measurement,
    Office,
    OfficeTransition,
    OfficeType,
    Region,
    Structure,
)
from offices.selectors import open_coverage_filter


class OfficeFilterSet(filters.FilterSet):
    """Offices by region, type in either structure, status, host country, vacancy; search; order."""

    q = filters.CharFilter(method="search", label=_("Search"))
    region = filters.ModelMultipleChoiceFilter(
        field_name="region__code", to_field_name="code", queryset=Region.objects.all(), label=_("Region")
    )
    three_tier_type = filters.ModelChoiceFilter(
        method="placed_as",
        to_field_name="code",
        queryset=OfficeType.objects.filter(structure__code="three-tier"),
        label=_("Type in the three-tier structure"),
    )
    two_tier_type = filters.ModelChoiceFilter(
        method="placed_as",
        to_field_name="code",
        queryset=OfficeType.objects.filter(structure__code="two-tier"),
        label=_("Type in the two-tier structure"),
    )
    status = filters.MultipleChoiceFilter(choices=Office.Status.choices, label=_("Status"))
    host_country = filters.CharFilter(
        field_name="host_country__iso3", lookup_expr="iexact", label=_("Host country (ISO alpha-3)")
    )
    vacant = filters.BooleanFilter(method="filter_vacant", label=_("Head-of-office post vacant"))
    transition = filters.ChoiceFilter(
        field_name="transition__status", choices=OfficeTransition.Status.choices, label=_("Transition status")
    )
    ordering = filters.OrderingFilter(
        fields=(
            ("code", "code"),
            ("name", "name"),
            ("city", "city"),
            ("region__order", "region"),
            ("covered_count", "covered"),
        ),
        field_labels={
            "code": _("Code"),
            "name": _("Name"),
            "city": _("City"),
            "region__order": _("Region"),
            "covered_count": _("Countries covered"),
        },
        label=_("Sort by"),
    )

    class Meta:
        model = Office
        fields = []

    def search(self, queryset, name, value):
        return queryset.filter(
            Q(code__icontains=value)
            | Q(name__icontains=value)
            | Q(city__icontains=value)
            | Q(host_country__name__icontains=value)
        )

    def placed_as(self, queryset, name, office_type):
        return queryset.filter(placements__office_type=office_type) if office_type else queryset

    def filter_vacant(self, queryset, name, value):
        if value is None:
            return queryset
        return queryset.filter(head_post__status="vacant") if value else queryset.exclude(head_post__status="vacant")


class CoverageFilterSet(filters.FilterSet):
    """Coverage by country, office, region, open or in effect on a date."""

    country = filters.CharFilter(field_name="country__iso3", lookup_expr="iexact", label=_("Country (ISO alpha-3)"))
    office = filters.CharFilter(field_name="office__code", lookup_expr="iexact", label=_("Office code"))
    region = filters.CharFilter(field_name="office__region__code", lookup_expr="iexact", label=_("Region code"))
    open = filters.BooleanFilter(field_name="valid_to", lookup_expr="isnull", label=_("Open-ended"))
    active_on = filters.DateFilter(method="filter_active_on", label=_("In effect on"))
    structure = filters.ModelChoiceFilter(
        method="filter_structure", to_field_name="code", queryset=Structure.objects.all(), label=_("Structure")
    )

    class Meta:
        model = Coverage
        fields = []

    def filter_active_on(self, queryset, name, value):
        return queryset.filter(open_coverage_filter(on=value)) if value else queryset

    def filter_structure(self, queryset, name, structure):
        """The current structure shows today's coverage; a planned one the open-ended coverage."""
        if not structure:
            return queryset
        if structure.status == Structure.Status.CURRENT:
            return queryset.filter(open_coverage_filter())
        return queryset.filter(valid_to__isnull=True)


class TransitionFilterSet(filters.FilterSet):
    status = filters.MultipleChoiceFilter(choices=OfficeTransition.Status.choices, label=_("Status"))
    region = filters.CharFilter(field_name="office__region__code", lookup_expr="iexact", label=_("Region code"))
    planned_date = filters.DateFromToRangeFilter(label=_("Planned date"))

    class Meta:
        model = OfficeTransition
        fields = []


class InterimArrangementFilterSet(filters.FilterSet):
    office = filters.CharFilter(field_name="office__code", lookup_expr="iexact", label=_("Office code"))
    region = filters.CharFilter(field_name="office__region__code", lookup_expr="iexact", label=_("Region code"))
    kind = filters.ChoiceFilter(choices=InterimArrangement.Kind.choices, label=_("Kind"))
    host_government_agreement = filters.ChoiceFilter(
        choices=InterimArrangement.HostAgreement.choices, label=_("Host government agreement")
    )
    due_within = filters.NumberFilter(
        method="filter_due_within", min_value=0, max_value=3660, label=_("Review or end due within (days)")
    )

    class Meta:
        model = InterimArrangement
        fields = []

    def filter_due_within(self, queryset, name, value):
        if value is None:
            return queryset
        today = timezone.localdate()
        horizon = today + datetime.timedelta(days=int(value))
        return queryset.filter(Q(review_date__range=(today, horizon)) | Q(end__range=(today, horizon)))


class CountryFilterSet(filters.FilterSet):
    """Countries by the region of their covering office today, coverage, search."""

    q = filters.CharFilter(method="search", label=_("Search"))
    region = filters.CharFilter(method="filter_region", label=_("Region code of the covering office"))
    covered = filters.BooleanFilter(method="filter_covered", label=_("Covered today"))

    class Meta:
        model = Country
        fields = []

    def search(self, queryset, name, value):
        return queryset.filter(Q(name__icontains=value) | Q(iso3__iexact=value) | Q(iso2__iexact=value))

    def filter_region(self, queryset, name, value):
        covering = Coverage.objects.filter(open_coverage_filter(), office__region__code__iexact=value)
        return queryset.filter(pk__in=covering.values("country"))

    def filter_covered(self, queryset, name, value):
        if value is None:
            return queryset
        covered = Coverage.objects.filter(open_coverage_filter()).values("country")
        return queryset.filter(pk__in=covered) if value else queryset.exclude(pk__in=covered)


class IndicatorFilterSet(filters.FilterSet):
    """Indicators by perspective, objective, frequency and publicness; search."""

    q = filters.CharFilter(method="search", label=_("Search"))
    perspective = filters.CharFilter(
        field_name="objective__perspective__code", lookup_expr="iexact", label=_("Perspective code")
    )
    objective = filters.CharFilter(field_name="objective__code", lookup_expr="iexact", label=_("Objective code"))
    frequency = filters.ChoiceFilter(choices=Indicator.Frequency.choices, label=_("Reporting frequency"))
    is_public = filters.BooleanFilter(label=_("Public"))

    class Meta:
        model = Indicator
        fields = []

    def search(self, queryset, name, value):
        return queryset.filter(Q(code__icontains=value) | Q(name__icontains=value))


class MeasurementFilterSet(filters.FilterSet):
    """Measurements by indicator, office (or the network), region and period."""

    indicator = filters.CharFilter(field_name="indicator__code", lookup_expr="iexact", label=_("Indicator code"))
    office = filters.CharFilter(field_name="office__code", lookup_expr="iexact", label=_("Office code"))
    region = filters.CharFilter(field_name="office__region__code", lookup_expr="iexact", label=_("Region code"))
    network = filters.BooleanFilter(field_name="office", lookup_expr="isnull", label=_("Network figures"))
    period = filters.DateFromToRangeFilter(label=_("Period"))

    class Meta:
        model = Measurement
        fields = []


class DataPointFilterSet(filters.FilterSet):
    """Benchmark data points by peer, metric and year."""

    peer = filters.CharFilter(field_name="peer__code", lookup_expr="iexact", label=_("Peer code"))
    metric = filters.CharFilter(field_name="metric__code", lookup_expr="iexact", label=_("Metric code"))
    year = filters.NumberFilter(label=_("Year"), min_value=1945, max_value=2100)
    not_reported = filters.BooleanFilter(label=_("Not reported"))

    class Meta:
        model = DataPoint
        fields = []
