"""Content member states read, translated into the six UN languages (django-modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from offices.models import BenchmarkMetric, Country, Indicator, Objective, OfficeType, Perspective, Region, Structure


@register(Region)
class RegionTranslation(TranslationOptions):
    fields = ("name", "description")
    required_languages = ("en",)


@register(Country)
class CountryTranslation(TranslationOptions):
    fields = ("name",)
    required_languages = ("en",)


@register(Structure)
class StructureTranslation(TranslationOptions):
    fields = ("name", "description")
    required_languages = ("en",)


@register(OfficeType)
class OfficeTypeTranslation(TranslationOptions):
    fields = ("name", "description")
    required_languages = ("en",)


@register(Perspective)
class PerspectiveTranslation(TranslationOptions):
    fields = ("name", "description")
    required_languages = ("en",)


@register(Objective)
class ObjectiveTranslation(TranslationOptions):
    fields = ("name",)
    required_languages = ("en",)


@register(Indicator)
class IndicatorTranslation(TranslationOptions):
    fields = ("name",)
    required_languages = ("en",)


@register(BenchmarkMetric)
class BenchmarkMetricTranslation(TranslationOptions):
    fields = ("name", "description")
    required_languages = ("en",)
