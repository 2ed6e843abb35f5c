"""Form widgets that render fast: a select of a few hundred options costs a template render per option
with Django's own widget, which a busy search page pays on every request."""

from django import forms
from django.forms.utils import flatatt
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe


class FastSelect(forms.Select):
    """forms.Select with the same markup (name, attributes, options, groups, selection), written directly
    instead of through a template per option. Every value, label and attribute is escaped."""

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        parts = []
        for group_name, options, _index in widget["optgroups"]:
            rendered = "".join(
                f'<option value="{"" if option["value"] is None else conditional_escape(option["value"])}"'
                f"{' selected' if option['selected'] else ''}>{conditional_escape(option['label'])}</option>"
                for option in options
            )
            if group_name:
                rendered = f'<optgroup label="{conditional_escape(group_name)}">{rendered}</optgroup>'
            parts.append(rendered)
        select = (
            f'<select name="{conditional_escape(widget["name"])}"{flatatt(widget["attrs"])}>{"".join(parts)}</select>'
        )
        return mark_safe(select)  # noqa: S308 - every value, label and name escaped above, flatatt escapes


class FastInputMixin:
    """An <input> with the markup of Django's input template (type, name, value, attributes), written
    directly instead of through a template render per field."""

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        shown = "" if widget["value"] is None else f' value="{conditional_escape(widget["value"])}"'
        html = (
            f'<input type="{conditional_escape(widget["type"])}" name="{conditional_escape(widget["name"])}"'
            f"{shown}{flatatt(widget['attrs'])}>"
        )
        return mark_safe(html)  # noqa: S308 - type, name and value escaped above, flatatt escapes


class FastTextInput(FastInputMixin, forms.TextInput):
    pass


class FastDateInput(FastInputMixin, forms.DateInput):
    pass
