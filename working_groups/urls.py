"""Staff pages of the working groups app."""

from django.urls import path

from working_groups import views

app_name = "working_groups"

urlpatterns = [
    path("", views.WorkingGroupListView.as_view(), name="list"),
    path("<str:code>/", views.WorkingGroupDetailView.as_view(), name="detail"),
]
