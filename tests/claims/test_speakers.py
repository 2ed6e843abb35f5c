import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from claims.models import Claim, Speaker, SpeakerAlias
from claims.speakers.search import speaker_search
from claims.speakers.services import speaker_merge, speaker_update
from tests.factories import make_claim, make_speaker

pytestmark = pytest.mark.django_db

DEFENCE = {
    "title": "Minister of Defence",
    "organization": "Russia",
    "start_date": datetime.date(2012, 11, 6),
    "end_date": datetime.date(2024, 5, 12),
}
SECURITY_COUNCIL = {
    "title": "Secretary of the Security Council",
    "organization": "Russia",
    "start_date": datetime.date(2024, 5, 12),
    "end_date": None,
}


def make_shoigu(**fields) -> Speaker:
    fields.setdefault("names", {"en": "Sergei Shoigu", "uk": "Сергій Шойгу"})
    fields.setdefault("roles", [DEFENCE, SECURITY_COUNCIL])
    return make_speaker("Sergei Shoigu", **fields)


@pytest.fixture
def shoigu(db) -> Speaker:
    return make_shoigu()


@pytest.fixture
def putin(db) -> Speaker:
    return make_speaker("Vladimir Putin", names={"en": "Vladimir Putin", "uk": "Володимир Путін"})


@pytest.fixture
def peskov(db) -> Speaker:
    return make_speaker("Dmitry Peskov", names={"en": "Dmitry Peskov", "uk": "Дмитро Пєсков"})


def found(query: str) -> list[str]:
    return [speaker.name for speaker in speaker_search(query)]


# --- search -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query", ["shoigu", "Шойгу", "SHOYGU", "Shoygu", "Сергей Шойгу", "Сергій Шойгу", "sergei shoigu", "Шойгу Сергей"]
)
def test_speaker_search_finds_shoigu_by_any_script_case_and_spelling(query, shoigu, putin, peskov):
    assert found(query) == ["Sergei Shoigu"]


@pytest.mark.parametrize("query", ["Shoigy", "Soigu", "Shoiguu", "Шойгк"])
def test_speaker_search_catches_small_misspellings(query, shoigu, putin, peskov):
    assert found(query)[:1] == ["Sergei Shoigu"]


@pytest.mark.parametrize("query", ["Путіна", "Путіну", "Путина", "Putin's", "ПУТІН"])
def test_speaker_search_finds_inflected_forms_of_a_name(query, shoigu, putin, peskov):
    assert found(query)[:1] == ["Vladimir Putin"]


def test_speaker_search_finds_inflected_ukrainian_surname_with_first_name(shoigu, putin, peskov):
    assert found("Дмитра Пєскова") == ["Dmitry Peskov"]


def test_speaker_search_puts_exact_matches_before_near_ones(shoigu):
    lookalike = make_speaker("Sergei Shoigo")
    assert found("Shoigu")[0] == "Sergei Shoigu"
    assert found("Shoigo")[0] == lookalike.name


def test_speaker_search_returns_nothing_for_an_empty_query(shoigu):
    assert speaker_search("  ") == []
    assert speaker_search("|") == []


def test_speaker_search_loads_names_aliases_and_roles_in_fixed_queries(shoigu, putin, django_assert_num_queries):
    make_speaker("Sergei Shoygu Jr.", aliases=["Shoygu junior"])
    with django_assert_num_queries(4):
        speakers = speaker_search("Shoigu")
        labels = [(s.localized_name("uk"), [a.alias for a in s.aliases.all()], list(s.roles.all())) for s in speakers]
    assert len(labels) == 2


def test_speaker_create_fills_the_search_keys(shoigu):
    assert "сергій шойгу" in shoigu.search_keys
    assert "serhi shoihu" in Speaker.objects.get(pk=shoigu.pk).search_keys


