"""Building blocks of the API's viewsets: brief nested objects, write-through-services,
optimistic locking with ETag / If-Match, CSV of whole lists, and object history.
"""

from django.conf import settings
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from drf_spectacular.extensions import OpenApiSerializerFieldExtension
from drf_spectacular.plumbing import build_basic_type, build_object_type
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema
from rest_framework import exceptions, serializers, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response
from rest_framework.reverse import reverse
from simple_history.utils import get_m2m_reverse_field_name

from reform_portal import roles
from reform_portal.api import PreconditionFailed, PreconditionRequired
from reform_portal.services import delete_recorded


class BriefRelatedField(serializers.PrimaryKeyRelatedField):
    """Written as an id; read as ``{id, url, display, code}`` so a client needs no extra request."""

    def __init__(self, *, view_name: str, code_field: str | None = None, **kwargs):
        self.view_name = view_name
        self.code_field = code_field
        super().__init__(**kwargs)

    def use_pk_only_optimization(self) -> bool:
        return False

    def to_representation(self, value) -> dict:
        return brief(value, self.view_name, self.code_field, self.context.get("request"))


def brief(obj, view_name: str, code_field: str | None, request) -> dict:
    return {
        "id": obj.pk,
        "url": reverse(view_name, args=[obj.pk], request=request),
        "display": str(obj),
        "code": str(getattr(obj, code_field)) if code_field else None,
    }


BRIEF_SCHEMA = build_object_type(
    properties={
        "id": build_basic_type(OpenApiTypes.INT),
        "url": build_basic_type(OpenApiTypes.URI),
        "display": build_basic_type(OpenApiTypes.STR),
        "code": {**build_basic_type(OpenApiTypes.STR), "nullable": True},
    },
    required=["id", "url", "display", "code"],
)


NULLABLE_BRIEF_SCHEMA = {**BRIEF_SCHEMA, "nullable": True}


class BriefRelatedFieldExtension(OpenApiSerializerFieldExtension):
    """Documents BriefRelatedField: an integer in requests, a brief object in responses."""

    target_class = BriefRelatedField
    match_subclasses = True

    def map_serializer_field(self, auto_schema, direction):
        field = self.target
        schema = build_basic_type(OpenApiTypes.INT) if direction == "request" else dict(BRIEF_SCHEMA)
        return {**schema, "nullable": True} if field.allow_null else schema


class PublicAwareSerializer(serializers.HyperlinkedModelSerializer):
    """Leaves out ``Meta.internal_fields`` for readers who may only see public data."""

    def to_representation(self, instance) -> dict:
        data = super().to_representation(instance)
        request = self.context.get("request")
        if request is not None and not roles.can_read_internal(request.user):
            for name in getattr(self.Meta, "internal_fields", ()):
                data.pop(name, None)
        return data


class ReasonedSerializer(PublicAwareSerializer):
    """A writable resource: the client may say why it makes the change."""

    change_reason = serializers.CharField(
        write_only=True, required=False, max_length=200, help_text=_("Why the change is made; kept in the history.")
    )


class BriefSerializer(serializers.Serializer):
    """``{id, url, display, code}`` of any record, for ``?brief=1`` lists."""

    id = serializers.IntegerField(source="pk")
    url = serializers.SerializerMethodField()
    display = serializers.SerializerMethodField()
    code = serializers.SerializerMethodField()

    def __init__(self, *args, view_name: str = "", code_field: str | None = None, **kwargs):
        self.view_name, self.code_field = view_name, code_field
        super().__init__(*args, **kwargs)

    def get_url(self, obj) -> str:
        return reverse(self.view_name, args=[obj.pk], request=self.context.get("request"))

    def get_display(self, obj) -> str:
        return str(obj)

    def get_code(self, obj) -> str | None:
        return str(getattr(obj, self.code_field)) if self.code_field else None


class HistoryEntrySerializer(serializers.Serializer):
    """One change of a record: who, when, why, and each field from → to."""

    class Change(serializers.Serializer):
        field = serializers.CharField()
        old = serializers.JSONField(allow_null=True)
        new = serializers.JSONField(allow_null=True)

    id = serializers.IntegerField()
    date = serializers.DateTimeField()
    user = serializers.CharField(allow_null=True)
    reason = serializers.CharField(allow_null=True)
    type = serializers.ChoiceField(choices=["created", "changed", "deleted"])
    changes = Change(many=True)


HISTORY_TYPES = {"+": "created", "~": "changed", "-": "deleted"}


def _plain(model, field: str, value):
    """A JSON value for a history change: links become the sorted ids of the linked records."""
    if isinstance(value, list):
        target = get_m2m_reverse_field_name(model._meta.get_field(field))
        return sorted(row[target] for row in value)
    return value if value is None or isinstance(value, bool | int | float | str) else str(value)


def history_entries(instance) -> list[dict]:
    """The history of ``instance``, oldest first, each entry with its field changes."""
    model = type(instance)
    records = list(instance.history.select_related("history_user").order_by("history_date", "history_id"))
    entries, previous = [], None
    for record in records:
        changes = []
        if previous is not None:
            delta = record.diff_against(previous, foreign_keys_are_objs=False)
            changes = [
                {"field": c.field, "old": _plain(model, c.field, c.old), "new": _plain(model, c.field, c.new)}
                for c in delta.changes
            ]
        entries.append(
            {
                "id": record.history_id,
                "date": record.history_date,
                "user": record.history_user.get_username() if record.history_user else None,
                "reason": record.history_change_reason,
                "type": HISTORY_TYPES[record.history_type],
                "changes": changes,
            }
        )
        previous = record
    return entries


