"""Forms of the field-network pages. The directory's filters are OfficeFilterSet's own form
(the API's FilterSet); only its widgets are adapted here for a web page."""

from django import forms
from django.utils.translation import gettext_lazy as _

from offices.models import Structure

ANY = _("Any")


def _any_first(field: forms.ChoiceField) -> None:
    choices = [choice for choice in field.choices if choice[0] != ""]
    if hasattr(field, "empty_label"):
        # django-filter's choice fields add the empty choice themselves, labelled empty_label.
        field.empty_label = ANY
        field.choices = choices
    else:
        field.choices = [("", ANY), *choices]


def _label_range(field: forms.MultiValueField) -> None:
    """Date pickers for a from–to range, each named for assistive technology."""
    for widget, end in zip(field.widget.widgets, (_("{label}: from"), _("{label}: to")), strict=False):
        widget.input_type = "date"
        widget.attrs["aria-label"] = end.format(label=field.label)


def adapt_filter_form(form: forms.Form) -> forms.Form:
    """Checkboxes for the multiple choices, "Any" for the empty choice, plain words for yes/no."""
    for field in form.fields.values():
        if isinstance(field, forms.MultipleChoiceField | forms.ModelMultipleChoiceField):
            field.widget = forms.CheckboxSelectMultiple(choices=field.choices)
        elif isinstance(field, forms.ModelChoiceField):
            field.empty_label = ANY
        elif isinstance(field, forms.ChoiceField):
            _any_first(field)
        elif isinstance(field, forms.NullBooleanField):
            field.widget = forms.Select(choices=[("", ANY), ("true", _("Yes")), ("false", _("No"))])
        elif isinstance(field.widget, forms.MultiWidget):
            _label_range(field)
        elif isinstance(field, forms.CharField) and field.widget.input_type == "text":
            field.widget.input_type = "search"
    return form


class MapOptionsForm(forms.Form):
    """Which structure's coverage the map shows, and what the colours stand for."""

    COLOUR_CHOICES = [("office", _("Covering office")), ("region", _("Region of the covering office"))]

    structure = forms.ModelChoiceField(
        label=_("Structure"),
        queryset=Structure.objects.order_by("order"),
        to_field_name="code",
        empty_label=None,
        required=False,
        widget=forms.RadioSelect,
    )
    colour = forms.ChoiceField(label=_("Colour by"), choices=COLOUR_CHOICES, required=False, widget=forms.RadioSelect)
