"""Staff pages of the working groups: the four groups with the recommendations, and one group."""

from django.shortcuts import render
from django.views import View

from offices.forms import adapt_filter_form
from reform_portal.web import StaffPageMixin, render_page
from working_groups.filtersets import RecommendationFilterSet
from working_groups.selectors import recommendation_list, working_group_detail, working_group_overview


class WorkingGroupListView(StaffPageMixin, View):
    """The four working groups, and every recommendation filtered with RecommendationFilterSet."""

    def get(self, request):
        filterset = RecommendationFilterSet(request.GET, queryset=recommendation_list())
        context = {
            "groups": list(working_group_overview()),
            "filterset": filterset,
            "form": adapt_filter_form(filterset.form),
            "recommendations": list(filterset.qs),
            "nav_section": "working_groups",
        }
        return render_page(
            request, "working_groups/working_group_list.html", "working_groups/partials/recommendations.html", context
        )


class WorkingGroupDetailView(StaffPageMixin, View):
    """One working group: topic, leads and members, meetings, task forces, recommendations."""

    def get(self, request, code: str):
        group = working_group_detail(code)
        memberships = list(group.memberships.all())
        context = {
            "group": group,
            "leads": [m for m in memberships if m.role == "lead"],
            "members": [m for m in memberships if m.role != "lead"],
            "recommendations": list(group.recommendations.all()),
            "nav_section": "working_groups",
        }
        return render(request, "working_groups/working_group_detail.html", context)
