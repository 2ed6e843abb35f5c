"""Roles and the questions views ask about them. Every check here runs on the server."""

from django.contrib.auth.models import Group, Permission

ANALYST, EDITOR, ADMIN = "Analyst", "Editor", "Admin"

# Analysts may add an outlet while capturing, but only editors rename or re-describe one (see EDITOR).
_CONTENT = {
    "sources": ["source"],
    "claims": ["speaker", "speakername", "speakeralias", "speakerrole", "claim", "quote", "translation"],
}
_VOCABULARY = {"sources": ["outlet"], "claims": ["topic"]}


def _codenames(models: dict[str, list[str]], actions: list[str]) -> list[tuple[str, str]]:
    return [(app, f"{action}_{model}") for app, names in models.items() for model in names for action in actions]


ROLE_PERMISSIONS: dict[str, list[tuple[str, str]]] = {
    # Analysts capture and describe; what they may change of a claim is narrowed further by can_edit_claim.
    ANALYST: _codenames(_CONTENT, ["view", "add", "change"])
    + [("sources", "view_outlet"), ("sources", "add_outlet")]
    + [("claims", "view_topic"), ("claims", "view_reviewevent")],
    EDITOR: _codenames(_CONTENT, ["view", "add", "change"])
    + _codenames(_VOCABULARY, ["view", "add", "change"])
    + [("claims", "view_reviewevent"), ("claims", "review_claim"), ("sources", "edit_any_source")],
    ADMIN: _codenames(_CONTENT, ["view", "add", "change", "delete"])
    + _codenames(_VOCABULARY, ["view", "add", "change", "delete"])
    + [
        ("claims", "view_reviewevent"),
        ("claims", "review_claim"),
        ("sources", "edit_any_source"),
        ("auth", "view_user"),
        ("auth", "change_user"),
        ("auth", "add_user"),
        ("auth", "view_group"),
    ],
}


def roles_ensure() -> dict[str, Group]:
    """Create the three groups with their permissions; running it again changes nothing."""
    groups = {}
    for role, wanted in ROLE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=role)
        permissions = [Permission.objects.get(content_type__app_label=app, codename=code) for app, code in wanted]
        group.permissions.set(permissions)
        groups[role] = group
    return groups


def is_editor(user) -> bool:
    return user.is_authenticated and user.has_perm("claims.review_claim")


def sees_workflow(user, claim) -> bool:
    """Editors and the claim's author see its review history and workflow on the claim page."""
    return user.is_authenticated and (is_editor(user) or claim.author_id == user.pk)


def sees_every_status(user) -> bool:
    """Staff and editors see claims of every status (drafts and reviews of others included) in search,
    exports and the speaker pages' counts; everyone else published claims and, signed in, their own."""
    return user.is_authenticated and (user.is_staff or is_editor(user))


def audience(user) -> str:
    """Which claims the user sees: "all" (sees_every_status), "own" (published and retracted ones and their
    own) or "public" (published and retracted ones). ClaimQuerySet.seen_by filters for it."""
    if sees_every_status(user):
        return "all"
    return "own" if user.is_authenticated else "public"


def sees_claim(user, claim) -> bool:
    """Whether `claim` is among Claim.objects.visible_to(user), asked of a claim in hand. A deleted or merged
    claim is the author's too (it stays in history), and editors'."""
    if claim.status in (claim.Status.PUBLISHED, claim.Status.RETRACTED) or sees_every_status(user):
        return True
    return user.is_authenticated and claim.author_id == user.pk


def can_edit_claim(user, claim) -> bool:
    """Editors edit anything but a merged claim and their own claims once reviewed (another editor
    published, rejected or retracted them: a change of theirs would go out unreviewed); an analyst edits
    only their own drafts and claims returned to them or withdrawn from review."""
    if not user.is_authenticated or claim.status == claim.Status.MERGED:
        return False
    own = claim.author_id == user.pk
    if is_editor(user):
        return not own or claim.status in {
            claim.Status.DRAFT,
            claim.Status.CHANGES_REQUESTED,
            claim.Status.IN_REVIEW,
            claim.Status.WITHDRAWN,
        }
    return own and claim.status in {claim.Status.DRAFT, claim.Status.CHANGES_REQUESTED, claim.Status.WITHDRAWN}


def sees_report(user, quote, claim) -> bool:
    """Whether `user` sees this report of `claim` (a claim they see): accepted reports for everyone,
    proposed and declined ones for editors, the claim's author and whoever proposed it.
    Quote.objects.shown_to is the same rule as a filter."""
    if quote.report_status == quote.ReportStatus.ACCEPTED:
        return True
    return user.is_authenticated and (is_editor(user) or user.pk in (claim.author_id, quote.created_by_id))


def can_translate(user, claim, quote=None) -> bool:
    """Who adds, edits and removes translations, in any status but merged: editors, the claim's author,
    and whoever proposed the quote translated."""
    if not user.is_authenticated or claim.status == claim.Status.MERGED:
        return False
    if is_editor(user) or claim.author_id == user.pk:
        return True
    return quote is not None and quote.created_by_id == user.pk
