"""What every staff page shares: the role check, paging and htmx fragments."""

from django.contrib.auth.mixins import LoginRequiredMixin, UserPassesTestMixin
from django.core.paginator import Page, Paginator
from django.shortcuts import render
from django.utils.cache import patch_vary_headers

from reform_portal.roles import can_read_internal

PAGE_SIZE = 25


class StaffPageMixin(LoginRequiredMixin, UserPassesTestMixin):
    """Anonymous visitors go to the login page; signed-in users without a staff role get 403."""

    def test_func(self) -> bool:
        return can_read_internal(self.request.user)


def wants_fragment(request) -> bool:
    """An htmx request for part of a page (a history restore needs the whole page)."""
    htmx = getattr(request, "htmx", None)
    return bool(htmx) and not htmx.history_restore_request


def render_page(request, template: str, fragment: str, context: dict):
    """The whole page, or only ``fragment`` when htmx asks for the part it updates."""
    response = render(request, fragment if wants_fragment(request) else template, context)
    patch_vary_headers(response, ("HX-Request",))
    return response


def paginate(request, items, per_page: int = PAGE_SIZE) -> Page:
    return Paginator(items, per_page).get_page(request.GET.get("page"))
