from django.apps import AppConfig, apps
from django.conf import settings
from django.db.models.signals import pre_save
from django.utils.translation import gettext_lazy as _


def revoke_tokens_on_password_change(sender, instance, raw=False, **kwargs):
    """A new password ends the API token too, as it ends the other sessions. A signal, because a password
    changes through several doors (the password change and reset pages, the admin, `changepassword`), and
    every one of them saves the user."""
    if raw or instance.pk is None:
        return
    stored = sender.objects.filter(pk=instance.pk).values_list("password", flat=True).first()
    if stored is not None and stored != instance.password:
        apps.get_model("authtoken", "Token").objects.filter(user_id=instance.pk).delete()


class ApiConfig(AppConfig):
    name = "api"
    verbose_name = _("API")

    def ready(self):
        pre_save.connect(
            revoke_tokens_on_password_change, sender=settings.AUTH_USER_MODEL, dispatch_uid="api-token-revoke"
        )
