"""The permission backend answers exactly as Django's ModelBackend does, from one query."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from config.auth import ModelBackendOneQuery


def fresh(user):
    return get_user_model().objects.get(pk=user.pk)  # no per-request permission cache yet


@pytest.mark.django_db
def test_permissions_are_those_of_model_backend_from_one_query(analyst, editor, admin_user):
    solo = get_user_model().objects.create_user("solo", password="x")
    solo.user_permissions.add(Permission.objects.get(codename="change_speaker"))
    both = get_user_model().objects.create_user("both", password="x")
    both.user_permissions.add(Permission.objects.get(codename="delete_outlet"))
    both.groups.add(*analyst.groups.all(), Group.objects.create(name="extra"))
    Group.objects.get(name="extra").permissions.add(Permission.objects.get(codename="view_logentry"))
    inactive = get_user_model().objects.create_user("gone", password="x", is_active=False)
    inactive.groups.add(*editor.groups.all())
    for user in (analyst, editor, admin_user, solo, both, inactive):
        expected = ModelBackend().get_all_permissions(fresh(user))
        one = fresh(user)
        with CaptureQueriesContext(connection) as queries:
            permissions = ModelBackendOneQuery().get_all_permissions(one)
            again = ModelBackendOneQuery().get_all_permissions(one)  # from the cache on the user object
        assert permissions == again == expected, user.username
        assert len(queries) == (0 if user is inactive else 1)
    assert "claims.review_claim" in ModelBackendOneQuery().get_all_permissions(fresh(editor))
    assert "claims.review_claim" not in ModelBackendOneQuery().get_all_permissions(fresh(analyst))
    assert {"claims.change_speaker"} == ModelBackendOneQuery().get_all_permissions(fresh(solo))
    assert ModelBackendOneQuery().has_perm(fresh(both), "admin.view_logentry")


def test_pages_check_permissions_with_one_query(client, editor):
    client.force_login(editor)
    with CaptureQueriesContext(connection) as queries:
        page = client.get("/search/")
    assert f'href="{reverse("claims:review_queue")}"' in page.content.decode()  # the editor's menu entry
    assert sum("auth_permission" in query["sql"] for query in queries) == 1


@pytest.mark.django_db
def test_the_user_of_a_session_is_the_one_django_reads(analyst, editor, admin_user):
    inactive = get_user_model().objects.create_user("gone2", password="x", is_active=False)
    for user in (analyst, admin_user):
        ours, django = ModelBackendOneQuery().get_user(user.pk), ModelBackend().get_user(user.pk)
        assert {f.attname: getattr(ours, f.attname) for f in user._meta.concrete_fields} == {
            f.attname: getattr(django, f.attname) for f in user._meta.concrete_fields
        }
        assert not ours._state.adding and ours._state.db == "default"
        expected = ModelBackend().get_all_permissions(django)
        with CaptureQueriesContext(connection) as queries:  # read with the user, in the same statement
            assert ModelBackendOneQuery().get_all_permissions(ours) == expected
        assert len(queries) == (1 if user.is_superuser else 0)
    assert "claims.review_claim" in ModelBackendOneQuery().get_user(editor.pk).get_all_permissions()
    assert "claims.review_claim" not in ModelBackendOneQuery().get_user(analyst.pk).get_all_permissions()
    assert ModelBackendOneQuery().get_user(inactive.pk) is None is ModelBackend().get_user(inactive.pk)
    assert ModelBackendOneQuery().get_user(10**9) is None


def test_sessions_are_read_and_expire_as_djangos(client, analyst):
    import datetime

    from django.contrib.sessions.models import Session
    from django.utils import timezone

    client.force_login(analyst)
    assert "Log out" in client.get("/").content.decode()
    Session.objects.update(expire_date=timezone.now() - datetime.timedelta(seconds=1))
    assert "Log out" not in client.get("/").content.decode()  # an expired session is no session
    assert client.get(reverse("claims:dashboard")).status_code == 302
