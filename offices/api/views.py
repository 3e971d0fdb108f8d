"""API v1 views of the field network: declarations; reads via selectors, writes via services."""

from drf_spectacular.utils import extend_schema
from rest_framework.response import Response
from rest_framework.views import APIView

from offices import selectors, services
from offices.api import serializers
from offices.filtersets import (
    CountryFilterSet,
    CoverageFilterSet,
    InterimArrangementFilterSet,
    OfficeFilterSet,
    TransitionFilterSet,
)
from offices.models import Region
from reform_portal.api_views import ReadOnlyReformViewSet, ReformViewSet


class RegionViewSet(ReadOnlyReformViewSet):
    """The five regions of the field network (public)."""

    public = True
    selector = staticmethod(lambda: Region.objects.order_by("order"))
    serializer_class = serializers.RegionSerializer
    natural_key = "code"
    brief_code_field = "code"


class CountryViewSet(ReadOnlyReformViewSet):
    """Every ISO 3166 country with its covering office today and once planned changes apply (public)."""

    public = True
    selector = staticmethod(selectors.country_list)
    serializer_class = serializers.CountrySerializer
    filterset_class = CountryFilterSet
    natural_key = "iso3"
    brief_code_field = "iso3"


class OfficeViewSet(ReformViewSet):
    """The office directory (public); internal fields for staff; focal points edit their own office."""

    public = True
    focal_point_writable = True
    versioned = True
    selector = staticmethod(selectors.office_list)
    serializer_class = serializers.OfficeSerializer
    filterset_class = OfficeFilterSet
    natural_key = "code"
    brief_code_field = "code"
    http_method_names = ["get", "post", "put", "patch", "head", "options"]

    def create_record(self, data, *, actor, reason):
        return services.office_create(**data, actor=actor, reason=reason)

    def update_record(self, instance, changes, *, actor, reason, version):
        return services.office_update(
            office=instance, changes=changes, expected_version=version, actor=actor, reason=reason
        )


class CoverageViewSet(ReformViewSet):
    """Effective-dated coverage of countries by offices (public)."""

    public = True
    selector = staticmethod(selectors.coverage_list)
    serializer_class = serializers.CoverageSerializer
    filterset_class = CoverageFilterSet

    def create_record(self, data, *, actor, reason):
        return services.coverage_open(**data, actor=actor, reason=reason)

    def update_record(self, instance, changes, *, actor, reason, version):
        return services.coverage_update(coverage=instance, changes=changes, actor=actor, reason=reason)


class TransitionViewSet(ReformViewSet):
    """Each office's move from its three-tier type to its two-tier type (internal)."""

    selector = staticmethod(selectors.transition_list)
    serializer_class = serializers.TransitionSerializer
    filterset_class = TransitionFilterSet

    def create_record(self, data, *, actor, reason):
        return services.transition_set(**data, actor=actor, reason=reason)

    def update_record(self, instance, changes, *, actor, reason, version):
        return services.transition_update(transition=instance, changes=changes, actor=actor, reason=reason)


class InterimArrangementViewSet(ReformViewSet):
    """Interim arrangements for offices whose head-of-office post is vacant (internal)."""

    selector = staticmethod(selectors.interim_arrangement_list)
    serializer_class = serializers.InterimArrangementSerializer
    filterset_class = InterimArrangementFilterSet

    def create_record(self, data, *, actor, reason):
        return services.interim_arrangement_create(**data, actor=actor, reason=reason)

    def update_record(self, instance, changes, *, actor, reason, version):
        return services.interim_arrangement_update(arrangement=instance, changes=changes, actor=actor, reason=reason)


class NetworkSummaryView(APIView):
    """The network in figures, for dashboards and other systems (internal)."""

    @extend_schema(responses=serializers.NetworkSummarySerializer)
    def get(self, request) -> Response:
        summary = selectors.network_summary()
        return Response(serializers.NetworkSummarySerializer(summary, context={"request": request}).data)
