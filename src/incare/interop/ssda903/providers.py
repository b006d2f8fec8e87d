"""Ofsted's provider lists (the URN lookup), read into one frame for the URN rules.

Ofsted publishes its registered social care providers as Excel workbooks, in several layouts
over the years: a "children's homes" list (sheet "Provider information", or the older sheets
"Settings and Inspection Info" plus "Address Details"); a "social care providers" list (current
providers, then providers closed in the year); and, since 2024, one combined list (sheet
"Providers"), sometimes with a second sheet of supported-accommodation providers
("SA Providers", one row per premises). Any number of these files may be given. Sheets are
recognised by their columns (case-insensitive), never by file name; a file with no sheet that
has a URN and placement or provider codes is refused, naming the file.

The frame has one row per listing (a provider can be listed more than once: in two lists, or
once per premises):

* `URN` (String): Ofsted's unique reference number, trimmed, in capitals, whole numbers without
  `.0`.
* `PLACE_CODES` (List of String): the SSDA903 placement types the provider offers (`K2`, `U1`,
  ...); supported-accommodation premises are `K3`.
* `PROVIDER_CODES` (List of String): SSDA903 placement provider codes (`PR1`...`PR5`); `PR4` for
  supported accommodation when the sheet has none.
* `REG_END` (Date): end of registration ("Deregistration date", "Closed date"); null while
  registered.
* `POSTCODE` (String): the setting's postcode, in capitals without spaces.
* `LA_NAME` (String): the council the list names (for supported accommodation, the premises').
* `LA_CODE` (String): that council's ONS code, from its name; else, when a postcode store is
  given, the upper-tier council of `POSTCODE`.
* `SOURCE` (String): "file: sheet" the row came from.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from importlib.resources import files
from pathlib import Path

import polars as pl

from incare.interop.ssda903.extract import ExtractError

PROVIDER_SCHEMA: dict[str, pl.DataType] = {
    "URN": pl.String(),
    "PLACE_CODES": pl.List(pl.String()),
    "PROVIDER_CODES": pl.List(pl.String()),
    "REG_END": pl.Date(),
    "POSTCODE": pl.String(),
    "LA_NAME": pl.String(),
    "LA_CODE": pl.String(),
    "SOURCE": pl.String(),
}

# Column names as Ofsted has written them, lower case, most specific first.
URN_COLUMNS = ("urn",)
PLACE_COLUMNS = ("placement code", "provider code")  # the children's homes list: "Provider Code"
PROVIDER_COLUMNS = ("placement provider code", "provider placement code")
END_COLUMNS = ("deregistration date", "closed date")
POSTCODE_COLUMNS = ("setting postcode", "setting address postcode", "provider postcode")
LA_COLUMNS = ("setting local authority", "local authority", "provider local authority")
SUPPORTED_ACCOMMODATION = "K3"
SUPPORTED_ACCOMMODATION_PROVIDER = "PR4"


@cache
def councils() -> pl.DataFrame:
    """English councils with children's services still in being: ONS code and name.

    From the bundled `la_codes.csv` (ONS / DfE, Open Government Licence v3.0).
    """
    data = files("incare.interop.reference_data").joinpath("la_codes.csv").read_bytes()
    return (
        pl.read_csv(data, infer_schema=False)
        .filter(pl.col("status") == "live")
        .select(pl.col("la_ons_code").alias("_CODE"), pl.col("la_name").alias("_NAME"))
    )


def read_providers(paths: Sequence[Path], *, postcodes: pl.DataFrame | None = None) -> pl.DataFrame:
    """The Ofsted lists in `paths` as one frame (schema in the module docstring).

    `postcodes` (the postcode store: `pcd`, `utla`) places a provider whose council name is not
    recognised by its postcode.
    """
    frames = [_read_file(Path(path)) for path in paths]
    listings = pl.concat(frames, how="vertical") if frames else pl.DataFrame(schema=PROVIDER_SCHEMA)
    return _with_council_codes(listings.unique(maintain_order=True), postcodes)


def _read_file(path: Path) -> pl.DataFrame:
    try:
        sheets = pl.read_excel(path, sheet_id=0, infer_schema_length=0, raise_if_empty=False)
    except Exception as error:  # calamine/fastexcel raise many kinds; name the file
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise ExtractError(f"{path.name}: not a readable Excel workbook: {reason}") from error
    listings: list[pl.DataFrame] = []
    addresses: list[pl.DataFrame] = []
    for sheet, frame in sheets.items():
        columns = {c.strip().lower(): c for c in frame.columns}
        urn = _first(columns, URN_COLUMNS)
        if urn is None:
            continue
        place = _first(columns, PLACE_COLUMNS)
        provider = _first(columns, PROVIDER_COLUMNS)
        postcode = _first(columns, POSTCODE_COLUMNS)
        supported = _is_supported_accommodation(sheet, columns)
        if place is None and provider is None and not supported:
            if postcode is not None:
                addresses.append(
                    frame.select(
                        _urn(pl.col(urn)).alias("URN"), _postcode(pl.col(postcode)).alias("_PC")
                    )
                )
            continue
        listings.append(
            frame.select(
                _urn(pl.col(urn)).alias("URN"),
                (
                    pl.lit([SUPPORTED_ACCOMMODATION], dtype=pl.List(pl.String))
                    if supported
                    else _codes(place)
                ).alias("PLACE_CODES"),
                (
                    pl.coalesce(_codes(provider), _default_provider())
                    if supported
                    else _codes(provider)
                ).alias("PROVIDER_CODES"),
                _date(_first(columns, END_COLUMNS)).alias("REG_END"),
                _text(postcode, _postcode).alias("POSTCODE"),
                _text(_first(columns, LA_COLUMNS), lambda c: c.str.strip_chars()).alias("LA_NAME"),
                pl.lit(None, dtype=pl.String).alias("LA_CODE"),
                pl.lit(f"{path.name}: {sheet}", dtype=pl.String).alias("SOURCE"),
            ).filter(pl.col("URN").is_not_null())
        )
    if not listings:
        raise ExtractError(
            f"{path.name}: not an Ofsted children's homes or social care providers list "
            "(no sheet has a URN column with placement or provider codes)"
        )
    found = pl.concat(listings, how="vertical")
    if addresses:
        address = pl.concat(addresses).drop_nulls().unique("URN", keep="first")
        found = (
            found.join(address, on="URN", how="left")
            .with_columns(pl.coalesce("POSTCODE", "_PC").alias("POSTCODE"))
            .drop("_PC")
        )
    return found.select(PROVIDER_SCHEMA.keys()).cast(PROVIDER_SCHEMA)  # type: ignore[arg-type]


def _first(columns: dict[str, str], candidates: Sequence[str]) -> str | None:
    return next((columns[c] for c in candidates if c in columns), None)


def _is_supported_accommodation(sheet: str, columns: dict[str, str]) -> bool:
    """The supported-accommodation sheet of the combined list: one row per premises."""
    named = sheet.strip().lower().startswith("sa ")
    return named or {"setting local authority", "provider local authority"} <= columns.keys()


def _urn(column: pl.Expr) -> pl.Expr:
    text = column.cast(pl.String).str.strip_chars().str.to_uppercase()
    return text.str.replace(r"^(\d+)\.0+$", "$1").replace("", None)


def _postcode(column: pl.Expr) -> pl.Expr:
    return column.cast(pl.String).str.to_uppercase().str.replace_all(r"\s+", "").replace("", None)


def _codes(column: str | None) -> pl.Expr:
    """ "PR1/PR4", "U1, U2" -> ["PR1", "PR4"], ["U1", "U2"]; null when the cell is blank."""
    if column is None:
        return pl.lit(None, dtype=pl.List(pl.String))
    tokens = pl.col(column).cast(pl.String).str.to_uppercase().str.extract_all(r"[A-Z0-9]+")
    return pl.when(tokens.list.len() > 0).then(tokens).otherwise(None)


def _default_provider() -> pl.Expr:
    return pl.lit([SUPPORTED_ACCOMMODATION_PROVIDER], dtype=pl.List(pl.String))


def _date(column: str | None) -> pl.Expr:
    """An Excel date read as text ("2023-01-01 00:00:00") or typed as DD/MM/YYYY; else null."""
    if column is None:
        return pl.lit(None, dtype=pl.Date)
    text = pl.col(column).cast(pl.String).str.strip_chars()
    return pl.coalesce(
        text.str.slice(0, 10).str.to_date("%Y-%m-%d", strict=False),
        text.str.to_date("%d/%m/%Y", strict=False),
    )


def _text(column: str | None, clean: Callable[[pl.Expr], pl.Expr]) -> pl.Expr:
    if column is None:
        return pl.lit(None, dtype=pl.String)
    return clean(pl.col(column).cast(pl.String)).replace("", None)


def council_key(name: pl.Expr) -> pl.Expr:
    """A council's name reduced to its distinctive words, to match names written differently.

    "Bristol, City of", "Bristol City Council" -> "bristol"; "London Borough of Camden" ->
    "camden"; "Royal Borough of Windsor & Maidenhead" -> "windsor maidenhead".
    """
    words = (
        name.str.to_lowercase()
        .str.replace_all("&", " and ", literal=True)
        .str.replace_all(r"london borough of", " ")
        .str.replace_all(r"[^a-z0-9]+", " ")
        .str.replace_all(
            r"\b(council|county|borough|metropolitan|royal|city|of|the|and|corporation|st)\b", " "
        )
    )
    return words.str.replace_all(r"\s+", " ").str.strip_chars().replace("", None)


def _with_council_codes(listings: pl.DataFrame, postcodes: pl.DataFrame | None) -> pl.DataFrame:
    known = councils().with_columns(council_key(pl.col("_NAME")).alias("_KEY"))
    named = listings.with_columns(council_key(pl.col("LA_NAME")).alias("_KEY")).join(
        known.select("_KEY", "_CODE"), on="_KEY", how="left"
    )
    if postcodes is not None:
        store = postcodes.select(pl.col("pcd").alias("POSTCODE"), pl.col("utla").alias("_PL"))
        named = named.join(store.unique("POSTCODE"), on="POSTCODE", how="left")
    else:
        named = named.with_columns(pl.lit(None, dtype=pl.String).alias("_PL"))
    return named.with_columns(pl.coalesce("_CODE", "_PL").alias("LA_CODE")).select(
        PROVIDER_SCHEMA.keys()
    )
