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
from modeltranslation.fields import TranslationField
from simple_history.utils import get_m2m_reverse_field_name

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


@transaction.atomic
def save_edited(
    instance: models.Model,
    *,
    expected_version: int | None,
    actor: Actor,
    reason: str,
    links: Links | None = None,
    validate: Callable[[], None] | None = None,
) -> models.Model:
    """Save ``instance`` as edited in a form opened at ``expected_version``.

    The stored row is locked and compared first, so an edit based on an older version is
    refused (StaleEditError) instead of silently overwriting someone else's change.
    """
    if isinstance(instance, Versioned) and instance.pk is not None:
        lock_for_update(instance, expected_version)
    return save_recorded(instance, actor=actor, reason=reason, links=links, validate=validate)


UNKNOWN_VERSION_MESSAGE = _("{record} has no recorded version {version}.")
SAME_VERSION_MESSAGE = _("{record} is already as it was in that version; there is nothing to restore.")
MISSING_LINKS_MESSAGE = _(
    "That version of {record} links to {field} that no longer exist (ids {ids}); nothing was restored."
)
RESTORE_SKIPPED_FIELDS = frozenset({"version"})


def restore_changes(instance: models.Model, history_id: int) -> dict[str, Any]:
    """The field and link values that bring ``instance`` back to its recorded version
    ``history_id``; only what differs from the current state is included."""
    record = instance.history.filter(history_id=history_id).first()
    if record is None:
        raise ValidationError(UNKNOWN_VERSION_MESSAGE.format(record=instance, version=history_id), code="unknown")
    changes = {}
    for field in own_fields(type(instance)):
        if not hasattr(record, field.attname):
            continue
        value = getattr(record, field.attname)
        if getattr(instance, field.attname) != value:
            changes[field.attname] = value
    changes.update(_restored_links(instance, record))
    if not changes:
        raise ValidationError(SAME_VERSION_MESSAGE.format(record=instance), code="no_change")
    return changes


def own_fields(model: type[models.Model]) -> list[models.Field]:
    """The concrete fields holding a record's own values, as an edit or a restore sets them.

    Left out: the primary key, the version counter, and the original field of translated
    content, which reads and writes the active language's column (setting it would copy
    one language into another); each language's own column is included instead.
    """
    fields = model._meta.concrete_fields
    shadowed = {field.translated_field.name for field in fields if isinstance(field, TranslationField)}
    return [
        field
        for field in fields
        if not field.primary_key and field.name not in RESTORE_SKIPPED_FIELDS and field.name not in shadowed
    ]


def _restored_links(instance: models.Model, record) -> dict[str, list[models.Model]]:
    links = {}
    for field in record._history_m2m_fields:
        target_name = get_m2m_reverse_field_name(field)
        wanted = {getattr(row, f"{target_name}_id") for row in getattr(record, field.name).all()}
        current = set(getattr(instance, field.name).values_list("pk", flat=True))
        if wanted == current:
            continue
        found = list(field.related_model._default_manager.filter(pk__in=wanted))
        missing = wanted - {target.pk for target in found}
        if missing:
            raise ValidationError(
                MISSING_LINKS_MESSAGE.format(
                    record=instance, field=field.verbose_name, ids=", ".join(str(pk) for pk in sorted(missing))
                ),
                code="missing_links",
            )
        links[field.name] = found
    return links


@transaction.atomic
def record_restore(
    instance: models.Model, *, history_id: int, actor: Actor, reason: str, expected_version: int | None = None
) -> models.Model:
    """Bring ``instance`` back to a recorded version, as a new recorded change.

    The restored values are validated like any other write; the history keeps both the
    change being undone and the restore itself.
    """
    if isinstance(instance, Versioned):
        instance = lock_for_update(instance, expected_version)
    return update_recorded(
        instance,
        changes=restore_changes(instance, history_id),
        actor=actor,
        reason=reason,
        expected_version=expected_version,
    )
