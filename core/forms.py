"""What pages do with a service's refusal: it goes on the form, beside the user's entered data."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.forms import BaseForm


def add_refusal(form: BaseForm, refusal: PermissionDenied | ValidationError) -> None:
    """A service's ValidationError on the fields it names (the rest above the form), or its PermissionDenied
    above the form."""
    if isinstance(refusal, PermissionDenied):
        form.add_error(None, str(refusal))
    elif hasattr(refusal, "error_dict"):
        for field, problems in refusal.message_dict.items():
            form.add_error(field if field in form.fields else None, problems)
    else:
        form.add_error(None, refusal.messages)
