"""Reading Ofsted's provider lists (the URN lookup) into one frame."""

import datetime as dt
from pathlib import Path

import polars as pl
import pytest
import xlsxwriter

from incare.interop.ssda903.extract import ExtractError
from incare.interop.ssda903.providers import PROVIDER_SCHEMA, read_providers

PEER_FAKES = Path("/work/shared/reference/peer-data/csc-validator-be-903/tests/fake_data")


def workbook(path: Path, sheets: dict[str, pl.DataFrame]) -> Path:
    with xlsxwriter.Workbook(path) as book:
        for name, frame in sheets.items():
            frame.write_excel(workbook=book, worksheet=name)
    return path


def by_urn(frame: pl.DataFrame) -> dict[str, dict[str, object]]:
    return {row["URN"]: row for row in frame.iter_rows(named=True)}


def test_a_childrens_homes_list_and_a_social_care_providers_list_make_one_frame(
    tmp_path: Path,
) -> None:
    homes = workbook(
        tmp_path / "homes.xlsx",
        {
            "Provider information": pl.DataFrame(
                {
                    "Local Authority": ["Hampshire"],
                    "URN": ["SC000001"],
                    "Provider Code": ["K2"],
                    "Provider Placement Code": ["PR4/PR1"],
                    "Closed Date": ["-"],
                    "Setting Postcode": ["so23 8ug"],
                }
            ),
            "Registration Conditions": pl.DataFrame({"URN": ["SC000001"], "Conditions": ["x"]}),
        },
    )
    providers = workbook(
        tmp_path / "providers.xlsx",
        {
            "Current providers": pl.DataFrame(
                {
                    "URN": ["SC000002"],
                    "Local authority": ["Southampton City Council"],
                    "Placement code": ["U4, U6"],
                    "Placement provider code": ["PR5"],
                    "Setting postcode": ["SO14 7LP"],
                }
            ),
            "Providers closed in 2025-26": pl.DataFrame(
                {
                    "URN": ["SC000003"],
                    "Local authority": ["Bristol, City of"],
                    "Deregistration date": [dt.date(2025, 9, 30)],
                    "Placement code": ["K2"],
                    "Placement provider code": ["PR4"],
                    "Setting postcode": ["BS1 4DJ"],
                }
            ),
        },
    )
    frame = read_providers([homes, providers])
    assert frame.schema == pl.Schema(PROVIDER_SCHEMA)
    rows = by_urn(frame)
    assert set(rows) == {"SC000001", "SC000002", "SC000003"}
    home = rows["SC000001"]
    assert (home["PLACE_CODES"], home["PROVIDER_CODES"]) == (["K2"], ["PR4", "PR1"])
    assert (home["REG_END"], home["POSTCODE"], home["LA_CODE"]) == (None, "SO238UG", "E10000014")
    assert rows["SC000002"]["PLACE_CODES"] == ["U4", "U6"]
    assert rows["SC000002"]["LA_CODE"] == "E06000045"
    closed = rows["SC000003"]
    assert (closed["REG_END"], closed["LA_CODE"]) == (dt.date(2025, 9, 30), "E06000023")
    assert closed["SOURCE"] == "providers.xlsx: Providers closed in 2025-26"


def test_supported_accommodation_is_listed_once_per_premises_as_k3(tmp_path: Path) -> None:
    combined = workbook(
        tmp_path / "combined.xlsx",
        {
            "Providers": pl.DataFrame(
                {
                    "Local authority": ["Kent"],
                    "URN": ["SC000004"],
                    "Provider type": ["Children's Home"],
                    "Deregistration date": ["01/02/2026"],
                    "Placement code": ["K2"],
                    "Setting address postcode": ["ME14 1XQ"],
                    "Placement provider code": ["PR4"],
                }
            ),
            "SA Providers": pl.DataFrame(
                {
                    "Provider local authority": ["Kent", "Kent"],
                    "Setting local authority": ["Medway", "Royal Borough of Windsor & Maidenhead"],
                    "URN": ["2000001", "2000001"],
                    "Closed date": [None, None],
                    "Setting address postcode": ["ME4 4TR", "SL6 1RF"],
                }
            ),
        },
    )
    rows = read_providers([combined]).sort("POSTCODE")
    assert rows["REG_END"].to_list()[0] == dt.date(2026, 2, 1)
    premises = rows.filter(pl.col("URN") == "2000001")
    assert premises["PLACE_CODES"].to_list() == [["K3"], ["K3"]]
    assert premises["PROVIDER_CODES"].to_list() == [["PR4"], ["PR4"]]
    assert premises["LA_CODE"].to_list() == ["E06000035", "E06000040"]


def test_the_older_childrens_homes_layout_takes_its_postcodes_from_the_address_sheet(
    tmp_path: Path,
) -> None:
    homes = workbook(
        tmp_path / "homes_2021.xlsx",
        {
            "Settings and Inspection Info": pl.DataFrame(
                {
                    "URN": [1234567],
                    "Local Authority": ["Nowhere Council"],
                    "Provider Code": ["K1"],
                    "Provider Placement Code": ["PR1"],
                    "Closed Date": [None],
                }
            ),
            "Address Details": pl.DataFrame(
                {"URN": [1234567], "Setting Address Postcode": ["RG1 2LU"]}
            ),
        },
    )
    (row,) = read_providers([homes]).iter_rows(named=True)
    assert (row["URN"], row["POSTCODE"], row["LA_NAME"]) == ("1234567", "RG12LU", "Nowhere Council")
    assert row["LA_CODE"] is None, "an unknown council name, and no postcode store"
    store = pl.DataFrame({"pcd": ["RG12LU"], "utla": ["E06000038"]})
    (located,) = read_providers([homes], postcodes=store).iter_rows(named=True)
    assert located["LA_CODE"] == "E06000038"


def test_a_file_that_is_not_a_workbook_is_refused_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "homes.xlsx"
    path.write_text("URN,Placement code\nSC1,K2\n")
    with pytest.raises(ExtractError, match=r"^homes\.xlsx: not a readable Excel workbook"):
        read_providers([path])


def test_a_workbook_without_a_provider_sheet_is_refused_naming_it(tmp_path: Path) -> None:
    path = workbook(tmp_path / "budget.xlsx", {"Sheet1": pl.DataFrame({"Cost": [1]})})
    with pytest.raises(ExtractError, match=r"^budget\.xlsx: not an Ofsted .* list"):
        read_providers([path])


def test_no_files_give_an_empty_frame_with_the_schema() -> None:
    assert read_providers([]).schema == pl.Schema(PROVIDER_SCHEMA)


@pytest.mark.skipif(not PEER_FAKES.is_dir(), reason="the public validator's fake lists")
@pytest.mark.parametrize(
    ("name", "urns"),
    [
        ("ch_fake.xlsx", 1),
        ("scp_fake.xlsx", 2),
        ("combined_scp_ch_fake.xlsx", 4),
        ("scp_ch_2025_fake.xlsx", 2),
        ("scpch_assisted.xlsx", 6),
    ],
)
def test_every_layout_of_the_public_validators_samples_is_read(name: str, urns: int) -> None:
    frame = read_providers([PEER_FAKES / name])
    assert frame.schema == pl.Schema(PROVIDER_SCHEMA)
    assert frame["URN"].n_unique() == urns


def test_no_two_councils_share_a_name_key() -> None:
    from incare.interop.ssda903.providers import council_key, councils

    keys = councils().select(council_key(pl.col("_NAME")).alias("key"))["key"]
    assert keys.n_unique() == len(keys) > 150
