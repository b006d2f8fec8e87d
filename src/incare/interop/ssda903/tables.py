"""The tables of the SSDA903 and their columns, by collection year.

Source: DfE "Children looked after return: guide" for each year; the column names as councils'
case-management systems export them (the public 903 validator uses the same names).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class TableSpec:
    name: str
    columns: tuple[str, ...]
    dates: tuple[str, ...]
    from_year: int = 2023
    derived: tuple[str, ...] = ()
    # Dates where the DfE allows an unknown part written as ZZ (ZZ/05/2021, ZZ/ZZ/ZZZZ).
    partial_dates: tuple[str, ...] = ()

    def in_year(self, end_year: int) -> bool:
        return end_year >= self.from_year


TABLES: dict[str, TableSpec] = {
    spec.name: spec
    for spec in (
        TableSpec(
            "Header",
            ("CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"),
            ("DOB", "MC_DOB"),
        ),
        TableSpec(
            "Episodes",
            (
                "CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC",
                "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN",
            ),
            ("DECOM", "DEC"),
            # Computed by the DfE from the postcodes; councils' exports may carry them.
            derived=("PL_LA", "PL_LOCATION", "PL_DISTANCE"),
        ),
        TableSpec("Reviews", ("CHILD", "DOB", "REVIEW", "REVIEW_CODE"), ("DOB", "REVIEW")),
        TableSpec("UASC", ("CHILD", "SEX", "DOB", "DUC"), ("DOB", "DUC")),
        TableSpec(
            "OC2",
            (
                "CHILD", "DOB", "SDQ_SCORE", "SDQ_REASON", "CONVICTED", "HEALTH_CHECK",
                "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE",
                "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED",
            ),
            ("DOB",),
        ),
        TableSpec("OC3", ("CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"), ("DOB",)),
        TableSpec(
            "AD1",
            (
                "CHILD", "DOB", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR",
                "SEX_ADOPTR", "LS_ADOPTR",
            ),
            ("DOB", "DATE_INT", "DATE_MATCH"),
        ),
        TableSpec(
            "PlacedAdoption",
            ("CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"),
            ("DOB", "DATE_PLACED", "DATE_PLACED_CEASED"),
        ),
        TableSpec(
            "PrevPerm",
            ("CHILD", "DOB", "PREV_PERM", "LA_PERM", "DATE_PERM"),
            ("DOB", "DATE_PERM"),
            partial_dates=("DATE_PERM",),
        ),
        TableSpec(
            "Missing",
            ("CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"),
            ("DOB", "MIS_START", "MIS_END"),
        ),
        TableSpec(
            "SWEpisodes",
            ("CHILD", "DOB", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON"),
            ("DOB", "SW_DECOM", "SW_DEC"),
            from_year=2024,
        ),
        TableSpec(
            "DoLo",
            ("CHILD", "DOB", "DOLO_START", "DOLO_END"),
            ("DOB", "DOLO_START", "DOLO_END"),
            from_year=2027,
        ),
    )
}  # fmt: skip

RAW_SUFFIX = "__raw"  # the text of a date column as it was in the file
ROW = "ROW"  # 1-based data row in the table's file (header line not counted)
