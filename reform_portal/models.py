"""Abstract bases shared by the domain models of every app."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _


class _InstanceValues(dict):
    """Field values of one instance for constraint messages; unknown names stay as typed."""

    def __init__(self, instance: models.Model):
        super().__init__()
        self._instance = instance

    def __missing__(self, name: str) -> str:
        if not hasattr(self._instance, name):
            return "{" + name + "}"
        value = getattr(self._instance, name)
        return "—" if value is None else str(value)


def _name_values(error: ValidationError, instance: models.Model) -> ValidationError:
    """Fill ``{field}`` placeholders of constraint messages with the instance's values."""
    values = _InstanceValues(instance)
    if hasattr(error, "error_dict"):
        return ValidationError(
            {field: [_name_values(e, instance) for e in errors] for field, errors in error.error_dict.items()}
        )
    filled = [
        ValidationError(str(e.message).format_map(values), code=e.code, params=e.params) for e in error.error_list
    ]
    return ValidationError(filled)


class ReformModel(models.Model):
    """Base of every domain model: constraint messages name the offending values."""

    class Meta:
        abstract = True

    def validate_constraints(self, exclude=None) -> None:
        try:
            super().validate_constraints(exclude=exclude)
        except ValidationError as error:
            raise _name_values(error, self) from None


class DemoMarked(models.Model):
    """Records that demonstration data may populate carry a visible mark."""

    is_demo = models.BooleanField(
        _("demonstration data"),
        default=False,
        db_index=True,
        help_text=_("Generated for demonstration; not UNIDO's real data."),
    )

    class Meta:
        abstract = True


class Versioned(models.Model):
    """Records edited by several people at once carry a version for optimistic locking."""

    version = models.PositiveIntegerField(
        _("version"),
        default=1,
        editable=False,
        help_text=_("Incremented on every saved change; a stale edit is refused."),
    )

    class Meta:
        abstract = True
