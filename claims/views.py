from django.shortcuts import render

from claims import selectors
from claims.access import readable
from claims.permissions import can_edit_claim, is_editor


@readable
def home(request):
    return render(request, "claims/home.html", {"claims": selectors.claims_recent_published()})


@readable
def claim_detail(request, pk: int):
    claim = selectors.claim_get_for_page(pk=pk, user=request.user)
    quotes = list(claim.quotes.all())
    return render(
        request,
        "claims/claim_detail.html",
        {
            "claim": claim,
            "quotes": quotes,
            "role": claim.speaker.role_on(claim.said_on),
            "languages": sorted({quote.source.language for quote in quotes}),
            "can_edit": can_edit_claim(request.user, claim),
            "show_workflow": request.user.is_authenticated
            and (is_editor(request.user) or claim.author_id == request.user.pk),
        },
    )


@readable
def speaker_detail(request, pk: int):
    speaker, claims = selectors.speaker_get_for_page(pk=pk, user=request.user)
    return render(request, "claims/speaker_detail.html", {"speaker": speaker, "claims": claims})
