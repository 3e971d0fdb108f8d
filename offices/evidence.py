"""Reads of the reform's evidence: the scorecard matrix and roll-ups, and the benchmarks with
UNIDO's figures computed live from the registers (see offices.scorecard for the rules)."""

import datetime
from decimal import Decimal

from django.db.models import Count, Q

from offices.models import BenchmarkMetric, Coverage, DataPoint, Office, PeerEntity, Region, Structure
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
