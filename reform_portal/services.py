"""The write path shared by every app's services.

Every domain write ends in ``save_recorded``: validate (model fields, constraints and
clean), save, set the links, bump the version and record one history row carrying the
actor and the reason, all in one transaction. A database guard that fires despite the
validation (a concurrent writer) surfaces as a ValidationError, never a half-write.
"""

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.utils.translation import gettext_lazy as _

from reform_portal.history import record_change
from reform_portal.models import Versioned

CONFLICT_MESSAGE = _(
    "This change conflicts with a change saved at the same time; nothing was saved. Reload and try again."
)
STALE_EDIT_MESSAGE = _(
    "{record} was changed by {user} at {when} after you opened it; nothing was saved. "
    "Reload it to see that change, then edit again."
)


class StaleEditError(Exception):
    """An update was based on an older version of the record than the stored one."""

    def __init__(self, instance: models.Model, expected_version: int):
        latest = instance.history.select_related("history_user").first()
        self.instance = instance
        self.expected_version = expected_version
        self.changed_by = latest.history_user if latest else None
        self.changed_at = latest.history_date if latest else None
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return str(
            STALE_EDIT_MESSAGE.format(
                record=self.instance,
                user=self.changed_by or _("an automated process"),
                when=self.changed_at.strftime("%Y-%m-%d %H:%M %Z") if self.changed_at else "?",
            )
        )


Actor = AbstractBaseUser | None
Links = Mapping[str, Iterable[models.Model]]


@transaction.atomic
def save_recorded(
    instance: models.Model,
    *,
    actor: Actor,
    reason: str,
    links: Links | None = None,
    validate: Callable[[], None] | None = None,
) -> models.Model:
    """Validate and save ``instance`` and its ``links`` (m2m), with one history row.

    ``validate`` runs after the model's own validation, for rules that involve the links
    or other rows; it raises ValidationError to refuse the change.
    """
    instance.full_clean()
    if validate is not None:
        validate()
    created = instance._state.adding
    if isinstance(instance, Versioned) and not created:
        instance.version += 1
    instance._history_user = actor
    instance._change_reason = reason
    instance.skip_history_when_saving = True
    try:
        with transaction.atomic():
            instance.save()
            for name, related in (links or {}).items():
                getattr(instance, name).set(list(related))
    except IntegrityError as error:
        raise ValidationError(CONFLICT_MESSAGE, code="conflict") from error
    finally:
        del instance.skip_history_when_saving
    record_change(instance, created=created)
    return instance


def lock_for_update(instance: models.Model, expected_version: int | None) -> models.Model:
    """Re-read ``instance`` under a row lock and refuse a stale edit."""
    locked = type(instance)._default_manager.select_for_update().get(pk=instance.pk)
    if expected_version is not None and locked.version != expected_version:
        raise StaleEditError(locked, expected_version)
    return locked


@transaction.atomic
def update_recorded(
    instance: models.Model,
    *,
    changes: Mapping[str, Any],
    actor: Actor,
    reason: str,
    expected_version: int | None = None,
) -> models.Model:
    """Apply field and link ``changes`` to a fresh, locked copy of ``instance``."""
    if isinstance(instance, Versioned):
        instance = lock_for_update(instance, expected_version)
    link_names = {field.name for field in instance._meta.many_to_many}
    links = {name: value for name, value in changes.items() if name in link_names}
    for name, value in changes.items():
        if name not in link_names:
            setattr(instance, name, value)
    return save_recorded(instance, actor=actor, reason=reason, links=links)


@transaction.atomic
def upsert_recorded(
    model: type[models.Model],
    *,
    lookup: Mapping[str, Any],
    values: Mapping[str, Any],
    actor: Actor,
    reason: str,
) -> tuple[models.Model, bool]:
    """Create or update the row found by ``lookup``; an unchanged row is not touched.

    Returns the row and whether anything was written, so that loading the same data
    twice leaves the database and its history exactly as they were.
    """
    instance = model._default_manager.filter(**lookup).first()
    if instance is None:
        instance = model(**lookup, **values)
        return save_recorded(instance, actor=actor, reason=reason), True
    changed = {name: value for name, value in values.items() if getattr(instance, name) != value}
    if not changed:
        return instance, False
    return update_recorded(instance, changes=changed, actor=actor, reason=reason), True


@transaction.atomic
def delete_recorded(instance: models.Model, *, actor: Actor, reason: str) -> None:
    """Delete ``instance``; its history keeps a final row with the actor and reason."""
    instance._history_user = actor
    instance._change_reason = reason
    instance.delete()
