"""Staff pages of the offices app."""

from django.urls import path

from offices import views, views_evidence

app_name = "offices"

urlpatterns = [
    path("", views.DashboardView.as_view(), name="dashboard"),
    path("offices/", views.OfficeListView.as_view(), name="list"),
    path("offices/export.csv", views.OfficeExportView.as_view(), name="export"),
    path("offices/<str:code>/", views.OfficeDetailView.as_view(), name="detail"),
    path("map/", views.CoverageMapView.as_view(), name="map"),
    path("restructuring/", views.RestructuringView.as_view(), name="restructuring"),
    path("scorecard/", views_evidence.ScorecardView.as_view(), name="scorecard"),
    path("scorecard/offices/<str:code>/", views_evidence.OfficeScorecardView.as_view(), name="scorecard-office"),
    path(
        "scorecard/offices/<str:code>/measurements/new/",
        views_evidence.MeasurementEntryView.as_view(),
        name="scorecard-enter",
    ),
    path("benchmarking/", views_evidence.BenchmarkingView.as_view(), name="benchmarking"),
    path("benchmarking/export.csv", views_evidence.BenchmarkingExportView.as_view(), name="benchmarking-export"),
]
