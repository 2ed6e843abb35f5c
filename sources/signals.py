"""What sources tell the apps built on them. Search documents (in claims) include a source's title, outlet
and language; sources cannot import claims, so its services announce a change and claims re-indexes."""

from django.dispatch import Signal

# Sent with `source` after a source's details or text changed (inside the service's transaction).
source_changed = Signal()
# Sent with `outlet` after an outlet's names (or domains, which claim pages' open data shows) changed.
outlet_renamed = Signal()
