"""Reads of the public briefing pages: only what member states may see, in the page's language.

Every read here is public by construction: published texts and sessions, public milestones
and materials, offices with their type, status and coverage. People, posts, vacancies,
interim arrangements, recommendations, transition notes and anything unpublished are never
queried, so they cannot leak into a page or its CSV. Content not yet written in the page's
language falls back to English, marked so that the page can say so.
"""

from dataclasses import dataclass

from django.db.models import Count, Prefetch, Q
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from modeltranslation.utils import build_localized_fieldname

from offices.models import Country, Coverage, Office, OfficePlacement, OfficeTransition, Region, Structure
from offices.selectors import open_coverage_filter, planned_coverage_filter
from roadmap.models import BriefingMaterial, BriefingSession, BriefingText, GuidingPrinciple, Milestone, Phase

FALLBACK_LANGUAGE = "en"
TRANSITION_ORDER = (OfficeTransition.Status.DONE, OfficeTransition.Status.IN_PROGRESS, OfficeTransition.Status.PLANNED)


@dataclass(frozen=True)
class Localized:
    """A text in the page's language, or in English (``fallback``) while not written in it."""

    text: str
    lang: str
    fallback: bool = False

    def __str__(self) -> str:
        return self.text

    def __bool__(self) -> bool:
        return bool(self.text)

    @property
    def attrs(self) -> str:
        """HTML attributes marking an English fallback, so that it is read and laid out as
        English text (left to right) inside a page in another language."""
        return mark_safe(f' lang="{self.lang}" dir="ltr"') if self.fallback else ""


def localized(record, field: str) -> Localized:
    """``record.field`` in the active language, falling back to English."""
    language = get_language() or FALLBACK_LANGUAGE
    text = getattr(record, build_localized_fieldname(field, language), None)
    if text:
        return Localized(text, language)
    english = getattr(record, build_localized_fieldname(field, FALLBACK_LANGUAGE), None) or ""
    return Localized(english, FALLBACK_LANGUAGE, fallback=language != FALLBACK_LANGUAGE)


def any_fallback(*values) -> bool:
    """Whether any Localized among ``values`` (or inside lists or dicts of them) is in English
    for want of a translation: the block holding them then shows the notice."""
    for value in values:
        if isinstance(value, Localized) and value.fallback:
            return True
        if isinstance(value, dict) and any_fallback(*value.values()):
            return True
        if isinstance(value, list | tuple) and any_fallback(*value):
            return True
    return False


# --- Texts ---------------------------------------------------------------------------------


def published_texts(page: str, region: Region | None = None) -> list[dict]:
    """The published copy of the texts of ``page`` (for a region page: the texts of every region
    page and those of ``region``), in order. Drafts and texts in review never show; a text
    being revised shows its last published copy."""
    texts = BriefingText.objects.filter(page=page, published_at__isnull=False)
    if page == BriefingText.Page.REGION:
        texts = texts.filter(Q(region__isnull=True) | Q(region=region))
    else:
        texts = texts.filter(region__isnull=True)
    blocks = []
    for text in texts.order_by("order", "code"):
        title, body = localized(text, "published_title"), localized(text, "published_body")
        blocks.append(
            {
                "code": text.code,
                "title": title,
                "body": body,
                "paragraphs": [part.strip() for part in body.text.split("\n\n") if part.strip()],
                "fallback": any_fallback(title, body),
                "is_demo": text.is_demo,
            }
        )
    return blocks


# --- Overview --------------------------------------------------------------------------------


def principles() -> list[dict]:
    return [
        {"letter": p.letter, "title": localized(p, "title"), "description": localized(p, "description")}
        for p in GuidingPrinciple.objects.order_by("letter")
    ]


def structures() -> list[dict]:
    """The structure of today and the one planned, each tier with its office type and the
    number of offices placed in it: the diagram of three tiers becoming two."""
    counts = {
        (row["structure_id"], row["office_type_id"]): row["n"]
        for row in OfficePlacement.objects.values("structure_id", "office_type_id").annotate(n=Count("id"))
    }
    shown = Structure.objects.exclude(status=Structure.Status.RETIRED).prefetch_related("office_types")
    return [
        {
            "code": structure.code,
            "name": localized(structure, "name"),
            "planned": structure.status == Structure.Status.PLANNED,
            "tiers": structure.tiers,
            "types": [
                {
                    "code": office_type.code,
                    "level": office_type.level,
                    "name": localized(office_type, "name"),
                    "offices": counts.get((structure.pk, office_type.pk), 0),
                }
                for office_type in sorted(structure.office_types.all(), key=lambda t: (t.level, t.code))
            ],
        }
        for structure in shown.order_by("order", "code")
    ]


