from claims.models import Claim, Speaker
from ops.demo import demo_counts, load_demo


def test_loading_demo_data_twice_yields_the_same_counts(db, tmp_path):
    credentials = tmp_path / "demo-users.txt"
    load_demo(credentials_file=credentials)
    first = demo_counts()
    printed = credentials.read_text()
    report = load_demo(credentials_file=credentials)
    assert demo_counts() == first
    assert report.created == {}
    assert credentials.read_text() == printed  # the passwords shown stay valid
    assert first == {
        "outlets": 20,  # the curated outlets, with the demo's news.az
        "sources": 3,
        "speakers": 8,
        "claims": 12,
        "quotes": 14,
        "topics": 5,
        "users": 3,
    }


def test_demo_shoigu_support_is_one_claim_reported_in_ukrainian_and_english(demo):
    claim = Claim.objects.get(quotes__text__startswith="Ви можете повністю розраховувати")
    assert claim.speaker.name == "Sergei Shoigu"
    reports = sorted((q.source.language, q.kind) for q in claim.quotes.select_related("source"))
    assert reports == [("en", "partial"), ("uk", "direct")]
    assert claim.status == Claim.Status.PUBLISHED


def test_demo_understanding_and_stance_reports_are_one_claim(demo):
    claim = Claim.objects.get(quotes__text__contains="розуміння")
    texts = sorted(claim.quotes.values_list("text", flat=True))
    assert texts[0].startswith("Shoigu also thanked Myanmar’s rulers for their stance")
    assert texts[1].startswith("подякував Мʼянмі")


def test_demo_has_claims_in_several_workflow_states_with_their_history(demo):
    statuses = set(Claim.objects.values_list("status", flat=True))
    assert {"draft", "in_review", "published", "changes_requested", "rejected"} <= statuses
    returned = Claim.objects.get(status="changes_requested")
    assert returned.review_events.last().note
    assert returned.history.count() >= 3  # created, submitted, returned


def test_demo_speakers_have_names_in_three_scripts_and_shoigu_two_roles(demo):
    shoigu = Speaker.objects.get(name="Sergei Shoigu")
    assert dict(shoigu.names.values_list("language", "name")) == {
        "en": "Sergei Shoigu",
        "uk": "Сергій Шойгу",
        "ru": "Сергей Шойгу",
    }
    assert shoigu.roles.count() == 2
    assert all(set(s.names.values_list("language", flat=True)) >= {"en", "uk", "ru"} for s in Speaker.objects.all())
