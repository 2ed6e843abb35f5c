from django import forms
from django.utils.translation import gettext_lazy as _

from claims.models import Claim, Speaker, Topic


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
