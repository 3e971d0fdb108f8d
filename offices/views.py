"""Staff pages of the field network: dashboard, office directory, office page, coverage map and
restructuring tracker. Each validates its input, calls selectors and renders."""

import csv
import datetime
from urllib.parse import urlencode

from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views import View

from offices import worldmap
from offices.filtersets import OfficeFilterSet
from offices.forms import MapOptionsForm, adapt_filter_form
from offices.models import Structure
from offices.selectors import (
    coverage_map,
    interim_arrangement_list,
    network_summary,
    office_coverage,
    office_detail,
    office_history,
    office_list,
    recent_changes,
    reporting_offices,
    restructuring_tree,
    structure_for_page,
    structures_with_types,
)
from reform_portal.web import StaffPageMixin, paginate, render_page
from roadmap import selectors as roadmap_selectors
from working_groups import selectors as working_group_selectors

DUE_WITHIN_DAYS = 30
OPEN_MILESTONE_STATUSES = ("not_started", "in_progress", "on_hold")


def _query(**params) -> str:
    return "?" + urlencode(params, doseq=True)


class DashboardView(StaffPageMixin, View):
    """The network in headline figures, each linking to the list behind it."""

    def get(self, request):
        summary = network_summary()
        today = timezone.localdate()
        horizon = today + datetime.timedelta(days=DUE_WITHIN_DAYS)
        changes = [
            *recent_changes(10),
            *roadmap_selectors.recent_changes(10),
            *working_group_selectors.recent_changes(10),
        ]
        context = {
            "summary": summary,
            "office_types": [
                (
                    structure,
                    [
                        (t, summary["office_types"].get(structure.code, {}).get(t.code, 0))
                        for t in structure.office_types.all()
                    ],
                )
                for structure in structures_with_types()
            ],
            "milestones_due": list(roadmap_selectors.milestones_due(DUE_WITHIN_DAYS)),
            "milestones_overdue": list(roadmap_selectors.milestones_overdue()),
            "due_url": reverse("roadmap:timeline")
            + _query(
                view="table",
                planned_end_after=today.isoformat(),
                planned_end_before=horizon.isoformat(),
                status=OPEN_MILESTONE_STATUSES,
            ),
            "overdue_url": reverse("roadmap:timeline") + _query(view="table", overdue="true"),
            "changes": sorted(changes, key=lambda change: change["when"], reverse=True)[:10],
            "due_within_days": DUE_WITHIN_DAYS,
        }
        return render(request, "offices/dashboard.html", context)


class OfficeListView(StaffPageMixin, View):
    """The office directory: OfficeFilterSet (the API's) over the directory rows, paginated."""

    def get(self, request):
        filterset = OfficeFilterSet(request.GET, queryset=office_list())
        query = request.GET.copy()
        query.pop("page", None)
        context = {
            "filterset": filterset,
            "form": adapt_filter_form(filterset.form),
            "page": paginate(request, filterset.qs),
            "export_url": reverse("offices:export") + ("?" + query.urlencode() if query else ""),
            "nav_section": "offices",
        }
        return render_page(request, "offices/office_list.html", "offices/partials/office_results.html", context)


def _placement(office, tiers: int):
    return next((p for p in office.placements.all() if p.structure.tiers == tiers), None)


def _safe(value) -> str:
    """A CSV cell that a spreadsheet will not run as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _csv_row(office) -> list[str]:
    three, two = _placement(office, 3), _placement(office, 2)
    post = getattr(office, "head_post", None)
    transition = getattr(office, "transition", None)
    values = [
        office.code,
        office.name,
        office.city,
        office.host_country.iso3,
        office.host_country.name,
        office.region.code,
        office.get_status_display(),
        three.office_type.name if three else "",
        three.reports_to.office.code if three and three.reports_to else "",
        two.office_type.name if two else "",
        two.reports_to.office.code if two and two.reports_to else "",
        post.get_status_display() if post else "",
        post.incumbent.name if post and post.incumbent else "",
        transition.get_status_display() if transition else "",
        transition.planned_date if transition else "",
        transition.actual_date if transition else "",
        office.covered_count,
        _("yes") if office.is_demo else _("no"),
    ]
    return [_safe(value) for value in values]


CSV_HEADER = [
    "code",
    "name",
    "city",
    "host_country_iso3",
    "host_country",
    "region",
    "status",
    "three_tier_type",
    "three_tier_reports_to",
    "two_tier_type",
    "two_tier_reports_to",
    "head_of_office_post",
    "head_of_office",
    "transition_status",
    "transition_planned_date",
    "transition_actual_date",
    "countries_covered",
    "demonstration_data",
]


class OfficeExportView(StaffPageMixin, View):
    """The directory as CSV, with the same filters (and ordering) as the page."""

    def get(self, request):
        filterset = OfficeFilterSet(request.GET, queryset=office_list())
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="field-offices.csv"'
        writer = csv.writer(response)
        writer.writerow(CSV_HEADER)
        writer.writerows(_csv_row(office) for office in filterset.qs)
        return response


def _office_map(office, coverage: dict) -> dict:
    """The office's covered countries today, and what changes once the planned coverage applies."""
    current = {c.country.m49: c for c in coverage["current"]}
    planned = {c.country.m49: c for c in coverage["planned"]}
    coloured = {}
    for m49, item in current.items():
        kept = m49 in planned
        fill = MINI_MAP_COLOURS["kept" if kept else "leaving"]
        label = _("{country}: covered today") if kept else _("{country}: covered today, moving to another office")
        coloured[m49] = (fill, {"label": label.format(country=item.country.name), "href": "#coverage"})
    for m49, item in planned.items():
        if m49 not in current:
            label = _("{country}: covered once the planned changes apply").format(country=item.country.name)
            coloured[m49] = (MINI_MAP_COLOURS["joining"], {"label": label, "href": "#coverage"})
    marker = {"label": _("{office}, {city}").format(office=office.name, city=office.city), "href": "#profile"}
    points = []
    if office.latitude is not None and office.longitude is not None:
        points.append(worldmap.project(float(office.longitude), float(office.latitude)))
    frame = worldmap.view_box(set(coloured), points)
    return worldmap.layers(coloured, [(office, marker)], frame)


