"""Who may do what in the administration, from the roles of reform_portal.roles."""

from reform_portal.roles import FOCAL_POINTS, focal_office_ids, is_administrator


class RoleScopedAdminMixin:
    """Writes for reform administrators; a focal point sees only their offices' records.

    ``office_lookup`` is the path from the model to the office it belongs to ("pk" for
    offices); models without one are hidden from focal points.
    """

    office_lookup: str | None = None

    def focal_offices(self, request) -> set[int] | None:
        """The offices a focal point is limited to; None for anyone else."""
        if not hasattr(request, "_focal_offices"):
            user = request.user
            limited = not is_administrator(user) and user.groups.filter(name=FOCAL_POINTS).exists()
            request._focal_offices = focal_office_ids(user) if limited else None
        return request._focal_offices

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        offices = self.focal_offices(request)
        if offices is None:
            return queryset
        if self.office_lookup is None:
            return queryset.none()
        return queryset.filter(**{f"{self.office_lookup}__in": offices})

    def has_view_permission(self, request, obj=None):
        if self.office_lookup is None and self.focal_offices(request) is not None:
            return False
        return super().has_view_permission(request, obj)

    def has_add_permission(self, request):
        return is_administrator(request.user) and super().has_add_permission(request)

    def has_change_permission(self, request, obj=None):
        if not super().has_change_permission(request, obj):
            return False
        return is_administrator(request.user) or self.focal_point_may_change(request, obj)

    def focal_point_may_change(self, request, obj) -> bool:
        return False

    def has_delete_permission(self, request, obj=None):
        return is_administrator(request.user) and super().has_delete_permission(request, obj)
