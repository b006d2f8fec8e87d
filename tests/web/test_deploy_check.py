"""`manage.py check --deploy` is clean with the production settings."""

import os
import subprocess
import sys


def test_the_production_settings_pass_djangos_deployment_checks() -> None:
    env = {
        **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "INCARE_MODE": "production",
        "INCARE_SECRET_KEY": "a-production-secret-for-the-check-only-" + "k3y" * 10,
        "INCARE_ALLOWED_HOSTS": "incare.example.org",
        "DJANGO_SETTINGS_MODULE": "incare.web.config.settings",
    }
    result = subprocess.run(
        [sys.executable, "-m", "django", "check", "--deploy", "--fail-level", "WARNING"],
        env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
