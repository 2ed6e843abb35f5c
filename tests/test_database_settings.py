"""Database settings: the planner option reaches every connection without dropping the URL's own options."""

from django.db import connection

from config.settings import _database


def test_planner_option_is_added_to_the_options_a_url_gives():
    plain = _database("postgresql://tracker@db.internal:5432/tracker")
    assert plain["OPTIONS"]["options"] == "-c random_page_cost=1.1"
    own = _database("postgresql://tracker@db.internal:5432/tracker?options=-c%20search_path%3Dx&sslmode=require")
    assert own["OPTIONS"] == {"options": "-c search_path=x -c random_page_cost=1.1", "sslmode": "require"}


def test_connections_run_with_the_planner_option(db):
    with connection.cursor() as cursor:
        cursor.execute("SHOW random_page_cost")
        assert cursor.fetchone()[0] == "1.1"
