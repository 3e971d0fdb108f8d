"""Forms of the recorded admin: the reason for a change, the version a form was opened at,
and a service's refusal shown as the form's errors."""

from django import forms
from django.contrib.admin import helpers
from django.core.exceptions import NON_FIELD_ERRORS
from django.db import models
from django.utils.translation import gettext_lazy as _

from reform_portal.models import Versioned
from reform_portal.services import StaleEditError

REASON_FIELD = "change_reason"
ADMIN_DELETE_REASON = _("Deleted in the administration")
REASON_LABEL = _("Reason for this change")
REASON_FIELDSET = _("Why")
REASON_HELP = _("Kept in the history with your name and the time.")
LIST_REASON_NEEDED = _("Give a reason in the “Reason for these changes” box of the action bar to save changes here.")
INLINE_REFUSED = _("{record}: {message}")
ACTION_REASON_NEEDED = _("Give a reason for this change in the “Reason for these changes” box of the action bar.")


def refusal_messages(error: Exception) -> dict[str, list[str]]:
    """The messages of a refused write by field (NON_FIELD_ERRORS for the record as a whole)."""
    if isinstance(error, StaleEditError):
        return {NON_FIELD_ERRORS: [error.message]}
    if hasattr(error, "error_dict"):
        return error.message_dict
    return {NON_FIELD_ERRORS: error.messages}


class Refused(Exception):  # noqa: N818 - a refusal, not a programming error
    """A service refused a write made from the form of record ``pk`` (None: a new record)."""

    def __init__(self, pk, error: Exception, record: models.Model | None = None):
        super().__init__(str(error))
        self.pk = pk
        self.messages = refusal_messages(error)
        if record is not None:  # a row of an inline: its fields are not the form's
            self.messages = {
                NON_FIELD_ERRORS: [
                    str(INLINE_REFUSED.format(record=record, message=message))
                    for messages in self.messages.values()
                    for message in messages
                ]
            }

    def add_to(self, form: forms.BaseForm) -> None:
        for field, field_messages in self.messages.items():
            name = getattr(form, "field_aliases", {}).get(field, field)
            form.add_error(name if name in form.fields else None, field_messages)


class VersionField(forms.IntegerField):
    """The version a form was opened at; it never counts as a change of the form."""

    widget = forms.HiddenInput

    def __init__(self, **kwargs):
        super().__init__(required=False, **kwargs)

    def has_changed(self, initial, data) -> bool:
        return False


class VersionedFormMixin:
    """Carries the version the form was opened at and refuses it if the record moved on."""

    refusal: Refused | None = None  # set per request when a service refused the save
    field_aliases: dict[str, str] = {}  # model field → the form field that edits it

    def _prepare_version(self) -> None:
        if isinstance(self.instance, Versioned) and self.instance.pk is not None:
            self.fields["expected_version"].initial = self.instance.version

    def _check(self) -> None:
        instance = self.instance
        expected = self.cleaned_data.get("expected_version")
        if isinstance(instance, Versioned) and instance.pk and expected is not None and expected != instance.version:
            self.add_error(None, StaleEditError(instance, expected).message)
        if self.refusal is not None and self.refusal.pk == instance.pk:
            self.refusal.add_to(self)


class RecordedForm(VersionedFormMixin, forms.ModelForm):
    """A model form that asks why the change is made and knows the version it edits."""

    change_reason = forms.CharField(label=REASON_LABEL, max_length=200, help_text=REASON_HELP)
    expected_version = VersionField()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._prepare_version()

    def clean(self):
        cleaned = super().clean()
        self._check()
        return cleaned


class RecordedChangelistForm(VersionedFormMixin, forms.ModelForm):
    """A row of a list with editable columns; the reason comes from the action bar."""

    reason = ""  # set per request from the action bar's reason box
    expected_version = VersionField()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._prepare_version()

    def clean(self):
        cleaned = super().clean()
        if self.has_changed() and not self.reason:
            self.add_error(None, LIST_REASON_NEEDED)
        cleaned[REASON_FIELD] = self.reason
        self._check()
        return cleaned


class RecordedActionForm(helpers.ActionForm):
    """The list's action bar, with the reason its actions and list edits are recorded with."""

    change_reason = forms.CharField(
        label=_("Reason for these changes"),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"size": 40}),
    )


class RestoreForm(forms.Form):
    change_reason = forms.CharField(label=REASON_LABEL, max_length=200, help_text=REASON_HELP)
    expected_version = VersionField()
