"""Working-group topics member states read, in the six UN languages (django-modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from working_groups.models import WorkingGroup


@register(WorkingGroup)
class WorkingGroupTranslation(TranslationOptions):
    fields = ("name", "topic")
    required_languages = ("en",)
