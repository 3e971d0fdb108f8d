"""Staff pages of the offices app."""

from django.urls import path  # noqa: F401

app_name = "offices"

urlpatterns = []
