"""The ICB of a placement's postcode on a date: through its LSOA, else its council."""

import datetime as dt

import polars as pl
import pytest

from incare.interop.ssda903.placement_icb import icb_of_postcodes, lsoa_icb
from incare.interop.ssda903.postcodes import bundled_sample, read_directory_csv
from incare.interop.ssda903.timelines import icb_on

D = dt.date.fromisoformat
# Synthetic postcodes. E01030757 is an LSOA of Surrey Heath (Surrey, E10000030): Frimley ICB
# (QNQ) until 31 March 2026, Surrey and Sussex (S9B9J) from 1 April, while Surrey's main ICB
# was Surrey Heartlands (QXU). AB1 2CE has no LSOA, in Cambridgeshire (E10000003).
STORE = read_directory_csv(
    b"pcd,utla,oseast1m,osnrth1m,lsoa21\n"
    b"AB1 2CD,E10000030,486000,160000,E01030757\n"
    b"AB1 2CE,E10000003,545000,258000,\n"
    b"CF10 1AA,W06000015,318000,176000,W01001939\n"
)


def placements(*rows: tuple[str | None, str | None]) -> pl.DataFrame:
    return pl.DataFrame(
        {
            "CHILD": [f"C{i}" for i in range(len(rows))],
            "PL_POST": [postcode for postcode, _ in rows],
            "DECOM": [D(day) if day else None for _, day in rows],
        },
        schema={"CHILD": pl.String, "PL_POST": pl.String, "DECOM": pl.Date},
    )


def icbs(frame: pl.DataFrame, store: pl.DataFrame = STORE) -> list[str | None]:
    return icb_of_postcodes(frame, "PL_POST", "DECOM", store)["icb_ods"].to_list()


def test_the_lsoa_decides_and_the_april_2026_mergers_apply_from_their_first_day() -> None:
    assert lsoa_icb().filter(pl.col("lsoa21_code") == "E01030757").row(0) == (
        "E01030757",
        "QNQ",
        "S9B9J",
    )
    frame = placements(("AB1 2CD", "2026-03-31"), ("ab12cd", "2026-04-01"))
    assert icbs(frame) == ["QNQ", "S9B9J"]  # not Surrey's main ICB (QXU) on 31 March


def test_without_an_lsoa_the_main_icb_of_the_postcodes_council_stands_in() -> None:
    frame = placements(("AB1 2CE", "2026-03-31"), ("AB1 2CE", "2026-04-01"))
    # Cambridgeshire: Cambridgeshire and Peterborough (QUE), merged into Central East (S1Y5D).
    assert icbs(frame) == ["QUE", "S1Y5D"]


def test_a_store_without_lsoas_falls_back_to_the_council() -> None:
    old_store = STORE.drop("lsoa21")  # a store loaded before LSOAs were kept
    assert icbs(placements(("AB1 2CD", "2026-03-31")), old_store) == ["QXU"]
    sample = bundled_sample()
    assert sample["lsoa21"].null_count() == sample.height
    postcode = sample.filter(pl.col("utla") == "E10000003")["pcd"][0]
    assert icbs(placements((postcode, "2026-04-01")), sample) == ["S1Y5D"]


@pytest.mark.parametrize(
    ("postcode", "day"),
    [
        ("ZZ9 9ZZ", "2026-04-01"),
        (None, "2026-04-01"),
        ("AB1 2CD", None),
        ("CF10 1AA", "2025-01-01"),
    ],
    ids=["unknown-postcode", "no-postcode", "no-date", "wales"],
)
def test_no_icb_for_an_unknown_or_missing_postcode_a_missing_date_or_wales(
    postcode: str | None, day: str | None
) -> None:
    assert icbs(placements((postcode, day))) == [None]


def test_rows_keep_their_order_and_columns_and_a_lazy_frame_stays_lazy() -> None:
    frame = placements(("ZZ9 9ZZ", "2026-04-01"), ("AB1 2CE", "2026-03-31"),
                       ("AB1 2CD", "2026-04-01"), ("AB1 2CE", "2026-03-31"))  # fmt: skip
    lazy = icb_of_postcodes(frame.lazy(), "PL_POST", "DECOM", STORE, out="PL_ICB")
    assert isinstance(lazy, pl.LazyFrame)
    result = lazy.collect()
    assert result.columns == ["CHILD", "PL_POST", "DECOM", "PL_ICB"]
    assert result.drop("PL_ICB").equals(frame)
    assert result["PL_ICB"].to_list() == [None, "QUE", "S9B9J", "QUE"]


def test_the_bundled_lookup_covers_every_2021_lsoa_in_england_once() -> None:
    lookup = lsoa_icb()
    assert lookup.height == lookup["lsoa21_code"].n_unique() == 33_755
    assert lookup.null_count().row(0) == (0, 0, 0)


@pytest.mark.parametrize(
    ("day", "icb"),
    [("2022-07-01", "QUE"), ("2026-03-31", "QUE"), ("2026-04-01", "S1Y5D")],
    ids=["first-icb-day", "day-before-merger", "merger-day"],
)
def test_the_903_layers_council_icb_is_the_one_in_force_on_the_day(day: str, icb: str) -> None:
    # Cambridgeshire: Cambridgeshire and Peterborough ICB (QUE) merged into S1Y5D in April 2026.
    frame = pl.LazyFrame({"la": ["E10000003"], "day": [D(day)]})
    assert icb_on(frame, "la", "day", "icb").collect()["icb"].to_list() == [icb]
