"""The OpenAPI schema of API v1 (drf-spectacular), documenting what the generic views do.

Imported by DRF while it loads its settings: it must not import reform_portal.api_views at
module level.
"""

from django.utils.translation import gettext_lazy as _
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.plumbing import force_instance, is_serializer
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, PolymorphicProxySerializer
from rest_framework import serializers

from reform_portal.api import ErrorSerializer


class ReformAutoSchema(AutoSchema):
    """Documents the refusals of every operation (one error shape), the ``brief`` lists,
    the ``If-Match`` precondition and the fields public readers do not receive."""

    def _is_reform_view(self) -> bool:
        from reform_portal.api_views import ReformViewSet

        return isinstance(self.view, ReformViewSet)

    def _is_reform_list(self) -> bool:
        return self._is_reform_view() and getattr(self.view, "action", None) == "list"

    def _error_codes(self) -> list[int]:
        codes = [401, 403, 406]
        if self.method != "GET" or self._is_list_view():
            codes.append(400)
        if "{" in self.path or self._is_list_view():
            codes.append(404)  # no such record, or no such page
        if self.method in ("PUT", "PATCH") and getattr(self.view, "versioned", False):
            codes += [412, 428]
        if self.method == "DELETE":
            codes.append(409)
        return codes

    def _get_response_bodies(self, direction="response"):
        responses = super()._get_response_bodies(direction)
        for code in self._error_codes():
            responses.setdefault(
                str(code), self._get_response_for_code(ErrorSerializer, str(code), direction=direction)
            )
        return responses

    def get_response_serializers(self):
        serializer = super().get_response_serializers()
        if self._is_reform_list() and is_serializer(serializer):
            from reform_portal.api_views import BriefSerializer

            full = force_instance(serializer)
            full = full.child if isinstance(full, serializers.ListSerializer) else full
            return PolymorphicProxySerializer(
                component_name=f"{type(full).__name__.removesuffix('Serializer')}OrBrief",
                serializers=[type(full), BriefSerializer],
                resource_type_field_name=None,
                many=True,
            )
        return serializer

    def get_override_parameters(self):
        parameters = list(super().get_override_parameters())
        if self._is_reform_list():
            parameters.append(
                OpenApiParameter(
                    "brief", OpenApiTypes.BOOL, description=str(_("Return {id, url, display, code} only."))
                )
            )
        if self.method in ("PUT", "PATCH") and getattr(self.view, "versioned", False):
            parameters.append(
                OpenApiParameter(
                    "If-Match",
                    OpenApiTypes.STR,
                    OpenApiParameter.HEADER,
                    required=True,
                    description=str(_("The ETag of the record as last read; a stale one is refused with 412.")),
                )
            )
        return parameters

    def _map_basic_serializer(self, serializer, direction):
        schema = super()._map_basic_serializer(serializer, direction)
        internal = set(getattr(getattr(serializer, "Meta", None), "internal_fields", ()))
        if direction == "response" and internal and "required" in schema:
            schema["required"] = [name for name in schema["required"] if name not in internal]
        return schema
