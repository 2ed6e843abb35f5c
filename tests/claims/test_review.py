"""Editor review: the permission matrix, stale versions, history, notifications, corrections, retractions."""

import itertools

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from claims.models import Claim, ReviewEvent
from claims.selectors import claim_history
from claims.services import StaleClaimError, claim_transition, claim_update
from tests.factories import make_claim, make_quote, make_source

S = Claim.Status
REVIEW_MOVES = {(S.IN_REVIEW, S.PUBLISHED), (S.IN_REVIEW, S.CHANGES_REQUESTED), (S.IN_REVIEW, S.REJECTED),
                (S.PUBLISHED, S.RETRACTED)}  # fmt: skip
SUBMIT_MOVES = {(S.DRAFT, S.IN_REVIEW), (S.CHANGES_REQUESTED, S.IN_REVIEW), (S.WITHDRAWN, S.IN_REVIEW),
                (S.DRAFT, S.DELETED), (S.CHANGES_REQUESTED, S.DELETED), (S.WITHDRAWN, S.DELETED)}  # fmt: skip
AUTHOR_MOVES = {(S.IN_REVIEW, S.WITHDRAWN)}
EDITOR_MOVES = {(S.DELETED, S.DRAFT), (S.REJECTED, S.IN_REVIEW)}  # recover a deleted draft, reopen a rejected claim

# Who may make each kind of move, by the actor's relation to the claim (written out, not derived).
EXPECTED = {
    # (author's role, actor): (may submit or delete, may review, is the author, is an editor)
    ("analyst", "author"): (True, False, True, False),
    ("analyst", "other_analyst"): (False, False, False, False),
    ("analyst", "editor"): (True, True, False, True),
    ("editor", "author"): (True, False, True, True),  # an editor never reviews their own claim
    ("editor", "other_editor"): (True, True, False, True),
    ("editor", "analyst"): (False, False, False, False),
}


def bring_to(claim: Claim, status: str, *, reviewer) -> Claim:
    """Drive a claim to `status` through the service, as its author and a third editor would."""
    paths = {
        S.DRAFT: [],
        S.IN_REVIEW: [(S.IN_REVIEW, claim.author)],
        S.CHANGES_REQUESTED: [(S.IN_REVIEW, claim.author), (S.CHANGES_REQUESTED, reviewer)],
        S.PUBLISHED: [(S.IN_REVIEW, claim.author), (S.PUBLISHED, reviewer)],
        S.REJECTED: [(S.IN_REVIEW, claim.author), (S.REJECTED, reviewer)],
        S.RETRACTED: [(S.IN_REVIEW, claim.author), (S.PUBLISHED, reviewer), (S.RETRACTED, reviewer)],
        S.WITHDRAWN: [(S.IN_REVIEW, claim.author), (S.WITHDRAWN, claim.author)],
        S.DELETED: [(S.DELETED, claim.author)],
    }
    for to, actor in paths[status]:
        claim = claim_transition(claim=claim, to=to, actor=actor, note="set-up")
    return claim


@pytest.fixture
def third_editor(db):
    from claims.permissions import EDITOR
    from tests.factories import make_user

    return make_user("third", EDITOR)


@pytest.mark.parametrize(("author_role", "actor_name"), list(EXPECTED))
def test_permission_matrix_over_every_transition(
    author_role, actor_name, analyst, other_analyst, editor, other_editor, third_editor
):
    author = analyst if author_role == "analyst" else editor
    actors = {"author": author, "other_analyst": other_analyst, "analyst": analyst, "editor": editor,
              "other_editor": other_editor}  # fmt: skip
    actor = actors[actor_name]
    may_submit, may_review, is_author, is_editor = EXPECTED[(author_role, actor_name)]
    reachable = [status for status in S.values if status != S.MERGED]  # merging is claim_merge's alone
    for from_status, to in itertools.product(reachable, S.values):
        claim = bring_to(make_claim(author=author), from_status, reviewer=third_editor)
        before = (claim.status, claim.version, claim.review_events.count())
        allowed = (
            ((from_status, to) in SUBMIT_MOVES and may_submit)
            or ((from_status, to) in REVIEW_MOVES and may_review)
            or ((from_status, to) in AUTHOR_MOVES and is_author)
            or ((from_status, to) in EDITOR_MOVES and is_editor)
        )
        if allowed:
            moved = claim_transition(claim=claim, to=to, actor=actor, note="reason")
            assert moved.status == to, (from_status, to)
            event = moved.review_events.last()
            assert (event.from_status, event.to_status, event.actor) == (from_status, to, actor)
        else:
            with pytest.raises(PermissionDenied):
                claim_transition(claim=claim, to=to, actor=actor, note="reason")
            claim.refresh_from_db()
            assert (claim.status, claim.version, claim.review_events.count()) == before, (from_status, to)


