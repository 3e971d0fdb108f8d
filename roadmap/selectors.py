"""Reads of the roadmap that need more than a plain queryset."""

import datetime

from django.db import connection
from django.db.models import Prefetch, Q, QuerySet
from django.utils import timezone

from roadmap.guards import MILESTONE_REACH
from roadmap.models import BriefingSession, Milestone, Phase


def milestone_descendant_ids(milestone: Milestone) -> set[int]:
    """Ids of every milestone that waits, directly or through others, for ``milestone``."""
    if milestone.pk is None:
        return set()
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT descendant_id FROM {MILESTONE_REACH.name} WHERE ancestor_id = %s", [milestone.pk])
        return {row[0] for row in cursor.fetchall()}


def milestone_list() -> QuerySet[Milestone]:
    """Milestones with what a list row shows (phase, activity, owner, links), in fixed queries."""
    return (
        Milestone.objects.select_related("phase__parent", "activity", "owner")
        .prefetch_related(
            Prefetch("depends_on", queryset=Milestone.objects.only("id", "code", "title", "title_en")),
            "offices",
            "principles",
            "strategic_elements",
        )
        .order_by("planned_start", "code")
    )


def public_milestones() -> QuerySet[Milestone]:
    return milestone_list().filter(is_public=True)


def overdue_filter(prefix: str = "") -> Q:
    """Planned end passed, neither completed nor cancelled."""
    return Q(**{f"{prefix}planned_end__lt": timezone.localdate()}) & ~Q(
        **{f"{prefix}status__in": [Milestone.Status.COMPLETED, Milestone.Status.CANCELLED]}
    )


def milestones_due(within_days: int = 30) -> QuerySet[Milestone]:
    """Open milestones whose planned end falls in the next ``within_days`` days."""
    today = timezone.localdate()
    return (
        milestone_list()
        .filter(planned_end__range=(today, today + datetime.timedelta(days=within_days)))
        .exclude(status__in=[Milestone.Status.COMPLETED, Milestone.Status.CANCELLED])
    )


def milestones_overdue() -> QuerySet[Milestone]:
    return milestone_list().filter(overdue_filter())


def phase_list() -> QuerySet[Phase]:
    return Phase.objects.select_related("parent").order_by("order")


def briefing_session_list(*, published_only: bool) -> QuerySet[BriefingSession]:
    sessions = BriefingSession.objects.select_related("region").order_by("-date")
    return sessions.filter(is_published=True) if published_only else sessions


def _progress(milestones: list[Milestone]) -> dict:
    statuses = dict.fromkeys(Milestone.Status.values, 0)
    for milestone in milestones:
        statuses[milestone.status] += 1
    counted = [m for m in milestones if m.status != Milestone.Status.CANCELLED]
    weight = sum(m.weight for m in counted)
    weighted = round(sum(m.weight * m.progress for m in counted) / weight, 1) if weight else None
    return {"milestones": len(milestones), "by_status": statuses, "weighted_progress": weighted}


def roadmap_summary() -> dict:
    """Per phase and per key activity: milestones by status and weighted progress (cancelled
    milestones excluded from the weights); and the overdue milestones."""
    from roadmap.models import KeyActivity

    milestones = list(Milestone.objects.select_related("phase__parent", "activity").order_by("planned_start", "code"))
    phases = list(Phase.objects.filter(parent__isnull=True).order_by("order"))
    activities = list(KeyActivity.objects.order_by("number"))
    top = {m.pk: (m.phase.parent or m.phase).pk for m in milestones}
    return {
        "overall": _progress(milestones),
        "phases": [{"phase": phase, **_progress([m for m in milestones if top[m.pk] == phase.pk])} for phase in phases],
        "activities": [
            {"activity": activity, **_progress([m for m in milestones if m.activity_id == activity.pk])}
            for activity in activities
        ],
        "overdue": [m for m in milestones if m.is_overdue],
    }


# --- Reads of the staff pages -------------------------------------------------------------


def _change(row, label: str, url: str) -> dict:
    return {
        "when": row.history_date,
        "user": row.history_user,
        "action": row.history_type,
        "what": Milestone._meta.verbose_name,
        "label": label,
        "reason": row.history_change_reason,
        "url": url,
    }


def recent_changes(limit: int = 10) -> list[dict]:
    """The latest changes to milestones, newest first, in one query."""
    from django.urls import reverse

    rows = Milestone.history.select_related("history_user").order_by("-history_date")[:limit]
    return [_change(row, f"{row.code} {row.title}", reverse("roadmap:milestone", args=[row.id])) for row in rows]


def milestone_history(milestone: Milestone, limit: int = 20) -> list[dict]:
    """The latest changes to one milestone, newest first, in one query."""
    rows = milestone.history.select_related("history_user").order_by("-history_date")[:limit]
    return [_change(row, row.get_status_display(), "") for row in rows]


def milestone_detail(milestone_id: int) -> Milestone:
    """One milestone with its links, predecessors and successors (404 if none)."""
    from django.shortcuts import get_object_or_404

    linked = Milestone.objects.select_related("phase").order_by("planned_start", "code")
    return get_object_or_404(
        milestone_list().prefetch_related(
            Prefetch("depends_on", queryset=linked, to_attr="predecessors"),
            Prefetch("dependents", queryset=linked, to_attr="successors"),
        ),
        pk=milestone_id,
    )


def milestones_by_ids(ids: set[int]) -> QuerySet[Milestone]:
    return Milestone.objects.filter(pk__in=ids).order_by("planned_start", "code")
