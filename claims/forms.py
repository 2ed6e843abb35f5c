from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from claims.models import Claim, Quote, Speaker, Topic, Translation
from claims.speakers.selectors import speaker_with_names
from sources.languages import language_choices


class ClaimForm(forms.ModelForm):
    """Create or edit a claim. `version` travels with the form so a stale save is caught."""

    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    topics = forms.ModelMultipleChoiceField(
        queryset=Topic.objects.all(), required=False, widget=forms.CheckboxSelectMultiple, label=_("Topics")
    )

    class Meta:
        model = Claim
        fields = ["speaker", "said_on", "occasion", "summary", "summary_language", "topics"]
        widgets = {
            "said_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "summary": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["speaker"].queryset = Speaker.objects.order_by("name")
        if self.instance.pk and not self.is_bound:
            self.initial["version"] = self.instance.version


class TransitionForm(forms.Form):
    to = forms.ChoiceField(choices=Claim.Status.choices, widget=forms.HiddenInput)
    version = forms.IntegerField(widget=forms.HiddenInput)
    note = forms.CharField(
        label=_("Note"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Required for everything but publishing: say what to change or why."),
    )


class SpeakerChoiceField(forms.ModelChoiceField):
    """A speaker by id, read with their names, roles and aliases in one query compiled once
    (claims.speakers.selectors.speaker_with_names): recording a quote indexes it under the speaker's names."""

    def to_python(self, value):
        if value in self.empty_values:
            return None
        text = str(value)
        speaker = speaker_with_names(int(text)) if text.isascii() and text.isdigit() else None
        if speaker is None:
            raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice", params={"value": value})
        return speaker


class QuoteForm(forms.Form):
    """A quote of a span of a source, for an existing claim or a new one, with an optional translation."""

    NEW = "new"

    start = forms.IntegerField(min_value=0, widget=forms.HiddenInput)
    end = forms.IntegerField(min_value=1, widget=forms.HiddenInput)
    kind = forms.ChoiceField(label=_("Kind"), choices=Quote.Kind.choices, initial=Quote.Kind.DIRECT)
    speaker = SpeakerChoiceField(
        label=_("Speaker"),
        queryset=Speaker.objects.all(),
        widget=forms.HiddenInput,
        required=True,
        error_messages={"required": _("Choose the speaker: search by any name or spelling.")},
    )
    claim = forms.CharField(label=_("Claim"), initial=NEW, required=False)
    summary = forms.CharField(
        label=_("Summary of the statement"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    summary_language = forms.ChoiceField(label=_("Language of the summary"), choices=language_choices(), initial="en")
    said_on = forms.DateField(label=_("Date said"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    occasion = forms.CharField(label=_("Occasion"), required=False, max_length=300)
    translation_language = forms.ChoiceField(
        label=_("Translation into"), choices=[("", "—"), *language_choices()], required=False
    )
    translation_text = forms.CharField(
        label=_("Translation (yours)"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean(self):
        cleaned = super().clean()
        if (cleaned.get("claim") or self.NEW) == self.NEW:
            for name in ("summary", "said_on"):
                if not cleaned.get(name):
                    self.add_error(name, _("Needed for a new claim."))
        else:
            try:
                # Among the claims the user may see: an unpublished claim of someone else's answers exactly
                # as a number that is no claim at all, so ids cannot be probed for drafts.
                cleaned["existing_claim"] = Claim.objects.visible_to(self.user).get(pk=int(cleaned["claim"]))
            except (ValueError, Claim.DoesNotExist):
                self.add_error("claim", _("Choose one of the suggested claims or a new one."))
        if cleaned.get("translation_text", "").strip() and not cleaned.get("translation_language"):
            self.add_error("translation_language", _("Say which language the translation is in."))
        return cleaned

    def record_arguments(self) -> dict:
        """What claims.services.quote_record takes from a valid form (source, span and actor aside): the
        claim chosen, or the new claim's details; the translation typed, if any."""
        data = self.cleaned_data
        claim = data.get("existing_claim")
        new_claim = None
        if claim is None:
            new_claim = {name: data[name] for name in ("speaker", "said_on", "summary", "summary_language", "occasion")}
        text = data["translation_text"]
        return {
            "kind": data["kind"],
            "claim": claim,
            "new_claim": new_claim,
            "translation": (data["translation_language"], text) if text.strip() else None,
        }


class NoteForm(forms.Form):
    text = forms.CharField(label=_("Note"), widget=forms.Textarea(attrs={"rows": 3}), max_length=5000)


class ReportDecisionForm(forms.Form):
    to = forms.ChoiceField(choices=Quote.ReportStatus.choices, widget=forms.HiddenInput)
    note = forms.CharField(
        label=_("Note"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Required when declining: say why."),
    )


class MergeForm(forms.Form):
    into = forms.IntegerField(label=_("Merge into claim number"), min_value=1)
    note = forms.CharField(label=_("Note"), required=False, widget=forms.Textarea(attrs={"rows": 2}))


class MoveForm(forms.Form):
    to = forms.IntegerField(label=_("Move to claim number"), min_value=1)
    note = forms.CharField(label=_("Note"), required=False, max_length=2000)


class TranslationForm(forms.Form):
    language = forms.ChoiceField(label=_("Language"), choices=language_choices())
    text = forms.CharField(label=_("Translation"), widget=forms.Textarea(attrs={"rows": 3}))
    method = forms.ChoiceField(label=_("Made by"), choices=Translation.Method.choices, initial=Translation.Method.HUMAN)
    engine = forms.CharField(label=_("Machine engine"), required=False, max_length=100)


class QuoteCorrectForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), choices=Quote.Kind.choices)
    start = forms.IntegerField(label=_("Start offset"), min_value=0)
    end = forms.IntegerField(label=_("End offset"), min_value=1)
