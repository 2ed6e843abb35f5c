"""Querysets compiled once and run again with other values (config.prepared) give what the ORM gives."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db.models import Count

from claims.models import Claim, Quote
from claims.permissions import sees_claim
from config.prepared import Prepared
from tests.factories import make_claim, make_quote, make_source, make_speaker, make_user, publish

pytestmark = pytest.mark.django_db


def fields(objects, *names) -> list[tuple]:
    return [tuple(getattr(o, n) for n in names) for o in objects]


@pytest.fixture
def reports(analyst, editor):
    """Two claims of two speakers; quotes with and without an outlet; one translated."""
    from claims.services import translation_create
    from sources.services import outlet_get_or_create

    outlet = outlet_get_or_create(name="UNIAN", domains=["unian.ua"])
    claims = []
    for n, speaker in enumerate([make_speaker("Sergei Shoigu"), make_speaker("Maria Zakharova")]):
        claim = make_claim(author=analyst, speaker=speaker, summary=f"Claim {n}")
        for m in range(n + 2):
            source = make_source(text=f"Заява {n}-{m}: «Ми тут {m}».", outlet=outlet if m % 2 else None)
            quote = make_quote(claim=claim, source=source, fragment=f"Ми тут {m}")
            if m == 1:
                translation_create(quote=quote, language="en", text=f"We are here {m}", translator=analyst)
        claims.append(claim)
    publish(claims[0], editor=editor)
    return claims


def test_the_instances_are_the_orms_for_every_value(reports):
    builds = []

    def build(claim_id, kind):
        builds.append(1)
        return (
            Quote.objects.filter(claim_id=claim_id, kind=kind)
            .select_related("claim__speaker", "source__outlet")
            .annotate(translated=Count("translations"))
            .prefetch_related("translations")
            .order_by("-source__published_on", "pk")
        )

    prepared = Prepared(build, claim_id=int, kind=str)
    for claim in reports:
        ours = prepared.list(claim_id=claim.pk, kind="direct")
        orm = list(build(claim.pk, "direct"))
        assert fields(ours, "pk", "text", "start", "translated") == fields(orm, "pk", "text", "start", "translated")
        assert [q.claim.speaker.name for q in ours] == [q.claim.speaker.name for q in orm]
        assert [q.source.outlet and q.source.outlet.name for q in ours] == [None, "UNIAN", None][: len(ours)]
        assert [[t.text for t in q.translations.all()] for q in ours] == [
            [t.text for t in q.translations.all()] for q in orm
        ]
        assert all(not q._state.adding and q._state.db == "default" for q in ours)
        assert prepared.list(claim_id=claim.pk, kind="indirect") == []
    assert len(builds) == 1 + len(reports)  # compiled once; the other builds are the ORM's for comparison
    assert prepared.first(claim_id=10**9, kind="direct") is None
    # A slice is fixed when the queryset is built.
    newest_two = Prepared(lambda claim_id: Quote.objects.filter(claim_id=claim_id).order_by("-pk")[:2], claim_id=int)
    assert [q.pk for q in newest_two.list(claim_id=reports[1].pk)] == sorted(
        Quote.objects.filter(claim=reports[1]).values_list("pk", flat=True), reverse=True
    )[:2]


def test_values_that_are_not_plain_parameters_are_refused(reports):
    with pytest.raises(ValueError, match="name"):
        Prepared(lambda name: Claim.objects.filter(speaker__name__icontains=name), name=str).list(name="Shoigu")
    with pytest.raises(ValueError, match="pk"):  # computed on while the queryset is built
        Prepared(lambda pk: Claim.objects.filter(pk=pk + 1), pk=int).list(pk=1)
    with pytest.raises(ValueError, match="model instances"):
        Prepared(lambda pk: Claim.objects.filter(pk=pk).values("pk"), pk=int).list(pk=1)
    with pytest.raises(ValueError, match="other"):
        Prepared(lambda pk, other: Claim.objects.filter(pk=pk), pk=int, other=int).list(pk=1, other=2)
    with pytest.raises(TypeError, match="pk must be int"):
        Prepared(lambda pk: Claim.objects.filter(pk=pk), pk=int).list(pk="1")


def test_a_claim_in_hand_is_seen_by_whoever_visible_to_lets_see_it(reports, analyst, other_analyst, editor):
    from claims.services import claim_transition

    staff = make_user("staff", is_staff=True)
    claim, seen = reports[1], set()
    for step in (None, Claim.Status.IN_REVIEW, Claim.Status.PUBLISHED, Claim.Status.RETRACTED):
        if step:
            actor = analyst if step == Claim.Status.IN_REVIEW else editor
            claim = claim_transition(claim=claim, to=step, actor=actor, note="Fabricated")
        for user in (AnonymousUser(), analyst, other_analyst, editor, staff):
            visible = set(Claim.objects.visible_to(user).values_list("pk", flat=True))
            for each in Claim.objects.all():
                assert sees_claim(user, each) == (each.pk in visible), (user, each.status)
                seen.add((each.status, each.pk in visible))
    assert len(seen) == 6  # drafts and claims in review both seen and not; published and retracted by all


def test_the_speaker_page_lists_and_counts_what_visible_to_gives_each_audience(analyst, other_analyst, editor):
    from claims.selectors import claims_of_speaker_page, speaker_first_page, speaker_get_for_page

    speaker = make_speaker("Maria Zakharova")
    for n in range(6):  # drafts of two analysts, published ones, one with two reports
        author = analyst if n % 2 else other_analyst
        claim = make_claim(author=author, speaker=speaker, summary=f"Statement {n}")
        for m, language in enumerate(["uk", "en"][: 1 + (n == 4)]):
            source = make_source(text=f"Заява {n}-{m}: «Так {m}».", language=language)
            make_quote(claim=claim, source=source, fragment=f"Так {m}")
        if n >= 3:
            publish(claim, editor=editor)
    make_claim(author=analyst, speaker=speaker, summary="Without reports")
    for user in (AnonymousUser(), analyst, other_analyst, editor):
        found, claims = speaker_get_for_page(pk=speaker.pk, user=user)
        expected = claims_of_speaker_page(list(Claim.objects.visible_to(user).filter(speaker=speaker)), found)
        assert found.visible_claims == len(expected)
        shown = speaker_first_page(speaker=found, user=user)
        assert fields(shown, "pk", "summary", "languages", "quote_count") == fields(
            expected, "pk", "summary", "languages", "quote_count"
        )
        assert all(claim.speaker is found for claim in shown)
    assert fields(shown, "summary", "languages")[:2] == [("Without reports", []), ("Statement 5", ["uk"])]
    assert ("Statement 4", ["en", "uk"]) in fields(shown, "summary", "languages")


def test_the_speaker_pages_past_the_first_continue_where_it_ends(client, analyst, editor):
    """The first page comes from the query compiled once, the others from the ORM: together, every claim once."""
    import datetime
    import re

    from claims.selectors import SPEAKER_PAGE_SIZE

    speaker = make_speaker("Dmitry Peskov")
    for n in range(SPEAKER_PAGE_SIZE + 2):
        said_on = datetime.date(2020, 1, 1) + datetime.timedelta(days=n)
        make_claim(author=analyst, speaker=speaker, said_on=said_on, summary=f"Statement {n:03}")
    assert client.get(speaker.get_absolute_url()).status_code == 404  # drafts only: nothing for readers
    client.force_login(analyst)
    pages = [client.get(speaker.get_absolute_url(), {"page": n}).content.decode() for n in (1, 2)]
    shown = [re.findall(r"Statement (\d{3})", page) for page in pages]
    assert [int(n) for n in shown[0] + shown[1]] == list(range(SPEAKER_PAGE_SIZE + 1, -1, -1))
    assert "Page 1 of 2" in pages[0] and "Page 2 of 2" in pages[1]
    client.force_login(editor)
    assert "Page 1 of 2" in client.get(speaker.get_absolute_url()).content.decode()  # editors see drafts too
