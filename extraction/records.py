"""What extraction hands back: candidates, and the known speakers it is given."""

from dataclasses import asdict, dataclass

KINDS = ("direct", "partial", "indirect")


@dataclass
class SpeakerRef:
    """A known speaker as extraction sees it: every name and alias, in any script."""

    id: int
    names: list[str]
    kind: str = "person"


@dataclass(frozen=True)
class Candidate:
    """A proposed quote: `text == source_text[start:end]` always.

    `speaker_id` is a known speaker's; when None, `speaker_mention` is a new speaker's name as written (or
    empty for a quotation nobody could be named for), and `speaker_kind` what it reads as ("person",
    "organization", or "" when the text does not tell). `media` marks a statement the text gives a news
    outlet as its source ("За даними Reuters, …"): the outlet is its speaker.
    """

    text: str
    start: int
    end: int
    kind: str
    speaker_mention: str
    speaker_id: int | None
    speaker_kind: str = ""
    media: bool = False

    def as_dict(self) -> dict:
        return asdict(self)