def test_a_note_is_required_for_every_review_move_but_publishing(analyst, editor):
    for to in [S.CHANGES_REQUESTED, S.REJECTED]:
        claim = bring_to(make_claim(author=analyst), S.IN_REVIEW, reviewer=editor)
        with pytest.raises(PermissionDenied, match="note is required"):
            claim_transition(claim=claim, to=to, actor=editor)
    published = bring_to(make_claim(author=analyst), S.PUBLISHED, reviewer=editor)
    with pytest.raises(PermissionDenied, match="note is required"):
        claim_transition(claim=published, to=S.RETRACTED, actor=editor)
    assert claim_transition(claim=bring_to(make_claim(author=analyst), S.IN_REVIEW, reviewer=editor),
                            to=S.PUBLISHED, actor=editor).status == S.PUBLISHED  # fmt: skip


def test_two_editors_act_on_the_same_claim_and_exactly_one_wins(analyst, editor, other_editor):
    claim = bring_to(make_claim(author=analyst), S.IN_REVIEW, reviewer=editor)
    seen_version = claim.version  # both editors opened the review page at this version
    claim_transition(claim=claim, to=S.PUBLISHED, actor=editor, expected_version=seen_version)
    with pytest.raises(StaleClaimError, match="changed by eda"):
        claim_transition(claim=claim, to=S.REJECTED, actor=other_editor, note="dup", expected_version=seen_version)
    claim.refresh_from_db()
    assert claim.status == S.PUBLISHED
    assert list(claim.review_events.values_list("to_status", flat=True)) == [S.IN_REVIEW, S.PUBLISHED]


