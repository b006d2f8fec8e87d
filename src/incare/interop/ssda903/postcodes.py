"""The postcode store: where a placement is, which council that is, and how far from home.

The DfE derives three fields of each episode from its postcodes; so do we, the same way:
`PL_LA` is the upper-tier council of `PL_POST` (WAL, SCO or NIR outside England);
`PL_LOCATION` is `IN` when that is the returning council, else `OUT`; `PL_DISTANCE` is the
straight line between the OS grid points of `HOME_POST` and `PL_POST` in miles
(metres / 1000 / 1.6093), to one decimal place, blank when either postcode is missing or
unknown.

`incare reference load-postcodes FILE` loads the ONS Postcode Directory (ONSPD) CSV into a
local Parquet store; without one, the bundled sample (200 postcodes per council) is used. The
store keeps each postcode's 2021 LSOA (`lsoa21`) when the directory has one (null otherwise,
as in the sample and in stores loaded before it was kept): `placement_icb` places a postcode
in an ICB through it.
"""

from __future__ import annotations

import io
from importlib.resources import files
from pathlib import Path

import polars as pl

from incare.interop.ssda903.extract import ExtractError

METRES_PER_MILE = 1000 * 1.6093  # the DfE's conversion
UNKNOWN_COUNTY = "E99999999"  # ONSPD: no county (a unitary council)
# A placement outside England is recorded by its nation, as the DfE does.
NATIONS = {"W": "WAL", "S": "SCO", "N": "NIR"}


def normalise_postcode(column: pl.Expr) -> pl.Expr:
    """Upper case with no spaces, as ONSPD's `pcd` without padding."""
    return column.str.to_uppercase().str.replace_all(r"\s+", "")


def read_directory_csv(source: Path | bytes, *, name: str = "postcodes") -> pl.DataFrame:
    """The ONS Postcode Directory CSV (or the bundled sample) as the store's frame.

    Accepts ONSPD's columns (`pcd`/`pcds`, `oslaua`, `oscty`, `oseast1m`, `osnrth1m`,
    `lsoa21`) and the sample's (`pcd`, `utla`, `utla_2026`, `oseast1m`, `osnrth1m`); the newest
    council codes win (`utla_2026` over `utla`). Columns: pcd, utla, easting, northing, lsoa21
    (null without an `lsoa21` column).
    """
    try:
        frame = pl.read_csv(
            io.BytesIO(source) if isinstance(source, bytes) else source, infer_schema=False
        )
    except (OSError, pl.exceptions.PolarsError) as error:
        raise ExtractError(f"{name}: not a readable postcode directory CSV: {error}") from error
    columns = set(frame.columns)
    postcode = next((c for c in ("pcd", "pcds", "pcd2") if c in columns), None)
    if postcode is None or not {"oseast1m", "osnrth1m"} <= columns:
        raise ExtractError(
            f"{name}: not the ONS Postcode Directory: it needs pcd, oseast1m and osnrth1m"
        )
    if "utla_2026" in columns:
        council = pl.coalesce("utla_2026", *(["utla"] if "utla" in columns else []))
    elif "utla" in columns:
        council = pl.col("utla")
    elif "oslaua" in columns or "laua" in columns:
        district = pl.col("oslaua" if "oslaua" in columns else "laua")
        council = (
            pl.when(pl.col("oscty").is_not_null() & (pl.col("oscty") != UNKNOWN_COUNTY))
            .then(pl.col("oscty"))
            .otherwise(district)
            if "oscty" in columns
            else district
        )
    else:
        raise ExtractError(f"{name}: no council column (utla, oslaua or laua)")
    return (
        frame.select(
            normalise_postcode(pl.col(postcode)).alias("pcd"),
            council.alias("utla"),
            pl.col("oseast1m").cast(pl.Int32, strict=False).alias("easting"),
            pl.col("osnrth1m").cast(pl.Int32, strict=False).alias("northing"),
            (pl.col("lsoa21") if "lsoa21" in columns else pl.lit(None, pl.String)).alias("lsoa21"),
        )
        .filter(pl.col("pcd").is_not_null())
        .unique("pcd", keep="last")
    )


def bundled_sample() -> pl.DataFrame:
    data = files("incare.interop.ssda903").joinpath("data/postcodes_sample.csv").read_bytes()
    return read_directory_csv(data, name="bundled postcode sample")


STORE_FILE = "postcodes.parquet"  # the store's name in incare's var/ folder


def load_store(path: Path | None) -> pl.DataFrame:
    """The loaded store at `path` if it exists, else the bundled sample."""
    if path is not None and path.exists():
        return pl.read_parquet(path)
    return bundled_sample()


def save_store(frame: pl.DataFrame, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    frame.write_parquet(path)


def locate_placements(episodes: pl.DataFrame, la: str, store: pl.DataFrame) -> pl.DataFrame:
    """Episodes with PL_LA, PL_LOCATION and PL_DISTANCE derived from their postcodes."""
    lookup = store.lazy().select("pcd", "utla", "easting", "northing")
    placed = lookup.rename({"pcd": "_pl", "utla": "_pl_la", "easting": "_pe", "northing": "_pn"})
    home = lookup.select(
        pl.col("pcd").alias("_home"),
        pl.col("easting").alias("_he"),
        pl.col("northing").alias("_hn"),
    )
    # In floating point: the square of a grid difference overflows 32 bits beyond 46 km.
    east = pl.col("_pe").cast(pl.Float64) - pl.col("_he").cast(pl.Float64)
    north = pl.col("_pn").cast(pl.Float64) - pl.col("_hn").cast(pl.Float64)
    distance = ((east**2 + north**2).sqrt() / METRES_PER_MILE).round(1)
    return (
        episodes.lazy()
        .with_columns(
            normalise_postcode(pl.col("PL_POST")).alias("_pl"),
            normalise_postcode(pl.col("HOME_POST")).alias("_home"),
        )
        .join(placed, on="_pl", how="left")
        .join(home, on="_home", how="left")
        .with_columns(
            pl.col("_pl_la")
            .str.slice(0, 1)
            .replace_strict(NATIONS, default=pl.col("_pl_la"), return_dtype=pl.String)
            .alias("_pl_la")
        )
        .with_columns(
            pl.col("_pl_la").alias("PL_LA"),
            pl.when(pl.col("_pl_la").is_null())
            .then(None)
            .when(pl.col("_pl_la") == la)
            .then(pl.lit("IN"))
            .otherwise(pl.lit("OUT"))
            .alias("PL_LOCATION"),
            pl.format("{}", distance).alias("PL_DISTANCE"),
        )
        .drop("_pl", "_home", "_pl_la", "_pe", "_pn", "_he", "_hn")
        .sort("ROW")  # joins do not keep row order; rules may rely on file order
        .collect()
    )
