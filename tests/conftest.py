import pytest
from django.contrib.auth import get_user_model

from claims.permissions import ADMIN, ANALYST, EDITOR
from ops.demo import load_demo
from tests.factories import make_user


def pytest_configure(config):
    # Django's documented speed-up for tests: a fast password hasher. The default PBKDF2 (a million rounds)
    # costs a quarter of a second for every test user made and every sign-in, which is most of the suite.
    from django.conf import settings

    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def analyst(db):
    return make_user("ana", ANALYST)


@pytest.fixture
def reader(db):
    """Signed in, in no group: sees what anonymous readers see."""
    return make_user("rita", None)


@pytest.fixture
def other_analyst(db):
    return make_user("oleh", ANALYST)


@pytest.fixture
def editor(db):
    return make_user("eda", EDITOR)


@pytest.fixture
def other_editor(db):
    return make_user("ivan", EDITOR)


@pytest.fixture
def admin_user(db):
    user = make_user("root", ADMIN, is_staff=True, is_superuser=True)
    return get_user_model().objects.get(pk=user.pk)


@pytest.fixture
def demo(db):
    """The demo data set, loaded as `make run` loads it (without writing a credentials file)."""
    return load_demo(credentials_file=None)


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with empty caches (cached entries are keyed on database ids that tests reuse). The
    database cache (throttle counts) is rows in the test's transaction, rolled back with it."""
    from django.core.cache import caches
    from django.core.cache.backends.db import DatabaseCache

    memory = [each for each in caches.all(initialized_only=True) if not isinstance(each, DatabaseCache)]
    for each in memory:
        each.clear()
    yield
    for each in caches.all(initialized_only=True):
        if not isinstance(each, DatabaseCache):
            each.clear()


@pytest.fixture(autouse=True)
def _interface_language_reset():
    """A request in another interface language leaves that language active in the thread (LocaleMiddleware
    activates it and nothing deactivates it): the next test starts from the default again."""
    from django.utils import translation

    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _jobs_run_inline(settings):
    """Jobs run at once in the process that queues them, inside the test's transaction (see jobs.services)."""
    settings.JOBS_RUN_INLINE = True
