"""The cache of the public briefing pages, cleared whenever what they show changes.

Anonymous visitors get a page (or CSV) rendered once per content version, language and
path. A change to any record the pages read (texts, sessions and materials, milestones,
phases, principles, offices and their coverage, placements, transitions, regions, countries,
structures) moves the content version on, so the next visitor sees it at once: the old
entries are simply never asked for again and expire. Signals suit this concern, which the
services need not know about. With several server processes the cache must be shared
(REDIS_URL) for a change to reach them all at once; a per-process cache still expires
its entries after ``PAGE_SECONDS``.
"""

import hashlib
import uuid
from functools import wraps

from django.apps import apps
from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse, HttpResponseNotModified
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language

VERSION_KEY = "briefing:content-version"
PAGE_SECONDS = 600

WATCHED = (
    "roadmap.BriefingText",
    "roadmap.BriefingSession",
    "roadmap.BriefingMaterial",
    "roadmap.Milestone",
    "roadmap.Phase",
    "roadmap.GuidingPrinciple",
    "offices.Office",
    "offices.OfficePlacement",
    "offices.OfficeTransition",
    "offices.Coverage",
    "offices.Region",
    "offices.Country",
    "offices.Structure",
    "offices.OfficeType",
)
KEPT_HEADERS = ("Content-Type", "Content-Disposition", "Content-Language")


def content_version() -> str:
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, uuid.uuid4().hex, None)
        version = cache.get(VERSION_KEY, "")
    return version


def content_changed(**kwargs) -> None:
    """Move the content version on: every cached briefing page is out of date."""
    cache.set(VERSION_KEY, uuid.uuid4().hex, None)


def connect_signals() -> None:
    """Called from RoadmapConfig.ready()."""
    for label in WATCHED:
        model = apps.get_model(label)
        uid = f"briefing-cache:{label}"
        post_save.connect(content_changed, sender=model, dispatch_uid=f"{uid}:save", weak=False)
        post_delete.connect(content_changed, sender=model, dispatch_uid=f"{uid}:delete", weak=False)
        for field in model._meta.many_to_many:
            m2m_changed.connect(
                content_changed, sender=field.remote_field.through, dispatch_uid=f"{uid}:{field.name}", weak=False
            )


def _key(request) -> str:
    path = hashlib.sha256(request.path.encode()).hexdigest()[:32]
    return f"briefing:page:{content_version()}:{get_language()}:{path}"


def _response(entry: dict, request) -> HttpResponse:
    if request.headers.get("If-None-Match") == entry["etag"]:
        response = HttpResponseNotModified()
    else:
        response = HttpResponse(entry["content"])
        for name, value in entry["headers"].items():
            response[name] = value
    response["ETag"] = entry["etag"]
    # Browsers and proxies revalidate every time: a published change shows at once.
    patch_cache_control(response, public=True, max_age=0, must_revalidate=True)
    return response


def cached_page(view):
    """Serve anonymous GETs of ``view`` from the cache; signed-in users (whose pages carry
    their own navigation) always get a fresh page. Only complete pages are kept."""

    @wraps(view)
    def serve(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD") or request.user.is_authenticated:
            return view(request, *args, **kwargs)
        key = _key(request)
        entry = cache.get(key)
        if entry is None:
            response = view(request, *args, **kwargs)
            if response.status_code != 200 or response.streaming:
                return response
            if hasattr(response, "render"):
                response.render()
            entry = {
                "content": response.content,
                "headers": {name: response[name] for name in KEPT_HEADERS if response.has_header(name)},
                "etag": f'"{hashlib.sha256(response.content).hexdigest()[:32]}"',
            }
            cache.set(key, entry, PAGE_SECONDS)
        return _response(entry, request)

    return serve
