import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
application = get_wsgi_application()

# Load the Ukrainian and Russian dictionaries and the language identifier's model before the first
# request rather than during it (with gunicorn --preload the workers share them).
from text import detect_language, morph  # noqa: E402

morph("uk")
morph("ru")
detect_language("Підтримка")