def test_stale_edit_fails_and_the_form_keeps_what_was_typed(client, analyst, editor):
    claim = make_claim(author=analyst, summary="Original summary")
    client.force_login(analyst)
    form_version = claim.version
    claim_update(claim=claim, actor=editor, expected_version=form_version, summary="Editor's summary")
    response = client.post(
        reverse("claims:edit", args=[claim.pk]),
        {
            "speaker": claim.speaker_id,
            "said_on": "2026-02-03",
            "summary": "My careful rewrite",
            "summary_language": "en",
            "occasion": "",
            "version": form_version,
        },  # fmt: skip
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "changed by eda" in page and "Reload" in page
    assert "My careful rewrite" in page
    claim.refresh_from_db()
    assert claim.summary == "Editor's summary"


def test_stale_transition_from_the_review_page_keeps_the_note(client, analyst, editor, other_editor):
    claim = bring_to(make_claim(author=analyst), S.IN_REVIEW, reviewer=editor)
    old_version = claim.version
    claim_transition(claim=claim, to=S.PUBLISHED, actor=editor)
    client.force_login(other_editor)
    response = client.post(
        reverse("claims:transition", args=[claim.pk]),
        {"to": S.REJECTED, "note": "Duplicate of another claim", "version": old_version, "origin": "review"},
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "changed by eda" in page
    assert "Duplicate of another claim" in page
    claim.refresh_from_db()
    assert claim.status == S.PUBLISHED


def test_history_lists_every_change_with_its_author(client, analyst, editor):
    claim = make_claim(author=analyst, summary="First words")
    claim = claim_update(claim=claim, actor=analyst, expected_version=claim.version, summary="Second words")
    claim = claim_transition(claim=claim, to=S.IN_REVIEW, actor=analyst)
    claim = claim_transition(claim=claim, to=S.CHANGES_REQUESTED, actor=editor, note="Add the date")
    claim = claim_update(claim=claim, actor=analyst, expected_version=claim.version, occasion="Press conference")
    make_quote(claim=claim, source=make_source(), fragment="Ви можете", actor=analyst)
    entries = claim_history(claim)
    summary = [(e.who.username, e.what, [c[0] for c in e.changes]) for e in reversed(entries)]
    assert summary[0] == ("ana", "created", [])
    assert ("ana", "changed", ["summary"]) in summary
    assert ("ana", "changed", ["status"]) in summary
    assert ("eda", "changed", ["status"]) in summary
    assert ("ana", "changed", ["occasion"]) in summary
    assert ("ana", "quote added", [""]) in summary
    summary_change = next(e for e in entries if e.changes and e.changes[0][0] == "summary")
    assert summary_change.changes[0][1:] == ("First words", "Second words")
    client.force_login(editor)
    page = client.get(reverse("claims:review", args=[claim.pk])).content.decode()
    assert "<del>First words</del>" in page and "<ins>Second words</ins>" in page


def test_review_queue_lists_claims_oldest_first_with_filters_and_counts(client, analyst, other_analyst, editor):
    first = bring_to(make_claim(author=analyst, summary="Older claim"), S.IN_REVIEW, reviewer=editor)
    second = make_claim(author=other_analyst, summary="Newer claim")
    make_quote(claim=second, source=make_source(), fragment="Ви можете", actor=other_analyst)
    second = bring_to(second, S.IN_REVIEW, reviewer=editor)
    make_claim(author=analyst, summary="Still a draft")
    client.force_login(editor)
    page = client.get(reverse("claims:review_queue")).content.decode()
    assert page.index("Older claim") < page.index("Newer claim")
    assert "Still a draft" not in page
    assert "2 claims wait for review" in page
    filtered = client.get(reverse("claims:review_queue"), {"author": other_analyst.pk}).content.decode()
    assert "Newer claim" in filtered and "Older claim" not in filtered
    by_language = client.get(reverse("claims:review_queue"), {"language": "uk"}).content.decode()
    assert "Newer claim" in by_language and "Older claim" not in by_language
    assert first.pk != second.pk


def test_review_pages_are_for_editors_only(client, analyst, editor):
    claim = bring_to(make_claim(author=analyst), S.IN_REVIEW, reviewer=editor)
    client.force_login(analyst)
    assert client.get(reverse("claims:review_queue")).status_code == 403
    assert client.get(reverse("claims:review", args=[claim.pk])).status_code == 403
    response = client.post(reverse("claims:transition", args=[claim.pk]), {"to": S.PUBLISHED, "version": claim.version})
    assert response.status_code == 400
    claim.refresh_from_db()
    assert claim.status == S.IN_REVIEW


def test_review_page_shows_quotes_in_context_and_possible_duplicates(client, analyst, editor):
    source = make_source(text='Вступ. "Ви можете повністю розраховувати на нас", - заявив Шойгу. Далі інше.')
    claim = make_claim(author=analyst, summary="Shoigu promised support")
    make_quote(claim=claim, source=source, fragment="Ви можете повністю розраховувати на нас")
    twin = make_claim(author=analyst, speaker=claim.speaker, summary="Shoigu promised full support to Myanmar")
    claim = bring_to(claim, S.IN_REVIEW, reviewer=editor)
    client.force_login(editor)
    page = client.get(reverse("claims:review", args=[claim.pk])).content.decode()
    assert "Вступ." in page and "<mark>Ви можете повністю розраховувати на нас</mark>" in page
    assert twin.get_absolute_url() in page
    assert reverse("sources:snapshot", args=[source.pk]) in page


def test_dashboard_shows_the_editors_note_on_a_returned_claim(client, analyst, editor):
    claim = bring_to(make_claim(author=analyst, summary="Needs work"), S.IN_REVIEW, reviewer=editor)
    claim_transition(claim=claim, to=S.CHANGES_REQUESTED, actor=editor, note="Which meeting was this?")
    make_claim(author=analyst, summary="Quiet draft")
    client.force_login(analyst)
    page = client.get(reverse("claims:dashboard")).content.decode()
    assert "Which meeting was this?" in page
    assert "Quiet draft" in page


def test_emails_go_to_editors_on_submit_and_to_the_author_on_decisions(
    analyst, editor, other_editor, mailoutbox, django_capture_on_commit_callbacks
):
    claim = make_claim(author=analyst)
    with django_capture_on_commit_callbacks(execute=True):
        claim = claim_transition(claim=claim, to=S.IN_REVIEW, actor=analyst)
    assert sorted(m.to[0] for m in mailoutbox) == sorted([editor.email, other_editor.email])
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        claim = claim_transition(claim=claim, to=S.CHANGES_REQUESTED, actor=editor, note="Fix the date")
    assert [m.to for m in mailoutbox] == [[analyst.email]]
    assert "Fix the date" in mailoutbox[0].body
    for to, actor, note in [(S.IN_REVIEW, analyst, ""), (S.PUBLISHED, editor, ""), (S.RETRACTED, editor, "Wrong")]:
        mailoutbox.clear()
        with django_capture_on_commit_callbacks(execute=True):
            claim = claim_transition(claim=claim, to=to, actor=actor, note=note)
        expected = {editor.email, other_editor.email} if to == S.IN_REVIEW else {analyst.email}
        assert {m.to[0] for m in mailoutbox} == expected, to


def test_email_links_use_the_configured_site_address(
    analyst, editor, settings, mailoutbox, django_capture_on_commit_callbacks
):
    settings.SITE_URL = "https://tracker.example.org/"  # TRACKER_SITE_URL
    claim = make_claim(author=analyst)
    with django_capture_on_commit_callbacks(execute=True):
        claim = claim_transition(claim=claim, to=S.IN_REVIEW, actor=analyst)
    assert f"https://tracker.example.org/review/{claim.pk}/" in mailoutbox[0].body
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        claim_transition(claim=claim, to=S.CHANGES_REQUESTED, actor=editor, note="Fix the date")
    assert f"https://tracker.example.org/claims/{claim.pk}/" in mailoutbox[0].body
    assert "127.0.0.1" not in mailoutbox[0].body


def test_a_newline_in_the_summary_does_not_break_or_forge_the_email(
    analyst, editor, mailoutbox, django_capture_on_commit_callbacks
):
    claim = make_claim(author=analyst, summary="Shoigu spoke\r\nBcc: victim@example.com\nagain")
    with django_capture_on_commit_callbacks(execute=True):
        claim = claim_transition(claim=claim, to=S.IN_REVIEW, actor=analyst)

    assert claim.status == S.IN_REVIEW
    assert mailoutbox and mailoutbox[0].subject == (
        "Claim waiting for review: Shoigu spoke Bcc: victim@example.com again"
    )
    assert all("victim@example.com" not in m.bcc and "victim@example.com" not in m.to for m in mailoutbox)


def test_editor_corrects_a_published_claim_and_the_page_says_so(client, analyst, editor):
    claim = bring_to(make_claim(author=analyst, summary="Shoigu said X"), S.PUBLISHED, reviewer=editor)
    with pytest.raises(PermissionDenied):
        claim_update(claim=claim, actor=analyst, expected_version=claim.version, summary="Analyst sneaks in")
    client.force_login(editor)
    response = client.post(
        reverse("claims:edit", args=[claim.pk]),
        {
            "speaker": claim.speaker_id,
            "said_on": "2026-02-04",
            "summary": "Shoigu said X, on the next day",
            "summary_language": "en",
            "occasion": "",
            "version": claim.version,
        },  # fmt: skip
    )
    assert response.status_code == 302
    claim.refresh_from_db()
    assert claim.corrected_at is not None and claim.status == S.PUBLISHED
    client.logout()
    page = client.get(claim.get_absolute_url()).content.decode()
    assert "Corrected on" in page and "on the next day" in page
    assert claim.history.first().history_user == editor


def test_retracted_claim_says_so_publicly_and_keeps_the_reason_for_staff(client, analyst, editor):
    claim = bring_to(make_claim(author=analyst, summary="Later found false"), S.PUBLISHED, reviewer=editor)
    claim_transition(claim=claim, to=S.RETRACTED, actor=editor, note="The outlet withdrew the interview")
    public = client.get(claim.get_absolute_url()).content.decode()
    assert "This claim was retracted." in public
    assert "The outlet withdrew the interview" not in public
    assert claim.get_absolute_url() not in client.get("/").content.decode()
    client.force_login(editor)
    assert "The outlet withdrew the interview" in client.get(claim.get_absolute_url()).content.decode()


def test_analyst_cannot_edit_anothers_draft_by_guessing_the_url(client, analyst, other_analyst):
    claim = make_claim(author=analyst, summary="Mine")
    client.force_login(other_analyst)
    assert client.get(reverse("claims:edit", args=[claim.pk])).status_code == 404
    response = client.post(
        reverse("claims:edit", args=[claim.pk]),
        {"speaker": claim.speaker_id, "said_on": "2026-02-03", "summary": "Theirs", "summary_language": "en"},
    )
    assert response.status_code == 404
    claim.refresh_from_db()
    assert claim.summary == "Mine"
    assert ReviewEvent.objects.count() == 0


def test_management_command_goes_through_the_same_rules(analyst, editor):
    from django.core.management import CommandError, call_command

    claim = bring_to(make_claim(author=analyst), S.IN_REVIEW, reviewer=editor)
    with pytest.raises(CommandError, match="Only editors"):
        call_command("claim_transition", claim.pk, to=S.PUBLISHED, username=analyst.username)
    call_command("claim_transition", claim.pk, to=S.PUBLISHED, username=editor.username)
    claim.refresh_from_db()
    assert claim.status == S.PUBLISHED
    assert claim.review_events.last().actor == editor


@pytest.mark.parametrize("status", [S.PUBLISHED, S.RETRACTED])
def test_an_editor_cannot_edit_their_own_claim_after_another_editor_reviewed_it(client, editor, other_editor, status):
    claim = bring_to(make_claim(author=editor, summary="Reviewed wording"), status, reviewer=other_editor)

    with pytest.raises(PermissionDenied):
        claim_update(claim=claim, actor=editor, expected_version=claim.version, summary="Unreviewed change")
    client.force_login(editor)
    page = client.post(
        reverse("claims:edit", args=[claim.pk]),
        {"speaker": claim.speaker_id, "said_on": "2026-02-04", "summary": "Unreviewed change",
         "summary_language": "en", "occasion": "", "version": claim.version},
    )  # fmt: skip

    assert page.status_code in {403, 404}
    claim.refresh_from_db()
    assert claim.summary == "Reviewed wording" and claim.corrected_at is None
    # Another editor still corrects it.
    claim_update(claim=claim, actor=other_editor, expected_version=claim.version, summary="Corrected")
    claim.refresh_from_db()
    assert claim.summary == "Corrected"


def test_the_stale_edit_message_gives_the_time_in_the_sites_time_zone(analyst, editor, settings):
    import datetime

    from django.utils import timezone

    settings.TIME_ZONE = "Europe/Kyiv"  # UTC+2 in winter
    claim = make_claim(author=analyst, summary="Original summary")
    seen = claim.version
    claim_update(claim=claim, actor=editor, expected_version=seen, summary="Editor's summary")
    Claim.objects.filter(pk=claim.pk).update(updated_at=datetime.datetime(2026, 2, 3, 12, 5, tzinfo=datetime.UTC))
    claim.refresh_from_db()
    with timezone.override("Europe/Kyiv"), pytest.raises(StaleClaimError, match=r"at Feb. 3, 2026, 2:05 p\.m\."):
        claim_update(claim=claim, actor=analyst, expected_version=seen, summary="Mine")
