from django import forms
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from interchange.importing import detect_format

MAX_UPLOAD_BYTES = 20 * 1024 * 1024


class ImportForm(forms.Form):
    file = forms.FileField(label=_("File"), help_text=_("JSON Lines (.jsonl) or CSV (.csv), UTF-8, at most 20 MB."))
    format = forms.ChoiceField(
        label=_("Format"),
        choices=[("", _("From the file name")), ("jsonl", _("JSON Lines")), ("csv", _("CSV"))],
        required=False,
    )
    dry_run = forms.BooleanField(
        label=_("Dry run: check every row and report, but write nothing"), required=False, initial=True
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(
                _("The file is %(size)s; at most %(limit)s can be imported at once.")
                % {"size": filesizeformat(upload.size), "limit": filesizeformat(MAX_UPLOAD_BYTES)}
            )
        return upload

    def clean(self):
        cleaned = super().clean()
        upload = cleaned.get("file")
        if upload is not None and not cleaned.get("format"):
            cleaned["format"] = detect_format(upload.name or "")
            if cleaned["format"] is None:
                self.add_error("format", _("Choose the format: the file name does not end in .jsonl or .csv."))
        return cleaned
