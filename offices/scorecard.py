"""Balanced-scorecard rules: the status of an indicator in a period, and weighted roll-ups.

Explicit rules, never a fake green:
- no target set → ``no_target``; no measurement for the period → ``unknown``;
- the value reaches the target in the indicator's direction → ``met``;
- it misses by no more than the tolerance → ``near``; otherwise ``not_met``;
- a shortfall (near or not met) covered by an accepted deviation still running on the day
  of judgement → ``accepted``; once the deviation has ended, the shortfall shows again.

A roll-up scores met as 1, near as 0.5 and not met as 0, weighted by the indicators'
weights. Accepted deviations, unknown values and missing targets are not scored; the roll-up
says how many indicators it could not score, and with nothing scored it is ``unknown``.
"""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.db import models
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    MET = "met", _("Met")
    NEAR = "near", _("Near target")
    NOT_MET = "not_met", _("Not met")
    ACCEPTED = "accepted", _("Accepted deviation")
    UNKNOWN = "unknown", _("Unknown (no measurement)")
    NO_TARGET = "no_target", _("No target set")


SCORES = {Status.MET: Decimal(1), Status.NEAR: Decimal("0.5"), Status.NOT_MET: Decimal(0)}
# A roll-up is met from this share of the weighted score, near from the second (so one
# indicator near target, scored 0.5, rolls up to near target).
MET_FROM, NEAR_FROM = Decimal("0.9"), Decimal("0.5")


def judge(
    *,
    direction: str,
    target: Decimal | None,
    tolerance: Decimal,
    value: Decimal | None,
    deviation_until: datetime.date | None = None,
    on: datetime.date,
) -> Status:
    """The status of one indicator value (see the module's rules)."""
    if target is None:
        return Status.NO_TARGET
    if value is None:
        return Status.UNKNOWN
    shortfall = (target - value) if direction == "higher" else (value - target)
    if shortfall <= 0:
        return Status.MET
    status = Status.NEAR if shortfall <= tolerance else Status.NOT_MET
    if deviation_until is not None and on <= deviation_until:
        return Status.ACCEPTED
    return status


@dataclass
class RollUp:
    """The weighted judgement of several indicators."""

    weighted: Decimal = Decimal(0)
    weight: int = 0
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(Status.values, 0))

    def add(self, status: Status, weight: int) -> None:
        self.counts[status] += 1
        if status in SCORES:
            self.weighted += SCORES[status] * weight
            self.weight += weight

    @property
    def score(self) -> Decimal | None:
        return (self.weighted / self.weight).quantize(Decimal("0.01")) if self.weight else None

    @property
    def unscored(self) -> int:
        return sum(n for status, n in self.counts.items() if status not in SCORES)

    @property
    def status(self) -> Status:
        score = self.score
        if score is None:
            return Status.UNKNOWN
        if score >= MET_FROM:
            return Status.MET
        return Status.NEAR if score >= NEAR_FROM else Status.NOT_MET


def period_start(day: datetime.date, frequency: str) -> datetime.date:
    """The first day of the reporting period containing ``day``."""
    months = {"quarterly": 3, "semiannual": 6, "annual": 12}[frequency]
    return datetime.date(day.year, (day.month - 1) // months * months + 1, 1)


def previous_period(start: datetime.date, frequency: str) -> datetime.date:
    months = {"quarterly": 3, "semiannual": 6, "annual": 12}[frequency]
    month = start.month - months
    return datetime.date(start.year + (month - 1) // 12, (month - 1) % 12 + 1, 1)


def last_complete_period(today: datetime.date, frequency: str) -> datetime.date:
    """The latest period that has ended by ``today``: the one judged by default."""
    return previous_period(period_start(today, frequency), frequency)


def recent_periods(today: datetime.date, frequency: str, count: int) -> list[datetime.date]:
    """The last ``count`` complete periods, oldest first."""
    periods = [last_complete_period(today, frequency)]
    while len(periods) < count:
        periods.append(previous_period(periods[-1], frequency))
    return periods[::-1]


# Reads ------------------------------------------------------------------------------------


@dataclass
class IndicatorJudgement:
    indicator: object
    period: datetime.date
    value: Decimal | None
    status: Status


def _deviation_index(deviations) -> dict:
    """(indicator id, office id) → the latest end date of an accepted deviation."""
    index = {}
    for indicator_id, office_id, end in deviations:
        key = (indicator_id, office_id)
        index[key] = max(end, index.get(key, end))
    return index


class ScorecardData:
    """Every indicator, measurement and deviation needed to judge a set of offices, read in
    a fixed number of queries; judgements are then computed in memory."""

    def __init__(self, office_ids: list[int] | None, today: datetime.date, periods: int = 4):
        from offices.models import AcceptedDeviation, Indicator, Measurement, Perspective

        self.today = today
        self.perspectives = list(Perspective.objects.order_by("order"))
        self.indicators = list(Indicator.objects.select_related("objective__perspective"))
        self.periods = {i.pk: recent_periods(today, i.frequency, periods) for i in self.indicators}
        oldest = min((p[0] for p in self.periods.values()), default=today)
        measurements = Measurement.objects.filter(period__gte=oldest)
        deviations = AcceptedDeviation.objects.all()
        if office_ids is not None:
            measurements = measurements.filter(office_id__in=office_ids)
            deviations = deviations.filter(office_id__in=office_ids)
        self.values = {
            (indicator, office, period): value
            for indicator, office, period, value in measurements.values_list(
                "indicator_id", "office_id", "period", "value"
            )
        }
        self.deviations = _deviation_index(deviations.values_list("indicator_id", "office_id", "end"))

    def judge(self, indicator, office_id: int | None, back: int = 0) -> IndicatorJudgement:
        """The judgement of ``indicator`` for an office (None: the network), ``back`` periods ago."""
        period = self.periods[indicator.pk][-1 - back]
        value = self.values.get((indicator.pk, office_id, period))
        status = judge(
            direction=indicator.direction,
            target=indicator.target,
            tolerance=indicator.tolerance,
            value=value,
            deviation_until=self.deviations.get((indicator.pk, office_id)),
            on=self.today,
        )
        return IndicatorJudgement(indicator, period, value, status)

    def roll_up(self, office_ids, *, perspective=None, back: int = 0) -> RollUp:
        result = RollUp()
        for indicator in self.indicators:
            if perspective is None or indicator.objective.perspective_id == perspective.pk:
                for office_id in office_ids:
                    result.add(self.judge(indicator, office_id, back).status, indicator.weight)
        return result
