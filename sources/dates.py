"""Which dates the tracker accepts: one rule for publication dates and dates said, used by every form and
service that stores them (capture, the source form, the quote form, the API, imports)."""

import datetime

from django.core.exceptions import ValidationError
from django.utils import formats, timezone
from django.utils.translation import gettext as _

EARLIEST = datetime.date(1900, 1, 1)


def latest() -> datetime.date:
    # Tomorrow: an article dated in a time zone ahead of ours may carry tomorrow's date.
    return timezone.localdate() + datetime.timedelta(days=1)


def in_range(value: datetime.date | None) -> bool:
    return value is None or EARLIEST <= value <= latest()


def validate_plausible_date(value: datetime.date | None) -> None:
    """Refuse a date before 1900 or after tomorrow (a typo, or a date no article can carry)."""
    if not in_range(value):
        raise ValidationError(
            _("Enter a date between %(earliest)s and %(latest)s.")
            % {"earliest": formats.date_format(EARLIEST), "latest": formats.date_format(latest())},
            code="date_out_of_range",
        )


def validate_said_before_published(*, said_on: datetime.date | None, published_on: datetime.date | None) -> None:
    """A statement cannot be reported before it was made: the date said must not follow the publication."""
    validate_plausible_date(said_on)
    if said_on and published_on and said_on > published_on:
        raise ValidationError(
            _("The date said (%(said)s) is after the article's publication date (%(published)s).")
            % {"said": formats.date_format(said_on), "published": formats.date_format(published_on)},
            code="said_after_published",
        )


def said_after_published(
    *, said_on: datetime.date | None, published_on: datetime.date | None, field: str
) -> ValidationError | None:
    """validate_said_before_published's refusal as an error on `field` (the date being changed), or None."""
    try:
        validate_said_before_published(said_on=said_on, published_on=published_on)
    except ValidationError as problem:
        return ValidationError({field: problem.messages}, code="said_after_published")
    return None
