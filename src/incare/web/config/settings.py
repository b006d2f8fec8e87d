"""Django settings: everything that varies comes from the environment (see env.py).

`INCARE_MODE` says what this process is:
* `production` (the default): every protection on; the secret key and allowed hosts must be set.
* `demo`: `make demo` on a laptop, synthetic data only; plain HTTP on 127.0.0.1 and no
  two-factor step (said on every page).
* `development`: tests and local work; like production but plain HTTP.
"""

from __future__ import annotations

import os
from pathlib import Path

from incare.web.config.env import database, env_bool, env_choice, env_int, env_list, env_str

MODE = env_choice("INCARE_MODE", ("production", "demo", "development"), "production")
PRODUCTION = MODE == "production"
DEMO = MODE == "demo"
VAR = Path(os.environ.get("INCARE_VAR", "var"))
# The npm packages `make setup` installs (GOV.UK Frontend, HTMX), served as static files.
NODE_MODULES = Path(env_str("INCARE_NODE_MODULES", str(Path.cwd() / "node_modules")))

DEBUG = env_bool("INCARE_DEBUG", False)
if PRODUCTION:
    SECRET_KEY = os.environ["INCARE_SECRET_KEY"]  # no default: a production key is never guessed
    ALLOWED_HOSTS = env_list("INCARE_ALLOWED_HOSTS", [])
else:
    SECRET_KEY = env_str("INCARE_SECRET_KEY", "insecure-key-for-demo-and-development-" + "x" * 20)
    ALLOWED_HOSTS = env_list("INCARE_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "testserver"])

INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "axes",
    "csp",
    "incare.web.organisations",
    "incare.web.children",
    "incare.web.duties",
    "incare.web.audit",
    "incare.web.people",
    "incare.web.care",
    "incare.web.pages",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "axes.middleware.AxesMiddleware",
    "incare.web.people.middleware.SignedInMiddleware",
]

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "incare.web.pages.context.service",
            ],
        },
    },
]

DATABASES = {"default": database(os.environ.get("DATABASE_URL"), VAR / "incare.sqlite3")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
USE_TZ = True
TIME_ZONE = "Europe/London"
LANGUAGE_CODE = "en-gb"
ROOT_URLCONF = "incare.web.config.urls"
WSGI_APPLICATION = "incare.web.config.wsgi.application"

# Passwords: Argon2 (OWASP's first choice); older hashes are upgraded at the next sign-in.
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # refuses a locked-out username before checking
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "sign-in"
LOGIN_REDIRECT_URL = "my-work"

# Sign-in throttling: 5 failures for one username from one address lock it for 15 minutes.
AXES_FAILURE_LIMIT = env_int("INCARE_SIGN_IN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = 0.25  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "people/locked_out.html"
AXES_VERBOSE = False

# Two-factor sign-in (TOTP) for every user, except in demo mode.
TWO_FACTOR_REQUIRED = not DEMO
OTP_TOTP_ISSUER = "incare"

# Sessions end after 30 idle minutes (every request renews the cookie) and with the browser.
SESSION_COOKIE_AGE = env_int("INCARE_SESSION_IDLE_SECONDS", 30 * 60)
SESSION_SAVE_EVERY_REQUEST = True
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if PRODUCTION:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = env_bool("INCARE_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    # Behind a TLS-terminating proxy that sets X-Forwarded-Proto.
    if env_bool("INCARE_BEHIND_PROXY", False):
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Content Security Policy: only our own scripts, styles, images and fonts; no inline script.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}

STATIC_URL = "/static/"
# Production serves what `manage.py collectstatic` gathered here; demo and development serve
# straight from the finders (no folder needed).
STATIC_ROOT = VAR / "static" if PRODUCTION else None
STATICFILES_DIRS = [
    ("govuk", NODE_MODULES / "govuk-frontend" / "dist" / "govuk"),
    ("htmx", NODE_MODULES / "htmx.org" / "dist"),
]
# Demo and development serve straight from the finders; production runs collectstatic.
WHITENOISE_USE_FINDERS = not PRODUCTION
WHITENOISE_AUTOREFRESH = DEBUG

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    # A refusal (403, 404) is the policy working, not a fault: no traceback; errors still log.
    "loggers": {"django.request": {"level": "ERROR"}, "django.security": {"level": "ERROR"}},
}
