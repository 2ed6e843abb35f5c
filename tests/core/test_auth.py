"""Signed-in users arrive with their permissions: one query for the user and their role, read afresh on
every request."""

import pytest
from django.contrib.auth.models import Group, Permission

from claims.permissions import EDITOR
from tests.factories import make_claim, make_speaker

pytestmark = pytest.mark.django_db


def test_a_signed_in_analysts_home_page_reads_the_user_and_their_role_in_one_query(
    client, analyst, django_assert_num_queries
):
    client.force_login(analyst)
    client.get("/")  # the published token and the home list are kept from here on
    # The session, then the user with every permission: ModelBackend would ask two more queries.
    with django_assert_num_queries(3):
        response = client.get("/")
    assert f"{analyst.username}" in response.content.decode()


def test_an_editor_removed_from_the_editors_loses_the_review_queue_on_the_next_page(client, editor):
    client.force_login(editor)
    assert client.get("/review/").status_code == 200
    editor.groups.remove(Group.objects.get(name=EDITOR))
    assert client.get("/review/").status_code == 403


def test_a_permission_given_to_the_user_directly_counts(client, reader):
    client.force_login(reader)
    assert client.get("/review/").status_code == 403
    reader.user_permissions.add(Permission.objects.get(codename="review_claim"))
    assert client.get("/review/").status_code == 200


def test_a_superuser_still_holds_every_permission(client, admin_user, analyst):
    claim = make_claim(author=analyst, speaker=make_speaker(), summary="A draft of someone else")
    admin_user.groups.clear()
    client.force_login(admin_user)
    assert client.get("/review/").status_code == 200
    assert client.get(claim.get_absolute_url()).status_code == 200  # drafts of others: sees every status
