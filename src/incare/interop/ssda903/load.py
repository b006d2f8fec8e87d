"""Open a council's extract for validation or import: this year, last year, and context."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.postcodes import locate_placements
from incare.interop.ssda903.sources import read_source
from incare.interop.ssda903.years import CollectionYear


def open_extract(
    folder: Path,
    *,
    year: CollectionYear,
    la: str,
    previous: Path | None = None,
    providers: Sequence[Path] = (),
    postcodes: pl.DataFrame | None = None,
) -> Extract:
    """Read `folder` (CSV tables or the XML return; and `previous`, the year before) and
    derive what the rules need."""
    extract = _read(folder, year, la, postcodes)
    if previous is not None:
        extract.previous = _read(previous, year.previous, la, postcodes)
    if providers:
        from incare.interop.ssda903.providers import read_providers

        extract.providers = read_providers(list(providers), postcodes=postcodes)
    return extract


def _read(folder: Path, year: CollectionYear, la: str, postcodes: pl.DataFrame | None) -> Extract:
    extract = read_source(folder, year, la)
    episodes = extract.tables.get("Episodes")
    if episodes is not None:
        supplied = episodes["PL_LA"].is_not_null().any()
        if supplied:
            extract.placements_located = True
        elif postcodes is not None:
            extract.tables["Episodes"] = locate_placements(episodes, la, postcodes)
            extract.placements_located = True
    return extract
