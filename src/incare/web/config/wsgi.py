"""The WSGI application, for gunicorn (`incare serve`) and Django's own server."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "incare.web.config.settings")
application = get_wsgi_application()
