"""The field network: regions, countries, structures, offices, coverage and posts."""

from offices.models.geography import Country, Region
from offices.models.offices import Coverage, Office
from offices.models.posts import HeadOfOfficePost, InterimArrangement
from offices.models.structures import OfficePlacement, OfficeTransition, OfficeType, Structure

__all__ = [
    "Country",
    "Coverage",
    "HeadOfOfficePost",
    "InterimArrangement",
    "Office",
    "OfficePlacement",
    "OfficeTransition",
    "OfficeType",
    "Region",
    "Structure",
]