MINI_MAP_COLOURS = {"kept": "#0072b2", "leaving": "#cc79a7", "joining": "#e69f00"}


class OfficeDetailView(StaffPageMixin, View):
    """One office: profile, post, placements before and after, coverage, links and history."""

    def get(self, request, code: str):
        office = office_detail(code)
        coverage = office_coverage(office)
        context = {
            "office": office,
            "coverage": coverage,
            "arrangements": list(interim_arrangement_list().filter(office=office)),
            "reporting": list(reporting_offices(office)),
            "milestones": list(roadmap_selectors.milestone_list().filter(offices=office)),
            "recommendations": list(working_group_selectors.recommendation_list().filter(offices=office)),
            "history": office_history(office),
            "map": _office_map(office, coverage),
            "map_colours": MINI_MAP_COLOURS,
            "today": timezone.localdate(),
            "nav_section": "offices",
        }
        return render(request, "offices/office_detail.html", context)


def _coverage_colours(data: dict, colour_by: str) -> tuple[dict, list]:
    """Colour of each office, and the legend: per covering office or per region."""
    offices = data["offices"]
    if colour_by == "region":
        regions = list({office.region_id: office.region for office in offices}.values())
        by_region = worldmap.region_colours([region.pk for region in regions])
        legend = [(by_region[region.pk], region.name) for region in regions]
        return {office.pk: by_region[office.region_id] for office in offices}, legend
    covering = {coverage.office_id for coverage in data["coverages"]}
    colours = worldmap.office_colours([office.pk for office in offices])
    legend = [(colours[office.pk], office.name) for office in offices if office.pk in covering]
    return colours, legend


def _tier(office_types: dict, office_id: int) -> str:
    office_type = office_types.get(office_id)
    return office_type.name if office_type else _("not placed in this structure")


def coverage_layers(data: dict, colour_by: str) -> tuple[dict, list]:
    colours, legend = _coverage_colours(data, colour_by)
    types = data["office_types"]
    coloured = {}
    for coverage in data["coverages"]:
        label = _("{country}: {office} ({tier})").format(
            country=coverage.country.name, office=coverage.office.name, tier=_tier(types, coverage.office_id)
        )
        href = reverse("offices:detail", args=[coverage.office.code])
        coloured[coverage.country.m49] = (colours[coverage.office_id], {"label": label, "href": href})
    markers = [
        (
            office,
            {
                "label": _("{office} in {city}: {tier}").format(
                    office=office.name, city=office.city, tier=_tier(types, office.pk)
                ),
                "href": reverse("offices:detail", args=[office.code]),
                "top_tier": getattr(types.get(office.pk), "level", None) == 1,
            },
        )
        for office in data["offices"]
    ]
    return worldmap.layers(coloured, markers), legend


class CoverageMapView(StaffPageMixin, View):
    """The world coloured by covering office or region, today or in the planned structure."""

    def get(self, request):
        options = MapOptionsForm(request.GET)
        options.is_valid()
        structure = options.cleaned_data.get("structure") or structure_for_page(None)
        colour_by = options.cleaned_data.get("colour") or "office"
        data = coverage_map(structure)
        layers, legend = coverage_layers(data, colour_by)
        context = {
            "form": MapOptionsForm({"structure": structure.code, "colour": colour_by}),
            "structure": structure,
            "planned": structure.status != Structure.Status.CURRENT,
            "colour_by": colour_by,
            "data": data,
            "rows": [(coverage, _tier(data["office_types"], coverage.office_id)) for coverage in data["coverages"]],
            "map": layers,
            "legend": legend,
            "nav_section": "map",
        }
        return render_page(request, "offices/coverage_map.html", "offices/partials/coverage_map.html", context)


class RestructuringView(StaffPageMixin, View):
    """The three-tier and the two-tier network side by side, with each office's transition."""

    FILTERS = ("region", "transition")

    def get(self, request):
        filterset = OfficeFilterSet(request.GET, queryset=office_list())
        form = adapt_filter_form(filterset.form)
        structures = Structure.objects.exclude(status=Structure.Status.RETIRED).order_by("order")
        context = {
            "form": form,
            "fields": [form[name] for name in self.FILTERS],
            "trees": [(structure, restructuring_tree(structure, filterset.qs)) for structure in structures],
            "offices": list(filterset.qs),
            "nav_section": "restructuring",
        }
        return render_page(request, "offices/restructuring.html", "offices/partials/restructuring.html", context)
