"""Settings from the environment, and the database the tests really run on."""

import os
from pathlib import Path

import pytest
from django.db import connection

from incare.web.config.env import database, env_bool, env_list


@pytest.mark.django_db
def test_the_tests_run_on_the_database_database_url_names() -> None:
    expected = "postgresql" if os.environ.get("DATABASE_URL") else "sqlite"
    assert connection.vendor == expected


def test_a_postgres_url_becomes_django_settings() -> None:
    settings = database("postgres://me:p%40ss@127.0.0.1:5433/incare", Path("x"))
    assert settings == {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "incare",
        "USER": "me",
        "PASSWORD": "p@ss",
        "HOST": "127.0.0.1",
        "PORT": "5433",
    }


def test_without_a_url_the_database_is_sqlite_in_var() -> None:
    assert database(None, Path("var/incare.sqlite3"))["ENGINE"] == "django.db.backends.sqlite3"


def test_an_unsupported_database_url_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match="DATABASE_URL: 'mysql' is not supported"):
        database("mysql://x/y", Path("x"))


@pytest.mark.parametrize(("value", "result"), [("1", True), ("false", False), ("", False)])
def test_booleans_are_read_strictly(
    monkeypatch: pytest.MonkeyPatch, value: str, result: bool
) -> None:
    monkeypatch.setenv("X_FLAG", value)
    assert env_bool("X_FLAG", not result) is result


def test_a_boolean_that_is_neither_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("X_FLAG", "maybe")
    with pytest.raises(ValueError, match="X_FLAG"):
        env_bool("X_FLAG", False)


def test_lists_are_comma_separated(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("X_HOSTS", "a.example, b.example,")
    assert env_list("X_HOSTS", []) == ["a.example", "b.example"]
