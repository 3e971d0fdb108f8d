"""Every write to the roadmap's milestones: dates, dependencies, links, completion, shifts, restores."""

import datetime
from collections.abc import Iterable, Mapping
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from offices.models import Office
from reform_portal.services import Actor, lock_for_update, restore_changes, save_recorded
from roadmap.models import (
    GuidingPrinciple,
    KeyActivity,
    Milestone,
    MilestoneDependency,
    Phase,
    StrategicElement,
)
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


@transaction.atomic
def milestone_save_edited(
    *, milestone: Milestone, links: Mapping[str, Iterable], expected_version: int | None, actor: Actor, reason: str
) -> Milestone:
    """Save a milestone edited in a form opened at ``expected_version``; a stale edit is refused."""
    if milestone.pk is not None:
        lock_for_update(milestone, expected_version)
    return milestone_save(milestone=milestone, links=links, actor=actor, reason=reason)


@transaction.atomic
def milestones_complete(
    *, milestones: Iterable[Milestone], on: datetime.date | None = None, actor: Actor, reason: str
) -> list[Milestone]:
    """Mark milestones completed on ``on`` (today by default) at 100%, one history row each.

    All or nothing: if one cannot be completed, none is. Milestones already completed are
    left as they are.
    """
    on = on or timezone.localdate()
    pending = Milestone.objects.select_for_update().filter(pk__in=[m.pk for m in milestones])
    completed = []
    for milestone in pending.exclude(status=Milestone.Status.COMPLETED).order_by("planned_start", "code"):
        milestone.status = Milestone.Status.COMPLETED
        milestone.actual_end = on
        milestone.progress = 100
        completed.append(milestone_save(milestone=milestone, links={}, actor=actor, reason=reason))
    return completed


SHIFT_BY_ZERO = _("Shift by at least one day, forwards (a positive number) or backwards (a negative one).")
SHIFT_BREAKS_DEPENDENCY = _(
    "{milestone} would start on {start}, before {predecessor}, which it depends on, ends on {end}; nothing was shifted."
)


@transaction.atomic
def milestones_shift(*, milestones: Iterable[Milestone], days: int, actor: Actor, reason: str) -> list[Milestone]:
    """Move the planned (and forecast) dates of milestones by ``days``, one history row each.

    All or nothing: the shift is refused, naming each broken pair, if afterwards a milestone
    would start before a milestone it depends on ends, whether or not both were shifted.
    """
    if not days:
        raise ValidationError(SHIFT_BY_ZERO, code="no_shift")
    delta = datetime.timedelta(days=days)
    shifted = {m.pk: m for m in Milestone.objects.select_for_update().filter(pk__in=[m.pk for m in milestones])}
    for milestone in shifted.values():
        milestone.planned_start += delta
        milestone.planned_end += delta
        if milestone.forecast_end:
            milestone.forecast_end += delta
    errors = _shift_errors(shifted)
    if errors:
        raise ValidationError(errors, code="schedule")
    # The schedule was checked above for the whole set at once; checking one milestone at
    # a time against its not-yet-shifted neighbours would refuse a valid shift.
    ordered = sorted(shifted.values(), key=lambda m: (m.planned_start, m.code))
    return [save_recorded(milestone, actor=actor, reason=reason) for milestone in ordered]


def _shift_errors(shifted: dict[int, Milestone]) -> list[str]:
    links = MilestoneDependency.objects.filter(
        Q(successor__in=shifted.keys()) | Q(predecessor__in=shifted.keys())
    ).select_related("successor", "predecessor")
    errors = []
    for link in links.order_by("successor__planned_start", "successor__code"):
        successor = shifted.get(link.successor_id, link.successor)
        predecessor = shifted.get(link.predecessor_id, link.predecessor)
        if predecessor.planned_end > successor.planned_start:
            errors.append(
                SHIFT_BREAKS_DEPENDENCY.format(
                    milestone=successor,
                    start=successor.planned_start,
                    predecessor=predecessor,
                    end=predecessor.planned_end,
                )
            )
    return errors


@transaction.atomic
def milestone_restore(
    *, milestone: Milestone, history_id: int, expected_version: int | None = None, actor: Actor, reason: str
) -> Milestone:
    """Bring a milestone back to a recorded version, as a new recorded change whose schedule
    and dependencies are checked like any other edit."""
    milestone = lock_for_update(milestone, expected_version)
    return milestone_update(
        milestone=milestone,
        changes=restore_changes(milestone, history_id),
        expected_version=expected_version,
        actor=actor,
        reason=reason,
    )


COMPLETION_INCONSISTENT = _(
    "A completed milestone has an actual completion date and progress at 100, and any other has no "
    "completion date. The action “Mark selected milestones complete” sets both."
)


def milestone_completion_errors(milestone: Milestone) -> dict[str, list[str]]:
    """The completion rule of ``Milestone`` as field errors, checked before the model's own
    constraint, whose message cannot be shown as it stands (its "100%" breaks the %-formatting
    Django applies to constraint messages)."""
    completed = milestone.status == Milestone.Status.COMPLETED
    if completed and (milestone.actual_end is None or milestone.progress != 100):
        return {"status": [str(COMPLETION_INCONSISTENT)]}
    if not completed and milestone.actual_end is not None:
        return {"actual_end": [str(COMPLETION_INCONSISTENT)]}
    return {}
