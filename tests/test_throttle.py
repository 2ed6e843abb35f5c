from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from axes.utils import reset
from django.db.models import F

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