def test_search_keys_follow_an_alias_added_through_speaker_update(shoigu, editor):
    assert found("Кужугетович") == []
    speaker_update(
        speaker=shoigu,
        actor=editor,
        name=shoigu.name,
        kind=shoigu.kind,
        wikidata_id=None,
        description="",
        names={"en": "Sergei Shoigu", "uk": "Сергій Шойгу"},
        aliases=["Сергей Кужугетович Шойгу"],
        roles=[DEFENCE, SECURITY_COUNCIL],
    )
    assert "сергей кужугетович шойгу" in Speaker.objects.get(pk=shoigu.pk).search_keys
    assert found("Кужугетович") == ["Sergei Shoigu"]
    assert found("Kuzhugetovich") == ["Sergei Shoigu"]


# --- create and edit --------------------------------------------------------------------------


def speaker_post(
    *,
    name: str = "Sergei Shoigu",
    kind: str = "person",
    wikidata_id: str = "",
    description: str = "",
    names: list[tuple[str, str]] = (),
    aliases: list[str] = (),
    roles: list[tuple[str, str, str, str]] = (),
) -> dict:
    """The POST a browser sends from the speaker form, with one empty extra row in each formset."""
    data = {"name": name, "kind": kind, "wikidata_id": wikidata_id, "description": description}
    rows = {
        "names": [{"language": lang, "name": value} for lang, value in names] + [{"language": "", "name": ""}],
        "aliases": [{"alias": alias} for alias in aliases] + [{"alias": ""}],
        "roles": [{"title": t, "organization": o, "start_date": s, "end_date": e} for t, o, s, e in roles]
        + [{"title": "", "organization": "", "start_date": "", "end_date": ""}],
    }
    for prefix, forms in rows.items():
        data.update({f"{prefix}-TOTAL_FORMS": len(forms), f"{prefix}-INITIAL_FORMS": 0})
        for index, form in enumerate(forms):
            data.update({f"{prefix}-{index}-{key}": value for key, value in form.items()})
    return data


def test_analyst_creates_a_speaker_with_names_aliases_and_roles(client, analyst):
    client.force_login(analyst)
    assert client.get(reverse("claims:speaker_new")).status_code == 200
    response = client.post(
        reverse("claims:speaker_new"),
        speaker_post(
            wikidata_id="q313520",
            names=[("uk", "Сергій Шойгу"), ("en", "Sergei Shoigu")],
            aliases=["Shoygu", "Сергей Шойгу"],
            roles=[("Minister of Defence", "Russia", "2012-11-06", "2024-05-12")],
        ),
    )
    speaker = Speaker.objects.get(name="Sergei Shoigu")
    assert response.status_code == 302 and response["Location"] == speaker.get_absolute_url()
    assert speaker.wikidata_id == "Q313520"
    assert {n.language: n.name for n in speaker.names.all()} == {"uk": "Сергій Шойгу", "en": "Sergei Shoigu"}
    assert sorted(a.alias for a in speaker.aliases.all()) == ["Shoygu", "Сергей Шойгу"]
    assert speaker.role_on(datetime.date(2020, 1, 1)).title == "Minister of Defence"
    assert speaker.history.first().history_user == analyst
    assert found("Shoygu") == ["Sergei Shoigu"]


