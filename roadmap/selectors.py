"""Reads of the roadmap that need more than a plain queryset."""

from django.db import connection

from roadmap.guards import MILESTONE_REACH
from roadmap.models import Milestone


def milestone_descendant_ids(milestone: Milestone) -> set[int]:
    """Ids of every milestone that waits, directly or through others, for ``milestone``."""
    if milestone.pk is None:
        return set()
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT descendant_id FROM {MILESTONE_REACH.name} WHERE ancestor_id = %s", [milestone.pk])
        return {row[0] for row in cursor.fetchall()}
