"""Every write to the roadmap: milestones with their dependencies and links, briefing sessions."""

import datetime
from collections.abc import Iterable, Mapping
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from offices.models import Office, Region
from reform_portal.services import Actor, lock_for_update, save_recorded, update_recorded
from roadmap.models import BriefingSession, GuidingPrinciple, KeyActivity, Milestone, Phase, StrategicElement
from roadmap.selectors import milestone_descendant_ids
from working_groups.models import Person

LINKS = ("depends_on", "offices", "principles", "strategic_elements")


def milestone_schedule_errors(milestone: Milestone, predecessors: list[Milestone]) -> list[str]:
    """Why ``milestone`` cannot have these predecessors and keep its dates; empty if it can."""
    return _successor_errors(milestone) + _dependency_errors(milestone, predecessors)


def _dependency_errors(milestone: Milestone, predecessors: list[Milestone]) -> list[str]:
    errors = []
    descendants = milestone_descendant_ids(milestone)
    for predecessor in predecessors:
        if predecessor.pk is not None and predecessor.pk == milestone.pk:
            errors.append(_("{milestone} cannot depend on itself.").format(milestone=milestone))
        elif predecessor.pk in descendants:
            errors.append(
                _(
                    "{milestone} cannot depend on {predecessor}: {predecessor} already waits for {milestone}, "
                    "so the dependencies would form a cycle."
                ).format(milestone=milestone, predecessor=predecessor)
            )
        elif predecessor.planned_end > milestone.planned_start:
            errors.append(
                _("{milestone} starts on {start}, before {predecessor}, which it depends on, ends on {end}.").format(
                    milestone=milestone,
                    start=milestone.planned_start,
                    predecessor=predecessor,
                    end=predecessor.planned_end,
                )
            )
    return errors


def _successor_errors(milestone: Milestone) -> list[str]:
    """A milestone that moves must still end before the milestones waiting for it start."""
    late = milestone.dependents.filter(planned_start__lt=milestone.planned_end) if milestone.pk else []
    return [
        _("{milestone} would end on {end}, after {successor}, which depends on it, starts on {start}.").format(
            milestone=milestone, end=milestone.planned_end, successor=successor, start=successor.planned_start
        )
        for successor in late
    ]


def milestone_save(*, milestone: Milestone, links: Mapping[str, Iterable], actor: Actor, reason: str) -> Milestone:
    """Save a milestone whose fields are already set (by a form), checking its schedule."""

    def validate_schedule() -> None:
        predecessors = links.get("depends_on")
        if predecessors is None:
            predecessors = milestone.depends_on.all() if milestone.pk else []
        errors = milestone_schedule_errors(milestone, list(predecessors))
        if errors:
            raise ValidationError({"depends_on": errors})

    return save_recorded(milestone, actor=actor, reason=reason, links=links, validate=validate_schedule)


@transaction.atomic
def milestone_create(
    *,
    code: str,
    phase: Phase,
    activity: KeyActivity,
    title: str,
    planned_start: datetime.date,
    planned_end: datetime.date,
    description: str = "",
    owner: Person | None = None,
    forecast_end: datetime.date | None = None,
    actual_end: datetime.date | None = None,
    status: str = Milestone.Status.NOT_STARTED,
    progress: int = 0,
    weight: int = 1,
    is_public: bool = False,
    depends_on: Iterable[Milestone] = (),
    offices: Iterable[Office] = (),
    principles: Iterable[GuidingPrinciple] = (),
    strategic_elements: Iterable[StrategicElement] = (),
    is_demo: bool = False,
    actor: Actor,
    reason: str,
) -> Milestone:
    milestone = Milestone(
        code=code,
        phase=phase,
        activity=activity,
        title=title,
        description=description,
        owner=owner,
        planned_start=planned_start,
        planned_end=planned_end,
        forecast_end=forecast_end,
        actual_end=actual_end,
        status=status,
        progress=progress,
        weight=weight,
        is_public=is_public,
        is_demo=is_demo,
    )
    links = {
        "depends_on": list(depends_on),
        "offices": list(offices),
        "principles": list(principles),
        "strategic_elements": list(strategic_elements),
    }
    return milestone_save(milestone=milestone, links=links, actor=actor, reason=reason)


@transaction.atomic
def milestone_update(
    *,
    milestone: Milestone,
    changes: Mapping[str, Any],
    expected_version: int | None = None,
    actor: Actor,
    reason: str,
) -> Milestone:
    """Change fields and links of a milestone; refuse a stale edit or a broken schedule."""
    milestone = lock_for_update(milestone, expected_version)
    links = {name: list(value) for name, value in changes.items() if name in LINKS}
    for name, value in changes.items():
        if name not in LINKS:
            setattr(milestone, name, value)
    return milestone_save(milestone=milestone, links=links, actor=actor, reason=reason)


def briefing_session_create(
    *,
    title: str,
    scope: str,
    date: datetime.date,
    format: str,  # noqa: A002 - the domain's word
    region: Region | None = None,
    status: str = BriefingSession.Status.PLANNED,
    summary: str = "",
    is_published: bool = False,
    is_demo: bool = False,
    actor: Actor,
    reason: str,
) -> BriefingSession:
    session = BriefingSession(
        title=title,
        scope=scope,
        region=region,
        date=date,
        format=format,
        status=status,
        summary=summary,
        is_published=is_published,
        is_demo=is_demo,
    )
    return save_recorded(session, actor=actor, reason=reason)


def briefing_session_update(
    *, session: BriefingSession, changes: Mapping[str, Any], actor: Actor, reason: str
) -> BriefingSession:
    return update_recorded(session, changes=changes, actor=actor, reason=reason)