def test_reader_cannot_open_the_new_speaker_form(client):
    response = client.get(reverse("claims:speaker_new"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_speaker_form_refuses_a_role_ending_before_it_starts_and_keeps_the_input(client, analyst):
    client.force_login(analyst)
    response = client.post(
        reverse("claims:speaker_new"),
        speaker_post(
            names=[("uk", "Сергій Шойгу")],
            aliases=["Shoygu"],
            roles=[("Minister of Defence", "Russia", "2024-05-12", "2012-11-06")],
        ),
    )
    page = response.content.decode()
    assert response.status_code == 400
    assert not Speaker.objects.exists()
    assert "A role must end after it starts." in page
    # The error sits in the role's row, and everything typed is still there.
    row = page[page.index('name="roles-0-title"') : page.index('name="roles-1-title"')]
    assert "A role must end after it starts." in row
    assert 'value="Minister of Defence"' in page and 'value="2024-05-12"' in page and 'value="2012-11-06"' in page
    assert 'value="Сергій Шойгу"' in page and 'value="Shoygu"' in page


def test_speaker_form_refuses_a_malformed_wikidata_id_and_keeps_the_input(client, analyst):
    client.force_login(analyst)
    response = client.post(
        reverse("claims:speaker_new"), speaker_post(wikidata_id="X12", names=[("en", "Sergei Shoigu")])
    )
    page = response.content.decode()
    assert response.status_code == 400
    assert not Speaker.objects.exists()
    assert "A Wikidata ID is a Q followed by digits, such as Q313520." in page
    assert 'value="X12"' in page and 'value="Sergei Shoigu"' in page


def test_speaker_form_refuses_a_wikidata_id_another_speaker_has(client, analyst, putin):
    Speaker.objects.filter(pk=putin.pk).update(wikidata_id="Q7747")
    client.force_login(analyst)
    response = client.post(reverse("claims:speaker_new"), speaker_post(wikidata_id="Q7747"))
    assert response.status_code == 400
    assert "already exists" in response.content.decode()
    assert Speaker.objects.count() == 1


def test_speaker_form_refuses_two_names_in_one_language(client, analyst):
    client.force_login(analyst)
    response = client.post(
        reverse("claims:speaker_new"), speaker_post(names=[("uk", "Сергій Шойгу"), ("uk", "С. Шойгу")])
    )
    assert response.status_code == 400
    assert "There is already a name in this language." in response.content.decode()


def test_editing_a_speaker_replaces_its_names_aliases_and_roles(client, analyst, shoigu):
    SpeakerAlias.objects.create(speaker=shoigu, alias="Shoygu")
    client.force_login(analyst)
    url = reverse("claims:speaker_edit", args=[shoigu.pk])
    page = client.get(url).content.decode()
    assert 'value="Сергій Шойгу"' in page and 'value="Shoygu"' in page and 'value="Minister of Defence"' in page
    response = client.post(
        url,
        speaker_post(
            wikidata_id="Q313520",
            description="Russian official.",
            names=[("uk", "Сергій Шойгу"), ("ru", "Сергей Шойгу")],
            aliases=["Sergey Shoygu"],
            roles=[("Secretary of the Security Council", "Russia", "2024-05-12", "")],
        ),
    )
    assert response.status_code == 302
    shoigu.refresh_from_db()
    assert shoigu.wikidata_id == "Q313520" and shoigu.description == "Russian official."
    assert {n.language: n.name for n in shoigu.names.all()} == {"uk": "Сергій Шойгу", "ru": "Сергей Шойгу"}
    assert [a.alias for a in shoigu.aliases.all()] == ["Sergey Shoygu"]
    assert [r.title for r in shoigu.roles.all()] == ["Secretary of the Security Council"]
    assert shoigu.history.first().history_user == analyst
    assert found("Shoygu") == ["Sergei Shoigu"]  # the skeleton of the remaining names still meets it


def test_editing_a_speaker_with_a_bad_role_changes_nothing_and_keeps_the_input(client, analyst, shoigu):
    client.force_login(analyst)
    response = client.post(
        reverse("claims:speaker_edit", args=[shoigu.pk]),
        speaker_post(names=[("uk", "Сергій Шойгу")], roles=[("Minister", "", "2020-01-01", "2020-01-01")]),
    )
    assert response.status_code == 400
    assert "A role must end after it starts." in response.content.decode()
    assert 'value="2020-01-01"' in response.content.decode()
    assert shoigu.roles.count() == 2 and shoigu.names.count() == 2


def test_speaker_update_refuses_a_role_ending_before_it_starts(shoigu, editor):
    with pytest.raises(ValidationError):
        speaker_update(
            speaker=shoigu,
            actor=editor,
            name=shoigu.name,
            kind=shoigu.kind,
            wikidata_id=None,
            description="",
            names={},
            aliases=[],
            roles=[{**DEFENCE, "end_date": datetime.date(2000, 1, 1)}],
        )
    assert shoigu.roles.count() == 2


# --- merge ------------------------------------------------------------------------------------


@pytest.fixture
def duplicate(db) -> Speaker:
    return make_speaker(
        "Sergey Shoygu",
        names={"en": "Sergey Shoygu", "ru": "Сергей Шойгу"},
        aliases=["С. Шойгу", "Shoigu"],
        roles=[
            DEFENCE,
            {"title": "Governor", "organization": "Moscow Oblast", "start_date": datetime.date(2012, 5, 11)},
        ],
    )


def test_analyst_cannot_merge_speakers(client, analyst, shoigu, duplicate):
    claim = make_claim(author=analyst, speaker=duplicate)
    client.force_login(analyst)
    url = reverse("claims:speaker_merge", args=[duplicate.pk])
    assert client.get(url).status_code == 403
    assert client.post(url, {"target": shoigu.pk}).status_code == 403
    with pytest.raises(PermissionDenied):
        speaker_merge(source=duplicate, target=shoigu, actor=analyst)
    claim.refresh_from_db()
    assert claim.speaker == duplicate and claim.history.count() == 1
    assert Speaker.objects.filter(pk=duplicate.pk).exists()
    assert shoigu.aliases.count() == 0


def test_editor_merge_moves_claims_and_turns_names_into_aliases(client, analyst, editor, shoigu, duplicate):
    claims = [make_claim(author=analyst, speaker=duplicate, summary=f"Statement {n}") for n in range(2)]
    other = make_claim(author=analyst, speaker=shoigu)
    client.force_login(editor)
    url = reverse("claims:speaker_merge", args=[duplicate.pk])

    choose = client.get(url).content.decode()  # searched by the duplicate's own name to start with
    assert f"?target={shoigu.pk}" in choose
    confirm = client.get(url, {"target": shoigu.pk}).content.decode()
    assert "2 claims will name the kept speaker" in confirm
    assert "Сергей Шойгу" in confirm and "Sergey Shoygu" in confirm and "Governor" in confirm
    assert Claim.objects.filter(speaker=duplicate).count() == 2  # looking changes nothing

    response = client.post(url, {"target": shoigu.pk})
    assert response.status_code == 302 and response["Location"] == shoigu.get_absolute_url()
    assert not Speaker.objects.filter(pk=duplicate.pk).exists()
    assert Claim.objects.filter(speaker=shoigu).count() == 3
    # Russian was missing on the kept speaker: it becomes its Russian name; the English spelling an alias.
    assert {n.language: n.name for n in shoigu.names.all()} == {
        "en": "Sergei Shoigu",
        "uk": "Сергій Шойгу",
        "ru": "Сергей Шойгу",
    }
    assert sorted(a.alias for a in shoigu.aliases.all()) == ["Sergey Shoygu", "Shoigu", "С. Шойгу"]
    assert sorted(r.title for r in shoigu.roles.all()) == [
        "Governor",
        "Minister of Defence",
        "Secretary of the Security Council",
    ]
    page = client.get(response["Location"]).content.decode()
    assert "was merged into this speaker: 2 claims moved." in page
    assert found("С. Шойгу") == ["Sergei Shoigu"]
    other.refresh_from_db()
    assert other.history.count() == 1  # claims of the kept speaker are untouched
    for claim in claims:
        latest, before = claim.history.order_by("-history_date", "-history_id")[:2]
        assert before.speaker_id == duplicate.pk and latest.speaker_id == shoigu.pk
        assert latest.history_user == editor
        assert "merged into" in latest.history_change_reason


def test_merge_keeps_the_removed_speaker_in_the_history_with_the_editor(editor, shoigu, duplicate):
    duplicate_pk = duplicate.pk
    speaker_merge(source=duplicate, target=shoigu, actor=editor)
    removal = Speaker.history.filter(id=duplicate_pk).order_by("-history_date").first()
    assert removal.history_type == "-" and removal.history_user == editor
    assert removal.name == "Sergey Shoygu"
    assert f"into #{shoigu.pk}" in removal.history_change_reason


def test_merge_gives_the_kept_speaker_a_wikidata_id_it_lacked(editor, shoigu):
    source = make_speaker("S. Shoigu", wikidata_id="Q313520")
    speaker_merge(source=source, target=shoigu, actor=editor)
    shoigu.refresh_from_db()
    assert shoigu.wikidata_id == "Q313520"
    assert shoigu.history.first().history_user == editor


def test_merging_a_speaker_into_itself_is_refused(client, analyst, editor, shoigu):
    claim = make_claim(author=analyst, speaker=shoigu)
    with pytest.raises(ValidationError):
        speaker_merge(source=shoigu, target=shoigu, actor=editor)
    client.force_login(editor)
    url = reverse("claims:speaker_merge", args=[shoigu.pk])
    response = client.post(url, {"target": shoigu.pk})
    assert response.status_code == 400
    assert "A speaker cannot be merged into itself." in response.content.decode()
    assert "A speaker cannot be merged into itself." in client.get(url, {"target": shoigu.pk}).content.decode()
    assert Speaker.objects.filter(pk=shoigu.pk).exists()
    assert claim.history.count() == 1


def test_merge_page_does_not_offer_the_speaker_itself(client, editor, shoigu, duplicate):
    client.force_login(editor)
    page = client.get(reverse("claims:speaker_merge", args=[shoigu.pk]), {"q": "Shoigu"}).content.decode()
    assert f"?target={duplicate.pk}" in page
    assert f"?target={shoigu.pk}" not in page


# --- pages and the autocomplete ----------------------------------------------------------------


def test_speaker_page_links_to_edit_for_analysts_and_to_merge_for_editors(client, analyst, editor, shoigu):
    edit, merge = (reverse(f"claims:speaker_{what}", args=[shoigu.pk]) for what in ("edit", "merge"))
    assert edit not in client.get(shoigu.get_absolute_url()).content.decode()
    client.force_login(analyst)
    page = client.get(shoigu.get_absolute_url()).content.decode()
    assert edit in page and merge not in page
    client.force_login(editor)
    page = client.get(shoigu.get_absolute_url()).content.decode()
    assert edit in page and merge in page


def test_speaker_list_searches_by_any_spelling(client, analyst, shoigu, putin):
    assert client.get(reverse("claims:speaker_list")).status_code == 302  # readers see speakers via claims
    client.force_login(analyst)
    page = client.get(reverse("claims:speaker_list"), {"q": "Шойгу"}).content.decode()
    assert shoigu.get_absolute_url() in page and putin.get_absolute_url() not in page
    page = client.get(reverse("claims:speaker_list")).content.decode()
    assert shoigu.get_absolute_url() in page and putin.get_absolute_url() in page


def test_speaker_search_json_returns_names_and_aliases_for_autocomplete(client, analyst, shoigu, putin):
    SpeakerAlias.objects.create(speaker=shoigu, alias="Shoygu")
    client.force_login(analyst)
    response = client.get(reverse("claims:speaker_search"), {"q": "SHOYGU"}, HTTP_ACCEPT_LANGUAGE="uk")
    assert response.status_code == 200 and response["Content-Type"] == "application/json"
    assert response.json() == {
        "results": [
            {
                "id": shoigu.pk,
                "name": "Сергій Шойгу",
                "label": "Сергій Шойгу — Secretary of the Security Council, Russia",
                "names": {"en": "Sergei Shoigu", "uk": "Сергій Шойгу"},
                "aliases": ["Shoygu"],
            }
        ]
    }
    assert client.get(reverse("claims:speaker_search")).json() == {"results": []}


def test_speaker_search_json_requires_login(client, shoigu):
    response = client.get(reverse("claims:speaker_search"), {"q": "Shoigu"})
    assert response.status_code == 401
    assert "results" not in response.json()
