"""Every write to the roadmap: milestones with their dependencies and links, briefing sessions."""

import datetime
from collections.abc import Iterable, Mapping
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

from offices.models import Office, Region
from reform_portal.services import Actor, lock_for_update, restore_changes, save_recorded, update_recorded
from reform_portal.translated import LANGUAGE_CODES, localized_values
from roadmap.models import (
    BriefingMaterial,
    BriefingSession,
    BriefingText,
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


# --- Briefing texts and materials of the public briefing pages -------------------------------

TEXT_TRANSITION_REFUSED = _(
    "A briefing text cannot go from {current} to {target}; from {current} it can go to: {allowed}."
)
TEXT_FIELDS_NOT_EDITABLE = _(
    "{fields} of a briefing text change only through its workflow (review, publication), not by an edit."
)
TEXT_HAS_NO_VERSION = _("{record} has no recorded version {version}.")
TEXT_VERSION_SAME = _("The working copy of {record} is already as it was in that version; there is nothing to restore.")
TEXT_LANGUAGES_UNKNOWN = _("Texts are written in {languages}, not in {unknown}.")


def _localized(field: str) -> list[str]:
    return [build_localized_fieldname(field, code) for code in LANGUAGE_CODES]


# The working copy administrators edit, and the copy the public pages show.
WORKING_COPY = (*_localized("title"), *_localized("body"))
PUBLISHED_COPY = (*_localized("published_title"), *_localized("published_body"))
TEXT_EDITABLE = frozenset({"code", "page", "region", "order", "is_demo", *WORKING_COPY})


def _by_language(field: str, texts: Mapping[str, str]) -> dict[str, str]:
    unknown = set(texts) - set(LANGUAGE_CODES)
    if unknown:
        raise ValidationError(
            TEXT_LANGUAGES_UNKNOWN.format(languages=", ".join(LANGUAGE_CODES), unknown=", ".join(sorted(unknown)))
        )
    return localized_values(**{field: dict(texts)})


def briefing_text_create(
    *,
    code: str,
    page: str,
    title: Mapping[str, str],
    body: Mapping[str, str],
    region: Region | None = None,
    order: int = 0,
    is_demo: bool = False,
    actor: Actor,
    reason: str,
) -> BriefingText:
    """A new draft; ``title`` and ``body`` by language code (English is required)."""
    text = BriefingText(
        code=code,
        page=page,
        region=region,
        order=order,
        is_demo=is_demo,
        **_by_language("title", title),
        **_by_language("body", body),
    )
    return save_recorded(text, actor=actor, reason=reason)


def _working_copy_changed(text: BriefingText, stored: BriefingText) -> bool:
    return any((getattr(text, name) or "") != (getattr(stored, name) or "") for name in WORKING_COPY)


def _keep_workflow(text: BriefingText, stored: BriefingText) -> None:
    """The status and published copy stay as stored; a changed published text is a new draft,
    so the public page keeps showing the published copy until it is published again."""
    text.status, text.published_at = stored.status, stored.published_at
    for name in PUBLISHED_COPY:
        setattr(text, name, getattr(stored, name))
    if text.status == BriefingText.Status.PUBLISHED and _working_copy_changed(text, stored):
        text.status = BriefingText.Status.DRAFT


@transaction.atomic
def briefing_text_update(
    *,
    text: BriefingText,
    changes: Mapping[str, Any],
    expected_version: int | None = None,
    actor: Actor,
    reason: str,
) -> BriefingText:
    """Edit the working copy (fields by language, e.g. ``title_fr``) or the text's place."""
    refused = sorted(set(changes) - TEXT_EDITABLE)
    if refused:
        raise ValidationError(TEXT_FIELDS_NOT_EDITABLE.format(fields=", ".join(refused)), code="workflow")
    stored = lock_for_update(text, expected_version)
    text = BriefingText.objects.get(pk=stored.pk)
    for name, value in changes.items():
        setattr(text, name, value)
    _keep_workflow(text, stored)
    return save_recorded(text, actor=actor, reason=reason)


@transaction.atomic
def briefing_text_save_edited(
    *, text: BriefingText, expected_version: int | None, actor: Actor, reason: str
) -> BriefingText:
    """Save a text edited in a form opened at ``expected_version`` (a stale edit is refused)."""
    if text.pk is not None:
        _keep_workflow(text, lock_for_update(text, expected_version))
    return save_recorded(text, actor=actor, reason=reason)


@transaction.atomic
def briefing_text_transition(
    *, text: BriefingText, status: str, expected_version: int | None = None, actor: Actor, reason: str
) -> BriefingText:
    """Move a text along draft → in review → published (and back to draft). Publishing copies
    the working copy, in every language, to the published copy the public pages show; the
    history keeps the previous published copy."""
    text = lock_for_update(text, expected_version)
    current, target = BriefingText.Status(text.status), BriefingText.Status(status)
    allowed = BriefingText.TRANSITIONS[current]
    if target not in allowed:
        raise ValidationError(
            {
                "status": TEXT_TRANSITION_REFUSED.format(
                    current=current.label,
                    target=target.label,
                    allowed=", ".join(str(s.label) for s in sorted(allowed)),
                )
            },
            code="transition",
        )
    text.status = target
    if target == BriefingText.Status.PUBLISHED:
        for working, published in zip(WORKING_COPY, PUBLISHED_COPY, strict=True):
            setattr(text, published, getattr(text, working) or "")
        text.published_at = timezone.now()
    return save_recorded(text, actor=actor, reason=reason)


def briefing_text_submit(*, text: BriefingText, actor: Actor, reason: str, **kwargs) -> BriefingText:
    return briefing_text_transition(
        text=text, status=BriefingText.Status.IN_REVIEW, actor=actor, reason=reason, **kwargs
    )


def briefing_text_publish(*, text: BriefingText, actor: Actor, reason: str, **kwargs) -> BriefingText:
    return briefing_text_transition(
        text=text, status=BriefingText.Status.PUBLISHED, actor=actor, reason=reason, **kwargs
    )


def briefing_text_return_to_draft(*, text: BriefingText, actor: Actor, reason: str, **kwargs) -> BriefingText:
    return briefing_text_transition(text=text, status=BriefingText.Status.DRAFT, actor=actor, reason=reason, **kwargs)


@transaction.atomic
def briefing_texts_transition(
    *, texts: Iterable[BriefingText], status: str, actor: Actor, reason: str
) -> list[BriefingText]:
    """Move several texts at once, all or nothing; texts already there are left as they are."""
    pending = BriefingText.objects.filter(pk__in=[t.pk for t in texts]).exclude(status=status).order_by("code")
    return [briefing_text_transition(text=text, status=status, actor=actor, reason=reason) for text in pending]


def briefing_text_restore_changes(text: BriefingText, history_id: int) -> dict[str, str]:
    """The working-copy fields that differ from recorded version ``history_id`` of ``text``."""
    record = text.history.filter(history_id=history_id).first()
    if record is None:
        raise ValidationError(TEXT_HAS_NO_VERSION.format(record=text, version=history_id), code="unknown")
    changes = {name: getattr(record, name) for name in WORKING_COPY if getattr(record, name) != getattr(text, name)}
    if not changes:
        raise ValidationError(TEXT_VERSION_SAME.format(record=text), code="no_change")
    return changes


@transaction.atomic
def briefing_text_restore(
    *, text: BriefingText, history_id: int, expected_version: int | None = None, actor: Actor, reason: str
) -> BriefingText:
    """Bring back the working copy of a recorded version (an earlier published text, say) as a
    new draft: the public page changes only once it is reviewed and published again."""
    text = lock_for_update(text, expected_version)
    for name, value in briefing_text_restore_changes(text, history_id).items():
        setattr(text, name, value)
    if text.status != BriefingText.Status.DRAFT:
        text.status = BriefingText.Status.DRAFT
    return save_recorded(text, actor=actor, reason=reason)


def briefing_material_create(
    *,
    session: BriefingSession,
    title: Mapping[str, str],
    url: str,
    kind: str = BriefingMaterial.Kind.PRESENTATION,
    is_public: bool = False,
    order: int = 0,
    is_demo: bool = False,
    actor: Actor,
    reason: str,
) -> BriefingMaterial:
    """A material of a session; ``title`` by language code (English is required)."""
    material = BriefingMaterial(
        session=session, kind=kind, url=url, is_public=is_public, order=order, is_demo=is_demo,
        **_by_language("title", title),
    )  # fmt: skip
    return save_recorded(material, actor=actor, reason=reason)


def briefing_material_update(
    *, material: BriefingMaterial, changes: Mapping[str, Any], actor: Actor, reason: str
) -> BriefingMaterial:
    return update_recorded(material, changes=changes, actor=actor, reason=reason)
