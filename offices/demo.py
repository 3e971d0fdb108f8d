"""Demonstration field network: 48 offices covering 156 countries in the five regions.

The report gives only these totals. Every office, city, reporting line, date and person
below is invented for demonstration, stored with ``is_demo`` set and labelled as such
wherever it is shown; none of it is UNIDO's real network.
"""

import datetime
from decimal import Decimal
from typing import NamedTuple

from offices import services
from offices.models import Country, InterimArrangement, Office, OfficeTransition, OfficeType, Region, Structure
from reform_portal.services import Actor

REASON = "Demonstration data"

RH, RO, CO, SRO = "regional-hub", "regional-office", "country-office", "subregional-office"


class DemoOffice(NamedTuple):
    host: str  # ISO alpha-3 of the host country; also the office code
    city: str
    latitude: str
    longitude: str
    three_tier: tuple[str, str | None]  # (office type, code of the office it reports to)
    two_tier: tuple[str, str | None]
    covers: tuple[str, ...] = ()  # countries covered besides the host country
    common_premises: bool = False


NETWORK: dict[str, list[DemoOffice]] = {
    "AFR": [
        DemoOffice("NGA", "Abuja", "9.07647", "7.39857", (RH, None), (SRO, None), ("TCD",), True),
        DemoOffice("KEN", "Nairobi", "-1.28638", "36.81722", (RH, None), (SRO, None), ("SOM", "SSD"), True),
        DemoOffice(
            "SEN", "Dakar", "14.69375", "-17.44406", (RO, "NGA"), (SRO, None), ("CPV", "GMB", "GNB", "MRT", "MLI")
        ),
        DemoOffice("ETH", "Addis Ababa", "9.02497", "38.74689", (RO, "KEN"), (SRO, None), ("DJI", "ERI"), True),
        DemoOffice(
            "ZAF",
            "Pretoria",
            "-25.74612",
            "28.18712",
            (RO, "KEN"),
            (SRO, None),
            ("BWA", "LSO", "NAM", "SWZ", "MUS", "COM"),
        ),
        DemoOffice("CIV", "Abidjan", "5.35444", "-4.00167", (CO, "SEN"), (CO, "SEN"), ("LBR", "GIN", "SLE")),
        DemoOffice("GHA", "Accra", "5.55602", "-0.19690", (CO, "NGA"), (CO, "NGA"), ("TGO", "BEN"), True),
        DemoOffice("BFA", "Ouagadougou", "12.36566", "-1.53388", (CO, "SEN"), (CO, "SEN"), ("NER",)),
        DemoOffice(
            "CMR", "Yaoundé", "3.86667", "11.51667", (CO, "NGA"), (CO, "NGA"), ("CAF", "GAB", "GNQ", "STP", "COG")
        ),
        DemoOffice("COD", "Kinshasa", "-4.32758", "15.31357", (CO, "NGA"), (CO, "ZAF"), ("AGO",)),
        DemoOffice("TZA", "Dar es Salaam", "-6.82349", "39.26951", (CO, "KEN"), (CO, "KEN"), ("BDI",), True),
        DemoOffice("UGA", "Kampala", "0.31628", "32.58219", (CO, "KEN"), (CO, "KEN")),
        DemoOffice("RWA", "Kigali", "-1.94995", "30.05885", (CO, "KEN"), (CO, "KEN"), (), True),
        DemoOffice("MOZ", "Maputo", "-25.96553", "32.58322", (CO, "ZAF"), (CO, "ZAF"), ("MWI",)),
        DemoOffice("ZMB", "Lusaka", "-15.40669", "28.28713", (CO, "ZAF"), (CO, "ZAF"), ("ZWE",), True),
        DemoOffice("MDG", "Antananarivo", "-18.91368", "47.53613", (CO, "ZAF"), (CO, "ZAF")),
    ],
    "ARB": [
        DemoOffice("EGY", "Cairo", "30.04442", "31.23571", (RH, None), (SRO, None), ("LBY", "YEM", "SAU", "OMN"), True),
        DemoOffice("MAR", "Rabat", "34.01325", "-6.83255", (RO, "EGY"), (SRO, None)),
        DemoOffice("LBN", "Beirut", "33.89332", "35.50157", (RO, "EGY"), (CO, "EGY"), ("SYR",), True),
        DemoOffice("TUN", "Tunis", "36.81897", "10.16579", (CO, "MAR"), (CO, "MAR")),
        DemoOffice("DZA", "Algiers", "36.73225", "3.08746", (CO, "MAR"), (CO, "MAR")),
        DemoOffice("JOR", "Amman", "31.95522", "35.94503", (CO, "LBN"), (CO, "EGY"), ("PSE", "KWT"), True),
        DemoOffice("SDN", "Khartoum", "15.55177", "32.53241", (CO, "EGY"), (CO, "EGY")),
        DemoOffice("IRQ", "Baghdad", "33.34058", "44.40088", (CO, "LBN"), (CO, "EGY"), ("BHR", "QAT", "ARE")),
    ],
    "ASP": [
        DemoOffice(
            "THA",
            "Bangkok",
            "13.75398",
            "100.50144",
            (RH, None),
            (SRO, None),
            ("KHM", "LAO", "MMR", "MYS", "SGP"),
            True,
        ),
        DemoOffice("CHN", "Beijing", "39.90750", "116.39723", (RO, "THA"), (SRO, None), ("MNG", "PRK", "KOR"), True),
        DemoOffice("IND", "New Delhi", "28.63576", "77.22445", (RO, "THA"), (SRO, None), ("BTN", "NPL", "MDV")),
        DemoOffice("VNM", "Hanoi", "21.02450", "105.84117", (CO, "THA"), (CO, "THA"), (), True),
        DemoOffice("IDN", "Jakarta", "-6.21462", "106.84513", (CO, "THA"), (CO, "THA"), ("TLS", "BRN", "PNG")),
        DemoOffice("PAK", "Islamabad", "33.72148", "73.04329", (CO, "IND"), (CO, "IND"), (), True),
        DemoOffice("BGD", "Dhaka", "23.71040", "90.40744", (CO, "IND"), (CO, "IND")),
        DemoOffice("IRN", "Tehran", "35.69439", "51.42151", (CO, "IND"), (CO, "IND")),
        DemoOffice("AFG", "Kabul", "34.52813", "69.17233", (CO, "IND"), (CO, "IND"), (), True),
        DemoOffice("LKA", "Colombo", "6.93194", "79.84778", (CO, "IND"), (CO, "IND")),
        DemoOffice(
            "PHL",
            "Manila",
            "14.60420",
            "120.98220",
            (CO, "CHN"),
            (CO, "THA"),
            ("FJI", "WSM", "TON", "VUT", "SLB", "KIR", "TUV", "FSM", "MHL", "PLW", "NRU", "COK", "NIU"),
        ),
    ],
    "ECA": [
        DemoOffice(
            "TUR",
            "Ankara",
            "39.91987",
            "32.85427",
            (RH, None),
            (SRO, None),
            ("AZE", "GEO", "ALB", "BIH", "MNE", "MKD", "SRB", "BGR", "ROU"),
            True,
        ),
        DemoOffice("ARM", "Yerevan", "40.18111", "44.51361", (CO, "TUR"), (CO, "TUR")),
        DemoOffice(
            "KGZ", "Bishkek", "42.87000", "74.59000", (CO, "TUR"), (SRO, None), ("KAZ", "TJK", "TKM", "UZB"), True
        ),
        DemoOffice("UKR", "Kyiv", "50.45466", "30.52380", (CO, "TUR"), (CO, "TUR"), ("MDA",)),
        DemoOffice("BLR", "Minsk", "53.90000", "27.56667", (CO, "TUR"), (CO, "KGZ"), ("RUS",)),
    ],
    "LAC": [
        DemoOffice(
            "MEX",
            "Mexico City",
            "19.42847",
            "-99.12766",
            (RH, None),
            (SRO, None),
            ("CUB", "DOM", "HTI", "JAM", "BLZ", "GTM"),
            True,
        ),
        DemoOffice("URY", "Montevideo", "-34.90328", "-56.18816", (RH, None), (SRO, None), ("ARG", "PRY", "CHL")),
        DemoOffice(
            "COL",
            "Bogotá",
            "4.60971",
            "-74.08175",
            (RO, "MEX"),
            (SRO, None),
            ("VEN", "PAN", "TTO", "GUY", "SUR", "BRB", "BHS", "GRD", "LCA", "VCT", "DMA", "ATG", "KNA"),
            True,
        ),
        DemoOffice("BRA", "Brasília", "-15.77972", "-47.92972", (CO, "URY"), (CO, "URY"), (), True),
        DemoOffice("BOL", "La Paz", "-16.50000", "-68.15000", (CO, "URY"), (CO, "URY")),
        DemoOffice("ECU", "Quito", "-0.22985", "-78.52495", (CO, "COL"), (CO, "COL"), (), True),
        DemoOffice("NIC", "Managua", "12.13282", "-86.25040", (CO, "MEX"), (CO, "MEX"), ("SLV", "HND", "CRI")),
        DemoOffice("PER", "Lima", "-12.04318", "-77.02824", (CO, "COL"), (CO, "COL")),
    ],
}

