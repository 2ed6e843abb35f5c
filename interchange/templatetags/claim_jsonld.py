"""{% claim_jsonld %}: the schema.org markup of the claim page in context (see interchange.jsonld)."""

from django import template

from interchange.jsonld import claim_jsonld_script

register = template.Library()


@register.simple_tag(takes_context=True)
def claim_jsonld(context):
    claim, request = context.get("claim"), context.get("request")
    if claim is None or request is None:
        return ""
    quotes = context.get("quotes")
    quotes = quotes if quotes is not None else claim.quotes.all()
    # Open data describes the claim as readers see it: accepted reports only, whoever is looking.
    accepted = [quote for quote in quotes if quote.report_status == quote.ReportStatus.ACCEPTED]
    return claim_jsonld_script(claim=claim, quotes=accepted, request=request)
