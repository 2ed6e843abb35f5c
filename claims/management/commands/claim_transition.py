from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management.base import BaseCommand, CommandError

from claims.models import Claim
from claims.services import claim_transition


class Command(BaseCommand):
    help = "Move a claim through the review workflow as a given user (the same rules as the web pages)."

    def add_arguments(self, parser):
        parser.add_argument("claim_id", type=int)
        parser.add_argument("--to", required=True, choices=Claim.Status.values)
        parser.add_argument("--as", dest="username", required=True, help="The user making the move.")
        parser.add_argument("--note", default="")

    def handle(self, *args, claim_id: int, to: str, username: str, note: str, **options):
        try:
            claim = Claim.objects.get(pk=claim_id)
            actor = get_user_model().objects.get(username=username)
        except (Claim.DoesNotExist, get_user_model().DoesNotExist) as missing:
            raise CommandError(str(missing)) from missing
        try:
            claim = claim_transition(claim=claim, to=to, actor=actor, note=note)
        except (PermissionDenied, ValidationError) as refusal:
            raise CommandError(str(refusal)) from refusal
        self.stdout.write(f"Claim {claim.pk} is now {claim.status} (version {claim.version}).")