# Countries whose covering office changes when the two-tier structure takes effect.
PLANNED_TRANSFERS = {
    "MUS": "MDG",
    "COM": "MDG",
    "SSD": "UGA",
    "SAU": "JOR",
    "MDV": "LKA",
    "PNG": "PHL",
    "GEO": "ARM",
    "BHS": "MEX",
}

# Offices whose head-of-office post is vacant, with their interim arrangement:
# (officer-in-charge from the office's own staff) or (code of the covering office).
VACANCIES = {"CIV": None, "COD": "CMR", "MDG": "ZAF", "SDN": None, "AFG": "PAK", "BLR": None, "NIC": "MEX"}

COVERAGE_START = datetime.date(2019, 1, 1)


def two_tier_effective_date(anchor: datetime.date) -> datetime.date:
    """When the demo's planned coverage takes over (four months after loading)."""
    return anchor + datetime.timedelta(days=121)


def _placement_order(offices: list[DemoOffice], tier: int) -> list[DemoOffice]:
    """Offices whose parent is placed before them (parents have no parent themselves)."""

    def parent(office: DemoOffice) -> str | None:
        return (office.three_tier if tier == 3 else office.two_tier)[1]

    return sorted(offices, key=lambda office: parent(office) is not None)


def load_network(actor: Actor, anchor: datetime.date) -> dict[str, Office]:
    """Create the demo offices with their placements, coverage and transitions."""
    countries = {country.iso3: country for country in Country.objects.all()}
    structures = {structure.tiers: structure for structure in Structure.objects.all()}
    types = {(t.structure.tiers, t.code): t for t in OfficeType.objects.select_related("structure")}
    offices: dict[str, Office] = {}
    for region_code, specs in NETWORK.items():
        region = Region.objects.get(code=region_code)
        for spec in specs:
            offices[spec.host] = services.office_create(
                code=spec.host,
                name=f"{spec.city} office",
                city=spec.city,
                host_country=countries[spec.host],
                region=region,
                latitude=Decimal(spec.latitude),
                longitude=Decimal(spec.longitude),
                on_common_premises=spec.common_premises,
                is_demo=True,
                actor=actor,
                reason=REASON,
            )
        for tier in (3, 2):
            for spec in _placement_order(specs, tier):
                type_code, parent_code = spec.three_tier if tier == 3 else spec.two_tier
                services.placement_set(
                    office=offices[spec.host],
                    structure=structures[tier],
                    office_type=types[(tier, type_code)],
                    reports_to=offices[parent_code] if parent_code else None,
                    is_demo=True,
                    actor=actor,
                    reason=REASON,
                )
    _load_coverage(actor, anchor, countries, offices)
    _load_transitions(actor, anchor, offices)
    return offices


