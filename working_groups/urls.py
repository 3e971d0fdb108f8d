"""Staff pages of the working groups app."""

from django.urls import path  # noqa: F401

app_name = "working_groups"

urlpatterns = []
