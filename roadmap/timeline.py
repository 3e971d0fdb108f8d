"""Layout of the roadmap timeline: Gantt-like bars of milestones grouped by phase, with the
dependencies between them and today's line. Pure arithmetic on what a selector returned; the
template draws the SVG."""

import datetime
from dataclasses import dataclass, field

LABEL_WIDTH = 320
CHART_WIDTH = 860
ROW_HEIGHT = 26
HEADER_HEIGHT = 28
AXIS_HEIGHT = 30
BAR_HEIGHT = 14
TITLE_CHARS = 38


@dataclass
class Row:
    y: float
    milestone: object = None
    heading: str = ""
    bar: dict = field(default_factory=dict)


def _add_months(day: datetime.date, months: int) -> datetime.date:
    index = day.year * 12 + day.month - 1 + months
    return datetime.date(index // 12, index % 12 + 1, 1)


def _span(milestones: list, today: datetime.date) -> tuple[datetime.date, datetime.date]:
    starts = [m.planned_start for m in milestones] + [today]
    ends = [max(filter(None, (m.planned_end, m.forecast_end, m.actual_end))) for m in milestones] + [today]
    # A month of margin on both sides keeps the first bar clear of the labels.
    return _add_months(min(starts), -1), _add_months(max(ends), 2)


def _ticks(start: datetime.date, end: datetime.date, x) -> list[dict]:
    months = (end.year - start.year) * 12 + end.month - start.month
    step = 1 if months <= 15 else 3 if months <= 48 else 6
    ticks, day = [], start
    while day <= end:
        if (day.month - 1) % step == 0:
            ticks.append({"x": x(day), "date": day})
        day = _add_months(day, 1)
    return ticks


def _phase_heading(phase) -> str:
    return f"{phase.parent.name} — {phase.name}" if phase.parent_id else phase.name


def _short(text: str) -> str:
    return text if len(text) <= TITLE_CHARS else text[: TITLE_CHARS - 1].rstrip() + "…"


def layout(milestones: list, today: datetime.date) -> dict:
    """Rows (phase headings and milestone bars), axis ticks, today's x and dependency paths."""
    if not milestones:
        return {"rows": [], "ticks": [], "links": [], "width": LABEL_WIDTH + CHART_WIDTH, "height": AXIS_HEIGHT}
    start, end = _span(milestones, today)
    scale = CHART_WIDTH / max((end - start).days, 1)

    def x(day: datetime.date) -> float:
        return round(LABEL_WIDTH + (day - start).days * scale, 1)

    def order(milestone):
        top = milestone.phase.parent or milestone.phase
        return (top.order, milestone.phase.order, milestone.planned_start, milestone.code)

    rows, y, phase_id = [], AXIS_HEIGHT, None
    for milestone in sorted(milestones, key=order):
        if milestone.phase_id != phase_id:
            phase_id = milestone.phase_id
            rows.append(Row(y=y + 18, heading=_phase_heading(milestone.phase)))
            y += HEADER_HEIGHT
        rows.append(Row(y=y, milestone=milestone, bar=_bar(milestone, x, y)))
        y += ROW_HEIGHT
    return {
        "rows": rows,
        "ticks": _ticks(start, end, x),
        "today_x": x(today),
        "today_label_x": x(today) + 3,
        "links": _links(rows),
        "width": LABEL_WIDTH + CHART_WIDTH + 10,
        "height": y + 6,
        "label_width": LABEL_WIDTH,
    }


def _bar(milestone, x, y: float) -> dict:
    x0 = x(milestone.planned_start)
    x1 = max(x(milestone.planned_end + datetime.timedelta(days=1)), x0 + 3)
    top = y + (ROW_HEIGHT - BAR_HEIGHT) / 2
    bar = {
        "x": x0,
        "y": round(top, 1),
        "width": round(x1 - x0, 1),
        "height": BAR_HEIGHT,
        "progress_width": round((x1 - x0) * milestone.progress / 100, 1),
        "text_y": round(y + ROW_HEIGHT / 2 + 4, 1),
        "end_x": x1,
        "label_x": round(x1 + 4, 1),
        "progress_y": round(top + BAR_HEIGHT - 4, 1),
        "mid_y": round(y + ROW_HEIGHT / 2, 1),
        "title": _short(milestone.title),
    }
    if milestone.forecast_end and milestone.forecast_end > milestone.planned_end:
        bar["forecast_x"] = x1
        bar["forecast_width"] = round(x(milestone.forecast_end + datetime.timedelta(days=1)) - x1, 1)
    return bar


def _links(rows: list[Row]) -> list[dict]:
    """Finish-to-start arrows between the milestones shown: from the end of the predecessor's bar
    to the start of the successor's."""
    bars = {row.milestone.pk: row for row in rows if row.milestone is not None}
    links = []
    for row in bars.values():
        for predecessor in row.milestone.depends_on.all():
            before = bars.get(predecessor.pk)
            if before is None:
                continue
            x1, y1 = before.bar["end_x"], before.bar["mid_y"]
            x2, y2 = row.bar["x"], row.bar["mid_y"]
            elbow = max(x1 + 6, min(x2 - 6, x1 + 12))
            path = f"M{x1:g},{y1:g}H{elbow:g}V{y2:g}H{x2 - 1:g}"
            links.append({"path": path, "from": before.milestone, "to": row.milestone})
    return links
