"""Staff pages of the roadmap app."""

from django.urls import path  # noqa: F401

app_name = "roadmap"

urlpatterns = []
