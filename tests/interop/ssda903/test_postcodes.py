"""Placement council, location and distance from postcodes, as the DfE derives them."""

from pathlib import Path

import polars as pl
import pytest

from incare.interop.ssda903.extract import ExtractError
from incare.interop.ssda903.postcodes import (
    bundled_sample,
    load_store,
    locate_placements,
    read_directory_csv,
    save_store,
)

ONSPD = (
    b"pcd,oslaua,oscty,oseast1m,osnrth1m\n"
    b"AB1 2CD,E07000001,E10000001,100000,200000\n"
    b"AB1 2CE,E06000001,E99999999,103000,204000\n"
)


def episodes(home: str | None, placed: str | None) -> pl.DataFrame:
    return pl.DataFrame(
        {"ROW": [1], "CHILD": ["C1"], "HOME_POST": [home], "PL_POST": [placed]},
        schema={"ROW": pl.UInt32, "CHILD": pl.String, "HOME_POST": pl.String, "PL_POST": pl.String},
    )


def test_onspd_gives_the_county_or_the_unitary_council() -> None:
    store = read_directory_csv(ONSPD)
    assert dict(zip(store["pcd"], store["utla"], strict=True)) == {
        "AB12CD": "E10000001",
        "AB12CE": "E06000001",
    }


def test_distance_is_straight_line_miles_to_one_decimal_place() -> None:
    located = locate_placements(
        episodes("ab1 2cd", "AB12CE"), "E10000001", read_directory_csv(ONSPD)
    )
    row = located.row(0, named=True)
    # 3,000 m east and 4,000 m north: 5,000 m / 1,609.3 = 3.107 miles
    assert (row["PL_LA"], row["PL_LOCATION"], row["PL_DISTANCE"]) == ("E06000001", "OUT", "3.1")


@pytest.mark.parametrize(("home", "placed"), [(None, "AB1 2CE"), ("ZZ9 9ZZ", "AB1 2CE")])
def test_distance_is_blank_when_a_postcode_is_missing_or_unknown(
    home: str | None, placed: str
) -> None:
    located = locate_placements(episodes(home, placed), "E06000001", read_directory_csv(ONSPD))
    assert located.row(0, named=True)["PL_DISTANCE"] is None
    assert located.row(0, named=True)["PL_LOCATION"] == "IN"


def test_the_bundled_sample_covers_every_english_upper_tier_council() -> None:
    assert bundled_sample()["utla"].n_unique() >= 150


def test_a_loaded_store_replaces_the_sample(tmp_path: Path) -> None:
    save_store(read_directory_csv(ONSPD), tmp_path / "p.parquet")
    assert load_store(tmp_path / "p.parquet").height == 2
    assert load_store(tmp_path / "missing.parquet").height > 30_000


def test_a_file_that_is_not_the_directory_is_refused_by_name() -> None:
    with pytest.raises(ExtractError, match=r"pc\.csv: not the ONS Postcode Directory"):
        read_directory_csv(b"a,b\n1,2\n", name="pc.csv")


def test_a_placement_outside_england_is_recorded_by_its_nation() -> None:
    store = read_directory_csv(
        b"pcd,oslaua,oscty,oseast1m,osnrth1m\nCF10 1AA,W06000015,,318000,176000\n"
        b"AB1 2CD,E07000001,E10000001,100000,200000\n"
    )
    located = locate_placements(episodes("AB1 2CD", "CF10 1AA"), "E10000001", store)
    assert (located["PL_LA"][0], located["PL_LOCATION"][0]) == ("WAL", "OUT")


def test_long_distances_do_not_overflow() -> None:
    store = read_directory_csv(
        b"pcd,utla,oseast1m,osnrth1m\nGU513TE,E10000014,481000,154000\n"
        b"SO516GQ,E10000014,437000,121000\n"
    )
    located = locate_placements(episodes("GU51 3TE", "SO51 6GQ"), "E10000014", store)
    # 44 km east, 33 km north: 55 km = 34.2 miles
    assert located["PL_DISTANCE"][0] == "34.2"


def test_the_2021_lsoa_is_kept_when_the_directory_has_one(tmp_path: Path) -> None:
    store = read_directory_csv(
        b"pcd,oslaua,oscty,oseast1m,osnrth1m,lsoa21\n"
        b"AB1 2CD,E07000001,E10000001,100000,200000,E01000001\n"
        b"AB1 2CE,E06000001,E99999999,103000,204000,\n"
    )
    assert dict(zip(store["pcd"], store["lsoa21"], strict=True)) == {
        "AB12CD": "E01000001",
        "AB12CE": None,
    }
    save_store(store, tmp_path / "p.parquet")
    assert load_store(tmp_path / "p.parquet")["lsoa21"].to_list() == store["lsoa21"].to_list()


def test_without_an_lsoa_column_the_store_has_an_empty_one() -> None:
    store = read_directory_csv(ONSPD)
    assert store.columns == ["pcd", "utla", "easting", "northing", "lsoa21"]
    assert store["lsoa21"].dtype == pl.String
    assert store["lsoa21"].null_count() == store.height
    assert bundled_sample()["lsoa21"].null_count() == bundled_sample().height
