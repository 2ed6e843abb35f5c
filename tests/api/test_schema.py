"""The OpenAPI schema, its documentation page, and schemathesis throwing generated requests at every operation."""

import re

import pytest
import schemathesis
from django.core.cache import cache, caches
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis.generation import GenerationMode
from schemathesis.generation.drivers import CoverageGenerator
from schemathesis.generation.feedback import FeedbackSources
from schemathesis.generation.meta import TestPhase
from schemathesis.generation.overrides import Override
from schemathesis.specs.openapi.checks import ignored_auth, positive_data_acceptance

from config.wsgi import application
from tests.api import build_world, client_for

pytestmark = pytest.mark.django_db  # anonymous calls are throttled, and the counts live in the database

RESOURCES = ["claims", "quotes", "speakers", "sources", "outlets", "topics"]


@pytest.fixture(autouse=True)
def _fresh_throttle():
    cache.clear()


def test_the_schema_describes_every_resource_and_method(client):
    response = client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert response.status_code == 200
    schema = response.json()
    assert schema["openapi"].startswith("3.")
    paths = schema["paths"]
    for resource in RESOURCES:
        assert {"get", "post"} <= set(paths[f"/api/v1/{resource}/"])
        assert {"get", "patch"} <= set(paths[f"/api/v1/{resource}/{{id}}/"]) or resource == "quotes"
    assert "post" in paths["/api/v1/claims/{id}/transition/"]
    assert {"tokenAuth", "cookieAuth"} <= set(schema["components"]["securitySchemes"])
    claim_filters = {parameter["name"] for parameter in paths["/api/v1/claims/"]["get"]["parameters"]}
    assert {"q", "speaker", "role", "outlet", "language", "said_after", "topic", "kind", "page"} <= claim_filters


