"""API v1 resources of the field network (collected into /api/v1/ by reform_portal.urls)."""

from django.urls import path
from rest_framework.routers import SimpleRouter

from offices.api import views

router = SimpleRouter()
router.register("regions", views.RegionViewSet, basename="region")
router.register("countries", views.CountryViewSet, basename="country")
router.register("offices", views.OfficeViewSet, basename="office")
router.register("coverage", views.CoverageViewSet, basename="coverage")
router.register("transitions", views.TransitionViewSet, basename="transition")
router.register("interim-arrangements", views.InterimArrangementViewSet, basename="interim-arrangement")

urlpatterns = [path("network/summary/", views.NetworkSummaryView.as_view(), name="network-summary")]
