"""Reads of the working groups: each owns its query shape."""

from django.db.models import Count, Prefetch, Q, QuerySet

from working_groups.models import Meeting, Membership, Person, Recommendation, WorkingGroup


def working_group_list() -> QuerySet[WorkingGroup]:
    return WorkingGroup.objects.annotate(
        member_count=Count("memberships", distinct=True),
        recommendation_count=Count("recommendations", distinct=True),
        open_recommendation_count=Count(
            "recommendations", filter=Q(recommendations__status__in=["draft", "submitted"]), distinct=True
        ),
    ).order_by("letter")


def working_group_detail(letter: str) -> WorkingGroup:
    from django.shortcuts import get_object_or_404

    memberships = Membership.objects.select_related("person__office", "person__regional_bureau").order_by(
        "role", "person__name"
    )
    return get_object_or_404(
        working_group_list().prefetch_related(
            Prefetch("memberships", queryset=memberships),
            Prefetch("meetings", queryset=Meeting.objects.order_by("-date")),
            Prefetch("recommendations", queryset=recommendation_list()),
            "task_forces",
        ),
        letter=letter.lower(),
    )


def person_list() -> QuerySet[Person]:
    return Person.objects.select_related("office", "regional_bureau").order_by("name")


def meeting_list() -> QuerySet[Meeting]:
    return Meeting.objects.select_related("working_group").order_by("-date")


def recommendation_list() -> QuerySet[Recommendation]:
    return (
        Recommendation.objects.select_related("working_group")
        .prefetch_related("principles", "strategic_elements", "milestones", "offices")
        .order_by("working_group__letter", "code")
    )


# --- Reads of the staff pages -------------------------------------------------------------


def working_group_overview() -> QuerySet[WorkingGroup]:
    """The working groups with their counts and their leads, in two queries."""
    leads = Membership.objects.filter(role=Membership.Role.LEAD).select_related("person__office")
    return working_group_list().prefetch_related(Prefetch("memberships", queryset=leads, to_attr="leads"))


def recent_changes(limit: int = 10) -> list[dict]:
    """The latest changes to recommendations, newest first, in two queries."""
    from django.urls import reverse

    rows = list(Recommendation.history.select_related("history_user").order_by("-history_date")[:limit])
    letters = dict(WorkingGroup.objects.values_list("pk", "letter"))
    return [
        {
            "when": row.history_date,
            "user": row.history_user,
            "action": row.history_type,
            "what": Recommendation._meta.verbose_name,
            "label": f"{row.code} {row.title}",
            "reason": row.history_change_reason,
            "url": reverse("working_groups:detail", args=[letters.get(row.working_group_id, "a").upper()])
            + "#recommendation-"
            + row.code,
        }
        for row in rows
    ]
