from django.contrib import admin
from django.urls import reverse

from claims.models import Claim, Quote
from claims.permissions import EDITOR
from claims.services import claim_transition
from tests.factories import make_claim, make_quote, make_source, make_user, publish


def other_editor_for(editor):
    return make_user(f"not-{editor.username}", EDITOR)


def test_every_admin_changelist_and_add_page_opens_for_the_admin(client, admin_user, demo):
    client.force_login(admin_user)
    for model, model_admin in admin.site._registry.items():
        info = (model._meta.app_label, model._meta.model_name)
        changelist = client.get(reverse(f"admin:{info[0]}_{info[1]}_changelist"))
        assert changelist.status_code == 200, info
        if model_admin.has_add_permission(type("R", (), {"user": admin_user})()):
            assert client.get(reverse(f"admin:{info[0]}_{info[1]}_add")).status_code == 200, info


def test_admin_claim_change_page_shows_quotes_inline(client, admin_user, demo):
    client.force_login(admin_user)
    claim = Claim.objects.get(quotes__text__startswith="Ви можете повністю")
    page = client.get(reverse("admin:claims_claim_change", args=[claim.pk])).content.decode()
    assert "Ви можете повністю розраховувати" in page
    assert "fully count on Moscow" in page


def test_admin_search_finds_a_speaker_by_alias(client, admin_user, demo):
    client.force_login(admin_user)
    page = client.get(reverse("admin:claims_speaker_changelist"), {"q": "Shoygu"}).content.decode()
    assert "Sergei Shoigu" in page


def test_admin_publish_action_refuses_an_editors_own_claim(client, editor, other_editor):
    own = claim_transition(claim=make_claim(author=editor), to=Claim.Status.IN_REVIEW, actor=editor)
    others = claim_transition(claim=make_claim(author=other_editor), to=Claim.Status.IN_REVIEW, actor=other_editor)
    client.force_login(editor)
    response = client.post(
        reverse("admin:claims_claim_changelist"),
        {"action": "transition_to_published", "_selected_action": [own.pk, others.pk]},
        follow=True,
    )
    own.refresh_from_db()
    others.refresh_from_db()
    assert own.status == Claim.Status.IN_REVIEW
    assert others.status == Claim.Status.PUBLISHED
    assert "another editor must do this" in response.content.decode()


def test_admin_cannot_rewrite_a_quote_around_the_services(client, admin_user, demo):
    client.force_login(admin_user)
    quote = Quote.objects.filter(source__language="uk").first()
    response = client.post(
        reverse("admin:claims_quote_change", args=[quote.pk]),
        {"claim": quote.claim_id, "source": quote.source_id, "start": quote.start, "end": quote.end,
         "text": quote.text.upper(), "kind": "indirect"},
    )  # fmt: skip
    assert response.status_code == 403
    quote.refresh_from_db()
    assert quote.text != quote.text.upper() and quote.kind != "indirect"


def test_admin_action_accepts_proposed_reports_but_not_the_editors_own(client, analyst, editor, other_analyst):
    claim = publish(make_claim(author=analyst), editor=other_editor_for(editor))
    source = make_source()
    theirs = make_quote(claim=claim, source=source, fragment="Ви можете", actor=other_analyst)
    own = make_quote(claim=claim, source=source, fragment="повністю", actor=editor)
    client.force_login(editor)
    response = client.post(
        reverse("admin:claims_quote_changelist"),
        {"action": "report_to_accepted", "_selected_action": [theirs.pk, own.pk]},
        follow=True,
    )
    theirs.refresh_from_db()
    own.refresh_from_db()
    assert (theirs.report_status, own.report_status) == ("accepted", "proposed")
    assert "Nobody accepts their own report" in response.content.decode()


