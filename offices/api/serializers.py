"""Serializers of the field network's resources; related records appear in brief form."""

from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from offices.models import Country, Coverage, InterimArrangement, Office, OfficeTransition, Region
from reform_portal.api_views import (
    NULLABLE_BRIEF_SCHEMA,
    BriefRelatedField,
    PublicAwareSerializer,
    ReasonedSerializer,
    brief,
)
from working_groups.models import Person


def _related(view_name: str, code_field: str, model, **kwargs) -> BriefRelatedField:
    if not kwargs.get("read_only"):
        kwargs["queryset"] = model.objects.all()
    return BriefRelatedField(view_name=view_name, code_field=code_field, **kwargs)


def office_field(**kwargs) -> BriefRelatedField:
    return _related("api:office-detail", "code", Office, **kwargs)


def country_field(**kwargs) -> BriefRelatedField:
    return _related("api:country-detail", "iso3", Country, **kwargs)


def region_field(**kwargs) -> BriefRelatedField:
    return _related("api:region-detail", "code", Region, **kwargs)


class RegionSerializer(PublicAwareSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:region-detail")

    class Meta:
        model = Region
        fields = ["id", "url", "code", "name", "description"]


class CountrySerializer(PublicAwareSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:country-detail")
    current_office = serializers.SerializerMethodField(help_text=_("The office covering the country today."))
    planned_office = serializers.SerializerMethodField(
        help_text=_("The office covering the country once every planned change applies.")
    )

    class Meta:
        model = Country
        fields = ["id", "url", "iso2", "iso3", "m49", "name", "current_office", "planned_office"]

    def _office(self, coverages: list[Coverage]) -> dict | None:
        if not coverages:
            return None
        return brief(coverages[0].office, "api:office-detail", "code", self.context.get("request"))

    @extend_schema_field(NULLABLE_BRIEF_SCHEMA)
    def get_current_office(self, country: Country) -> dict | None:
        return self._office(country.current_coverage)

    @extend_schema_field(NULLABLE_BRIEF_SCHEMA)
    def get_planned_office(self, country: Country) -> dict | None:
        return self._office(country.planned_coverage)


class PlacementSerializer(serializers.Serializer):
    """An office's type and reporting line in one structure."""

    structure = serializers.CharField(source="structure.code")
    office_type = serializers.CharField(source="office_type.code")
    office_type_name = serializers.CharField(source="office_type.name")
    reports_to = serializers.SerializerMethodField()

    @extend_schema_field(NULLABLE_BRIEF_SCHEMA)
    def get_reports_to(self, placement) -> dict | None:
        if placement.reports_to is None:
            return None
        return brief(placement.reports_to.office, "api:office-detail", "code", self.context.get("request"))


class OfficeSerializer(ReasonedSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:office-detail")
    host_country = country_field()
    region = region_field()
    latitude = serializers.DecimalField(
        max_digits=8,
        decimal_places=5,
        min_value=-90,
        max_value=90,
        coerce_to_string=False,
        required=False,
        allow_null=True,
    )
    longitude = serializers.DecimalField(
        max_digits=8,
        decimal_places=5,
        min_value=-180,
        max_value=180,
        coerce_to_string=False,
        required=False,
        allow_null=True,
    )
    placements = PlacementSerializer(many=True, read_only=True)
    covered_countries = serializers.IntegerField(source="covered_count", read_only=True, default=None)
    head_post_status = serializers.CharField(source="head_post.status", read_only=True, default=None)
    transition_status = serializers.CharField(source="transition.status", read_only=True, default=None)

    class Meta:
        model = Office
        fields = [
            "id",
            "url",
            "code",
            "name",
            "city",
            "host_country",
            "region",
            "status",
            "latitude",
            "longitude",
            "on_common_premises",
            "placements",
            "covered_countries",
            "head_post_status",
            "transition_status",
            "is_demo",
            "version",
            "change_reason",
        ]
        read_only_fields = ["version", "is_demo"]
        internal_fields = ["head_post_status", "transition_status", "version"]


class CoverageSerializer(ReasonedSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:coverage-detail")
    country = country_field()
    office = office_field()

    class Meta:
        model = Coverage
        fields = ["id", "url", "country", "office", "valid_from", "valid_to", "is_demo", "change_reason"]
        read_only_fields = ["is_demo"]


class TransitionSerializer(ReasonedSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:transition-detail")
    office = office_field()

    class Meta:
        model = OfficeTransition
        fields = ["id", "url", "office", "status", "planned_date", "actual_date", "note", "is_demo", "change_reason"]
        read_only_fields = ["is_demo"]


class InterimArrangementSerializer(ReasonedSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:interim-arrangement-detail")
    office = office_field()
    covering_office = office_field(required=False, allow_null=True)
    officer_in_charge = BriefRelatedField(
        view_name="api:person-detail", queryset=Person.objects.all(), required=False, allow_null=True
    )

    class Meta:
        model = InterimArrangement
        fields = [
            "id",
            "url",
            "office",
            "kind",
            "officer_in_charge",
            "covering_office",
            "start",
            "end",
            "review_date",
            "host_government_agreement",
            "note",
            "is_demo",
            "change_reason",
        ]
        read_only_fields = ["is_demo"]


class TransitionCountsSerializer(serializers.Serializer):
    planned = serializers.IntegerField()
    in_progress = serializers.IntegerField()
    done = serializers.IntegerField()


class RegionFiguresSerializer(serializers.Serializer):
    code = serializers.CharField()
    name = serializers.CharField()
    offices = serializers.IntegerField()
    covered_countries = serializers.IntegerField()
    transitions = TransitionCountsSerializer()


class ArrangementDueSerializer(serializers.Serializer):
    office = BriefRelatedField(view_name="api:office-detail", code_field="code", read_only=True)
    kind = serializers.CharField()
    review_date = serializers.DateField(allow_null=True)
    end = serializers.DateField(allow_null=True)


class NetworkSummarySerializer(serializers.Serializer):
    offices = serializers.IntegerField()
    covered_countries = serializers.IntegerField()
    regions = RegionFiguresSerializer(many=True)
    office_types = serializers.DictField(
        child=serializers.DictField(child=serializers.IntegerField()),
        help_text=_("Offices per office type, per structure code."),
    )
    transitions = TransitionCountsSerializer()
    vacant_posts = serializers.IntegerField()
    arrangements_due = ArrangementDueSerializer(
        many=True, help_text=_("Interim arrangements ending or due for review in the next 30 days.")
    )
