"""Django settings: everything that varies comes from the environment (see env.py)."""

from __future__ import annotations

import os
from pathlib import Path

from incare.web.config.env import database, env_bool, env_list, env_str

VAR = Path(os.environ.get("INCARE_VAR", "var"))

DEBUG = env_bool("INCARE_DEBUG", False)
SECRET_KEY = env_str("INCARE_SECRET_KEY", "insecure-development-key-never-in-production")
ALLOWED_HOSTS = env_list("INCARE_ALLOWED_HOSTS", ["127.0.0.1", "localhost"])

INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "incare.web.organisations",
    "incare.web.children",
    "incare.web.duties",
    "incare.web.audit",
]

DATABASES = {"default": database(os.environ.get("DATABASE_URL"), VAR / "incare.sqlite3")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
USE_TZ = True
TIME_ZONE = "Europe/London"
LANGUAGE_CODE = "en-gb"
ROOT_URLCONF = "incare.web.config.urls"
