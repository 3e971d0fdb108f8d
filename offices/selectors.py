"""Reads of the field network: each owns its query shape, so an N+1 is fixed here once."""

import datetime

from django.db.models import Count, Prefetch, Q, QuerySet
from django.utils import timezone

from offices.models import Country, Coverage, InterimArrangement, Office, OfficePlacement, OfficeTransition, Structure


def _today() -> datetime.date:
    return timezone.localdate()


def open_coverage_filter(prefix: str = "", on: datetime.date | None = None) -> Q:
    """Coverage in effect on ``on`` (today by default): started, and not yet ended."""
    on = on or _today()
    return Q(**{f"{prefix}valid_from__lte": on}) & (
        Q(**{f"{prefix}valid_to__isnull": True}) | Q(**{f"{prefix}valid_to__gt": on})
    )


def planned_coverage_filter(prefix: str = "") -> Q:
    """The open-ended coverage: what the country's coverage will be once every planned change applies."""
    return Q(**{f"{prefix}valid_to__isnull": True})


def office_list() -> QuerySet[Office]:
    """Offices with everything a directory row shows, in a fixed number of queries."""
    placements = OfficePlacement.objects.select_related("structure", "office_type", "reports_to__office")
    return (
        Office.objects.select_related("host_country", "region", "head_post__incumbent", "transition")
        .prefetch_related(Prefetch("placements", queryset=placements))
        .annotate(
            covered_count=Count("coverages", filter=open_coverage_filter("coverages__"), distinct=True),
        )
        .order_by("code")
    )


def office_detail(code: str) -> Office:
    """One office by its code, with its placements, post and current arrangements (404 if none)."""
    from django.shortcuts import get_object_or_404

    return get_object_or_404(office_list(), code=code)


def office_coverage(office: Office) -> dict[str, list[Coverage]]:
    """The countries an office covers today and the ones it will cover once planned changes apply."""
    coverages = list(Coverage.objects.filter(office=office).select_related("country").order_by("country__name"))
    today = _today()
    return {
        "current": [c for c in coverages if c.valid_from <= today and (c.valid_to is None or c.valid_to > today)],
        "planned": [c for c in coverages if c.valid_to is None],
    }


def country_list() -> QuerySet[Country]:
    current = Coverage.objects.filter(open_coverage_filter()).select_related("office__region")
    planned = Coverage.objects.filter(planned_coverage_filter()).select_related("office__region")
    return Country.objects.prefetch_related(
        Prefetch("coverages", queryset=current, to_attr="current_coverage"),
        Prefetch("coverages", queryset=planned, to_attr="planned_coverage"),
    )


def coverage_list() -> QuerySet[Coverage]:
    return Coverage.objects.select_related("country", "office__region").order_by("country__name", "valid_from")


def transition_list() -> QuerySet[OfficeTransition]:
    return OfficeTransition.objects.select_related("office__region").order_by("office__code")


def interim_arrangement_list() -> QuerySet[InterimArrangement]:
    return InterimArrangement.objects.select_related("office__region", "officer_in_charge", "covering_office").order_by(
        "office__code", "-start"
    )


def arrangements_due_for_review(within_days: int = 30) -> QuerySet[InterimArrangement]:
    """Open interim arrangements that end or are due for review in the next ``within_days`` days."""
    today = _today()
    horizon = today + datetime.timedelta(days=within_days)
    open_ = Q(end__isnull=True) | Q(end__gte=today)
    due = Q(review_date__range=(today, horizon)) | Q(end__range=(today, horizon))
    return interim_arrangement_list().filter(open_ & due).order_by("review_date")


def structures_with_types() -> QuerySet[Structure]:
    return Structure.objects.prefetch_related("office_types").order_by("order")


def _by(rows, key: str, value: str = "n") -> dict:
    return {row[key]: row[value] for row in rows}


def network_summary() -> dict:
    """The network in figures: offices and covered countries by region and by type in each
    structure, transition progress overall and per region, vacancies and arrangements due."""
    from offices.models import HeadOfOfficePost, Region

    current = open_coverage_filter()
    regions = list(Region.objects.order_by("order"))
    offices_by_region = _by(Office.objects.values("region__code").annotate(n=Count("id")), "region__code")
    covered_by_region = _by(
        Coverage.objects.filter(current).values("office__region__code").annotate(n=Count("country", distinct=True)),
        "office__region__code",
    )
    placements = OfficePlacement.objects.values("structure__code", "office_type__code").annotate(n=Count("id"))
    types = {}
    for row in placements:
        types.setdefault(row["structure__code"], {})[row["office_type__code"]] = row["n"]
    transitions = OfficeTransition.objects.values("office__region__code", "status").annotate(n=Count("id"))
    statuses = OfficeTransition.Status.values
    progress = {"overall": dict.fromkeys(statuses, 0)} | {r.code: dict.fromkeys(statuses, 0) for r in regions}
    for row in transitions:
        progress[row["office__region__code"]][row["status"]] += row["n"]
        progress["overall"][row["status"]] += row["n"]
    return {
        "offices": sum(offices_by_region.values()),
        "covered_countries": Coverage.objects.filter(current).values("country").distinct().count(),
        "regions": [
            {
                "code": region.code,
                "name": region.name,
                "offices": offices_by_region.get(region.code, 0),
                "covered_countries": covered_by_region.get(region.code, 0),
                "transitions": progress[region.code],
            }
            for region in regions
        ],
        "office_types": types,
        "transitions": progress["overall"],
        "vacant_posts": HeadOfOfficePost.objects.filter(status=HeadOfOfficePost.Status.VACANT).count(),
        "arrangements_due": list(arrangements_due_for_review(30)),
    }


