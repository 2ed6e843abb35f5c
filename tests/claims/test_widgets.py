import datetime
import re

import pytest
from django import forms

from claims.widgets import FastDateInput, FastSelect, FastTextInput

CHOICES = [("", "---------"), ("a", "A & <b>"), (1, "One"), ("Group", [("x", "X"), ("y", 'Y"')])]


def _normal(html: str) -> list[str]:
    """The markup's tags and texts, each tag's attributes in a fixed order."""
    html = " ".join(html.split()).replace("> <", "><")
    parts = re.findall(r"<[^>]+>|[^<]+", html)
    return [
        re.sub(r"^<(\w+)(.*?)>$", lambda m: "<" + m.group(1) + " " + " ".join(sorted(m.group(2).split())) + ">", part)
        for part in parts
    ]


@pytest.mark.parametrize("value", ["a", "", None, 1, "x", ["y"]])
@pytest.mark.parametrize("attrs", [None, {"id": "id_f", "aria-describedby": "help", "required": True}])
def test_fast_select_renders_what_djangos_select_renders(value, attrs):
    assert _normal(FastSelect(choices=CHOICES).render("f", value, attrs)) == _normal(
        forms.Select(choices=CHOICES).render("f", value, attrs)
    )


def test_fast_select_escapes_values_and_labels():
    html = FastSelect(choices=[('"><script>x</script>', "<img src=x onerror=alert(1)>")]).render("f<", None)
    assert "<script>" not in html and "<img" not in html and 'name="f&lt;"' in html


@pytest.mark.parametrize(
    ("fast", "django_widget", "value"),
    [
        (FastTextInput(), forms.TextInput(), 'Шойгу "><script>'),
        (FastTextInput(), forms.TextInput(), None),
        (FastDateInput(attrs={"type": "date"}), forms.DateInput(attrs={"type": "date"}), datetime.date(2026, 2, 3)),
        (FastDateInput(attrs={"type": "date"}), forms.DateInput(attrs={"type": "date"}), "not a date"),
    ],
)
@pytest.mark.parametrize("attrs", [None, {"id": "id_f", "aria-describedby": "help", "required": True}])
def test_fast_inputs_render_what_djangos_inputs_render(fast, django_widget, value, attrs):
    html = fast.render("f", value, attrs)
    assert _normal(html) == _normal(django_widget.render("f", value, attrs))
    assert "<script>" not in html


@pytest.mark.parametrize("language", ["en", "uk"])
def test_dates_kept_per_process_are_written_as_django_writes_them(language):
    from django.template.defaultfilters import date as date_filter
    from django.utils import translation
    from django.utils.formats import localize

    from claims.templatetags.tracker import local_date, month_heading

    with translation.override(language):
        for day in (datetime.date(2026, 2, 3), datetime.date(2014, 5, 31), datetime.date(2025, 12, 1)):
            assert local_date(day) == localize(day) and month_heading(day) == date_filter(day, "F Y")
            assert local_date(day) == localize(day)  # again, from the memo
    with translation.override("uk"):
        assert local_date(datetime.date(2026, 2, 3)) == "3 лютого 2026 р."  # no leading zero
        assert month_heading(datetime.date(2026, 2, 3)) == "Лютий 2026"
