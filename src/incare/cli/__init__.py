"""The `incare` command: one module per area, registered on one Typer app."""

from incare.cli import duties, escalations, export903, serve, ssda903, synth, web  # noqa: F401  (registers commands)
from incare.cli.app import app

__all__ = ["app"]
