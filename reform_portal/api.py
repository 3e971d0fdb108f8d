"""Policies of the REST API v1 named in settings: one error shape, role permissions,
pagination and CSV. (Viewset bases and fields are in ``reform_portal.api_views``; this module
must not import DRF's views, which read these settings at import time.)
"""

import csv
import io
from collections.abc import Iterable

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from rest_framework import exceptions, pagination, permissions, renderers, serializers, status
from rest_framework.response import Response

from reform_portal import roles
from reform_portal.services import StaleEditError

INVALID = _("The data sent is not valid; each field listed says why.")
NOT_AUTHENTICATED = _("Log in or send an API token to do this.")
FORBIDDEN = _("Your role does not allow this.")
NOT_FOUND = _("There is no such record, or it is not public.")
PRECONDITION_REQUIRED = _("Send the record's ETag in an If-Match header to change it.")
STALE = _("The record changed since you read it; nothing was saved.")
SERVER_ERROR = _("Something went wrong on our side; nothing was saved. Please try again later.")


class PreconditionFailed(exceptions.APIException):
    status_code = status.HTTP_412_PRECONDITION_FAILED
    default_detail = STALE
    default_code = "stale"


class PreconditionRequired(exceptions.APIException):
    status_code = status.HTTP_428_PRECONDITION_REQUIRED
    default_detail = PRECONDITION_REQUIRED
    default_code = "precondition_required"


def _field_errors(detail) -> dict[str, list[str]]:
    if isinstance(detail, dict):
        return {
            # Django names errors of the whole record "__all__"; DRF "non_field_errors".
            ("non_field_errors" if field == "__all__" else field): [str(message) for message in _flatten(messages)]
            for field, messages in detail.items()
        }
    return {"non_field_errors": [str(message) for message in _flatten(detail)]}


def _flatten(messages) -> Iterable:
    if isinstance(messages, dict):
        for value in messages.values():
            yield from _flatten(value)
    elif isinstance(messages, list | tuple):
        for value in messages:
            yield from _flatten(value)
    else:
        yield messages


def _error(status_code: int, code: str, message, fields: dict | None = None, headers: dict | None = None) -> Response:
    body = {"error": {"status": status_code, "code": code, "message": str(message), "fields": fields or {}}}
    return Response(body, status=status_code, headers=headers)


def exception_handler(exc, context) -> Response | None:
    """Turn every refusal into ``{"error": {status, code, message, fields}}``."""
    from rest_framework.views import set_rollback

    if isinstance(exc, DjangoValidationError):
        detail = exc.message_dict if hasattr(exc, "error_dict") else exc.messages
        exc = exceptions.ValidationError(detail)
    elif isinstance(exc, StaleEditError):
        set_rollback()
        return _error(412, "stale", exc.message)
    elif isinstance(exc, Http404):
        exc = exceptions.NotFound(NOT_FOUND)
    elif isinstance(exc, DjangoPermissionDenied):
        exc = exceptions.PermissionDenied(FORBIDDEN)
    if not isinstance(exc, exceptions.APIException):
        return None
    set_rollback()
    headers = {"WWW-Authenticate": exc.auth_header} if getattr(exc, "auth_header", None) else None
    if isinstance(exc, exceptions.ValidationError):
        return _error(400, "invalid", INVALID, _field_errors(exc.detail))
    messages = {
        exceptions.NotAuthenticated: NOT_AUTHENTICATED,
        exceptions.AuthenticationFailed: NOT_AUTHENTICATED,
        exceptions.PermissionDenied: FORBIDDEN,
    }
    # Our own wording replaces DRF's default messages; a specific message is kept.
    default = str(exc.default_detail) == str(exc.detail)
    message = next((text for kind, text in messages.items() if isinstance(exc, kind) and default), exc.detail)
    code = exc.get_codes() if isinstance(exc.get_codes(), str) else exc.default_code
    return _error(exc.status_code, code, message, headers=headers)


class ErrorSerializer(serializers.Serializer):
    """The body of every refusal (documented for each error status of the schema)."""

    class Detail(serializers.Serializer):
        status = serializers.IntegerField()
        code = serializers.CharField()
        message = serializers.CharField()
        fields = serializers.DictField(child=serializers.ListField(child=serializers.CharField()))

    error = Detail()


class RolePermission(permissions.BasePermission):
    """Reading: internal data for staff roles, public views for everyone. Writing: administrators
    everywhere, focal points only on views that allow it and only for their own offices."""

    def has_permission(self, request, view) -> bool:
        if request.method in permissions.SAFE_METHODS:
            if getattr(view, "public", False) or roles.can_read_internal(request.user):
                return True
            if not request.user.is_authenticated:
                raise exceptions.NotAuthenticated()
            return False
        if not request.user.is_authenticated:
            raise exceptions.NotAuthenticated()
        if roles.is_administrator(request.user):
            return True
        # A focal point may change records of their own offices (the view checks which office),
        # create them only where the view allows it, and never delete.
        methods = ("PUT", "PATCH", "POST") if getattr(view, "focal_point_can_create", False) else ("PUT", "PATCH")
        return bool(
            request.method in methods
            and getattr(view, "focal_point_writable", False)
            and roles.focal_office_ids(request.user)
        )

    def has_object_permission(self, request, view, obj) -> bool:
        if request.method in permissions.SAFE_METHODS or roles.is_administrator(request.user):
            return True
        return view.office_id_of(obj) in roles.focal_office_ids(request.user)


class Pagination(pagination.PageNumberPagination):
    """Pages with the total count; ``page_size`` up to 500."""

    page_size_query_param = "page_size"
    max_page_size = 500


class CSVRenderer(renderers.BaseRenderer):
    """Any list as CSV (``?format=csv``): nested objects become their display name."""

    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None) -> bytes:
        if isinstance(data, dict) and "error" in data:
            rows = [{"error": data["error"]["message"]}]
        else:
            rows = data.get("results", data) if isinstance(data, dict) else data
            rows = [rows] if isinstance(rows, dict) else list(rows or [])
        buffer = io.StringIO()
        columns = list(rows[0].keys()) if rows else []
        writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({key: self._cell(value) for key, value in row.items()})
        return ("\ufeff" + buffer.getvalue()).encode(self.charset)  # BOM: spreadsheets read UTF-8

    @staticmethod
    def _cell(value) -> str:
        if isinstance(value, dict):
            if "display" in value or "code" in value:
                return str(value.get("display") or value.get("code"))
            return " ".join(f"{key}={CSVRenderer._cell(item)}" for key, item in value.items())
        if isinstance(value, list):
            return "; ".join(CSVRenderer._cell(item) for item in value)
        return "" if value is None else str(value)


def _is_api(request) -> bool:
    return request.path.startswith("/api/")


def not_found(request, exception=None):
    """handler404: the API's error shape under /api/, Django's page elsewhere."""
    from django.http import JsonResponse
    from django.views.defaults import page_not_found

    if _is_api(request):
        return JsonResponse(
            {"error": {"status": 404, "code": "not_found", "message": str(NOT_FOUND), "fields": {}}}, status=404
        )
    return page_not_found(request, exception)


def server_error(request):
    """handler500: the API's error shape under /api/, Django's page elsewhere."""
    from django.http import JsonResponse
    from django.views.defaults import server_error as default_server_error

    if _is_api(request):
        body = {"status": 500, "code": "server_error", "message": str(SERVER_ERROR), "fields": {}}
        return JsonResponse({"error": body}, status=500)
    return default_server_error(request)
