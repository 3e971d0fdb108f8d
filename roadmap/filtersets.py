"""One FilterSet per listable model of the roadmap, shared by the web pages and the API."""

import django_filters as filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from offices.models import Region
from roadmap.models import BriefingSession, KeyActivity, Milestone, Phase
from roadmap.selectors import overdue_filter
from working_groups.models import Person


class MilestoneFilterSet(filters.FilterSet):
    """Milestones by phase (with its parts), activity, status, owner, overdue, dates, linked office."""

    q = filters.CharFilter(method="search", label=_("Search"))
    phase = filters.ModelChoiceFilter(
        method="filter_phase", to_field_name="code", queryset=Phase.objects.all(), label=_("Phase")
    )
    activity = filters.ModelChoiceFilter(
        field_name="activity", to_field_name="number", queryset=KeyActivity.objects.all(), label=_("Key activity")
    )
    status = filters.MultipleChoiceFilter(choices=Milestone.Status.choices, label=_("Status"))
    owner = filters.ModelChoiceFilter(queryset=Person.objects.all(), label=_("Owner"))
    overdue = filters.BooleanFilter(method="filter_overdue", label=_("Overdue"))
    planned_start = filters.DateFromToRangeFilter(label=_("Planned start"))
    planned_end = filters.DateFromToRangeFilter(label=_("Planned end"))
    office = filters.CharFilter(
        field_name="offices__code", lookup_expr="iexact", distinct=True, label=_("Linked office code")
    )
    is_public = filters.BooleanFilter(label=_("Public"))
    ordering = filters.OrderingFilter(
        fields=(
            ("code", "code"),
            ("planned_start", "planned_start"),
            ("planned_end", "planned_end"),
            ("progress", "progress"),
            ("status", "status"),
        ),
        field_labels={
            "code": _("Code"),
            "planned_start": _("Planned start"),
            "planned_end": _("Planned end"),
            "progress": _("Progress"),
            "status": _("Status"),
        },
        label=_("Sort by"),
    )

    class Meta:
        model = Milestone
        fields = []

    def search(self, queryset, name, value):
        return queryset.filter(Q(code__icontains=value) | Q(title__icontains=value) | Q(description__icontains=value))

    def filter_phase(self, queryset, name, phase):
        return queryset.filter(Q(phase=phase) | Q(phase__parent=phase)) if phase else queryset

    def filter_overdue(self, queryset, name, value):
        if value is None:
            return queryset
        return queryset.filter(overdue_filter()) if value else queryset.exclude(overdue_filter())


class BriefingSessionFilterSet(filters.FilterSet):
    scope = filters.ChoiceFilter(choices=BriefingSession.Scope.choices, label=_("Scope"))
    region = filters.ModelChoiceFilter(
        field_name="region", to_field_name="code", queryset=Region.objects.all(), label=_("Region")
    )
    status = filters.ChoiceFilter(choices=BriefingSession.Status.choices, label=_("Status"))
    date = filters.DateFromToRangeFilter(label=_("Date"))

    class Meta:
        model = BriefingSession
        fields = []
