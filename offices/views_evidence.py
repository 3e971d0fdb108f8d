"""Staff pages of the reform's evidence: the balanced-scorecard matrix, one office's indicators
with their series, entering a measurement, and the benchmarks against other UN entities.
Each validates its input, calls selectors (offices.evidence) or a service, and renders."""

import csv
from decimal import Decimal

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views import View

from offices import evidence, services
from offices.filtersets import OfficeFilterSet
from offices.forms import MeasurementForm, adapt_filter_form
from offices.scorecard import MET_FROM, NEAR_FROM, SCORES, Status
from offices.selectors import office_list
from offices.views import _safe
from reform_portal.admin.forms import refusal_messages
from reform_portal.roles import focal_office_ids, is_administrator
from reform_portal.web import StaffPageMixin, render_page

TREND_PERIODS = 4
SERIES_PERIODS = 8
SCORECARD_FILTERS = ("region", "three_tier_type", "two_tier_type")
NOT_REPORTED_CSV = "not reported"
NO_DATA_CSV = "no data"


def may_enter_measurements(user, office) -> bool:
    """Administrators for any office; a focal point for their own offices only."""
    return is_administrator(user) or office.pk in focal_office_ids(user)


def _percent(score) -> str:
    return f"{score * 100:.0f}%" if score is not None else ""


# Charts, drawn server-side as SVG: coordinates are plain strings, never localized -------------


def _xs(count: int, left: float, width: float) -> list[float]:
    step = width / max(count - 1, 1)
    return [left + index * step for index in range(count)]


def _path(points: list[tuple[float, float] | None]) -> str:
    """An SVG path through the points, broken where a point is missing."""
    parts, pen_down = [], False
    for point in points:
        if point is None:
            pen_down = False
            continue
        parts.append("{command}{x:.1f} {y:.1f}".format(command="L" if pen_down else "M", x=point[0], y=point[1]))
        pen_down = True
    return " ".join(parts)


SPARK = {"width": 96, "height": 28, "pad": 4}


def sparkline(trend: list) -> dict:
    """The overall score of the last periods (oldest first) as a small line, with its text."""
    inner = SPARK["height"] - 2 * SPARK["pad"]
    xs = _xs(len(trend), SPARK["pad"], SPARK["width"] - 2 * SPARK["pad"])
    points = [
        (x, SPARK["pad"] + float(1 - roll_up.score) * inner) if roll_up.score is not None else None
        for x, roll_up in zip(xs, trend, strict=True)
    ]
    scores = [_percent(roll_up.score) or _("not scored") for roll_up in trend]
    return {
        **SPARK,
        "path": _path(points),
        "dots": [{"x": f"{p[0]:.1f}", "y": f"{p[1]:.1f}"} for p in points if p],
        "met_y": f"{SPARK['pad'] + float(1 - MET_FROM) * inner:.1f}",
        "label": _("Overall score of the last {count} periods, oldest first: {scores}").format(
            count=len(trend), scores=", ".join(scores)
        ),
    }


CHART = {"width": 360, "height": 140, "left": 56, "right": 12, "top": 12, "bottom": 26}


def _value_range(indicator, values: list) -> tuple[float, float]:
    """The span the chart shows: every value, the target and the edge of the tolerance band."""
    marks = [float(v) for v in values]
    if indicator.target is not None:
        target, tolerance = float(indicator.target), float(indicator.tolerance)
        marks += [target, target - tolerance if indicator.direction == "higher" else target + tolerance]
    low, high = min(marks), max(marks)
    margin = (high - low) * 0.1 or abs(high) * 0.1 or 1.0
    return low - margin, high + margin


def series_chart(indicator, series: list) -> dict | None:
    """One indicator's values over the periods (oldest first) with its target and tolerance band;
    None when no period has a value (the table then says so)."""
    values = [judgement.value for judgement in series if judgement.value is not None]
    if not values:
        return None
    low, high = _value_range(indicator, values)
    top, inner = CHART["top"], CHART["height"] - CHART["top"] - CHART["bottom"]

    def y(value) -> float:
        return top + (high - float(value)) / (high - low) * inner

    xs = _xs(len(series), CHART["left"], CHART["width"] - CHART["left"] - CHART["right"])
    points = [(x, y(j.value)) if j.value is not None else None for x, j in zip(xs, series, strict=True)]
    chart = {
        **CHART,
        "right_x": CHART["width"] - CHART["right"],
        "bottom_y": f"{top + inner:.1f}",
        "path": _path(points),
        "dots": [
            {"x": f"{p[0]:.1f}", "y": f"{p[1]:.1f}", "judgement": j}
            for p, j in zip(points, series, strict=True)
            if p is not None
        ],
        "ticks": [{"y": f"{y(v):.1f}", "label": f"{v:.1f}"} for v in (high, low)],
        "plot_width": f"{CHART['width'] - CHART['left'] - CHART['right']}",
        "periods": [{"x": f"{xs[0]:.1f}", "date": series[0].period}, {"x": f"{xs[-1]:.1f}", "date": series[-1].period}],
        "label_y": CHART["height"] - 8,
    }
    if indicator.target is not None:
        target, tolerance = indicator.target, indicator.tolerance
        edge = target - tolerance if indicator.direction == "higher" else target + tolerance
        band = sorted((y(target), y(edge)))
        chart["target_y"] = f"{y(target):.1f}"
        chart["band"] = {"y": f"{band[0]:.1f}", "height": f"{band[1] - band[0]:.1f}"}
    return chart


