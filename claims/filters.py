import django_filters
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from claims.models import Claim, Speaker, Topic
from sources.languages import language_choices


class ReviewQueueFilter(django_filters.FilterSet):
    speaker = django_filters.ModelChoiceFilter(queryset=Speaker.objects.order_by("name"), label=_("Speaker"))
    author = django_filters.ModelChoiceFilter(
        queryset=get_user_model().objects.filter(claims__status=Claim.Status.IN_REVIEW).distinct().order_by("username"),
        label=_("Author"),
    )
    language = django_filters.ChoiceFilter(
        field_name="quotes__source__language", choices=language_choices, distinct=True, label=_("Report language")
    )
    topic = django_filters.ModelChoiceFilter(field_name="topics", queryset=Topic.objects.all(), label=_("Topic"))

    class Meta:
        model = Claim
        fields = ["speaker", "author", "language", "topic"]
