"""The field network: regions, countries, structures, offices, coverage and posts; and the
evidence about it: the balanced scorecard and the benchmarks against other UN entities."""

from offices.models.benchmarking import BenchmarkMetric, DataPoint, PeerEntity
from offices.models.geography import Country, Region
from offices.models.offices import Coverage, Office
from offices.models.posts import HeadOfOfficePost, InterimArrangement
from offices.models.scorecard import AcceptedDeviation, Indicator, Measurement, Objective, Perspective
from offices.models.structures import OfficePlacement, OfficeTransition, OfficeType, Structure

__all__ = [
    "AcceptedDeviation",
    "BenchmarkMetric",
    "Country",
    "Coverage",
    "DataPoint",
    "HeadOfOfficePost",
    "Indicator",
    "InterimArrangement",
    "Measurement",
    "Objective",
    "Office",
    "OfficePlacement",
    "OfficeTransition",
    "OfficeType",
    "PeerEntity",
    "Perspective",
    "Region",
    "Structure",
]
