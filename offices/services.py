"""Every write to the field network: offices, placements, coverage, transitions and posts."""

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from simple_history.utils import bulk_create_with_history

from offices.models import (
    AcceptedDeviation,
    BenchmarkMetric,
    Country,
    Coverage,
    DataPoint,
    HeadOfOfficePost,
    Indicator,
    InterimArrangement,
    Measurement,
    Office,
    OfficePlacement,
    OfficeTransition,
    OfficeType,
    PeerEntity,
    Region,
    Structure,
)
from reform_portal.services import Actor, save_recorded, update_recorded
from working_groups.models import Person


def office_create(
    *,
    code: str,
    name: str,
    city: str,
    host_country: Country,
    region: Region,
    status: str = Office.Status.OPEN,
    latitude: Decimal | None = None,
    longitude: Decimal | None = None,
    on_common_premises: bool = False,
    is_demo: bool = False,
    actor: Actor,
    reason: str,
) -> Office:
    office = Office(
        code=code,
        name=name,
        city=city,
        host_country=host_country,
        region=region,
        status=status,
        latitude=latitude,
        longitude=longitude,
        on_common_premises=on_common_premises,
        is_demo=is_demo,
    )
    return save_recorded(office, actor=actor, reason=reason)


def office_update(
    *, office: Office, changes: Mapping[str, Any], expected_version: int | None = None, actor: Actor, reason: str
) -> Office:
    return update_recorded(office, changes=changes, expected_version=expected_version, actor=actor, reason=reason)


@transaction.atomic
def placement_set(
    *,
    office: Office,
    structure: Structure,
    office_type: OfficeType,
    reports_to: Office | None = None,
    is_demo: bool = False,
    actor: Actor,
    reason: str,
) -> OfficePlacement:
    """Place ``office`` in ``structure`` with its type and the office it reports to there."""
    parent = None
    if reports_to is not None:
        parent = OfficePlacement.objects.filter(office=reports_to, structure=structure).first()
        if parent is None:
            raise ValidationError(
                {
                    "reports_to": _("{parent} has no place in {structure}; place it there first.").format(
                        parent=reports_to, structure=structure
                    )
                }
            )
    placement = OfficePlacement.objects.filter(office=office, structure=structure).first()
    placement = placement or OfficePlacement(office=office, structure=structure)
    placement.office_type = office_type
    placement.reports_to = parent
    placement.is_demo = is_demo
    return save_recorded(placement, actor=actor, reason=reason)


def coverage_open(
    *,
    country: Country,
    office: Office,
    valid_from: datetime.date,
    valid_to: datetime.date | None = None,
    is_demo: bool = False,
    actor: Actor,
    reason: str,
) -> Coverage:
    coverage = Coverage(country=country, office=office, valid_from=valid_from, valid_to=valid_to, is_demo=is_demo)
    return save_recorded(coverage, actor=actor, reason=reason)


def coverage_close(*, coverage: Coverage, valid_to: datetime.date, actor: Actor, reason: str) -> Coverage:
    return update_recorded(coverage, changes={"valid_to": valid_to}, actor=actor, reason=reason)


@transaction.atomic
def coverage_transfer(
    *, country: Country, office: Office, on: datetime.date, is_demo: bool = False, actor: Actor, reason: str
) -> Coverage:
    """From ``on``, ``office`` covers ``country`` instead of the office covering it so far."""
    current = Coverage.objects.select_for_update(of=("self",)).filter(country=country, valid_to__isnull=True).first()
    if current is not None:
        if current.office_id == office.pk:
            raise ValidationError(
                _("{office} already covers {country}.").format(office=office, country=country), code="no_change"
            )
        coverage_close(coverage=current, valid_to=on, actor=actor, reason=reason)
    return coverage_open(country=country, office=office, valid_from=on, is_demo=is_demo, actor=actor, reason=reason)


@transaction.atomic
def transition_set(
    *,
    office: Office,
    status: str,
    planned_date: datetime.date | None = None,
    actual_date: datetime.date | None = None,
    note: str = "",
    is_demo: bool = False,
    actor: Actor,
    reason: str,
) -> OfficeTransition:
    transition = OfficeTransition.objects.filter(office=office).first() or OfficeTransition(office=office)
    transition.status = status
    transition.planned_date = planned_date
    transition.actual_date = actual_date
    transition.note = note
    transition.is_demo = is_demo
    return save_recorded(transition, actor=actor, reason=reason)


