"""Roadmap content member states read, in the six UN languages (django-modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from roadmap.models import (
    BriefingMaterial,
    BriefingSession,
    BriefingText,
    GuidingPrinciple,
    KeyActivity,
    Milestone,
    Phase,
    StrategicElement,
)


@register(Phase)
class PhaseTranslation(TranslationOptions):
    fields = ("name", "description")
    required_languages = ("en",)


@register(KeyActivity)
class KeyActivityTranslation(TranslationOptions):
    fields = ("name", "description")
    required_languages = ("en",)


@register(GuidingPrinciple)
class GuidingPrincipleTranslation(TranslationOptions):
    fields = ("title", "description")
    required_languages = ("en",)


@register(StrategicElement)
class StrategicElementTranslation(TranslationOptions):
    fields = ("title", "description")
    required_languages = ("en",)


@register(Milestone)
class MilestoneTranslation(TranslationOptions):
    fields = ("title", "description")
    required_languages = ("en",)


@register(BriefingSession)
class BriefingSessionTranslation(TranslationOptions):
    fields = ("title", "summary")
    required_languages = ("en",)


@register(BriefingMaterial)
class BriefingMaterialTranslation(TranslationOptions):
    fields = ("title",)
    required_languages = ("en",)


@register(BriefingText)
class BriefingTextTranslation(TranslationOptions):
    # The working copy needs its English text; the published copy is set by publishing it.
    fields = ("title", "body", "published_title", "published_body")
    required_languages = {"en": ("title", "body")}
