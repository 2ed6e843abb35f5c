import pytest
from django.core.cache import cache

from tests.api import shared_world


@pytest.fixture(autouse=True)
def _fresh_throttle():
    """Throttle counts live in the cache: each test starts with none."""
    cache.clear()


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """One world per test module (tests.api.build_world), rolled back at the module's end."""
    with shared_world(django_db_blocker) as world:
        yield world