def test_admin_edits_reach_the_search(client, admin_user, demo):
    from claims.search.queries import search, visible_entries

    client.force_login(admin_user)
    claim = Claim.objects.get(quotes__text__startswith="Ви можете повністю")
    data = {
        "speaker": claim.speaker_id, "said_on": "2026-02-03", "occasion": claim.occasion,
        "summary": "Shoigu pledged unwavering backing", "summary_language": "en",
        "topics": list(claim.topics.values_list("pk", flat=True)), "read_version": claim.version,
    }  # fmt: skip
    for prefix, _count in (("quotes", claim.quotes.count()), ("summary_translations", 1), ("review_events", 2)):
        data.update({f"{prefix}-TOTAL_FORMS": 0, f"{prefix}-INITIAL_FORMS": 0})
    response = client.post(reverse("admin:claims_claim_change", args=[claim.pk]), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    found = search(entries=visible_entries(admin_user), query="unwavering").results
    assert {result.quote.claim_id for result in found} == {claim.pk}


def _change_data(claim, **changes) -> dict:
    data = {
        "speaker": claim.speaker_id, "said_on": claim.said_on.isoformat(), "occasion": claim.occasion,
        "summary": claim.summary, "summary_language": claim.summary_language,
        "topics": list(claim.topics.values_list("pk", flat=True)), "read_version": claim.version,
    }  # fmt: skip
    for prefix in ("quotes", "summary_translations", "review_events"):
        data.update({f"{prefix}-TOTAL_FORMS": 0, f"{prefix}-INITIAL_FORMS": 0})
    return data | changes


def test_a_stale_admin_form_does_not_overwrite_a_newer_edit(client, admin_user, analyst):
    from claims.services import claim_update

    claim = make_claim(author=analyst, summary="First wording")
    client.force_login(admin_user)
    opened = _change_data(claim, summary="Admin's wording")  # the form as the admin opened it
    claim_update(claim=claim, actor=analyst, expected_version=claim.version, summary="Analyst's newer wording")

    response = client.post(reverse("admin:claims_claim_change", args=[claim.pk]), opened)

    assert response.status_code == 200
    assert "Someone changed this claim since you opened it" in response.content.decode()
    claim.refresh_from_db()
    assert claim.summary == "Analyst's newer wording"


def test_an_admin_edit_of_a_published_claim_is_a_correction(client, admin_user, analyst, editor):
    claim = publish(make_claim(author=analyst, summary="Published wording"), editor=editor)
    client.force_login(admin_user)

    response = client.post(
        reverse("admin:claims_claim_change", args=[claim.pk]), _change_data(claim, summary="Corrected wording")
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    claim.refresh_from_db()
    assert claim.summary == "Corrected wording" and claim.corrected_at is not None
    assert claim.version > 1


def test_admin_search_goes_through_the_tracker_search_in_any_inflection(client, admin_user, demo):
    # "Москви" (genitive) in a quote is found by "Москва", as on the search page; icontains would miss it.
    client.force_login(admin_user)
    claim = Claim.objects.get(quotes__text__startswith="Ви можете повністю")
    quote = claim.quotes.get(text__startswith="Ви можете повністю")

    claims_page = client.get(reverse("admin:claims_claim_changelist"), {"q": "підтримку Москва"})
    quotes_page = client.get(reverse("admin:claims_quote_changelist"), {"q": "підтримку Москва"})
    by_id = client.get(reverse("admin:claims_claim_changelist"), {"q": str(claim.pk)})
    nothing = client.get(reverse("admin:claims_claim_changelist"), {"q": "зебра"})

    assert "Москви" in quote.text
    assert list(claims_page.context["cl"].result_list) == [claim]
    assert quote in quotes_page.context["cl"].result_list
    assert claim in by_id.context["cl"].result_list
    assert list(nothing.context["cl"].result_list) == []
    assert claims_page.context["cl"].show_full_result_count is False
    assert client.get(reverse("admin:claims_claim_changelist"), {"q": "a\x00b"}).status_code == 200
    for odd in ("-москва", "«»", "x" * 3000):  # an excluded word, no words, a word too long for any text
        answer = client.get(reverse("admin:claims_claim_changelist"), {"q": odd})
        assert answer.status_code == 200 and claim not in answer.context["cl"].result_list
