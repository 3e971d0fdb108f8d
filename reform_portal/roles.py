"""Roles are Django groups, kept in sync with their permissions after every migrate.

- Reform administrators (HQ reform team) write everything.
- Staff read everything.
- Office focal points read everything and change the records of the offices they are
  focal point of (``Office.focal_points``), nobody else's.
- Anyone else, including anonymous member-state readers, sees only what is public.
"""

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.db.models import Q

ADMINISTRATORS = "Reform administrators"
STAFF = "Staff"
FOCAL_POINTS = "Office focal points"

DOMAIN_APPS = ("offices", "roadmap", "working_groups")


def _permissions(*actions: str, models: tuple[str, ...] = ()) -> list[Permission]:
    query = Q(content_type__app_label__in=DOMAIN_APPS)
    if models:
        query &= Q(content_type__model__in=models)
    codenames = Q()
    for action in actions:
        codenames |= Q(codename__startswith=f"{action}_")
    return list(Permission.objects.filter(query & codenames).exclude(content_type__model__startswith="historical"))


def sync_roles(**kwargs) -> None:
    """Create the role groups and give them exactly their permissions (idempotent)."""
    if not apps.is_installed("django.contrib.auth"):
        return
    grants = {
        ADMINISTRATORS: _permissions("view", "add", "change", "delete", "import", "export"),
        STAFF: _permissions("view"),
        FOCAL_POINTS: _permissions("view") + _permissions("change", models=("office",)),
    }
    for name, permissions in grants.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.set(permissions)


def _in_group(user, name: str) -> bool:
    if not user.is_authenticated:
        return False
    cache = getattr(user, "_role_names", None)
    if cache is None:
        cache = user._role_names = set(user.groups.values_list("name", flat=True))
    return name in cache


def is_administrator(user) -> bool:
    return user.is_superuser or _in_group(user, ADMINISTRATORS)


def can_read_internal(user) -> bool:
    """Staff, focal points and administrators read internal data; member states do not."""
    return is_administrator(user) or _in_group(user, STAFF) or _in_group(user, FOCAL_POINTS)


def focal_office_ids(user) -> set[int]:
    if not _in_group(user, FOCAL_POINTS):
        return set()
    return set(user.focal_point_offices.values_list("pk", flat=True))
