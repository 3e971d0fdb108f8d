"""Staff pages of the offices app."""

from django.urls import path

from offices import views

app_name = "offices"

urlpatterns = [
    path("", views.DashboardView.as_view(), name="dashboard"),
    path("offices/", views.OfficeListView.as_view(), name="list"),
    path("offices/export.csv", views.OfficeExportView.as_view(), name="export"),
    path("offices/<str:code>/", views.OfficeDetailView.as_view(), name="detail"),
    path("map/", views.CoverageMapView.as_view(), name="map"),
    path("restructuring/", views.RestructuringView.as_view(), name="restructuring"),
]
