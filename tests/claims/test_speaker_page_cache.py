"""A speaker page's timeline is kept with its profile, under the speaker's `profile_version`: its claims are
not read again while it holds, and a new or changed claim of the speaker shows at once."""

import pytest
from django.urls import reverse

from claims.services import claim_update
from tests.factories import make_claim, make_quote, make_source, make_speaker, publish

# Pages are kept only outside transactions, as on the site.
pytestmark = pytest.mark.django_db(transaction=True)


def timeline(client, speaker) -> str:
    response = client.get(reverse("claims:speaker", args=[speaker.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    return html[html.index('<ol class="timeline">') : html.index("</ol>", html.index('<ol class="timeline">'))]


def published(*, speaker, analyst, editor, summary: str):
    claim = make_claim(author=analyst, speaker=speaker, summary=summary)
    make_quote(claim=claim, source=make_source(), fragment="всебічну підтримку", actor=analyst)
    return publish(claim, editor=editor)


@pytest.mark.parametrize("who", ["reader", "analyst", "editor"])
def test_a_kept_timeline_reads_no_claims_and_shows_a_change_at_once(client, analyst, editor, who):
    speaker = make_speaker()
    first = published(speaker=speaker, analyst=analyst, editor=editor, summary="First statement")
    if who != "reader":
        client.force_login(analyst if who == "analyst" else editor)
    shown = timeline(client, speaker)
    assert "First statement" in shown
    with pytest.MonkeyPatch.context() as patch:  # the claims of the page are not read again
        patch.setattr("claims.speakers.views.claims_of_speaker_page", lambda *args: pytest.fail("claims read"))
        assert timeline(client, speaker) == shown

    published(speaker=speaker, analyst=analyst, editor=editor, summary="Second statement")
    assert "Second statement" in timeline(client, speaker)
    claim_update(claim=first, actor=editor, expected_version=None, summary="First statement, corrected")
    assert "First statement, corrected" in timeline(client, speaker)
