"""One FilterSet per listable model of the working groups, shared by the web pages and the API."""

import django_filters as filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from roadmap.models import GuidingPrinciple, StrategicElement
from working_groups.models import Meeting, Person, Recommendation, WorkingGroup


class RecommendationFilterSet(filters.FilterSet):
    """Recommendations by working group, status, principle and strategic element; search."""

    q = filters.CharFilter(method="search", label=_("Search"))
    working_group = filters.ModelChoiceFilter(
        field_name="working_group",
        to_field_name="letter",
        queryset=WorkingGroup.objects.all(),
        label=_("Working group"),
    )
    status = filters.MultipleChoiceFilter(choices=Recommendation.Status.choices, label=_("Status"))
    principle = filters.ModelChoiceFilter(
        field_name="principles",
        to_field_name="letter",
        queryset=GuidingPrinciple.objects.all(),
        label=_("Guiding principle"),
    )
    strategic_element = filters.ModelChoiceFilter(
        field_name="strategic_elements",
        to_field_name="letter",
        queryset=StrategicElement.objects.all(),
        label=_("Strategic element"),
    )
    office = filters.CharFilter(field_name="offices__code", lookup_expr="iexact", distinct=True, label=_("Office code"))

    class Meta:
        model = Recommendation
        fields = []

    def search(self, queryset, name, value):
        return queryset.filter(Q(code__icontains=value) | Q(title__icontains=value) | Q(text__icontains=value))


class PersonFilterSet(filters.FilterSet):
    q = filters.CharFilter(method="search", label=_("Search"))
    affiliation = filters.ChoiceFilter(choices=Person.Affiliation.choices, label=_("Affiliation"))
    office = filters.CharFilter(field_name="office__code", lookup_expr="iexact", label=_("Office code"))
    working_group = filters.CharFilter(
        field_name="memberships__working_group__letter", lookup_expr="iexact", distinct=True, label=_("Working group")
    )

    class Meta:
        model = Person
        fields = []

    def search(self, queryset, name, value):
        return queryset.filter(Q(name__icontains=value) | Q(job_title__icontains=value))


class MeetingFilterSet(filters.FilterSet):
    working_group = filters.CharFilter(
        field_name="working_group__letter", lookup_expr="iexact", label=_("Working group")
    )
    date = filters.DateFromToRangeFilter(label=_("Date"))

    class Meta:
        model = Meeting
        fields = []
