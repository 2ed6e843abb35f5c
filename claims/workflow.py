"""The table of moves: which status a claim may go to from which, who may make the move, and whether it
needs a note; and the same for the reports (quotes) proposed to a claim. claims.services applies them."""

from typing import NamedTuple

from django.contrib.auth.models import AbstractBaseUser
from django.utils.translation import gettext as _

from claims.models import Claim, ReportStatus
from claims.permissions import can_edit_claim, is_editor, sees_claim

Status = Claim.Status

# Who makes a move: "owner" is whoever may edit the claim (can_edit_claim), "author" the author alone,
# "editor" any editor, "reviewer" an editor who is not the author.
AUTHOR, OWNER, EDITOR, REVIEWER = "author", "owner", "editor", "reviewer"


class Move(NamedTuple):
    who: str
    needs_note: bool


TRANSITIONS: dict[tuple[str, str], Move] = {
    (Status.DRAFT, Status.IN_REVIEW): Move(OWNER, False),
    (Status.CHANGES_REQUESTED, Status.IN_REVIEW): Move(OWNER, False),
    (Status.WITHDRAWN, Status.IN_REVIEW): Move(OWNER, False),
    (Status.IN_REVIEW, Status.PUBLISHED): Move(REVIEWER, False),
    (Status.IN_REVIEW, Status.CHANGES_REQUESTED): Move(REVIEWER, True),
    (Status.IN_REVIEW, Status.REJECTED): Move(REVIEWER, True),
    (Status.PUBLISHED, Status.RETRACTED): Move(REVIEWER, True),
    # The author's side: take a claim back from review, delete a draft (kept, an editor may recover it).
    (Status.IN_REVIEW, Status.WITHDRAWN): Move(AUTHOR, False),
    (Status.DRAFT, Status.DELETED): Move(OWNER, False),
    (Status.CHANGES_REQUESTED, Status.DELETED): Move(OWNER, False),
    (Status.WITHDRAWN, Status.DELETED): Move(OWNER, False),
    (Status.DELETED, Status.DRAFT): Move(EDITOR, False),
    # A rejected claim goes back to review when an editor reopens it (new evidence, a mistaken decision).
    (Status.REJECTED, Status.IN_REVIEW): Move(EDITOR, True),
}

# Statuses in which the author works on the claim: reports they add there are part of it at once.
OPEN = frozenset({Status.DRAFT, Status.CHANGES_REQUESTED, Status.WITHDRAWN})
# Statuses that take no new report: the claim is gone (merged, deleted) or refused.
CLOSED = frozenset({Status.MERGED, Status.DELETED, Status.REJECTED})


def transition_problem(*, claim: Claim, to: str, actor, note: str = "") -> str | None:
    """Why `actor` may not move `claim` to `to`, or None when the move is allowed."""
    move = TRANSITIONS.get((claim.status, to))
    if move is None:
        return _("A claim cannot go from “%(from)s” to “%(to)s”.") % {
            "from": Status(claim.status).label,
            "to": Status(to).label,
        }
    if move.who == REVIEWER:
        if not is_editor(actor):
            return _("Only editors may do this.")
        if claim.author_id == actor.pk:
            return _("Nobody reviews their own claim: another editor must do this.")
    elif move.who == EDITOR:
        if not is_editor(actor):
            return _("Only editors may do this.")
    elif move.who == AUTHOR:
        if claim.author_id != actor.pk:
            return _("Only the author may withdraw a claim from review.")
    elif not can_edit_claim(actor, claim):
        return _("Only the author or an editor may do this.")
    if move.needs_note and not note.strip():
        return _("A note is required for this decision.")
    return None


# The reports' moves: (from, to) -> needs a note. Made by an editor who did not propose the report.
REPORT_TRANSITIONS: dict[tuple[str, str], bool] = {
    (ReportStatus.PROPOSED, ReportStatus.ACCEPTED): False,
    (ReportStatus.PROPOSED, ReportStatus.DECLINED): True,
    (ReportStatus.DECLINED, ReportStatus.ACCEPTED): False,
}


def report_problem(*, quote, to: str, actor, note: str = "") -> str | None:
    """Why `actor` may not move the report `quote` to `to`, or None when the move is allowed."""
    needs_note = REPORT_TRANSITIONS.get((quote.report_status, to))
    if needs_note is None:
        return _("A report cannot go from “%(from)s” to “%(to)s”.") % {
            "from": ReportStatus(quote.report_status).label,
            "to": ReportStatus(to).label,
        }
    if not is_editor(actor):
        return _("Only editors decide on proposed reports.")
    if quote.created_by_id == actor.pk:
        return _("Nobody accepts their own report: another editor must decide.")
    if needs_note and not note.strip():
        return _("Say why the report is declined: the note goes to whoever proposed it.")
    return None


def adds_directly(user, claim: Claim) -> bool:
    """Whether a report `user` adds to `claim` is part of it at once; otherwise it is proposed."""
    return claim.author_id == user.pk and claim.status in OPEN


def report_target_problem(*, claim: Claim, actor: AbstractBaseUser) -> str | None:
    """Why `actor` may not add a report to `claim` at all (directly or proposed), or None."""
    if not actor.has_perm("claims.add_quote") or not sees_claim(actor, claim):
        return _("You may not add quotes to this claim.")
    if claim.status == Status.MERGED:
        return _("This claim was merged into another one: add the report there.")
    if claim.status in CLOSED:
        return _("A %(status)s claim takes no new reports.") % {"status": Status(claim.status).label}
    return None