def _load_coverage(actor: Actor, anchor: datetime.date, countries: dict, offices: dict[str, Office]) -> None:
    for specs in NETWORK.values():
        for spec in specs:
            for iso3 in (spec.host, *spec.covers):
                services.coverage_open(
                    country=countries[iso3],
                    office=offices[spec.host],
                    valid_from=COVERAGE_START,
                    is_demo=True,
                    actor=actor,
                    reason=REASON,
                )
    for iso3, office_code in PLANNED_TRANSFERS.items():
        services.coverage_transfer(
            country=countries[iso3],
            office=offices[office_code],
            on=two_tier_effective_date(anchor),
            is_demo=True,
            actor=actor,
            reason=REASON,
        )


def _load_transitions(actor: Actor, anchor: datetime.date, offices: dict[str, Office]) -> None:
    days = datetime.timedelta
    for index, office in enumerate(offices.values()):
        if index % 3 == 0:
            actual = anchor - days(30 + index * 7)
            status, planned, actual = OfficeTransition.Status.DONE, actual - days(5), actual
        elif index % 3 == 1:
            status, planned, actual = OfficeTransition.Status.IN_PROGRESS, anchor + days(20 + index * 2), None
        else:
            status, planned, actual = OfficeTransition.Status.PLANNED, anchor + days(60 + index * 4), None
        services.transition_set(
            office=office,
            status=status,
            planned_date=planned,
            actual_date=actual,
            is_demo=True,
            actor=actor,
            reason=REASON,
        )


