"""API v1 of the reform's evidence: scorecard definitions, measurements, computed statuses and
roll-ups; peers, benchmark metrics, data points and the benchmark table."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import exceptions, serializers
from rest_framework.response import Response
from rest_framework.views import APIView

from offices import evidence, services
from offices.api.serializers import office_field, region_field
from offices.filtersets import DataPointFilterSet, IndicatorFilterSet, MeasurementFilterSet
from offices.models import (
    BenchmarkMetric,
    DataPoint,
    Indicator,
    Measurement,
    Objective,
    Office,
    PeerEntity,
    Perspective,
)
from offices.scorecard import ScorecardData, Status
from reform_portal import roles
from reform_portal.api_views import (
    BriefRelatedField,
    PublicAwareSerializer,
    ReadOnlyReformViewSet,
    ReasonedSerializer,
    ReformViewSet,
)

NOT_YOUR_OFFICE = _("You may enter measurements for your own offices only.")


class PerspectiveSerializer(PublicAwareSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:perspective-detail")

    class Meta:
        model = Perspective
        fields = ["id", "url", "code", "name", "description", "order"]


class ObjectiveSerializer(PublicAwareSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:objective-detail")
    perspective = BriefRelatedField(view_name="api:perspective-detail", code_field="code", read_only=True)

    class Meta:
        model = Objective
        fields = ["id", "url", "code", "perspective", "name", "description", "is_demo"]


class IndicatorSerializer(PublicAwareSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:indicator-detail")
    objective = BriefRelatedField(view_name="api:objective-detail", code_field="code", read_only=True)

    class Meta:
        model = Indicator
        fields = [
            "id", "url", "code", "objective", "name", "unit", "direction", "target", "tolerance", "weight",
            "frequency", "target_set_by", "target_set_on", "is_public", "is_demo",
        ]  # fmt: skip


class MeasurementSerializer(ReasonedSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:measurement-detail")
    indicator = BriefRelatedField(view_name="api:indicator-detail", code_field="code", queryset=Indicator.objects.all())
    office = office_field(required=False, allow_null=True)

    class Meta:
        model = Measurement
        fields = [
            "id",
            "url",
            "indicator",
            "office",
            "period",
            "value",
            "source",
            "comment",
            "is_demo",
            "change_reason",
        ]
        read_only_fields = ["is_demo"]


class JudgementSerializer(serializers.Serializer):
    indicator = BriefRelatedField(view_name="api:indicator-detail", code_field="code", read_only=True)
    period = serializers.DateField()
    value = serializers.DecimalField(max_digits=14, decimal_places=2, allow_null=True, coerce_to_string=False)
    status = serializers.ChoiceField(choices=Status.choices)


class OfficeStatusesSerializer(serializers.Serializer):
    office = office_field(read_only=True)
    statuses = JudgementSerializer(many=True)


class RollUpSerializer(serializers.Serializer):
    status = serializers.ChoiceField(choices=Status.choices)
    score = serializers.DecimalField(max_digits=4, decimal_places=2, allow_null=True, coerce_to_string=False)
    unscored = serializers.IntegerField(help_text=_("Indicators that could not be scored."))
    counts = serializers.DictField(child=serializers.IntegerField())


class RegionRollUpSerializer(serializers.Serializer):
    region = region_field(read_only=True)
    roll_up = RollUpSerializer()


class RollUpsSerializer(serializers.Serializer):
    regions = RegionRollUpSerializer(many=True)
    network = RollUpSerializer()


class PeerEntitySerializer(ReasonedSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:peer-detail")

    class Meta:
        model = PeerEntity
        fields = ["id", "url", "code", "name", "is_fictional", "is_demo", "change_reason"]
        read_only_fields = ["is_demo"]


class BenchmarkMetricSerializer(PublicAwareSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:benchmark-metric-detail")

    class Meta:
        model = BenchmarkMetric
        fields = ["id", "url", "code", "name", "unit", "description", "unido_figure"]


class DataPointSerializer(ReasonedSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:data-point-detail")
    peer = BriefRelatedField(view_name="api:peer-detail", code_field="code", queryset=PeerEntity.objects.all())
    metric = BriefRelatedField(
        view_name="api:benchmark-metric-detail", code_field="code", queryset=BenchmarkMetric.objects.all()
    )
    value = serializers.DecimalField(
        max_digits=14, decimal_places=2, allow_null=True, required=False, coerce_to_string=False
    )

    class Meta:
        model = DataPoint
        fields = [
            "id",
            "url",
            "peer",
            "metric",
            "year",
            "value",
            "not_reported",
            "source",
            "comparability_note",
            "is_demo",
            "change_reason",
        ]
        read_only_fields = ["is_demo"]


class BenchmarkCellSerializer(serializers.Serializer):
    peer = BriefRelatedField(view_name="api:peer-detail", code_field="code", read_only=True)
    year = serializers.IntegerField(allow_null=True)
    value = serializers.DecimalField(max_digits=14, decimal_places=2, allow_null=True, coerce_to_string=False)
    not_reported = serializers.BooleanField()
    source = serializers.CharField(allow_null=True)


class BenchmarkRowSerializer(serializers.Serializer):
    metric = BriefRelatedField(view_name="api:benchmark-metric-detail", code_field="code", read_only=True)
    unido = serializers.DecimalField(max_digits=14, decimal_places=2, allow_null=True, coerce_to_string=False)
    peers = BenchmarkCellSerializer(many=True)


# Views ------------------------------------------------------------------------------------


class PerspectiveViewSet(ReadOnlyReformViewSet):
    """The perspectives of the balanced scorecard (public)."""

    public = True
    selector = staticmethod(lambda: Perspective.objects.order_by("order"))
    serializer_class = PerspectiveSerializer
    natural_key = "code"
    brief_code_field = "code"


class ObjectiveViewSet(ReadOnlyReformViewSet):
    """Scorecard objectives under their perspective (internal)."""

    selector = staticmethod(
        lambda: Objective.objects.select_related("perspective").order_by("perspective__order", "code")
    )
    serializer_class = ObjectiveSerializer
    natural_key = "code"
    brief_code_field = "code"


class IndicatorViewSet(ReadOnlyReformViewSet):
    """Scorecard indicators; member states see the public ones."""

    public = True
    selector = staticmethod(lambda: Indicator.objects.select_related("objective").order_by("code"))
    serializer_class = IndicatorSerializer
    filterset_class = IndicatorFilterSet
    natural_key = "code"
    brief_code_field = "code"

    def public_rows(self, queryset):
        return queryset.filter(is_public=True)


class MeasurementViewSet(ReformViewSet):
    """Measurements per office and period; focal points enter their own office's (internal)."""

    focal_point_writable = True
    focal_point_can_create = True
    selector = staticmethod(
        lambda: Measurement.objects.select_related("indicator", "office").order_by(
            "indicator__code", "office__code", "period"
        )
    )
    serializer_class = MeasurementSerializer
    filterset_class = MeasurementFilterSet

    def office_id_of(self, obj) -> int | None:
        return obj.office_id

    def _check_office(self, office: Office | None) -> None:
        if not roles.is_administrator(self.request.user) and (
            office is None or office.pk not in roles.focal_office_ids(self.request.user)
        ):
            raise exceptions.PermissionDenied(NOT_YOUR_OFFICE)

    def create_record(self, data, *, actor, reason):
        self._check_office(data.get("office"))
        return services.measurement_record(**data, actor=actor, reason=reason)

    def update_record(self, instance, changes, *, actor, reason, version):
        self._check_office(changes.get("office", instance.office))
        return services.measurement_update(measurement=instance, changes=changes, actor=actor, reason=reason)


