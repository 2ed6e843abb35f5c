"""The OpenAPI schema's error answers, added to every operation: every endpoint can answer them, so the
schema says so (and clients, and schemathesis, know what to expect). On a public site reads need no
credentials, by design: the schema says that too (an empty security requirement on every read)."""

from django.conf import settings

ERROR = {
    "type": "object",
    "description": "`detail` (and `code`) for a refusal; for invalid input, the messages by field name.",
    "properties": {"detail": {"type": "string"}, "code": {"type": "string"}},
    "additionalProperties": True,
}

ERRORS = {
    "400": "Invalid input: the messages by field name, or `detail`.",
    "401": "Not signed in (send a token), on a private site or for a write.",
    "403": "Signed in, but this role may not do this.",
    "404": "No such record among those the caller may see, or no such page.",
    "429": "Too many requests (anonymous callers, searches): wait as Retry-After says.",
    "503": "The database cannot be reached: try again after Retry-After seconds.",
}
WRITE_ERRORS = {
    "409": "A conflict: the claim changed since it was read (stale version), the article is known, or a "
    "parallel request saved the same thing first.",
}


# PostgreSQL text cannot hold NUL, so no text the API takes may contain it; the schema says so.
NO_NUL = "^[^\\u0000]*$"


# A required text is trimmed and then must not be empty: at least one character that is not a space.
NOT_BLANK = "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$"


def _refuse_nul(schema: dict) -> None:
    if schema.get("type") == "string" and not ({"format", "enum", "pattern"} & set(schema)):
        schema["pattern"] = NOT_BLANK if schema.get("minLength", 0) >= 1 else NO_NUL
    for inner in schema.get("properties", {}).values():
        _refuse_nul(inner)
    if isinstance(schema.get("items"), dict):
        _refuse_nul(schema["items"])


def add_error_responses(result, generator, request, public):
    """POSTPROCESSING_HOOKS entry: the error answers every operation may give, and no NUL in any text."""
    schemas = result.setdefault("components", {}).setdefault("schemas", {})
    for name, schema in schemas.items():
        if name.endswith("Request"):
            _refuse_nul(schema)
    schemas["Error"] = ERROR
    # An edit of a claim is partial, but always carries the version it was read at (409 when stale).
    if "PatchedClaimUpdateRequest" in schemas:
        schemas["PatchedClaimUpdateRequest"]["required"] = ["version"]
    reference = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
    for operations in result.get("paths", {}).values():
        for method, operation in operations.items():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            if method == "get" and settings.SITE_PUBLIC and {} not in operation.setdefault("security", []):
                operation["security"].append({})
            body = operation.get("requestBody", {})
            if "PatchedClaimUpdateRequest" in str(body):
                body["required"] = True  # the version must be sent
            for parameter in operation.get("parameters", []):
                _refuse_nul(parameter.get("schema", {}))
            errors = {**ERRORS, **(WRITE_ERRORS if method in {"post", "patch", "put", "delete"} else {})}
            for status, description in errors.items():
                operation["responses"].setdefault(status, {"description": description, "content": reference})
    return result