def load_posts(
    actor: Actor, anchor: datetime.date, offices: dict[str, Office], representatives: dict, staff: dict
) -> None:
    """Fill every head-of-office post but the vacant ones, which get an interim arrangement."""
    days = datetime.timedelta
    for index, (code, office) in enumerate(offices.items()):
        if code not in VACANCIES:
            services.head_post_set(
                office=office,
                status="filled",
                incumbent=representatives[code],
                is_demo=True,
                actor=actor,
                reason=REASON,
            )
            continue
        vacant_since = anchor - days(90 + index * 9)
        services.head_post_set(
            office=office, status="vacant", vacant_since=vacant_since, is_demo=True, actor=actor, reason=REASON
        )
        covering = VACANCIES[code]
        services.interim_arrangement_create(
            office=office,
            kind=InterimArrangement.Kind.COVERING_OFFICE if covering else InterimArrangement.Kind.OFFICER_IN_CHARGE,
            covering_office=offices[covering] if covering else None,
            officer_in_charge=None if covering else staff[code],
            start=vacant_since + days(7),
            review_date=anchor + days(5 + index % 40),
            host_government_agreement=list(InterimArrangement.HostAgreement.values)[index % 4],
            is_demo=True,
            actor=actor,
            reason=REASON,
        )


# Balanced scorecard and benchmarks (all invented) -------------------------------------------

# perspective → (objective code, objective name, [(indicator code, name, unit, direction,
# target, tolerance, weight, frequency)])
SCORECARD = {
    "financial": ("fin-resources", "Mobilize resources for technical cooperation", [
        ("tc-delivery", "Technical cooperation delivery", "USD million", "higher", "5.00", "0.50", 3, "quarterly"),
        ("funds-mobilized", "Funds mobilized", "USD million", "higher", "2.00", "0.30", 2, "quarterly"),
    ]),
    "customer": ("cust-service", "Serve member states and partners well", [
        ("partner-satisfaction", "Partner satisfaction", "%", "higher", "80.00", "5.00", 2, "semiannual"),
        ("joint-programmes", "Joint UN programmes", "count", "higher", None, "0", 1, "annual"),
    ]),
    "internal-processes": ("int-efficiency", "Work efficiently", [
        ("approval-days", "Days to approve a project", "days", "lower", "30.00", "5.00", 2, "quarterly"),
    ]),
    "learning-growth": ("learn-capacity", "Build staff capacity", [
        ("training-hours", "Training hours per staff member", "hours", "higher", "20.00", "4.00", 1, "quarterly"),
        ("vacancy-rate", "Vacancy rate of posts", "%", "lower", "10.00", "2.00", 2, "semiannual"),
    ]),
}  # fmt: skip

# How many recent periods of each frequency the demonstration fills in.
TREND_PERIODS = {"quarterly": 4, "semiannual": 2, "annual": 2}

# Offices whose shortfall on an indicator was accepted for a time: (office, indicator, days
# from the load date the acceptance ends; negative: already ended).
DEVIATIONS = [("AFG", "tc-delivery", 180), ("SDN", "funds-mobilized", 90), ("BLR", "approval-days", -30)]

