from django import forms
from django.utils.translation import gettext_lazy as _

from sources.languages import language_choices
from sources.models import Source

DETECT = ""


def _language_field(required: bool = False) -> forms.ChoiceField:
    choices = [(DETECT, _("Detect automatically"))] if not required else []
    return forms.ChoiceField(label=_("Language"), choices=choices + language_choices(), required=required)


class CaptureForm(forms.Form):
    """One page, three ways in: a URL to fetch, pasted HTML, or pasted plain text."""

    MODES = ("url", "html", "text")

    mode = forms.ChoiceField(choices=[(m, m) for m in MODES], widget=forms.HiddenInput)
    url = forms.URLField(label=_("Article address (URL)"), required=False, assume_scheme="https", max_length=2000)
    html = forms.CharField(label=_("Page HTML"), required=False, widget=forms.Textarea(attrs={"rows": 8}))
    text = forms.CharField(
        label=_("Article text"), required=False, strip=False, widget=forms.Textarea(attrs={"rows": 12})
    )
    title = forms.CharField(label=_("Title"), required=False, max_length=500)
    source_url = forms.URLField(
        label=_("Original address, if known"), required=False, assume_scheme="https", max_length=2000
    )
    language = _language_field()

    def clean(self):
        cleaned = super().clean()
        mode = cleaned.get("mode")
        needed = {"url": "url", "html": "html", "text": "text"}.get(mode)
        if needed and not (cleaned.get(needed) or "").strip():
            self.add_error(needed, _("This field is required."))
        return cleaned


class SourceLanguageForm(forms.ModelForm):
    class Meta:
        model = Source
        fields = ["language"]