# Pages ------------------------------------------------------------------------------------------


def _legend() -> dict:
    return {
        "statuses": Status,
        "met_from": _percent(MET_FROM),
        "near_from": _percent(NEAR_FROM),
        "near_points": SCORES[Status.NEAR],
    }


class ScorecardView(StaffPageMixin, View):
    """Offices × perspectives, filtered with OfficeFilterSet (the directory's and the API's)."""

    def get(self, request):
        filterset = OfficeFilterSet(request.GET, queryset=office_list())
        form = adapt_filter_form(filterset.form)
        today = timezone.localdate()
        matrix = evidence.scorecard_matrix(list(filterset.qs), today, trend=TREND_PERIODS)
        for row in matrix["rows"]:
            row["sparkline"] = sparkline(row["trend"])
        context = {
            "form": form,
            "filterset": filterset,
            "fields": [form[name] for name in SCORECARD_FILTERS],
            "matrix": matrix,
            "rollups": evidence.scorecard_rollups(today),
            "legend": _legend(),
            "trend_periods": TREND_PERIODS,
            "today": today,
            "nav_section": "scorecard",
        }
        return render_page(request, "offices/scorecard.html", "offices/partials/scorecard_results.html", context)


def _indicator_rows(office, today) -> list[dict]:
    items = evidence.office_scorecard(office, today, periods=SERIES_PERIODS)
    oldest = min((item["series"][0].period for item in items), default=today)
    measurements = evidence.office_measurements(office, oldest)
    deviations = evidence.office_deviations(office)
    for item in items:
        indicator = item["indicator"]
        item["periods"] = [
            {"judgement": j, "measurement": measurements.get((indicator.pk, j.period))}
            for j in reversed(item["series"])
        ]
        item["target"], item["tolerance"] = _plain(indicator.target), _plain(indicator.tolerance)
        item["chart"] = series_chart(indicator, item["series"])
        item["deviations"] = deviations.get(indicator.pk, [])
    return items


class OfficeScorecardView(StaffPageMixin, View):
    """Every indicator of one office: its target, its series as a chart and a table."""

    def get(self, request, code: str):
        office = evidence.scorecard_office(code)
        today = timezone.localdate()
        items = _indicator_rows(office, today)
        perspectives = {}
        for item in items:
            perspectives.setdefault(item["indicator"].objective.perspective, []).append(item)
        context = {
            "office": office,
            "perspectives": list(perspectives.items()),
            "may_enter": may_enter_measurements(request.user, office),
            "series_periods": SERIES_PERIODS,
            "legend": _legend(),
            "today": today,
            "nav_section": "scorecard",
        }
        return render(request, "offices/scorecard_office.html", context)


class MeasurementEntryView(StaffPageMixin, View):
    """Enter (or correct) a value: the office's focal point, or an administrator; anyone else 403.

    Entering a period that has a value replaces it through ``measurement_record``; the
    history keeps the earlier value with who changed it, when and why."""

    def test_func(self) -> bool:
        if not super().test_func():
            return False
        self.office = evidence.scorecard_office(self.kwargs["code"])
        return may_enter_measurements(self.request.user, self.office)

    def get(self, request, code: str):
        form = MeasurementForm(initial=self._initial(request.GET))
        return self._render(request, form)

    def post(self, request, code: str):
        form = MeasurementForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            try:
                measurement = services.measurement_record(
                    indicator=data["indicator"],
                    office=self.office,
                    period=data["period"],
                    value=data["value"],
                    source=data["source"],
                    comment=data["comment"],
                    actor=request.user,
                    reason=data["change_reason"],
                )
            except ValidationError as error:
                for field, field_messages in refusal_messages(error).items():
                    form.add_error(field if field in form.fields else None, field_messages)
            else:
                messages.success(request, self._recorded(measurement))
                url = reverse("offices:scorecard-office", args=[self.office.code])
                return redirect(f"{url}#indicator-{measurement.indicator.code}")
        return self._render(request, form, status=400)

    def _initial(self, query) -> dict:
        """The indicator and period named in the address; the stored value if there is one."""
        probe = MeasurementForm({"indicator": query.get("indicator"), "period": query.get("period")})
        probe.is_valid()
        initial = {name: probe.cleaned_data[name] for name in ("indicator", "period") if name in probe.cleaned_data}
        if len(initial) == 2:
            existing = evidence.measurement_entry(initial["indicator"], self.office, initial["period"])
            if existing is not None:
                self.existing = existing
                initial.update(value=existing.value, source=existing.source, comment=existing.comment)
        return initial

    def _recorded(self, measurement) -> str:
        return _("Recorded: {indicator} for {office}, period {period}: {value} {unit}.").format(
            indicator=measurement.indicator.name,
            office=self.office.name,
            period=measurement.period.isoformat(),
            value=measurement.value,
            unit=measurement.indicator.unit,
        )

    def _render(self, request, form, status: int = 200):
        context = {
            "office": self.office,
            "form": form,
            "existing": getattr(self, "existing", None),
            "nav_section": "scorecard",
        }
        return render(request, "offices/scorecard_measurement_form.html", context, status=status)


