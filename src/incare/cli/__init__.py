"""The `incare` command: one module per area, registered on one Typer app."""

from incare.cli import duties, export903, ssda903, synth  # noqa: F401  (registers the commands)
from incare.cli.app import app

__all__ = ["app"]
