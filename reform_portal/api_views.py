"""Building blocks of the API's viewsets: brief nested objects, write-through-services,
optimistic locking with ETag / If-Match, CSV of whole lists, and object history.
"""

from drf_spectacular.extensions import OpenApiSerializerFieldExtension
from drf_spectacular.plumbing import build_basic_type, build_object_type
from drf_spectacular.types import OpenApiTypes
from rest_framework import serializers


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
    from rest_framework.reverse import reverse

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


class BriefRelatedFieldExtension(OpenApiSerializerFieldExtension):
    """Documents BriefRelatedField: an integer in requests, a brief object in responses."""

    target_class = BriefRelatedField
    match_subclasses = True

    def map_serializer_field(self, auto_schema, direction):
        if direction == "request":
            return build_basic_type(OpenApiTypes.INT)
        return BRIEF_SCHEMA
