"""The site header is kept per audience and language, and given each request's CSRF token and path."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from tests.factories import make_user

pytestmark = pytest.mark.django_db


def header_of(page) -> str:
    html = page.content.decode()
    return html[html.index('<header class="site-header">') : html.index("</header>")]


def test_the_header_carries_this_requests_token_and_path_escaped():
    client = Client(enforce_csrf_checks=True)
    header = header_of(client.get("/search/", {"q": '<script>alert(1)</script>"'}))
    assert "<script>" not in header
    assert 'name="next" value="/search/?q=%3Cscript%3Ealert%281%29%3C%2Fscript%3E%22"' in header
    assert f'href="{reverse("login")}?next=/search/%3Fq%3D%253Cscript' in header
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', header).group(1)
    # The token in the kept header is this client's: the language form it sits in is accepted.
    switched = client.post(reverse("set_language"), {"language": "uk", "next": "/", "csrfmiddlewaretoken": token})
    assert switched.status_code == 302 and switched.cookies["django_language"].value == "uk"
    assert "Опубліковані заяви" in header_of(client.get("/search/"))
    # The same header kept for another anonymous reader carries that reader's own token, not the first one's.
    other = Client(enforce_csrf_checks=True)
    other_header = header_of(other.get("/search/", {"q": '<script>alert(1)</script>"'}))
    other_token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', other_header).group(1)
    assert other_header.replace(other_token, token) == header
    assert other_token != token
    for client_, its_token in ((other, other_token), (client, token)):
        accepted = client_.post(
            reverse("set_language"), {"language": "en", "next": "/", "csrfmiddlewaretoken": its_token}
        )
        assert accepted.status_code == 302
    refused = other.post(reverse("set_language"), {"language": "uk", "next": "/", "csrfmiddlewaretoken": token})
    assert refused.status_code == 403  # another client's token is not taken for its own


def test_each_audience_sees_its_own_header(client, analyst, editor):
    anonymous = header_of(client.get("/"))
    assert "Log in" in anonymous and "Log out" not in anonymous and "Dashboard" not in anonymous
    client.force_login(analyst)
    first = header_of(client.get("/"))
    assert '<li class="user">ana</li>' in first and "Log out" in first and "Dashboard" in first
    assert "Review queue" not in first
    client.force_login(make_user("anna"))
    assert '<li class="user">anna</li>' in header_of(client.get("/"))
    client.force_login(editor)
    edited = header_of(client.get("/"))
    assert '<li class="user">eda</li>' in edited and "Review queue" in edited
    assert ("Administration" in edited) == editor.is_staff
    client.force_login(make_user("root", is_staff=True))
    assert "Administration" in header_of(client.get("/")) and "Administration" not in first