class PeerEntityViewSet(ReformViewSet):
    """Other UN entities compared with UNIDO (internal)."""

    selector = staticmethod(lambda: PeerEntity.objects.order_by("name"))
    serializer_class = PeerEntitySerializer
    natural_key = "code"
    brief_code_field = "code"

    def create_record(self, data, *, actor, reason):
        return services.peer_create(**data, actor=actor, reason=reason)

    def update_record(self, instance, changes, *, actor, reason, version):
        return services.peer_update(peer=instance, changes=changes, actor=actor, reason=reason)


class BenchmarkMetricViewSet(ReadOnlyReformViewSet):
    """What is compared, and how UNIDO's own value is computed (internal)."""

    selector = staticmethod(lambda: BenchmarkMetric.objects.order_by("order"))
    serializer_class = BenchmarkMetricSerializer
    natural_key = "code"
    brief_code_field = "code"


class DataPointViewSet(ReformViewSet):
    """Peers' figures per metric and year, with sources; "not reported" is never a zero (internal)."""

    selector = staticmethod(
        lambda: DataPoint.objects.select_related("peer", "metric").order_by("metric__order", "peer__name", "-year")
    )
    serializer_class = DataPointSerializer
    filterset_class = DataPointFilterSet

    def create_record(self, data, *, actor, reason):
        return services.data_point_record(**data, actor=actor, reason=reason)

    def update_record(self, instance, changes, *, actor, reason, version):
        return services.data_point_update(point=instance, changes=changes, actor=actor, reason=reason)


OFFICE_PARAMETER = OpenApiParameter("office", str, description=str(_("Office code; all offices when empty.")))
REGION_PARAMETER = OpenApiParameter("region", str, description=str(_("Region code.")))


class ScorecardStatusesView(APIView):
    """The status of every indicator of each office in its latest complete period (internal)."""

    @extend_schema(parameters=[OFFICE_PARAMETER, REGION_PARAMETER], responses=OfficeStatusesSerializer(many=True))
    def get(self, request) -> Response:
        offices = Office.objects.order_by("code")
        if request.query_params.get("office"):
            offices = offices.filter(code__iexact=request.query_params["office"])
        if request.query_params.get("region"):
            offices = offices.filter(region__code__iexact=request.query_params["region"])
        offices = list(offices)
        data = ScorecardData([office.pk for office in offices], timezone.localdate())
        rows = [
            {"office": office, "statuses": [data.judge(indicator, office.pk) for indicator in data.indicators]}
            for office in offices
        ]
        return Response(OfficeStatusesSerializer(rows, many=True, context={"request": request}).data)


class ScorecardRollUpsView(APIView):
    """Weighted roll-ups per region and for the network, with how many indicators went unscored (internal)."""

    @extend_schema(responses=RollUpsSerializer)
    def get(self, request) -> Response:
        rollups = evidence.scorecard_rollups(timezone.localdate())
        return Response(RollUpsSerializer(rollups, context={"request": request}).data)


class BenchmarkTableView(APIView):
    """UNIDO's figures (live from the registers) beside each peer's latest sourced figure (internal)."""

    @extend_schema(responses=BenchmarkRowSerializer(many=True))
    def get(self, request) -> Response:
        table = evidence.benchmark_table()
        rows = [
            {
                "metric": row["metric"],
                "unido": row["unido"],
                "peers": [
                    {
                        "peer": peer,
                        "year": p and p.year,
                        "value": p and p.value,
                        "not_reported": bool(p and p.not_reported),
                        "source": p and p.source,
                    }
                    for peer, p in zip(table["peers"], row["peers"], strict=True)
                ],
            }
            for row in table["rows"]
        ]
        return Response(BenchmarkRowSerializer(rows, many=True, context={"request": request}).data)