def network_figures() -> dict:
    """Offices and covered countries, overall and by region; regions in the page's language."""
    covered = Coverage.objects.filter(open_coverage_filter())
    offices_by_region = dict(Office.objects.values_list("region_id").annotate(n=Count("id")))
    covered_by_region = dict(
        covered.values_list("office__region_id").annotate(n=Count("country", distinct=True)),
    )
    regions = [
        {
            "code": region.code,
            "name": localized(region, "name"),
            "offices": offices_by_region.get(region.pk, 0),
            "covered_countries": covered_by_region.get(region.pk, 0),
        }
        for region in Region.objects.order_by("order", "code")
    ]
    return {
        "offices": sum(offices_by_region.values()),
        "covered_countries": covered.values("country").distinct().count(),
        "regions": regions,
    }


def transition_progress() -> dict:
    """How many offices have moved to their two-tier type, are moving, or will."""
    counts = dict(OfficeTransition.objects.values_list("status").annotate(n=Count("id")))
    total = sum(counts.values())
    done = counts.get(OfficeTransition.Status.DONE, 0)
    return {
        "statuses": [
            {
                "code": status.value,
                "label": status.label,
                "offices": counts.get(status.value, 0),
                "percent": round(100 * counts.get(status.value, 0) / total, 1) if total else 0,
            }
            for status in TRANSITION_ORDER
        ],
        "total": total,
        "done": done,
        "percent_done": round(100 * done / total) if total else 0,
    }


def public_roadmap() -> dict:
    """The phases (with their parts) and, under each phase, its public milestones: title and
    status only, as ``Milestone.is_public`` allows."""
    phases = list(Phase.objects.filter(parent__isnull=True).prefetch_related("parts").order_by("order", "code"))
    milestones = Milestone.objects.filter(is_public=True).select_related("phase").order_by("planned_start", "code")
    by_phase: dict[int, list[dict]] = {phase.pk: [] for phase in phases}
    for milestone in milestones:
        top = milestone.phase.parent_id or milestone.phase_id
        by_phase.setdefault(top, []).append(
            {
                "title": localized(milestone, "title"),
                "status": milestone.status,
                "status_label": milestone.get_status_display(),
                "is_demo": milestone.is_demo,
            }
        )
    rows = [
        {
            "number": phase.number,
            "name": localized(phase, "name"),
            "description": localized(phase, "description"),
            "parts": [localized(part, "name") for part in sorted(phase.parts.all(), key=lambda p: p.number)],
            "milestones": by_phase[phase.pk],
        }
        for phase in phases
    ]
    public = [m for phase in rows for m in phase["milestones"]]
    completed = sum(m["status"] == Milestone.Status.COMPLETED for m in public)
    return {
        "phases": rows,
        "milestones": len(public),
        "completed": completed,
        "percent_completed": round(100 * completed / len(public)) if public else 0,
        "fallback": any_fallback(rows),
    }


def briefing_overview() -> dict:
    figures = network_figures()
    listed = principles()
    return {
        "texts": published_texts(BriefingText.Page.OVERVIEW),
        "principles": listed,
        "principles_fallback": any_fallback(listed),
        "figures": figures,
        "structures": structures(),
        "transitions": transition_progress(),
        "roadmap": public_roadmap(),
    }


# --- Regions and countries ---------------------------------------------------------------------


def _type_by_structure(office: Office) -> dict[str, Localized]:
    return {
        placement.structure.status: localized(placement.office_type, "name") for placement in office.placements.all()
    }


def _transition(office: Office) -> dict | None:
    transition = getattr(office, "transition", None)
    if transition is None:
        return None
    return {
        "status": transition.status,
        "label": transition.get_status_display(),
        "date": transition.actual_date or transition.planned_date,
    }


def _public_office(office: Office) -> dict:
    """What a member state may read about an office (no people, posts or notes)."""
    types = _type_by_structure(office)
    return {
        "code": office.code,
        "name": office.name,
        "city": office.city,
        "host_country": office.host_country,
        "region": office.region,
        "region_name": localized(office.region, "name"),
        "status": office.status,
        "status_label": office.get_status_display(),
        "type_before": types.get(Structure.Status.CURRENT),
        "type_after": types.get(Structure.Status.PLANNED),
        "transition": _transition(office),
        "latitude": office.latitude,
        "longitude": office.longitude,
        "is_demo": office.is_demo,
    }


