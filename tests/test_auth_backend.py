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
