"""Tests run Django in development mode (plain HTTP, a fixed key) unless told otherwise."""

import os

os.environ.setdefault("INCARE_MODE", "development")
