"""Where incare keeps its local files (the `var/` folder, or $INCARE_VAR)."""

import os
from pathlib import Path

from incare.interop.ssda903.postcodes import STORE_FILE


def var_dir() -> Path:
    return Path(os.environ.get("INCARE_VAR", "var"))


def postcode_store() -> Path:
    return var_dir() / STORE_FILE
