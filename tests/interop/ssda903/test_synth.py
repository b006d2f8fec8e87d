"""The synthetic SSDA903 generator: deterministic, realistic, valid, consistent with timelines."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import polars as pl
import pytest

from incare.domain.duties.engine import compute_duties
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.load import open_extract
from incare.interop.ssda903.postcodes import bundled_sample
from incare.interop.ssda903.synth import (
    TIMELINES_FOLDER,
    SyntheticExtract,
    generate,
    timeline_writer,
)
from incare.interop.ssda903.validator import validate
from incare.interop.ssda903.writer import CSV_NAMES
from incare.interop.ssda903.years import CollectionYear
from incare.interop.timeline_json import load_timeline

LA = "E10000014"  # Hampshire
YEAR = 2026
CHILDREN = 2000


@dataclass(frozen=True)
class Made:
    folder: Path
    made: SyntheticExtract
    extract: Extract


def make(
    folder: Path, children: int, *, year: int = YEAR, seed: int = 7, error_rate: float = 0.0
) -> Made:
    made = generate(
        children,
        la=LA,
        year=year,
        seed=seed,
        error_rate=error_rate,
        timelines=timeline_writer(folder / TIMELINES_FOLDER),
    )
    made.write(folder)
    return Made(folder, made, read_back(folder, year))


def store() -> pl.DataFrame:
    return bundled_sample()


def read_back(folder: Path, year: int, postcodes: pl.DataFrame | None = None) -> Extract:
    return open_extract(
        folder / str(year),
        year=CollectionYear.supported(year),
        la=LA,
        previous=folder / str(year - 1),
        postcodes=store() if postcodes is None else postcodes,
    )


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Made:
    return make(tmp_path_factory.mktemp("synth"), CHILDREN)


def files_of(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


# --- determinism -----------------------------------------------------------------------------


def test_the_same_seed_gives_the_same_bytes(tmp_path: Path) -> None:
    make(tmp_path / "a", 300, seed=11, error_rate=0.05)
    make(tmp_path / "b", 300, seed=11, error_rate=0.05)
    first, second = files_of(tmp_path / "a"), files_of(tmp_path / "b")
    assert len(first) > 300
    assert first == second


def test_a_different_seed_gives_different_children(tmp_path: Path) -> None:
    one, two = make(tmp_path / "a", 300, seed=1), make(tmp_path / "b", 300, seed=2)
    header_one = one.made.tables[YEAR]["Header"]
    header_two = two.made.tables[YEAR]["Header"]
    assert header_one.height == header_two.height == 300
    assert set(header_one["CHILD"]).isdisjoint(set(header_two["CHILD"])) or not header_one.equals(
        header_two
    )
    assert not one.made.tables[YEAR]["Episodes"].equals(two.made.tables[YEAR]["Episodes"])


# --- the files -------------------------------------------------------------------------------


def test_both_years_are_written_as_the_dfe_tables_with_dates_as_dd_mm_yyyy(sample: Made) -> None:
    for year in (YEAR, YEAR - 1):
        names = {p.name for p in (sample.folder / str(year)).iterdir()}
        assert names == set(CSV_NAMES.values()) - {"dolo.csv"}, year
    text = (sample.folder / str(YEAR) / "episodes.csv").read_bytes()
    assert text.startswith(b"CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,")
    assert b"\r" not in text
    text.decode("utf-8")
    first_row = text.split(b"\n")[1].decode().split(",")
    assert dt.datetime.strptime(first_row[1], "%d/%m/%Y")


def test_the_files_read_back_as_an_extract_with_the_previous_year_and_located_placements(
    sample: Made,
) -> None:
    x = sample.extract
    assert x.year == CollectionYear(YEAR)
    assert x.previous is not None
    assert x.previous.year == CollectionYear(YEAR - 1)
    assert x.placements_located
    assert x.previous.placements_located
    assert x.frame("Header").height == CHILDREN
    assert x.frame("Header")["CHILD"].n_unique() == CHILDREN
    assert x.frame("Episodes")["PL_LA"].null_count() == (
        x.frame("Episodes")["LS"].is_in(["V3", "V4"]).sum()
    ), "every placement postcode is a real one, short breaks have none"
    for name in ("Reviews", "UASC", "OC2", "OC3", "AD1", "PlacedAdoption", "PrevPerm"):
        assert x.frame(name).height > 0, name
    assert x.frame("Missing").height > 0
    assert x.frame("SWEpisodes").height > 0


def test_the_deprivation_of_liberty_table_is_written_for_2026_27_only(tmp_path: Path) -> None:
    made = make(tmp_path, 1500, year=2027, seed=3)
    assert (tmp_path / "2027" / "dolo.csv").exists()
    assert not (tmp_path / "2026" / "dolo.csv").exists()
    assert made.extract.frame("DoLo").height > 0


def test_an_episode_open_at_the_year_end_is_in_both_years_still_open_in_the_first(
    sample: Made,
) -> None:
    x = sample.extract
    assert x.previous is not None
    keys = ["CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "PL_POST", "URN"]
    before = x.previous.frame("Episodes").filter(pl.col("DEC").is_null()).select(*keys, "REC")
    now = x.frame("Episodes").select(*keys, "DEC")
    carried = before.join(now, on=keys, how="inner", nulls_equal=True)
    assert carried.height == before.height > 500, "every open episode goes on, the same"
    assert carried["REC"].null_count() == carried.height
    assert (
        x.previous.frame("Episodes").filter(pl.col("DEC") > CollectionYear(YEAR - 1).end).is_empty()
    )


def test_placement_types_are_valid_in_every_year_they_are_returned(sample: Made) -> None:
    x = sample.extract
    assert x.previous is not None
    now = set(x.frame("Episodes")["PLACE"])
    before = set(x.previous.frame("Episodes")["PLACE"])
    assert not now & {"H5", "P2", "Z1"}, "gone from 2025/26"
    assert "K3" in now, "supported accommodation from 2024/25"
    assert "K3" in before
    assert not before & {"Z11", "Z12", "Z13", "Z14"}


# --- the shape of the population ------------------------------------------------------------


def test_the_children_have_the_national_shape(sample: Made) -> None:
    x = sample.extract
    header, episodes = x.frame("Header"), x.frame("Episodes")
    looked_after = episodes["CHILD"].n_unique()
    uasc = x.frame("UASC")
    assert 0.06 <= uasc.height / looked_after <= 0.12, "about 9% UASC"
    assert uasc.join(header, on="CHILD")["SEX"].eq("M").mean() > 0.85, "mostly boys"
    assert 0.53 <= header["SEX"].eq("M").mean() <= 0.60, "56% boys"
    placed = episodes.filter(
        pl.col("PL_LOCATION").is_not_null() & ~pl.col("PLACE").str.starts_with("T")
    )
    out = placed["PL_LOCATION"].eq("OUT").mean()
    assert 0.25 <= out <= 0.42, f"about a third placed outside the council ({out})"
    per_child = episodes.group_by("CHILD").len()["len"]
    assert 1.7 <= per_child.mean() <= 3.5
    share_one_or_two = per_child.le(2).mean()
    assert 0.55 <= share_one_or_two <= 0.85, "one or two episodes for many"
    assert per_child.max() >= 6
    end = CollectionYear(YEAR).end
    ages = header.join(episodes.filter(pl.col("DEC").is_null()), on="CHILD", how="semi").select(
        ((pl.lit(end) - pl.col("DOB")).dt.total_days() / 365.25).alias("age")
    )["age"]
    assert ages.ge(10).mean() > 0.55, "more teenagers"
    assert ages.lt(1).mean() > 0.02
    white = header["ETHNIC"].str.starts_with("W").mean()
    assert 0.62 <= white <= 0.78


def test_outcomes_and_care_leavers_have_plausible_figures(sample: Made) -> None:
    x = sample.extract
    oc2 = x.frame("OC2")
    scores = oc2["SDQ_SCORE"].drop_nulls().cast(pl.Int32)
    assert 12 <= scores.mean() <= 16, "SDQ mean about 14"
    assert scores.min() >= 0
    assert scores.max() <= 40
    for item, low, high in (
        ("IMMUNISATIONS", 0.75, 0.95),
        ("TEETH_CHECK", 0.75, 0.95),
        ("HEALTH_ASSESSMENT", 0.75, 0.97),
    ):
        share = oc2[item].cast(pl.Int32).mean()
        assert low <= share <= high, item
    oc3 = x.frame("OC3")
    ages = oc3.select(
        (pl.lit(CollectionYear(YEAR).end) - pl.col("DOB")).dt.total_days() // 365.2425
    ).to_series()
    assert ages.min() >= 17
    assert ages.max() <= 21
    assert oc3["IN_TOUCH"].eq("YES").mean() > 0.8
    rec = x.frame("Episodes")["REC"].value_counts()
    adopted = rec.filter(pl.col("REC").is_in(["E11", "E12"]))["count"].sum()
    assert adopted == x.frame("AD1").height > 0


# --- validation ------------------------------------------------------------------------------


def test_with_no_mistakes_the_validator_finds_no_errors(sample: Made) -> None:
    report = validate(sample.extract)
    ran = [o for o in report.outcomes if o.status == "ran"]
    assert len(ran) > 250
    assert not report.failed
    errors = report.errors
    by_rule = dict(Counter(errors["rule"]).most_common())
    assert errors.is_empty(), f"errors by rule: {by_rule}\n{errors.head(20)}"
    assert report.valid
    # Care leavers whose care began before the loaded years are queries, never errors.
    assert set(report.queries["rule"]) <= {"1001", "1002"}


def test_with_a_five_per_cent_error_rate_the_validator_finds_errors(tmp_path: Path) -> None:
    made = make(tmp_path, CHILDREN, seed=5, error_rate=0.05)
    assert 0.03 * CHILDREN <= made.made.mistakes <= 0.07 * CHILDREN
    report = validate(made.extract)
    left = report.errors
    assert left["rule"].n_unique() >= 15, "many kinds of mistake"
    assert 0.5 * made.made.mistakes <= left["child"].n_unique() <= 1.5 * made.made.mistakes


def test_placement_distances_are_right_with_the_bundled_postcode_sample(sample: Made) -> None:
    raw = read_back(sample.folder, YEAR, postcodes=bundled_sample())
    distances = raw.frame("Episodes")["PL_DISTANCE"].drop_nulls().cast(pl.Float64)
    assert distances.is_nan().sum() == 0
    expected = sample.extract.frame("Episodes")["PL_DISTANCE"].drop_nulls().cast(pl.Float64)
    assert distances.to_list() == expected.to_list()


# --- timelines -------------------------------------------------------------------------------


def test_every_child_has_a_timeline_that_loads_and_gives_duties(sample: Made) -> None:
    folder = sample.folder / TIMELINES_FOLDER
    files = sorted(folder.glob("*.json"))
    children = set(sample.extract.frame("Header")["CHILD"])
    assert sample.extract.previous is not None
    children |= set(sample.extract.previous.frame("Header")["CHILD"])
    assert {f.stem for f in files} == children
    statuses: Counter[str] = Counter()
    codes: set[str] = set()
    for path in files[::4]:  # a quarter of them: the schema check is slow
        timeline = load_timeline(path)
        report = compute_duties(timeline, CollectionYear(YEAR).end)
        assert not report.warnings, path.name
        statuses.update(d.status for d in report.duties)
        codes.update(d.code for d in report.duties)
    assert codes >= {"NOTIFY", "IHA", "RHA", "REVIEW", "VISIT", "CAREPLAN", "SDQ", "DENTAL"}
    assert statuses["met"] > statuses["met_late"] > 0
    assert statuses["overdue"] > 0
    assert statuses["refused"] > 0
    iha = [json.loads(p.read_text()) for p in files[:400]]
    kinds = Counter(
        e.get("kind") for t in iha for e in t["events"] if e["type"] == "health_assessment"
    )
    assert kinds["IHA"] > 0
    assert kinds["RHA"] > kinds["IHA"]


def test_timelines_agree_with_the_903_episodes_reviews_and_health_outcomes(sample: Made) -> None:
    x = sample.extract
    assert x.previous is not None
    episodes = pl.concat([e.frame("Episodes") for e in (x.previous, x)]).unique(
        ["CHILD", "DECOM"], keep="last", maintain_order=True
    )
    reviews = pl.concat([e.frame("Reviews") for e in (x.previous, x)])
    oc2 = x.frame("OC2")
    year = CollectionYear(YEAR)
    checked = 0
    for child in sorted(oc2["CHILD"].to_list())[:150]:
        data = json.loads((sample.folder / TIMELINES_FOLDER / f"{child}.json").read_text())
        mine = episodes.filter(pl.col("CHILD") == child).sort("DECOM")
        assert [e["start"] for e in data["episodes"]] == [d.isoformat() for d in mine["DECOM"]]
        assert [e["placement"] for e in data["episodes"]] == mine["PLACE"].to_list()
        events = data["events"]
        assert sorted(e["date"] for e in events if e["type"] == "review") == sorted(
            d.isoformat() for d in reviews.filter(pl.col("CHILD") == child)["REVIEW"]
        )
        in_year = [e for e in events if year.start.isoformat() <= e["date"] <= year.end.isoformat()]
        row = oc2.filter(pl.col("CHILD") == child).row(0, named=True)
        assessed = any(e["type"] == "health_assessment" for e in in_year)
        assert row["HEALTH_ASSESSMENT"] == ("1" if assessed else "0")
        dental = any(e["type"] == "dental_check" for e in in_year)
        assert row["TEETH_CHECK"] == ("1" if dental else "0")
        if row["SDQ_SCORE"] is not None:
            scores = [e["score"] for e in in_year if e["type"] == "sdq"]
            assert int(row["SDQ_SCORE"]) == scores[-1]
        checked += 1
    assert checked == 150


# --- arguments -------------------------------------------------------------------------------


def test_an_unknown_council_or_year_is_refused() -> None:
    with pytest.raises(ValueError, match="E99999999"):
        generate(10, la="E99999999", year=YEAR, seed=1)
    with pytest.raises(ValueError, match="not supported"):
        generate(10, la=LA, year=2023, seed=1)  # 2021/22 would be needed
    with pytest.raises(ValueError, match="error rate"):
        generate(10, la=LA, year=YEAR, seed=1, error_rate=1.5)
