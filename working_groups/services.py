"""Every write to the working groups: people, memberships, meetings, task forces, recommendations."""

import datetime
from collections.abc import Iterable, Mapping
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from offices.models import Office, Region
from reform_portal.services import Actor, lock_for_update, restore_changes, save_recorded, update_recorded
from roadmap.models import GuidingPrinciple, Milestone, StrategicElement
from working_groups.models import Meeting, Membership, Person, Recommendation, TaskForce, WorkingGroup

RECOMMENDATION_LINKS = ("principles", "strategic_elements", "milestones", "offices")


def person_create(
    *,
    name: str,
    affiliation: str,
    job_title: str = "",
    email: str = "",
    office: Office | None = None,
    regional_bureau: Region | None = None,
    is_demo: bool = False,
    actor: Actor,
    reason: str,
) -> Person:
    person = Person(
        name=name,
        affiliation=affiliation,
        job_title=job_title,
        email=email,
        office=office,
        regional_bureau=regional_bureau,
        is_demo=is_demo,
    )
    return save_recorded(person, actor=actor, reason=reason)


def person_update(*, person: Person, changes: Mapping[str, Any], actor: Actor, reason: str) -> Person:
    return update_recorded(person, changes=changes, actor=actor, reason=reason)


def membership_add(
    *, working_group: WorkingGroup, person: Person, role: str, is_demo: bool = False, actor: Actor, reason: str
) -> Membership:
    membership = Membership(working_group=working_group, person=person, role=role, is_demo=is_demo)
    return save_recorded(membership, actor=actor, reason=reason)


def meeting_create(
    *,
    working_group: WorkingGroup,
    date: datetime.date,
    title: str,
    format: str = Meeting.Format.VIRTUAL,  # noqa: A002 - the domain's word
    summary: str = "",
    is_demo: bool = False,
    actor: Actor,
    reason: str,
) -> Meeting:
    meeting = Meeting(
        working_group=working_group, date=date, title=title, format=format, summary=summary, is_demo=is_demo
    )
    return save_recorded(meeting, actor=actor, reason=reason)


def task_force_create(
    *,
    code: str,
    name: str,
    start: datetime.date,
    mandate: str = "",
    working_group: WorkingGroup | None = None,
    lead: Person | None = None,
    members: Iterable[Person] = (),
    end: datetime.date | None = None,
    is_demo: bool = False,
    actor: Actor,
    reason: str,
) -> TaskForce:
    task_force = TaskForce(
        code=code,
        name=name,
        mandate=mandate,
        working_group=working_group,
        lead=lead,
        start=start,
        end=end,
        is_demo=is_demo,
    )
    return save_recorded(task_force, actor=actor, reason=reason, links={"members": list(members)})


def recommendation_create(
    *,
    code: str,
    working_group: WorkingGroup,
    title: str,
    text: str,
    principles: Iterable[GuidingPrinciple] = (),
    strategic_elements: Iterable[StrategicElement] = (),
    milestones: Iterable[Milestone] = (),
    offices: Iterable[Office] = (),
    is_demo: bool = False,
    actor: Actor,
    reason: str,
) -> Recommendation:
    """Record a new recommendation; it starts as a draft."""
    recommendation = Recommendation(code=code, working_group=working_group, title=title, text=text, is_demo=is_demo)
    links = {
        "principles": list(principles),
        "strategic_elements": list(strategic_elements),
        "milestones": list(milestones),
        "offices": list(offices),
    }
    return save_recorded(recommendation, actor=actor, reason=reason, links=links)


def recommendation_update(
    *,
    recommendation: Recommendation,
    changes: Mapping[str, Any],
    expected_version: int | None = None,
    actor: Actor,
    reason: str,
) -> Recommendation:
    """Change the content or links of a recommendation; its status moves only by transition."""
    if "status" in changes:
        raise ValidationError({"status": _("Change the status with a transition, not an edit.")})
    return update_recorded(
        recommendation, changes=changes, expected_version=expected_version, actor=actor, reason=reason
    )


@transaction.atomic
def recommendation_transition(
    *,
    recommendation: Recommendation,
    status: str,
    rationale: str = "",
    decided_on: datetime.date | None = None,
    expected_version: int | None = None,
    actor: Actor,
    reason: str,
) -> Recommendation:
    """Move a recommendation along its workflow: draft → submitted → decided → implemented."""
    recommendation = lock_for_update(recommendation, expected_version)
    current = Recommendation.Status(recommendation.status)
    target = Recommendation.Status(status)
    allowed = Recommendation.TRANSITIONS[current]
    if target not in allowed:
        raise ValidationError(
            {
                "status": _(
                    "A recommendation cannot go from {current} to {target}; from {current} it can go to: {allowed}."
                ).format(
                    current=current.label,
                    target=target.label,
                    allowed=", ".join(str(s.label) for s in sorted(allowed)) or _("nothing (final status)"),
                )
            }
        )
    recommendation.status = target
    if rationale:
        recommendation.decision_rationale = rationale
    if target in Recommendation.DECIDED and recommendation.decided_on is None:
        recommendation.decided_on = decided_on or timezone.localdate()
    if target == Recommendation.Status.DRAFT:
        recommendation.decided_on = None
    return save_recorded(recommendation, actor=actor, reason=reason)


def meeting_update(*, meeting: Meeting, changes: Mapping[str, Any], actor: Actor, reason: str) -> Meeting:
    return update_recorded(meeting, changes=changes, actor=actor, reason=reason)


def membership_update(*, membership: Membership, changes: Mapping[str, Any], actor: Actor, reason: str) -> Membership:
    return update_recorded(membership, changes=changes, actor=actor, reason=reason)


@transaction.atomic
def recommendation_restore(
    *,
    recommendation: Recommendation,
    history_id: int,
    expected_version: int | None = None,
    actor: Actor,
    reason: str,
) -> Recommendation:
    """Bring a recommendation's content and links back to a recorded version, as a new
    recorded change; a different status is refused (it moves only by transition)."""
    recommendation = lock_for_update(recommendation, expected_version)
    return recommendation_update(
        recommendation=recommendation,
        changes=restore_changes(recommendation, history_id),
        expected_version=expected_version,
        actor=actor,
        reason=reason,
    )
