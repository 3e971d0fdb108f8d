"""Reads of the reform's evidence: the scorecard matrix and roll-ups, and the benchmarks with
UNIDO's figures computed live from the registers (see offices.scorecard for the rules)."""

import datetime
from decimal import Decimal

from django.db.models import Count, Q

from offices.models import (
    AcceptedDeviation,
    BenchmarkMetric,
    Coverage,
    DataPoint,
    Indicator,
    Measurement,
    Office,
    PeerEntity,
    Region,
    Structure,
)
from offices.scorecard import ScorecardData
from offices.selectors import open_coverage_filter


def scorecard_matrix(offices: list[Office], today: datetime.date, trend: int = 4) -> dict:
    """Offices × perspectives: the weighted roll-up of each cell, each office overall, and the
    office's overall roll-up over the last ``trend`` periods (oldest first)."""
    data = ScorecardData([office.pk for office in offices], today, periods=trend)
    rows = [
        {
            "office": office,
            "cells": [data.roll_up([office.pk], perspective=perspective) for perspective in data.perspectives],
            "overall": data.roll_up([office.pk]),
            "trend": [data.roll_up([office.pk], back=back) for back in reversed(range(trend))],
        }
        for office in offices
    ]
    return {"perspectives": data.perspectives, "rows": rows}


def scorecard_rollups(today: datetime.date) -> dict:
    """The weighted roll-up per region (its offices' indicators) and for the network (its own figures)."""
    offices = list(Office.objects.values_list("pk", "region_id"))
    data = ScorecardData(None, today)
    regions = list(Region.objects.order_by("order"))
    return {
        "regions": [
            {"region": region, "roll_up": data.roll_up([pk for pk, region_id in offices if region_id == region.pk])}
            for region in regions
        ],
        "network": data.roll_up([None]),
    }


def office_scorecard(office: Office, today: datetime.date, periods: int = 8) -> list[dict]:
    """Every indicator of one office: its latest judgement and its series, oldest first."""
    data = ScorecardData([office.pk], today, periods=periods)
    return [
        {
            "indicator": indicator,
            "latest": data.judge(indicator, office.pk),
            "series": [data.judge(indicator, office.pk, back) for back in reversed(range(periods))],
        }
        for indicator in data.indicators
    ]


def unido_figures() -> dict[str, Decimal | None]:
    """UNIDO's value of every benchmark figure, computed from the registers now."""
    offices = Office.objects.filter(status=Office.Status.OPEN).aggregate(
        total=Count("id"), shared=Count("id", filter=Q(on_common_premises=True))
    )
    countries = Coverage.objects.filter(open_coverage_filter()).values("country").distinct().count()
    current = Structure.objects.filter(status=Structure.Status.CURRENT).first()
    total = offices["total"]
    return {
        "offices": Decimal(total),
        "countries_covered": Decimal(countries),
        "countries_per_office": (Decimal(countries) / total).quantize(Decimal("0.1")) if total else None,
        "common_premises_share": (Decimal(100 * offices["shared"]) / total).quantize(Decimal("0.1")) if total else None,
        "structure_tiers": Decimal(current.tiers) if current else None,
    }


def benchmark_table(year: int | None = None) -> dict:
    """Per metric: UNIDO's live figure and each peer's latest data point (or the chosen year).

    A "not reported" point stays a distinct cell: it is never a value, never zero."""
    metrics = list(BenchmarkMetric.objects.order_by("order"))
    peers = list(PeerEntity.objects.order_by("name"))
    points = DataPoint.objects.select_related("peer", "metric").order_by("metric_id", "peer_id", "-year")
    if year is not None:
        points = points.filter(year=year)
    latest = {}
    for point in points:
        latest.setdefault((point.metric_id, point.peer_id), point)
    figures = unido_figures()
    return {
        "peers": peers,
        "rows": [
            {
                "metric": metric,
                "unido": figures[metric.unido_figure],
                "peers": [latest.get((metric.pk, peer.pk)) for peer in peers],
            }
            for metric in metrics
        ],
    }


# Reads of the scorecard and benchmarking pages --------------------------------------------


def scorecard_office(code: str) -> Office:
    """One office of the scorecard pages, by its code, with its region (404 if none)."""
    from django.shortcuts import get_object_or_404

    return get_object_or_404(Office.objects.select_related("region", "host_country"), code=code)


def office_measurements(office: Office, since: datetime.date) -> dict[tuple[int, datetime.date], Measurement]:
    """The office's measurements from ``since`` by (indicator id, period), with their source."""
    measurements = Measurement.objects.filter(office=office, period__gte=since)
    return {(m.indicator_id, m.period): m for m in measurements}


def office_deviations(office: Office) -> dict[int, list[AcceptedDeviation]]:
    """The deviations accepted for an office, by indicator id, latest end first."""
    found: dict[int, list[AcceptedDeviation]] = {}
    for deviation in AcceptedDeviation.objects.filter(office=office).order_by("-end"):
        found.setdefault(deviation.indicator_id, []).append(deviation)
    return found


def measurement_entry(indicator: Indicator, office: Office | None, period: datetime.date) -> Measurement | None:
    """The value already entered for an indicator, office and period, if any."""
    return Measurement.objects.filter(indicator=indicator, office=office, period=period).first()


def _sort_value(row: dict, key: str, peer_index: dict[str, int]):
    if key == "unido":
        return row["unido"]
    point = row["peers"][peer_index[key]]
    return None if point is None or point.not_reported else point.value


def sort_benchmark_rows(table: dict, ordering: str) -> list[dict]:
    """The rows of ``benchmark_table`` by metric name, or by the values of one entity's column
    ("unido" or a peer code; "-" first: descending). Rows without a value (not reported, no
    data) always come last, in their usual order: they are never compared as zero."""
    key, descending = ordering.lstrip("-"), ordering.startswith("-")
    rows = table["rows"]
    if key == "metric":
        return sorted(rows, key=lambda row: str(row["metric"].name).casefold(), reverse=descending)
    peer_index = {peer.code: index for index, peer in enumerate(table["peers"])}
    if key != "unido" and key not in peer_index:
        return rows
    valued = [row for row in rows if _sort_value(row, key, peer_index) is not None]
    missing = [row for row in rows if _sort_value(row, key, peer_index) is None]
    return sorted(valued, key=lambda row: _sort_value(row, key, peer_index), reverse=descending) + missing


def unido_figures_use_demo_data() -> bool:
    """Whether UNIDO's live figures are computed from demonstration offices."""
    return Office.objects.filter(is_demo=True).exists()