BENCHMARK_ORDERINGS = ("metric", "unido")


def _benchmark(request) -> tuple[dict, str]:
    table = evidence.benchmark_table()
    ordering = request.GET.get("ordering", "")
    keys = {*BENCHMARK_ORDERINGS, *(peer.code for peer in table["peers"])}
    if ordering.lstrip("-") not in keys:
        ordering = ""
    if ordering:
        table["rows"] = evidence.sort_benchmark_rows(table, ordering)
    for row in table["rows"]:
        row["unido_shown"] = _plain(row["unido"])
        row["cells"] = [
            {"peer": peer, "point": point, "value": _plain(point.value) if point else None}
            for peer, point in zip(table["peers"], row["peers"], strict=True)
        ]
    return table, ordering


def _plain(value: Decimal | None) -> Decimal | None:
    """A figure without trailing zeros (62, 3.2, 43.75), localized by the template."""
    if value is None:
        return None
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


def _peer_header(peer) -> str:
    return _("{name} (fictional)").format(name=peer.name) if peer.is_fictional else peer.name


class BenchmarkingView(StaffPageMixin, View):
    """UNIDO's figures, computed live, beside each peer's sourced figures; sortable."""

    def get(self, request):
        table, ordering = _benchmark(request)
        context = {
            "table": table,
            "peer_headers": [(peer, _peer_header(peer)) for peer in table["peers"]],
            "fictional_peers": [peer.name for peer in table["peers"] if peer.is_fictional],
            "unido_is_demo": evidence.unido_figures_use_demo_data(),
            "ordering": ordering,
            "export_url": reverse("offices:benchmarking-export") + (f"?ordering={ordering}" if ordering else ""),
            "today": timezone.localdate(),
            "nav_section": "benchmarking",
        }
        return render_page(request, "offices/benchmarking.html", "offices/partials/benchmarking_table.html", context)


BENCHMARK_CSV_HEADER = [
    "metric_code",
    "metric",
    "unit",
    "entity_code",
    "entity",
    "fictional",
    "demonstration_data",
    "year",
    "value",
    "source",
    "comparability_note",
]


def _peer_csv_value(point) -> str:
    if point is None:
        return NO_DATA_CSV
    return NOT_REPORTED_CSV if point.not_reported else str(_plain(point.value))


def benchmark_csv_rows(table: dict, today, *, unido_is_demo: bool) -> list[list[str]]:
    """One row per metric and entity: UNIDO's live figure first, then each peer's; a figure that
    was not reported (or of which there is no data) says so in words, never 0 or blank."""
    rows = []
    unido_source = _("Computed from the portal's registers on {date}").format(date=today.isoformat())
    for row in table["rows"]:
        metric = row["metric"]
        head = [metric.code, metric.name, metric.unit]
        unido = NO_DATA_CSV if row["unido"] is None else str(_plain(row["unido"]))
        demo = _("yes") if unido_is_demo else _("no")
        rows.append([*head, "unido", "UNIDO", _("no"), demo, today.year, unido, unido_source, ""])
        for peer, point in zip(table["peers"], row["peers"], strict=True):
            rows.append(
                [
                    *head,
                    peer.code,
                    peer.name,
                    _("yes") if peer.is_fictional else _("no"),
                    _("yes") if peer.is_demo else _("no"),
                    point.year if point else "",
                    _peer_csv_value(point),
                    point.source if point else "",
                    point.comparability_note if point else "",
                ]
            )
    return [[_safe(value) for value in row] for row in rows]


class BenchmarkingExportView(StaffPageMixin, View):
    """The benchmarks as CSV, in the page's order, with the same figures and sources."""

    def get(self, request):
        table, _ordering = _benchmark(request)
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="benchmarking.csv"'
        writer = csv.writer(response)
        writer.writerow(BENCHMARK_CSV_HEADER)
        demo = evidence.unido_figures_use_demo_data()
        writer.writerows(benchmark_csv_rows(table, timezone.localdate(), unido_is_demo=demo))
        return response