# --- Reads of the staff pages -------------------------------------------------------------


def structure_for_page(code: str | None) -> Structure:
    """The structure a page shows: the one named by ``code``, else the current one."""
    structures = Structure.objects.order_by("order")
    if code:
        found = structures.filter(code=code).first()
        if found:
            return found
    return structures.filter(status=Structure.Status.CURRENT).first() or structures.first()


def coverage_map(structure: Structure) -> dict:
    """Each covered country with its office and the office's type in ``structure``, and every
    office; today's coverage for the current structure, the open-ended coverage for a planned one."""
    in_effect = open_coverage_filter() if structure.status == Structure.Status.CURRENT else planned_coverage_filter()
    coverages = Coverage.objects.filter(in_effect).select_related("country", "office__region")
    placements = OfficePlacement.objects.filter(structure=structure).select_related("office_type")
    offices = Office.objects.select_related("region", "host_country").order_by("region__order", "code")
    return {
        "coverages": list(coverages.order_by("country__name")),
        "office_types": {placement.office_id: placement.office_type for placement in placements},
        "offices": list(offices),
    }


def reporting_offices(office: Office) -> QuerySet[OfficePlacement]:
    """The placements of the offices reporting to ``office``, in every structure."""
    return (
        OfficePlacement.objects.filter(reports_to__office=office)
        .select_related("office", "structure", "office_type")
        .order_by("structure__order", "office__code")
    )


def restructuring_tree(structure: Structure, offices: QuerySet[Office]) -> list[dict]:
    """The offices of ``structure`` as a tree of reporting lines, kept to ``offices`` (a filtered
    queryset) and the offices they report to, which stay as context."""
    placements = (
        OfficePlacement.objects.filter(structure=structure)
        .select_related("office__region", "office__transition", "office_type")
        .order_by("office_type__level", "office__code")
    )
    shown = set(offices.values_list("pk", flat=True))
    children: dict[int | None, list[OfficePlacement]] = {}
    for placement in placements:
        children.setdefault(placement.reports_to_id, []).append(placement)

    def node(placement: OfficePlacement) -> dict | None:
        below = [child for child in map(node, children.get(placement.pk, [])) if child]
        if placement.office_id in shown or below:
            return {"placement": placement, "in_filter": placement.office_id in shown, "children": below}
        return None

    return [tree for tree in map(node, children.get(None, [])) if tree]


def _history_rows(model, limit: int, related: tuple[str, ...] = (), **filters) -> list:
    rows = model.history.filter(**filters).select_related("history_user", *related)
    return list(rows.order_by("-history_date")[:limit])


def _change(row, what, label: str, url: str) -> dict:
    return {
        "when": row.history_date,
        "user": row.history_user,
        "action": row.history_type,
        "what": what,
        "label": label,
        "reason": row.history_change_reason,
        "url": url,
    }


def office_history(office: Office, limit: int = 20) -> list[dict]:
    """The latest changes to an office and to its placements, coverage, transition, post and
    interim arrangements, newest first (one query per kind of record)."""
    from django.urls import reverse

    from offices.models import HeadOfOfficePost

    url = reverse("offices:detail", args=[office.code])
    sources = [
        (Office, (), {"id": office.pk}, lambda row: row.name),
        (OfficePlacement, ("structure", "office_type"), {"office_id": office.pk}, _placement_label),
        (Coverage, ("country",), {"office_id": office.pk}, lambda row: row.country.name),
        (OfficeTransition, (), {"office_id": office.pk}, lambda row: row.get_status_display()),
        (HeadOfOfficePost, (), {"office_id": office.pk}, lambda row: row.get_status_display()),
        (InterimArrangement, (), {"office_id": office.pk}, lambda row: row.get_kind_display()),
    ]
    changes = [
        _change(row, model._meta.verbose_name, label(row), url)
        for model, related, filters, label in sources
        for row in _history_rows(model, limit, related, **filters)
    ]
    return sorted(changes, key=lambda change: change["when"], reverse=True)[:limit]


def _placement_label(row) -> str:
    return f"{row.structure.name}: {row.office_type.name}"


def recent_changes(limit: int = 10) -> list[dict]:
    """The latest changes to offices, coverage, transitions and posts across the network."""
    from django.urls import reverse

    from offices.models import HeadOfOfficePost

    def office_url(row) -> str:
        return reverse("offices:detail", args=[row.office.code])

    sources = [
        (Office, (), lambda row: row.name, lambda row: reverse("offices:detail", args=[row.code])),
        (
            Coverage,
            ("country", "office"),
            lambda row: f"{row.country.name} ({row.office.name})",
            office_url,
        ),
        (OfficeTransition, ("office",), lambda row: row.office.name, office_url),
        (HeadOfOfficePost, ("office",), lambda row: row.office.name, office_url),
        (InterimArrangement, ("office",), lambda row: row.office.name, office_url),
    ]
    changes = [
        _change(row, model._meta.verbose_name, label(row), url(row))
        for model, related, label, url in sources
        for row in _history_rows(model, limit, related)
    ]
    return sorted(changes, key=lambda change: change["when"], reverse=True)[:limit]
