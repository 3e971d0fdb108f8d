"""API v1 resources of the working groups (collected into /api/v1/ by reform_portal.urls)."""

from rest_framework.routers import SimpleRouter

from working_groups.api import views

router = SimpleRouter()
router.register("working-groups", views.WorkingGroupViewSet, basename="working-group")
router.register("people", views.PersonViewSet, basename="person")
router.register("recommendations", views.RecommendationViewSet, basename="recommendation")
router.register("meetings", views.MeetingViewSet, basename="meeting")

urlpatterns = []
