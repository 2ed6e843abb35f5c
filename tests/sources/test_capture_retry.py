"""A page that does not answer now is captured later: the capture page queues a job that fetches it again
(with backoff under the worker) and lists it, with the captured article once it is in."""

import pytest
from django.urls import reverse

from jobs.models import Job
from sources.models import Source
from sources.selectors import CAPTURE
from tests.sources import SiteHandler, loopback_site
from tests.sources.test_capture import ENGLISH_PAGE


class Flaky(SiteHandler):
    """/flaky answers 503 the first time and the article after; /down always 503; /gone 404."""

    def do_GET(self):
        self.server.hits.append(self.path)
        first = self.server.hits.count(self.path) == 1
        if self.path == "/gone":
            status = 404
        elif self.path == "/down" or first:
            status = 503
        else:
            status = 200
        body = ENGLISH_PAGE.encode() if status == 200 else b"<h1>Busy</h1>"
        self.send(status, body, "text/html; charset=utf-8")


@pytest.fixture
def flaky_site(settings):
    with loopback_site(settings, Flaky) as httpd:
        yield httpd


def test_a_page_that_answers_503_is_captured_by_the_job_that_tries_again(client, analyst, flaky_site):
    client.force_login(analyst)
    url = flaky_site.base + "/flaky"

    response = client.post(reverse("sources:capture"), {"mode": "url", "url": url}, follow=True)

    page = response.content.decode()
    assert "503" in page and "tried again in the background" in page
    job = Job.objects.get(task=CAPTURE)
    assert (job.status, job.created_by, job.attempts) == (Job.Status.SUCCEEDED, analyst, 1)
    source = Source.objects.get()
    assert source.url == url and "Moscow" in source.text and source.captured_by == analyst
    assert "Captures tried again" in page and source.get_absolute_url() in page
    assert flaky_site.hits == ["/flaky", "/flaky"]


def test_a_page_still_down_shows_its_error_in_the_list_and_stores_nothing(client, analyst, flaky_site):
    client.force_login(analyst)

    response = client.post(reverse("sources:capture"), {"mode": "url", "url": flaky_site.base + "/down"}, follow=True)

    job = Job.objects.get(task=CAPTURE)
    assert job.status == Job.Status.FAILED and "503" in job.error  # under the worker: retried with backoff
    page = response.content.decode()
    assert "503" in page and "StillUnreachable" not in page  # the message, not the exception
    assert not Source.objects.exists()


def test_a_missing_page_is_an_error_on_the_form_and_no_job(client, analyst, flaky_site):
    client.force_login(analyst)
    url = flaky_site.base + "/gone"

    response = client.post(reverse("sources:capture"), {"mode": "url", "url": url})

    assert response.status_code == 200 and "404" in response.content.decode()
    assert url in response.content.decode()  # the address typed is kept in the form
    assert not Job.objects.exists() and not Source.objects.exists()


def test_the_list_shows_only_the_users_own_captures(client, analyst, other_analyst, flaky_site):
    client.force_login(analyst)
    client.post(reverse("sources:capture"), {"mode": "url", "url": flaky_site.base + "/down"}, follow=True)
    assert 'id="retries-heading"' in client.get(reverse("sources:capture")).content.decode()

    client.force_login(other_analyst)
    page = client.get(reverse("sources:capture")).content.decode()

    assert 'id="retries-heading"' not in page and "/down" not in page
