"""Background work on sources: a page that did not answer is fetched again later, with backoff."""

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from procrastinate import RetryStrategy
from procrastinate.contrib.django import app

from jobs.services import tracked
from sources.fetch import FetchError
from sources.selectors import CAPTURE
from sources.services import DuplicateSourceError, source_capture_url


class StillUnreachable(Exception):
    """The page is still not answering: the job is run again after a wait."""


class NotCaptured(Exception):
    """The page answered, but is not captured (gone, not an article, an almost identical one is known)."""


@app.task(
    name=CAPTURE,
    pass_context=True,
    # Again after one minute, then three, five and seven: the site has about a quarter of an hour to come back.
    retry=RetryStrategy(max_attempts=5, wait=60, linear_wait=120, retry_exceptions=[StillUnreachable]),
)
@tracked
def capture_url(
    *, job_id: int, url: str, actor_id: int, language: str | None = None, allow_similar: bool = False
) -> dict:
    """The job's error is the message the analyst reads on the capture page (sources.selectors)."""
    actor = get_user_model().objects.get(pk=actor_id)
    try:
        source = source_capture_url(url=url, captured_by=actor, language=language, allow_similar=allow_similar)
    except DuplicateSourceError as duplicate:
        if duplicate.similar:  # another article, almost identical: not this one, so say so
            raise NotCaptured(duplicate.messages[0]) from duplicate
        return {"source": duplicate.existing.pk}  # this very article, captured meanwhile
    except FetchError as error:
        if error.transient:
            raise StillUnreachable(error.messages[0]) from error
        raise NotCaptured(error.messages[0]) from error
    except ValidationError as refusal:  # e.g. no article text on the page
        raise NotCaptured(" ".join(refusal.messages)) from refusal
    return {"source": source.pk}