@transaction.atomic
def head_post_set(
    *,
    office: Office,
    status: str,
    incumbent: Person | None = None,
    vacant_since: datetime.date | None = None,
    is_demo: bool = False,
    actor: Actor,
    reason: str,
) -> HeadOfOfficePost:
    post = HeadOfOfficePost.objects.filter(office=office).first() or HeadOfOfficePost(office=office)
    post.status = status
    post.incumbent = incumbent
    post.vacant_since = vacant_since
    post.is_demo = is_demo
    return save_recorded(post, actor=actor, reason=reason)


@transaction.atomic
def interim_arrangement_create(
    *,
    office: Office,
    kind: str,
    start: datetime.date,
    officer_in_charge: Person | None = None,
    covering_office: Office | None = None,
    end: datetime.date | None = None,
    review_date: datetime.date | None = None,
    host_government_agreement: str = InterimArrangement.HostAgreement.NOT_REQUESTED,
    note: str = "",
    is_demo: bool = False,
    actor: Actor,
    reason: str,
) -> InterimArrangement:
    """Arrange the representation of an office whose head-of-office post is vacant."""
    post = HeadOfOfficePost.objects.filter(office=office).first()
    if post is None or post.status != HeadOfOfficePost.Status.VACANT:
        raise ValidationError(
            {
                "office": _(
                    "The head-of-office post of {office} is not vacant; no interim arrangement is needed."
                ).format(office=office)
            }
        )
    arrangement = InterimArrangement(
        office=office,
        kind=kind,
        officer_in_charge=officer_in_charge,
        covering_office=covering_office,
        start=start,
        end=end,
        review_date=review_date,
        host_government_agreement=host_government_agreement,
        note=note,
        is_demo=is_demo,
    )
    return save_recorded(arrangement, actor=actor, reason=reason)


def interim_arrangement_update(
    *, arrangement: InterimArrangement, changes: Mapping[str, Any], actor: Actor, reason: str
) -> InterimArrangement:
    return update_recorded(arrangement, changes=changes, actor=actor, reason=reason)


def coverage_update(*, coverage: Coverage, changes: Mapping[str, Any], actor: Actor, reason: str) -> Coverage:
    return update_recorded(coverage, changes=changes, actor=actor, reason=reason)


def transition_update(
    *, transition: OfficeTransition, changes: Mapping[str, Any], actor: Actor, reason: str
) -> OfficeTransition:
    return update_recorded(transition, changes=changes, actor=actor, reason=reason)


INTERIM_ARRANGEMENT_FIELDS = (
    "office",
    "kind",
    "officer_in_charge",
    "covering_office",
    "start",
    "end",
    "review_date",
    "host_government_agreement",
    "note",
    "is_demo",
)


def interim_arrangement_save(*, arrangement: InterimArrangement, actor: Actor, reason: str) -> InterimArrangement:
    """Save an arrangement whose fields a form has set: a new one is created by
    ``interim_arrangement_create`` (which needs a vacant post), an existing one is saved."""
    if arrangement.pk is None:
        values = {name: getattr(arrangement, name) for name in INTERIM_ARRANGEMENT_FIELDS}
        return interim_arrangement_create(**values, actor=actor, reason=reason)
    return save_recorded(arrangement, actor=actor, reason=reason)


# Balanced scorecard and benchmarking --------------------------------------------------------


@transaction.atomic
def measurement_enter(*, measurement: Measurement, actor: Actor, reason: str) -> Measurement:
    """Save the value of an unsaved ``measurement``; one already entered for the same
    indicator, office and period is replaced (and the history keeps both)."""
    existing = (
        Measurement.objects.select_for_update(of=("self",))
        .filter(indicator=measurement.indicator, office=measurement.office, period=measurement.period)
        .first()
    )
    if existing is not None:
        for name in ("value", "source", "comment", "is_demo"):
            setattr(existing, name, getattr(measurement, name))
        measurement = existing
    return save_recorded(measurement, actor=actor, reason=reason)


def measurement_record(
    *,
    indicator: Indicator,
    office: Office | None,
    period: datetime.date,
    value: Decimal,
    source: str,
    comment: str = "",
    is_demo: bool = False,
    actor: Actor,
    reason: str,
) -> Measurement:
    """Enter the value of a period; entering it again replaces it (and the history keeps both)."""
    measurement = Measurement(
        indicator=indicator, office=office, period=period, value=value, source=source, comment=comment, is_demo=is_demo
    )
    return measurement_enter(measurement=measurement, actor=actor, reason=reason)