API_REASON = "Changed through the API"
TRUE = {"1", "true", "yes"}


def etag(obj) -> str:
    return f'"{obj.pk}.{obj.version}"'


def expected_version(request, obj) -> int:
    """The version the client last read, from ``If-Match``; refuse a missing or foreign tag."""
    header = request.headers.get("If-Match", "").strip()
    if not header:
        raise PreconditionRequired()
    pk, _dot, version = header.strip('"').removeprefix("W/").strip('"').partition(".")
    if pk != str(obj.pk) or not version.isdigit():
        raise PreconditionFailed()
    return int(version)


class ReformViewSet(viewsets.ModelViewSet):
    """Reads through a selector and the app's FilterSet; writes through the services.

    Subclasses set ``selector`` (the queryset of every read), ``filterset_class``, the
    serializer, and for writable resources ``create_record`` / ``update_record``. Records
    are addressed by id or by ``natural_key``.
    """

    selector = None
    filterset_class = None
    public = False  # anonymous and member-state readers may read (public rows only)
    focal_point_writable = False
    natural_key = None
    brief_code_field = None
    versioned = False
    http_method_names = ["get", "post", "put", "patch", "delete", "head", "options"]
    # Any path segment reaches get_object, so every unknown record is a JSON 404.
    lookup_value_regex = "[^/]+"

    # Reads ---------------------------------------------------------------------------
    def get_queryset(self):
        queryset = type(self).selector()
        if not roles.can_read_internal(self.request.user):
            queryset = self.public_rows(queryset)
        return queryset

    def public_rows(self, queryset):
        return queryset

    def get_object(self):
        value = self.kwargs[self.lookup_url_kwarg or self.lookup_field]
        if value.isascii() and value.isdigit() and len(value) < 19:
            lookup = {"pk": int(value)}
        elif self.natural_key:
            lookup = {self.natural_key: value}
        else:
            raise Http404
        obj = get_object_or_404(self.get_queryset(), **lookup)
        self.check_object_permissions(self.request, obj)
        self.record = obj
        return obj

    def office_id_of(self, obj) -> int:
        return obj.pk

    @property
    def brief_requested(self) -> bool:
        return self.action == "list" and self.request.query_params.get("brief", "").lower() in TRUE

    def get_serializer(self, *args, **kwargs):
        if self.brief_requested:
            kwargs.setdefault("context", self.get_serializer_context())
            return BriefSerializer(*args, view_name=self.detail_view_name, code_field=self.brief_code_field, **kwargs)
        return super().get_serializer(*args, **kwargs)

    @property
    def detail_view_name(self) -> str:
        return f"api:{self.basename}-detail"

    def paginate_queryset(self, queryset):
        renderer = getattr(self.request, "accepted_renderer", None)
        if renderer is not None and renderer.format == "csv":
            return None  # a download holds every row the filters select
        return super().paginate_queryset(queryset)

    # Writes --------------------------------------------------------------------------
    # Texts kept in six languages (titles, descriptions) are written in English, the
    # fallback language, whatever the request's language; the translations are edited in
    # the administration. Responses are read in the request's language.
    def create_record(self, data: dict, *, actor, reason: str):
        raise exceptions.MethodNotAllowed(self.request.method)

    def update_record(self, instance, changes: dict, *, actor, reason: str, version: int | None):
        raise exceptions.MethodNotAllowed(self.request.method)

    def perform_create(self, serializer) -> None:
        reason = serializer.validated_data.pop("change_reason", API_REASON)
        with translation.override(settings.MODELTRANSLATION_DEFAULT_LANGUAGE):
            record = self.create_record(dict(serializer.validated_data), actor=self.request.user, reason=reason)
        serializer.instance = self.record = record

    def perform_update(self, serializer) -> None:
        instance = serializer.instance
        version = expected_version(self.request, instance) if self.versioned else None
        reason = serializer.validated_data.pop("change_reason", API_REASON)
        with translation.override(settings.MODELTRANSLATION_DEFAULT_LANGUAGE):
            record = self.update_record(
                instance, dict(serializer.validated_data), actor=self.request.user, reason=reason, version=version
            )
        serializer.instance = self.record = record

    def perform_destroy(self, instance) -> None:
        delete_recorded(instance, actor=self.request.user, reason=API_REASON)

    def finalize_response(self, request, response, *args, **kwargs):
        record = getattr(self, "record", None)
        if self.versioned and record is not None and response.status_code in (200, 201):
            response["ETag"] = etag(record)
        return super().finalize_response(request, response, *args, **kwargs)

    @extend_schema(responses=HistoryEntrySerializer(many=True), filters=False)
    @action(detail=True, methods=["get"], filterset_class=None, pagination_class=None)
    def history(self, request, *args, **kwargs) -> Response:
        """Every change of this record: who, when, why, and each field from → to."""
        if not roles.can_read_internal(request.user):
            raise exceptions.PermissionDenied() if request.user.is_authenticated else exceptions.NotAuthenticated()
        entries = history_entries(self.get_object())
        return Response(HistoryEntrySerializer(entries, many=True).data)


class ReadOnlyReformViewSet(ReformViewSet):
    http_method_names = ["get", "head", "options"]