def _public_offices():
    placements = OfficePlacement.objects.select_related("structure", "office_type")
    return Office.objects.select_related("host_country", "region", "transition").prefetch_related(
        Prefetch("placements", queryset=placements)
    )


def _by_country_name(coverages: list[Coverage]) -> list[Country]:
    return sorted((coverage.country for coverage in coverages), key=lambda country: str(country.name))


def briefing_region(code: str) -> dict:
    """A region's offices, their type before and after, and the countries each covers today and
    once the planned changes apply (404 for an unknown region)."""
    region = get_object_or_404(Region, code=code.upper())
    with_country = Coverage.objects.select_related("country")
    offices = (
        _public_offices()
        .filter(region=region)
        .prefetch_related(
            Prefetch("coverages", queryset=with_country.filter(open_coverage_filter()), to_attr="covered_now"),
            Prefetch("coverages", queryset=with_country.filter(planned_coverage_filter()), to_attr="covered_after"),
        )
        .order_by("code")
    )
    rows = [
        {
            **_public_office(office),
            "countries_now": _by_country_name(office.covered_now),
            "countries_after": _by_country_name(office.covered_after),
        }
        for office in offices
    ]
    return {
        "region": region,
        "region_name": localized(region, "name"),
        "regions": [{"code": r.code, "name": localized(r, "name")} for r in Region.objects.order_by("order", "code")],
        "texts": published_texts(BriefingText.Page.REGION, region),
        "offices": rows,
        "types_fallback": any_fallback([(row["type_before"], row["type_after"]) for row in rows]),
    }


def briefing_country(iso3: str) -> dict:
    """The office covering a country today and the one that will once the planned changes
    apply, with their type, status and region (404 for an unknown country)."""
    country = get_object_or_404(Country, iso3=iso3.upper())
    coverages = Coverage.objects.filter(country=country).filter(open_coverage_filter() | planned_coverage_filter())
    offices = {office.pk: office for office in _public_offices().filter(coverages__in=coverages).distinct()}
    today, now, after = timezone.localdate(), None, None
    for coverage in coverages.order_by("valid_from"):
        office = _public_office(offices[coverage.office_id])
        if coverage.valid_from <= today and (coverage.valid_to is None or coverage.valid_to > today):
            now = {**office, "since": coverage.valid_from, "until": coverage.valid_to}
        if coverage.valid_to is None:
            after = {**office, "since": coverage.valid_from, "future": coverage.valid_from > today}
    return {
        "country": country,
        "now": now,
        "after": after,
        "changes": bool(now and after and now["code"] != after["code"]),
        "texts": published_texts(BriefingText.Page.COUNTRY),
        "types_fallback": any_fallback([(o["type_before"], o["type_after"]) for o in (now, after) if o]),
    }


# --- Sessions ----------------------------------------------------------------------------------


def _public_session(session: BriefingSession) -> dict:
    materials = [
        {"kind": m.get_kind_display(), "title": localized(m, "title"), "url": m.url, "is_demo": m.is_demo}
        for m in session.public_materials
    ]
    return {
        "title": localized(session, "title"),
        "summary": localized(session, "summary"),
        "scope": session.scope,
        "scope_label": session.get_scope_display(),
        "region": session.region,
        "region_name": localized(session.region, "name") if session.region else None,
        "date": session.date,
        "format_label": session.get_format_display(),
        "status": session.status,
        "status_label": session.get_status_display(),
        "materials": materials,
        "is_demo": session.is_demo,
    }


def briefing_sessions() -> dict:
    """Published sessions: those planned (soonest first) and those held (latest first), each
    with its summary and its public materials."""
    public_materials = BriefingMaterial.objects.filter(is_public=True).order_by("order", "id")
    sessions = [
        _public_session(session)
        for session in BriefingSession.objects.filter(is_published=True)
        .select_related("region")
        .prefetch_related(Prefetch("materials", queryset=public_materials, to_attr="public_materials"))
        .order_by("date", "id")
    ]
    planned = [s for s in sessions if s["status"] == BriefingSession.Status.PLANNED]
    held = [s for s in reversed(sessions) if s["status"] == BriefingSession.Status.HELD]
    return {
        "texts": published_texts(BriefingText.Page.SESSIONS),
        "planned": planned,
        "held": held,
        "planned_fallback": any_fallback([[s["title"], s["summary"], s["materials"]] for s in planned]),
        "held_fallback": any_fallback([[s["title"], s["summary"], s["materials"]] for s in held]),
    }
