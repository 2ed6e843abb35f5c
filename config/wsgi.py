import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
application = get_wsgi_application()

# Load the Ukrainian and Russian dictionaries before the first request rather than during it (with
# gunicorn --preload the workers share them).
from text import morph  # noqa: E402

morph("uk")
morph("ru")
