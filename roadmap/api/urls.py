"""API v1 resources of the roadmap (collected into /api/v1/ by reform_portal.urls)."""

from django.urls import path
from rest_framework.routers import SimpleRouter

from roadmap.api import views

router = SimpleRouter()
router.register("phases", views.PhaseViewSet, basename="phase")
router.register("activities", views.KeyActivityViewSet, basename="activity")
router.register("principles", views.GuidingPrincipleViewSet, basename="principle")
router.register("strategic-elements", views.StrategicElementViewSet, basename="strategic-element")
router.register("milestones", views.MilestoneViewSet, basename="milestone")
router.register("briefing-sessions", views.BriefingSessionViewSet, basename="briefing-session")

urlpatterns = [path("roadmap/summary/", views.RoadmapSummaryView.as_view(), name="roadmap-summary")]
