"""Forms of the field-network pages. The directory's filters are OfficeFilterSet's own form
(the API's FilterSet); only its widgets are adapted here for a web page."""

from django import forms
from django.utils.translation import gettext_lazy as _

from offices.models import Indicator, Structure
from reform_portal.admin.forms import REASON_HELP, REASON_LABEL

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


class IndicatorChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, indicator) -> str:
        return _("{perspective}: {indicator} ({unit}, {frequency})").format(
            perspective=indicator.objective.perspective.name,
            indicator=indicator.name,
            unit=indicator.unit,
            frequency=indicator.get_frequency_display().lower(),
        )


class MeasurementForm(forms.Form):
    """A value of one indicator for one office and period, with its source and the reason for
    entering it (kept in the history, as in the administration)."""

    indicator = IndicatorChoiceField(
        label=_("Indicator"),
        queryset=Indicator.objects.select_related("objective__perspective"),
        to_field_name="code",
        empty_label=_("Choose an indicator"),
    )
    period = forms.DateField(
        label=_("Period"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_(
            "The first day of the reporting period: 1 January, April, July or October for a quarterly "
            "indicator, 1 January or 1 July for a half-yearly one, 1 January for an annual one."
        ),
    )
    value = forms.DecimalField(label=_("Value"), max_digits=14, decimal_places=2)
    source = forms.CharField(
        label=_("Source"), max_length=300, help_text=_("The document, system or report the value comes from.")
    )
    comment = forms.CharField(label=_("Comment"), required=False, widget=forms.Textarea(attrs={"rows": 3}))
    change_reason = forms.CharField(label=REASON_LABEL, max_length=200, help_text=REASON_HELP)
