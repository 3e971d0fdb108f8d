"""The map of a region's briefing page, drawn with the staff map's server-side SVG world map."""

from django.urls import reverse
from django.utils.translation import gettext as _

from offices import worldmap


def region_map(offices: list[dict]) -> tuple[dict, list[tuple[str, str]]]:
    """The countries the region's offices cover today, one colour per office, each linking to
    its country page; the offices as markers. Returns the map layers and the legend."""
    colours = worldmap.office_colours([office["code"] for office in offices])
    coloured = {}
    for office in offices:
        for country in office["countries_now"]:
            label = _("{country}: covered today by {office}").format(country=country.name, office=office["name"])
            href = reverse("briefing:country", args=[country.iso3])
            coloured[country.m49] = (colours[office["code"]], {"label": label, "href": href})
    markers = [
        (
            _Marker(office),
            {
                "label": _("{office}, {city}").format(office=office["name"], city=office["city"]),
                "href": f"#office-{office['code']}",
                "top_tier": False,
            },
        )
        for office in offices
    ]
    points = [
        worldmap.project(float(marker.longitude), float(marker.latitude))
        for marker, _item in markers
        if marker.latitude is not None and marker.longitude is not None
    ]
    frame = worldmap.view_box(set(coloured), points)
    legend = [(colours[office["code"]], office["name"]) for office in offices if office["countries_now"]]
    return worldmap.layers(coloured, markers, frame), legend


class _Marker:
    """The attributes of an office that the world map's markers read."""

    def __init__(self, office: dict):
        self.code = office["code"]
        self.latitude = office["latitude"]
        self.longitude = office["longitude"]
