"""API v1 resources of the field network (collected into /api/v1/ by reform_portal.urls)."""

from django.urls import path
from rest_framework.routers import SimpleRouter

from offices.api import evidence, views

router = SimpleRouter()
router.register("regions", views.RegionViewSet, basename="region")
router.register("countries", views.CountryViewSet, basename="country")
router.register("offices", views.OfficeViewSet, basename="office")
router.register("coverage", views.CoverageViewSet, basename="coverage")
router.register("transitions", views.TransitionViewSet, basename="transition")
router.register("interim-arrangements", views.InterimArrangementViewSet, basename="interim-arrangement")
router.register("perspectives", evidence.PerspectiveViewSet, basename="perspective")
router.register("objectives", evidence.ObjectiveViewSet, basename="objective")
router.register("indicators", evidence.IndicatorViewSet, basename="indicator")
router.register("measurements", evidence.MeasurementViewSet, basename="measurement")
router.register("peers", evidence.PeerEntityViewSet, basename="peer")
router.register("benchmark-metrics", evidence.BenchmarkMetricViewSet, basename="benchmark-metric")
router.register("data-points", evidence.DataPointViewSet, basename="data-point")

urlpatterns = [
    path("network/summary/", views.NetworkSummaryView.as_view(), name="network-summary"),
    path("scorecard/statuses/", evidence.ScorecardStatusesView.as_view(), name="scorecard-statuses"),
    path("scorecard/roll-ups/", evidence.ScorecardRollUpsView.as_view(), name="scorecard-roll-ups"),
    path("benchmarking/", evidence.BenchmarkTableView.as_view(), name="benchmarking"),
]