def measurement_update(
    *, measurement: Measurement, changes: Mapping[str, Any], actor: Actor, reason: str
) -> Measurement:
    """Correct a stored measurement; moving it onto a period that has a value is refused."""
    return update_recorded(measurement, changes=changes, actor=actor, reason=reason)


def accepted_deviation_create(
    *,
    indicator: Indicator,
    office: Office | None,
    rationale: str,
    accepted_by: str,
    start: datetime.date,
    end: datetime.date,
    is_demo: bool = False,
    actor: Actor,
    reason: str,
) -> AcceptedDeviation:
    deviation = AcceptedDeviation(
        indicator=indicator,
        office=office,
        rationale=rationale,
        accepted_by=accepted_by,
        start=start,
        end=end,
        is_demo=is_demo,
    )
    return save_recorded(deviation, actor=actor, reason=reason)


@transaction.atomic
def data_point_enter(*, point: DataPoint, actor: Actor, reason: str) -> DataPoint:
    """Save an unsaved peer figure (or that it was not reported); one already recorded for the
    same peer, metric and year is replaced (and the history keeps both)."""
    if point.not_reported:
        point.value = None
    existing = (
        DataPoint.objects.select_for_update(of=("self",))
        .filter(peer=point.peer, metric=point.metric, year=point.year)
        .first()
    )
    if existing is not None:
        for name in ("value", "not_reported", "source", "comparability_note", "is_demo"):
            setattr(existing, name, getattr(point, name))
        point = existing
    return save_recorded(point, actor=actor, reason=reason)


def data_point_record(
    *,
    peer: PeerEntity,
    metric: BenchmarkMetric,
    year: int,
    value: Decimal | None,
    source: str,
    not_reported: bool = False,
    comparability_note: str = "",
    is_demo: bool = False,
    actor: Actor,
    reason: str,
) -> DataPoint:
    """Record a peer's figure for a year (or that it was not reported); again replaces it."""
    point = DataPoint(
        peer=peer,
        metric=metric,
        year=year,
        value=value,
        not_reported=not_reported,
        source=source,
        comparability_note=comparability_note,
        is_demo=is_demo,
    )
    return data_point_enter(point=point, actor=actor, reason=reason)


def data_point_update(*, point: DataPoint, changes: Mapping[str, Any], actor: Actor, reason: str) -> DataPoint:
    """Correct a stored figure; marking it not reported clears its value."""
    if changes.get("not_reported"):
        changes = {**changes, "value": None}
    return update_recorded(point, changes=changes, actor=actor, reason=reason)


def peer_create(*, code: str, name: str, is_fictional: bool = False, actor: Actor, reason: str) -> PeerEntity:
    return save_recorded(PeerEntity(code=code, name=name, is_fictional=is_fictional), actor=actor, reason=reason)


def peer_update(*, peer: PeerEntity, changes: Mapping[str, Any], actor: Actor, reason: str) -> PeerEntity:
    return update_recorded(peer, changes=changes, actor=actor, reason=reason)


@transaction.atomic
def measurements_record_new(*, measurements: list[Measurement], actor: Actor, reason: str) -> list[Measurement]:
    """Record many new values at once (loads of whole periods), under the rules of
    ``measurement_record``: each value is validated, none may exist yet or appear twice, and
    each gets its history row. Anything wrong refuses the whole batch, naming the row."""
    errors, keys = {}, set()
    for row, measurement in enumerate(measurements, start=1):
        key = (measurement.indicator_id, measurement.office_id, measurement.period)
        try:
            # The related records are given as saved instances; the key is checked below.
            measurement.full_clean(exclude=["indicator", "office"], validate_unique=False, validate_constraints=False)
            if key in keys:
                raise ValidationError(_("The batch holds this period twice."))
        except ValidationError as error:
            errors[f"row {row}"] = error.messages
        keys.add(key)
    taken = set(
        Measurement.objects.filter(indicator_id__in={k[0] for k in keys}, period__in={k[2] for k in keys}).values_list(
            "indicator_id", "office_id", "period"
        )
    )
    for row, measurement in enumerate(measurements, start=1):
        if (measurement.indicator_id, measurement.office_id, measurement.period) in taken:
            errors[f"row {row}"] = [str(_("A value for this indicator, office and period exists already."))]
    if errors:
        raise ValidationError(errors)
    return bulk_create_with_history(measurements, Measurement, default_user=actor, default_change_reason=reason)
