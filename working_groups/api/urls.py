"""API v1 resources of the working groups app (collected into /api/v1/ by reform_portal.urls)."""

from rest_framework.routers import SimpleRouter

router = SimpleRouter()

urlpatterns = []