def test_the_documentation_page_loads_nothing_from_another_site(client):
    page = client.get("/api/docs/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "swagger-ui-bundle.js" in html
    # Every script, style sheet and icon comes from this site's static files (drf-spectacular-sidecar).
    for address in re.findall(r'(?:src|href)="([^"]+)"', html):
        assert address.startswith("/"), address
    assert "<script>" not in html  # the start-up script is a file too, so a strict CSP can forbid inline code
    script = re.search(r'<script src="(/api/docs/\?[^"]+)"', html).group(1)
    assert client.get(script.replace("&amp;", "&")).status_code == 200
    assert client.get("/static/drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js").status_code == 200


# --- schemathesis -----------------------------------------------------------------------------------------


@pytest.fixture
def fuzzing_world(db, analyst, other_analyst, editor, other_editor, admin_user):
    """Rows for the generated requests to work on (claims in several states, quotes, sources, speakers), and
    the editor's token: an editor may call every operation, so the requests reach the deepest code."""
    world = build_world(
        analyst=analyst, other_analyst=other_analyst, editor=editor, other_editor=other_editor, admin=admin_user
    )
    ids = {
        "claims": world.own_draft.pk,
        "quotes": world.quote_published.pk,
        "speakers": world.speaker_public.pk,
        "sources": world.source_public.pk,
        "outlets": world.outlet.pk,
        "topics": world.topic.pk,
    }
    return client_for(editor)._credentials["HTTP_AUTHORIZATION"], ids


@pytest.fixture
def wsgi_in_test_transaction(db):
    """Calls into the WSGI app share the test's transaction. Django closes the connection at the end of every
    request (close_old_connections) unless it runs under its own test client, which suspends that: so do we."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield application
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def api_schema(wsgi_in_test_transaction):
    return schemathesis.openapi.from_wsgi("/api/schema/", wsgi_in_test_transaction)


# Per operation and generation mode (valid data, and data that breaks the schema), the phases of
# schemathesis's CLI that this schema gives work to: the coverage phase's deterministic edge cases, and
# fuzzing; the examples phase has nothing to send, as the schema holds no examples (drf-spectacular writes
# none). Every check schemathesis has runs (server errors, status codes, content types, headers and bodies as
# documented, negative data refused, positive data accepted, 405 for undeclared methods, ...). The pytest
# plugin's @schema.parametrize() does not run under pytest 9 (schemathesis 4.32 reads a private node
# attribute), so each operation gets its own runs here; failures are collected so one run reports them all.
# The stateful phase follows the schema's links, and this schema has none.
MAX_EXAMPLES = 10
PHASES = [TestPhase.FUZZING]  # and the coverage phase, which is no Hypothesis strategy


# Refusals of schema-valid requests that are right, and that OpenAPI 3.0 cannot state: ids of rows that do
# not exist (an id is any integer; the export calls an unknown outlet or topic no valid choice), dates
# outside 1900..tomorrow and addresses that are no web address (a "date" is any date, a "uri" may be a
# mailto: or have no host), a role that ends before it starts, a move the workflow does not have from the
# claim's present status, a publication date before a statement the article reports (or a date said after
# a report's publication), a string of only spaces where text is needed, and NUL, which PostgreSQL text
# cannot hold.
RIGHTLY_REFUSED = [
    re.compile(pattern)
    for pattern in (
        r".*does not exist",
        r"Select a valid choice\. That choice is not one of the available choices\.$",  # an outlet or topic id
        r"Enter a date between",
        r"Enter a valid URL\.$",
        r"A role must end after it starts\.$",
        r"A claim cannot go from",
        r"The date said \(.*\) is after the article's publication date \(.*\)\.$",  # a report's dates
        r"This field may not be blank\.$",
        r"Null characters are not allowed\.$",
    )
]


def messages_of(errors) -> list:
    if isinstance(errors, dict):
        return [message for value in errors.values() for message in messages_of(value)]
    if isinstance(errors, list):
        return [message for value in errors for message in messages_of(value)]
    return [errors]


def rightly_refused(response) -> bool:
    """A 400 whose every message is one of RIGHTLY_REFUSED."""
    if response.status_code != 400:
        return False
    try:
        messages = messages_of(response.json())
    except ValueError:
        return False
    return bool(messages) and all(
        isinstance(message, str) and any(pattern.match(message) for pattern in RIGHTLY_REFUSED) for message in messages
    )


def check(case, response) -> None:
    """Every schemathesis check. ignored_auth is left out: it spoils one scheme (the session cookie) while
    the request still carries the editor's valid token, which rightly authenticates it; anonymous and
    bad-token calls are covered by test_permissions.py (401 for every write)."""
    excused = [ignored_auth]
    if rightly_refused(response):
        # Schema-valid and rightly refused (see above): only the positive-data check is excused for it.
        excused.append(positive_data_acceptance)
    case.validate_response(response, excluded_checks=excused)


def call(case, token: str):
    caches["throttle"].clear()  # the search throttle would answer 429 after a few dozen calls
    return case.call(headers={"Authorization": token})


def coverage_cases(operation, mode, known):
    """The coverage phase: schemathesis's deterministic cases at each parameter's edges (boundaries, every
    enum value, missing required fields, wrong types), as its CLI runs them."""
    generator = CoverageGenerator(
        operation=operation,
        generation_modes=[mode],
        generation_config=operation.schema.config.generation_for(operation=operation, phase="coverage"),
        auth_storage=None,
        override=Override(path_parameters=known or {}),
        feedback=FeedbackSources(),
    )
    return list(generator)


def test_no_generated_request_makes_the_api_fail(api_schema, fuzzing_world):
    token, ids = fuzzing_world
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) == 25
    failures = []
    covered = 0
    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            # Operations on one row get a row that exists (a random id would only ever meet a 404), except
            # reads in negative mode, where the id is all there is to get wrong.
            resource = operation.path.split("/")[3]
            fixed_id = "{id}" in operation.path and not (mode == GenerationMode.NEGATIVE and operation.method == "get")
            known = {"id": ids[resource]} if fixed_id else None
            for case in coverage_cases(operation, mode, known):
                covered += 1
                try:
                    check(case, call(case, token))
                except (Exception, BaseExceptionGroup) as failure:  # noqa: BLE001 - schemathesis groups what it finds
                    failures.append(f"{operation.label} (coverage, {mode.value}): {failure}")
            for phase in PHASES:
                strategy = operation.as_strategy(generation_mode=mode, path_parameters=known, phase=phase)

                @given(case=strategy)
                @settings(
                    max_examples=MAX_EXAMPLES,
                    deadline=None,
                    database=None,  # no .hypothesis folder in the project
                    suppress_health_check=list(HealthCheck),
                    # No shrinking: a failing request is reported as found. Shrinking one can take
                    # hundreds of calls, and the failure message says enough to reproduce it.
                    phases=[Phase.explicit, Phase.generate],
                )
                def generated(case):
                    check(case, call(case, token))

                try:
                    generated()
                except (Exception, BaseExceptionGroup) as failure:  # noqa: BLE001 - schemathesis groups what it finds
                    failures.append(f"{operation.label} ({phase.value}, {mode.value}): {failure}")
    assert covered > 100  # the coverage phase made its cases
    assert not failures, "\n\n".join(failures)
