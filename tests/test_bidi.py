"""Right-to-left override characters in names stay inside the name."""

import re
from pathlib import Path

from django.conf import settings

from tests.factories import make_claim, make_speaker, publish

RLO = "\u202e"


def test_names_with_a_right_to_left_override_are_isolated(client, analyst, editor):
    speaker = make_speaker(f"{RLO}ugiohS")  # shows as "Shoigu" reversed, and would reverse what follows
    claim = publish(make_claim(author=analyst, speaker=speaker, summary=f"Said {RLO}this"), editor=editor)
    client.force_login(analyst)

    page = client.get(claim.get_absolute_url()).content.decode()

    # The name sits in an element of its own (a link), and the stylesheet isolates every such element.
    assert re.search(r"<a [^>]*>\s*" + RLO + "ugiohS", page)
    css = re.sub(r"/\*.*?\*/", "", (Path(settings.BASE_DIR) / "static/css/site.css").read_text(), flags=re.S)
    rule = re.search(r"([^{}]+)\{\s*unicode-bidi:\s*isolate;\s*\}", css)
    assert rule and {"a", "span", "td", "h1"} <= {selector.strip() for selector in rule.group(1).split(",")}
