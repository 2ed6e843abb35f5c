from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from axes.utils import reset
from django.core.cache import caches
from django.core.cache.backends.db import DatabaseCache
from django.db import connection
from django.db.models import F
from rest_framework.throttling import SimpleRateThrottle

RIGHT = "correct horse battery"
REFUSAL = "Too many failed login attempts. Logging in is blocked for 15 minutes; try again later."


def log_in(client, username: str, password: str, *, url: str = "/accounts/login/", ip: str = "127.0.0.1"):
    return client.post(url, {"username": username, "password": password}, REMOTE_ADDR=ip)


def logged_in(client) -> bool:
    return "_auth_user_id" in client.session


def fail(client, times: int, *, username: str = "ana", url: str = "/accounts/login/", ip: str = "127.0.0.1"):
    return [log_in(client, username, f"guess {n}", url=url, ip=ip) for n in range(times)]


@pytest.mark.django_db
def test_the_sixth_try_is_refused_even_with_the_right_password(client, analyst):
    attempts = fail(client, 5)

    assert [response.status_code for response in attempts[:4]] == [200] * 4  # "wrong password", try again
    response = log_in(client, "ana", RIGHT)

    assert response.status_code == 429
    assert REFUSAL in response.content.decode()
    assert 'name="username"' in response.content.decode()  # the form is still there, not an error page
    assert not logged_in(client)


@pytest.mark.django_db
def test_the_refusal_ends_when_the_window_passes(client, analyst):
    fail(client, 5)
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - timedelta(minutes=16))

    assert log_in(client, "ana", RIGHT).status_code == 302
    assert logged_in(client)


@pytest.mark.django_db
def test_an_admin_reset_ends_the_refusal(client, analyst):
    fail(client, 5)
    reset(username="ana")

    assert log_in(client, "ana", RIGHT).status_code == 302


@pytest.mark.django_db
def test_a_successful_login_starts_the_count_again(client, analyst):
    fail(client, 4)
    assert log_in(client, "ana", RIGHT).status_code == 302
    client.post("/accounts/logout/")
    fail(client, 4)

    assert log_in(client, "ana", RIGHT).status_code == 302
    assert logged_in(client)


@pytest.mark.django_db
def test_spraying_many_usernames_from_one_address_locks_that_address_only(client, analyst, other_analyst, settings):
    settings.LOGIN_ADDRESS_FAILURE_LIMIT = 8
    for n in range(8):
        log_in(client, f"nobody{n}", "guess", ip="198.51.100.9")

    refused = log_in(client, "oleh", RIGHT, ip="198.51.100.9")
    assert refused.status_code == 429 and REFUSAL in refused.content.decode()
    assert not logged_in(client)
    assert log_in(client, "oleh", RIGHT, ip="203.0.113.20").status_code == 302


@pytest.mark.django_db
def test_a_few_usernames_wrong_from_one_address_do_not_lock_it(client, analyst, settings):
    settings.LOGIN_ADDRESS_FAILURE_LIMIT = 8
    for n in range(7):
        log_in(client, f"nobody{n}", "guess", ip="198.51.100.9")

    assert log_in(client, "ana", RIGHT, ip="198.51.100.9").status_code == 302


@pytest.mark.django_db
def test_a_stranger_guessing_a_username_does_not_lock_its_owner_out(client, analyst):
    # The attacker fails from their own address (more than the limit, renewing the wait), and the owner,
    # from theirs, still logs in: the count is per username and address pair.
    fail(client, 7, username="ana", ip="198.51.100.66")
    assert log_in(client, "ana", RIGHT, ip="198.51.100.66").status_code == 429

    assert log_in(client, "ana", RIGHT, ip="203.0.113.20").status_code == 302
    assert logged_in(client)


@pytest.mark.django_db
def test_the_admin_login_is_throttled_with_its_own_page(client, editor):
    fail(client, 5, username="eda", url="/admin/login/?next=/admin/")

    response = log_in(client, "eda", RIGHT, url="/admin/login/?next=/admin/")

    assert response.status_code == 429
    page = response.content.decode()
    assert REFUSAL in page and 'class="errornote"' in page and 'id="login-form"' in page
    assert not logged_in(client)


@pytest.mark.django_db
@pytest.mark.parametrize("signed_in", [False, True])
def test_searches_are_throttled_on_the_page_and_in_the_api_together(client, analyst, settings, monkeypatch, signed_in):
    settings.SITE_PUBLIC = True
    monkeypatch.setitem(SimpleRateThrottle.THROTTLE_RATES, "search", "3/minute")
    if signed_in:
        client.force_login(analyst)
    answers = [
        client.get("/search/?q=Shoigu").status_code,
        client.get("/api/v1/quotes/?q=Shoigu").status_code,
        client.get("/search/?q=Putin").status_code,
    ]
    assert answers == [200, 200, 200]

    refused = client.get("/search/?q=Lavrov")
    assert refused.status_code == 429 and int(refused["Retry-After"]) > 0
    assert "Too many searches" in refused.content.decode()
    assert client.get("/api/v1/quotes/?q=Lavrov").status_code == 429
    assert client.get("/").status_code == 200  # only searching waits


@pytest.mark.django_db
def test_throttle_counts_live_in_the_database_shared_by_every_worker(client, settings, monkeypatch):
    settings.SITE_PUBLIC = True
    monkeypatch.setitem(SimpleRateThrottle.THROTTLE_RATES, "anon", "2/minute")
    assert [client.get("/api/v1/topics/").status_code for _ in range(3)] == [200, 200, 429]
    # Another worker process would read the same table: the counts are rows in PostgreSQL.
    assert isinstance(caches["throttle"], DatabaseCache)
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM tracker_throttle_cache")
        assert cursor.fetchone()[0] >= 1
