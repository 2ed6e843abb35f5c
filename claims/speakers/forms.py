"""The speaker form: the speaker's own fields, and formsets for names per language, aliases and roles.

Every field is optional inside the formsets: a row left (or made) empty is ignored, which is how a name,
an alias or a role is removed.
"""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from claims.models import Speaker
from sources.languages import language_choices

WIKIDATA_ID = re.compile(r"Q[1-9][0-9]*")


CONFIRM_LABEL = _("This is a different person or organization: add it anyway")


class SpeakerForm(forms.ModelForm):
    confirm_duplicate = forms.BooleanField(label=CONFIRM_LABEL, required=False)

    class Meta:
        model = Speaker
        fields = ["name", "kind", "wikidata_id", "description"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}

    def clean_name(self) -> str:
        return self.cleaned_data["name"].strip()

    def clean_wikidata_id(self) -> str | None:
        value = (self.cleaned_data.get("wikidata_id") or "").strip().upper()
        if not value:
            return None
        if not WIKIDATA_ID.fullmatch(value):
            raise ValidationError(_("A Wikidata ID is a Q followed by digits, such as Q313520."), code="invalid")
        return value


class SpeakerNameForm(forms.Form):
    language = forms.ChoiceField(label=_("Language"), choices=[("", "—"), *language_choices()], required=False)
    name = forms.CharField(label=_("Name"), max_length=300, required=False)

    def clean(self):
        data = super().clean()
        if (data.get("name") or "").strip() and not data.get("language"):
            self.add_error("language", _("Choose the language of this name."))
        return data


class BaseSpeakerNameFormSet(forms.BaseFormSet):
    def clean(self):
        if any(self.errors):
            return
        seen = set()
        for form in self.forms:
            language, name = form.cleaned_data.get("language"), (form.cleaned_data.get("name") or "").strip()
            if not name:
                continue
            if language in seen:
                form.add_error("language", _("There is already a name in this language."))
            seen.add(language)

    def names(self) -> dict[str, str]:
        return {
            form.cleaned_data["language"]: form.cleaned_data["name"].strip()
            for form in self.forms
            if (form.cleaned_data.get("name") or "").strip()
        }


class SpeakerAliasForm(forms.Form):
    alias = forms.CharField(label=_("Alias"), max_length=300, required=False)


class BaseSpeakerAliasFormSet(forms.BaseFormSet):
    def aliases(self) -> list[str]:
        spellings = ((form.cleaned_data.get("alias") or "").strip() for form in self.forms)
        return list(dict.fromkeys(spelling for spelling in spellings if spelling))


class SpeakerRoleForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=300, required=False)
    organization = forms.CharField(label=_("Organization"), max_length=300, required=False)
    start_date = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    end_date = forms.DateField(
        label=_("Until"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("The first day no longer in the role; empty while held."),
    )

    def clean(self):
        data = super().clean()
        filled = any(data.get(name) for name in ("title", "organization", "start_date", "end_date"))
        if filled and not (data.get("title") or "").strip():
            self.add_error("title", _("A role needs a title."))
        start, end = data.get("start_date"), data.get("end_date")
        if start and end and end <= start:
            self.add_error("end_date", _("A role must end after it starts."))
        return data

    @property
    def is_blank(self) -> bool:
        return not any(self.cleaned_data.get(name) for name in ("title", "organization", "start_date", "end_date"))


class BaseSpeakerRoleFormSet(forms.BaseFormSet):
    def roles(self) -> list[dict]:
        return [
            {
                "title": form.cleaned_data["title"].strip(),
                "organization": (form.cleaned_data.get("organization") or "").strip(),
                "start_date": form.cleaned_data.get("start_date"),
                "end_date": form.cleaned_data.get("end_date"),
            }
            for form in self.forms
            if not form.is_blank
        ]


SpeakerNameFormSet = forms.formset_factory(SpeakerNameForm, formset=BaseSpeakerNameFormSet, extra=2, max_num=50)
SpeakerAliasFormSet = forms.formset_factory(SpeakerAliasForm, formset=BaseSpeakerAliasFormSet, extra=3, max_num=200)
SpeakerRoleFormSet = forms.formset_factory(SpeakerRoleForm, formset=BaseSpeakerRoleFormSet, extra=2, max_num=100)

# A new speaker is offered a row for each of the languages analysts read most.
NEW_SPEAKER_LANGUAGES = ("uk", "en", "ru")


class SpeakerForms:
    """The speaker form and its three formsets, bound, validated and shown together."""

    def __init__(self, data=None, *, speaker: Speaker | None = None, initial_name: str = "", initial_kind: str = ""):
        if speaker is not None:
            names = [{"language": n.language, "name": n.name} for n in speaker.names.all()]
            aliases = [{"alias": a.alias} for a in speaker.aliases.all()]
            roles = [
                {"title": r.title, "organization": r.organization, "start_date": r.start_date, "end_date": r.end_date}
                for r in speaker.roles.all()
            ]
        else:
            names, aliases, roles = [{"language": code} for code in NEW_SPEAKER_LANGUAGES], [], []
        self.speaker = speaker
        initial = {key: value for key, value in (("name", initial_name), ("kind", initial_kind)) if value}
        self.form = SpeakerForm(data, instance=speaker, initial=initial)
        self.names = SpeakerNameFormSet(data, prefix="names", initial=names)
        self.aliases = SpeakerAliasFormSet(data, prefix="aliases", initial=aliases)
        self.roles = SpeakerRoleFormSet(data, prefix="roles", initial=roles)

    @property
    def parts(self) -> tuple:
        return (self.form, self.names, self.aliases, self.roles)

    def is_valid(self) -> bool:
        results = [part.is_valid() for part in self.parts]  # every part validated, so each shows its errors
        return all(results)

    def service_arguments(self) -> dict:
        """What speaker_create and speaker_update take, from the validated forms."""
        data = self.form.cleaned_data
        return {
            "name": data["name"],
            "kind": data["kind"],
            "wikidata_id": data["wikidata_id"],
            "description": data["description"],
            "names": self.names.names(),
            "aliases": self.aliases.aliases(),
            "roles": self.roles.roles(),
        }

    def add_service_error(self, error: ValidationError) -> None:
        """Show a refusal from a service next to the field it names, or above the form."""
        if not hasattr(error, "error_dict"):
            self.form.add_error(None, error)
            return
        for field, errors in error.error_dict.items():
            self.form.add_error(field if field in self.form.fields else None, errors)


class MergeTargetForm(forms.Form):
    target = forms.ModelChoiceField(queryset=Speaker.objects.all(), widget=forms.HiddenInput)


class SpeakerQuickForm(forms.ModelForm):
    """The short form in the quote form's dialog: a name and a kind; the rest is added on the speaker page."""

    confirm_duplicate = forms.BooleanField(label=CONFIRM_LABEL, required=False)

    class Meta:
        model = Speaker
        fields = ["name", "kind"]

    def clean_name(self) -> str:
        return self.cleaned_data["name"].strip()
