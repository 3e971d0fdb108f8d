"""The CSV downloads of the public briefing pages: the figures each page shows, in its language.

Built from the same selector result as the page, so a download never holds more than the page
(no internal field can reach it that the page does not read).
"""

import csv

from django.http import HttpResponse
from django.utils.translation import gettext as _


def _cell(value) -> str:
    """A cell a spreadsheet will not run as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def csv_response(filename: str, header: list[str], rows: list[list]) -> HttpResponse:
    # The byte-order mark lets spreadsheets read Arabic, Chinese and Cyrillic text as UTF-8.
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow(header)
    writer.writerows([_cell(value) for value in row] for row in rows)
    return response


def _names(countries) -> str:
    return "; ".join(str(country.name) for country in countries)


def overview_rows(data: dict) -> tuple[list[str], list[list]]:
    figures, roadmap, transitions = data["figures"], data["roadmap"], data["transitions"]
    network, principle, tier = _("Network"), _("Guiding principle"), _("Office type")
    rows = [
        [network, _("Field offices"), figures["offices"]],
        [network, _("Countries covered"), figures["covered_countries"]],
        [network, _("Regions"), len(figures["regions"])],
    ]
    for region in figures["regions"]:
        rows.append([region["name"], _("Field offices"), region["offices"]])
        rows.append([region["name"], _("Countries covered"), region["covered_countries"]])
    for structure in data["structures"]:
        rows += [
            [f"{structure['name']} — {tier}", office_type["name"], office_type["offices"]]
            for office_type in structure["types"]
        ]
    rows += [[_("Transition of offices"), status["label"], status["offices"]] for status in transitions["statuses"]]
    rows.append([_("Public milestones"), _("Completed"), roadmap["completed"]])
    rows.append([_("Public milestones"), _("Total"), roadmap["milestones"]])
    for phase in roadmap["phases"]:
        rows += [[phase["name"], milestone["title"], milestone["status_label"]] for milestone in phase["milestones"]]
    rows += [[principle, f"({p['letter']}) {p['title']}", p["description"]] for p in data["principles"]]
    return [_("Section"), _("Item"), _("Value")], rows


def region_rows(data: dict) -> tuple[list[str], list[list]]:
    header = [
        _("Region"),
        _("Office"),
        _("City"),
        _("Host country"),
        _("Office status"),
        _("Type today"),
        _("Type after the reform"),
        _("Transition"),
        _("Transition date"),
        _("Countries covered today"),
        _("Countries covered after the reform"),
    ]
    rows = [
        [
            data["region_name"],
            office["name"],
            office["city"],
            office["host_country"].name,
            office["status_label"],
            office["type_before"] or "",
            office["type_after"] or "",
            office["transition"]["label"] if office["transition"] else "",
            office["transition"]["date"] if office["transition"] else "",
            _names(office["countries_now"]),
            _names(office["countries_after"]),
        ]
        for office in data["offices"]
    ]
    return header, rows


def _office_cells(office: dict | None) -> list:
    if office is None:
        return ["", "", "", "", "", ""]
    transition = office["transition"]
    return [
        office["name"],
        office["city"],
        office["region_name"],
        office["status_label"],
        office["type_before"] or "",
        office["type_after"] or "",
    ] + ([transition["label"], transition["date"]] if transition else ["", ""])


def country_rows(data: dict) -> tuple[list[str], list[list]]:
    office_columns = [
        _("Office"),
        _("City"),
        _("Region"),
        _("Office status"),
        _("Type today"),
        _("Type after the reform"),
        _("Transition"),
        _("Transition date"),
    ]
    country = data["country"]
    rows = [
        [country.name, country.iso3, _("Today"), *_office_cells(data["now"])],
        [country.name, country.iso3, _("After the reform"), *_office_cells(data["after"])],
    ]
    return [_("Country"), _("ISO code"), _("When"), *office_columns], rows


def sessions_rows(data: dict) -> tuple[list[str], list[list]]:
    header = [_("Status"), _("Date"), _("Title"), _("Scope"), _("Region"), _("Format"), _("Summary"), _("Materials")]
    rows = [
        [
            session["status_label"],
            session["date"].isoformat(),
            session["title"],
            session["scope_label"],
            session["region_name"] or "",
            session["format_label"],
            session["summary"],
            "; ".join(f"{m['title']} <{m['url']}>" for m in session["materials"]),
        ]
        for session in [*data["planned"], *data["held"]]
    ]
    return header, rows
