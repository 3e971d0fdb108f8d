"""Staff pages of the roadmap app."""

from django.urls import path

from roadmap import views

app_name = "roadmap"

urlpatterns = [
    path("", views.TimelineView.as_view(), name="timeline"),
    path("milestones/<int:pk>/", views.MilestoneDetailView.as_view(), name="milestone"),
]
