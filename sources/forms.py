from django import forms
from django.utils.translation import gettext_lazy as _

from sources.dates import EARLIEST, latest
from sources.languages import language_choices
from sources.models import Outlet, Source

DETECT = ""
# What the capture page promises for a paste (UTF-8 bytes), and the request that may carry it: a Cyrillic
# character takes two bytes, and six once percent-encoded in a form post.
PASTE_MAX_BYTES = 5 * 1024 * 1024
CAPTURE_POST_MAX_BYTES = 3 * PASTE_MAX_BYTES + 1024 * 1024


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
    different_article = forms.BooleanField(
        label=_("This is a different article: capture it anyway"),
        required=False,
        help_text=_("Tick only after checking the almost identical article shown above."),
    )

    def __init__(self, *args, too_large: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.too_large = too_large  # the request was over the limit: its pasted text was not read

    def clean(self):
        cleaned = super().clean()
        mode = cleaned.get("mode")
        needed = {"url": "url", "html": "html", "text": "text"}.get(mode)
        if self.too_large:
            self.add_error("html" if mode == "html" else "text", too_large_message())
        elif needed and not (cleaned.get(needed) or "").strip() and needed not in self.errors:
            self.add_error(needed, _("This field is required."))
        return cleaned

    def _clean_paste(self, name: str) -> str:
        value = self.cleaned_data.get(name, "")
        if len(value.encode("utf-8")) > PASTE_MAX_BYTES:
            raise forms.ValidationError(too_large_message(), code="too_large")
        return value

    def clean_text(self) -> str:
        return self._clean_paste("text")

    def clean_html(self) -> str:
        return self._clean_paste("html")


def too_large_message() -> str:
    return _("The pasted text is larger than 5 MB. Capture a shorter part of the article.")


class SourceLanguageForm(forms.ModelForm):
    class Meta:
        model = Source
        fields = ["language"]


class SourceEditForm(forms.ModelForm):
    """The details of a source, corrected after capture. An outlet is chosen from the list, or a new one
    named (it is added, as capture would add it)."""

    url = forms.URLField(label=_("Original address"), required=False, assume_scheme="https", max_length=2000)
    new_outlet = forms.CharField(
        label=_("Or a new outlet"),
        required=False,
        max_length=200,
        help_text=_("Only when the outlet is not in the list."),
    )

    class Meta:
        model = Source
        fields = ["title", "outlet", "new_outlet", "published_on", "author", "language", "url"]
        widgets = {
            "published_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "title": forms.TextInput(attrs={"size": 80}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["outlet"].queryset = Outlet.objects.order_by("name")
        self.fields["outlet"].label_from_instance = lambda outlet: outlet.localized_name()
        date = self.fields["published_on"].widget
        date.attrs.update({"min": EARLIEST.isoformat(), "max": latest().isoformat()})

    def clean_url(self) -> str | None:
        return self.cleaned_data.get("url") or None  # no address is NULL, never ""

    def clean_new_outlet(self) -> str:
        return " ".join(self.cleaned_data.get("new_outlet", "").split())


class SourceTrimForm(forms.Form):
    leading = forms.IntegerField(label=_("Lines to drop at the start"), min_value=0, initial=0)
    trailing = forms.IntegerField(label=_("Lines to drop at the end"), min_value=0, initial=0)
