"""Staff pages of the roadmap: the timeline (or table) of milestones, and one milestone."""

from django.shortcuts import render
from django.utils import timezone
from django.views import View

from offices.forms import adapt_filter_form
from reform_portal.web import StaffPageMixin, render_page
from roadmap import timeline
from roadmap.filtersets import MilestoneFilterSet
from roadmap.selectors import (
    milestone_descendant_ids,
    milestone_detail,
    milestone_history,
    milestone_list,
    milestones_by_ids,
    roadmap_summary,
)
from working_groups.selectors import recommendation_list

VIEWS = ("timeline", "table")


class TimelineView(StaffPageMixin, View):
    """Milestones filtered with MilestoneFilterSet (the API's), drawn as a timeline or a table."""

    def get(self, request):
        filterset = MilestoneFilterSet(request.GET, queryset=milestone_list())
        view = request.GET.get("view") if request.GET.get("view") in VIEWS else VIEWS[0]
        milestones = list(filterset.qs)
        today = timezone.localdate()
        query = request.GET.copy()
        query.pop("view", None)
        context = {
            "filterset": filterset,
            "form": adapt_filter_form(filterset.form),
            "milestones": milestones,
            "view": view,
            "timeline": timeline.layout(milestones, today) if view == "timeline" else None,
            "summary": roadmap_summary(),
            "today": today,
            "nav_section": "roadmap",
        }
        return render_page(request, "roadmap/timeline.html", "roadmap/partials/roadmap_view.html", context)


class MilestoneDetailView(StaffPageMixin, View):
    """One milestone: details, what it waits for, what waits for it, links and history."""

    def get(self, request, pk: int):
        milestone = milestone_detail(pk)
        context = {
            "milestone": milestone,
            "waiting": list(milestones_by_ids(milestone_descendant_ids(milestone))),
            "recommendations": list(recommendation_list().filter(milestones=milestone)),
            "history": milestone_history(milestone),
            "nav_section": "roadmap",
        }
        return render(request, "roadmap/milestone_detail.html", context)
