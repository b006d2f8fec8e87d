"""The ICB a placement's postcode lies in on a date: through the postcode's 2021 LSOA.

An LSOA lies in one sub-ICB location and so in one ICB, where a council may span several; the
postcode store's `lsoa21` and the bundled `lsoa21_to_icb.csv` (ONS LSOA → sub-ICB → ICB
lookups, April 2024 and April 2026) give the ICB of a postcode. ICBs merged on 1 April 2026: a
day before that takes the 2023-2026 ICB, a day from then the new one.

When the store has no LSOA for a postcode (the bundled sample, a store loaded before LSOAs were
kept, or an LSOA outside the lookup, as in Wales), the main ICB of the postcode's council on
that day stands in (`timelines.icb_on`).

Interpretation: the lookup has no period before 1 April 2023, so its 2023-2026 ICB stands in
for earlier days, as `council_main_icb` lets its first period stand in for the CCGs.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from importlib.resources import files
from typing import overload

import polars as pl

from incare.interop.ssda903.postcodes import normalise_postcode
from incare.interop.ssda903.timelines import icb_on

MERGERS = dt.date(2026, 4, 1)  # the April 2026 ICB mergers took effect
LOOKUP_COLUMNS = ("lsoa21_code", "icb_ods_2023_2026", "icb_ods_from_2026")

# Working columns, dropped before the frame is returned.
_ROW, _PCD, _LSOA, _LA = "_picb_row", "_picb_pcd", "_picb_lsoa", "_picb_la"
_BEFORE, _FROM, _COUNCIL = "_picb_before", "_picb_from", "_picb_council"


@cache
def lsoa_icb() -> pl.DataFrame:
    """2021 LSOA → ICB (ODS) before and from 1 April 2026: the bundled lookup."""
    data = files("incare.interop.reference_data").joinpath("lsoa21_to_icb.csv").read_bytes()
    return pl.read_csv(data, columns=list(LOOKUP_COLUMNS), infer_schema=False)


@overload
def icb_of_postcodes(
    frame: pl.DataFrame, postcode_col: str, day_col: str, store: pl.DataFrame, *, out: str = ...
) -> pl.DataFrame: ...


@overload
def icb_of_postcodes(
    frame: pl.LazyFrame, postcode_col: str, day_col: str, store: pl.DataFrame, *, out: str = ...
) -> pl.LazyFrame: ...


def icb_of_postcodes(
    frame: pl.DataFrame | pl.LazyFrame,
    postcode_col: str,
    day_col: str,
    store: pl.DataFrame,
    *,
    out: str = "icb_ods",
) -> pl.DataFrame | pl.LazyFrame:
    """`frame` with `out`: the ICB (ODS code) of postcode column `postcode_col` on `day_col`.

    `day_col` holds dates (`pl.Date`); `store` is the postcode store (`postcodes.load_store`),
    one row per postcode. Null when the postcode or the day is missing, or the postcode is
    unknown. Rows keep their order and columns; a lazy frame gives a lazy frame.
    """
    lsoa = pl.col("lsoa21") if "lsoa21" in store.columns else pl.lit(None, pl.String)
    places = store.lazy().select(
        pl.col("pcd").alias(_PCD), pl.col("utla").alias(_LA), lsoa.alias(_LSOA)
    )
    lookup = (
        lsoa_icb()
        .lazy()
        .select(
            pl.col("lsoa21_code").alias(_LSOA),
            pl.col("icb_ods_2023_2026").alias(_BEFORE),
            pl.col("icb_ods_from_2026").alias(_FROM),
        )
    )
    located = (
        frame.lazy()
        .with_row_index(_ROW)
        .with_columns(normalise_postcode(pl.col(postcode_col)).alias(_PCD))
        .join(places, on=_PCD, how="left")
        .join(lookup, on=_LSOA, how="left")
    )
    day = pl.col(day_col)
    by_lsoa = pl.when(day < MERGERS).then(pl.col(_BEFORE)).when(day >= MERGERS).then(pl.col(_FROM))
    result = (
        icb_on(located, _LA, day_col, _COUNCIL)
        .with_columns(pl.coalesce(by_lsoa, pl.col(_COUNCIL)).alias(out))
        .sort(_ROW)  # joins do not keep row order
        .drop(_ROW, _PCD, _LA, _LSOA, _BEFORE, _FROM, _COUNCIL)
    )
    return result.collect() if isinstance(frame, pl.DataFrame) else result