PEERS = {
    "peer-a": (
        "Peer entity A",
        {"field-offices": "62", "countries-covered": "150", "common-premises": "55", "structure-tiers": "2"},
    ),
    "peer-b": (
        "Peer entity B",
        {"field-offices": "35", "countries-covered": "120", "common-premises": None, "structure-tiers": "3"},
    ),
    "peer-c": (
        "Peer entity C",
        {"field-offices": "90", "countries-covered": "170", "common-premises": "70", "structure-tiers": "2"},
    ),
}


def _demo_value(target: Decimal, tolerance: Decimal, direction: str, seed: str) -> Decimal | None:
    """A deterministic value around the target: met, near or missed; None now and then."""
    roll = sum(seed.encode()) * 7919 % 100
    if roll < 6:
        return None
    spread = (Decimal(roll) - 55) / 40  # from about -1.2 to +1.1 tolerance-widths past the target
    offset = (tolerance or target / 10) * spread * 2
    return (target + offset if direction == "higher" else target - offset).quantize(Decimal("0.01"))


def load_scorecard(actor: Actor, anchor: datetime.date, offices: dict[str, Office]) -> None:
    from offices.models import Indicator, Measurement, Objective, Perspective
    from offices.scorecard import recent_periods
    from reform_portal.services import save_recorded

    perspectives = {p.code: p for p in Perspective.objects.all()}
    indicators = {}
    for perspective_code, (objective_code, objective_name, specs) in SCORECARD.items():
        objective = save_recorded(
            Objective(
                perspective=perspectives[perspective_code], code=objective_code, name_en=objective_name, is_demo=True
            ),
            actor=actor,
            reason=REASON,
        )
        for code, name, unit, direction, target, tolerance, weight, frequency in specs:
            indicators[code] = save_recorded(
                Indicator(
                    objective=objective, code=code, name_en=name, unit=unit, direction=direction,
                    target=Decimal(target) if target else None, tolerance=Decimal(tolerance), weight=weight,
                    frequency=frequency, target_set_by="Field Reform Steering Committee (demo)",
                    target_set_on=datetime.date(2024, 1, 15), is_public=code in ("tc-delivery", "partner-satisfaction"),
                    is_demo=True,
                ),
                actor=actor,
                reason=REASON,
            )  # fmt: skip
    values = []
    for indicator in indicators.values():
        reference = indicator.target or Decimal(3)
        for period in recent_periods(anchor, indicator.frequency, TREND_PERIODS[indicator.frequency]):
            for code, office in [*offices.items(), ("NETWORK", None)]:
                value = _demo_value(
                    reference, indicator.tolerance, indicator.direction, f"{code}{indicator.code}{period}"
                )
                if value is not None:
                    values.append(
                        Measurement(
                            indicator=indicator, office=office, period=period, value=max(value, Decimal(0)),
                            source="Demonstration data", is_demo=True,
                        )
                    )  # fmt: skip
    services.measurements_record_new(measurements=values, actor=actor, reason=REASON)
    for office_code, indicator_code, days in DEVIATIONS:
        end = anchor + datetime.timedelta(days=days)
        services.accepted_deviation_create(
            indicator=indicators[indicator_code], office=offices[office_code],
            rationale="Temporary shortfall while the post is vacant (demonstration).",
            accepted_by="Field Reform Steering Committee (demo)", start=min(end, anchor) - datetime.timedelta(days=120),
            end=end, is_demo=True, actor=actor, reason=REASON,
        )  # fmt: skip


def load_benchmarks(actor: Actor, anchor: datetime.date) -> None:
    """Fictional peers only: demonstration data never attributes figures to a real organization."""
    from offices.models import BenchmarkMetric, PeerEntity
    from reform_portal.services import save_recorded

    metrics = {metric.code: metric for metric in BenchmarkMetric.objects.all()}
    for code, (name, figures) in PEERS.items():
        peer = save_recorded(
            PeerEntity(code=code, name=name, is_fictional=True, is_demo=True), actor=actor, reason=REASON
        )
        for metric_code, value in figures.items():
            services.data_point_record(
                peer=peer, metric=metrics[metric_code], year=anchor.year - 1,
                value=Decimal(value) if value else None, not_reported=value is None,
                source="Invented for demonstration; no real organization", is_demo=True, actor=actor, reason=REASON,
            )  # fmt: skip
