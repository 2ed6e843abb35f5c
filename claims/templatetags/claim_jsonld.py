"""{% claim_jsonld %}: the schema.org markup of the claim page in context (see claims.jsonld)."""

from django import template

from claims.jsonld import claim_jsonld_script

register = template.Library()


@register.simple_tag(takes_context=True)
def claim_jsonld(context):
    claim, request = context.get("claim"), context.get("request")
    if claim is None or request is None:
        return ""
    quotes = context.get("quotes")
    return claim_jsonld_script(
        claim=claim, quotes=list(quotes if quotes is not None else claim.quotes.all()), request=request
    )
