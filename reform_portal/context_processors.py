"""Template context shared by every page."""

from django.core.cache import cache

DEMO_CACHE_KEY = "reform_portal:demo-data-loaded"
DEMO_CACHE_SECONDS = 30


def _demo_data_loaded() -> bool:
    from offices.models import Office
    from roadmap.models import Milestone
    from working_groups.models import Person

    return any(model.objects.filter(is_demo=True).exists() for model in (Office, Milestone, Person))


def demo_data(request) -> dict:
    """Whether demonstration data is loaded, for the banner on every page (cached briefly:
    every page would otherwise pay up to three queries for it)."""
    loaded = cache.get(DEMO_CACHE_KEY)
    if loaded is None:
        loaded = _demo_data_loaded()
        cache.set(DEMO_CACHE_KEY, loaded, DEMO_CACHE_SECONDS)
    return {"demo_data_loaded": loaded}
