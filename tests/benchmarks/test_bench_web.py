"""The web benchmark's whole path on a tiny register: import, serve, sign in, load the pages.

Timings are not asserted (they are the benchmark's business); every response must be a 200.
"""

import json
from pathlib import Path

import pytest

from benchmarks import bench_web


def test_shares_split_the_children_between_councils() -> None:
    assert bench_web.shares(100_000, 10) == dict.fromkeys(bench_web.COUNCILS, 10_000)
    assert sum(bench_web.shares(203, 2).values()) == 203
    assert bench_web.shares(1, 3) == {"E08000003": 1}


def test_percentile_interpolates() -> None:
    assert bench_web.percentile([1.0, 2.0, 3.0, 4.0, 5.0], 50) == 3.0
    assert bench_web.percentile([10.0, 20.0], 95) == pytest.approx(19.5)


def test_runs_end_to_end_on_sqlite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "figures.json"
    argv = ["--children", "200", "--councils", "1", "--seconds", "1", "--solo-seconds", "0"]
    argv += ["--think", "0"]
    argv += ["--users", "2", "--workers", "1", "--databases", "sqlite", "--json", str(out)]

    assert bench_web.main(argv) == 0

    figures = json.loads(out.read_text())
    (sqlite,) = figures["databases"]
    assert sqlite["database"] == "sqlite"
    assert sqlite["children"] >= 200
    assert sqlite["duties"] > 0
    assert sqlite["icb_children"] > 0
    assert [p["page"] for p in sqlite["pages"]] == [p.label for p in bench_web.PAGE_TYPES]
    for page in sqlite["pages"]:
        assert page["requests"] > 0
        assert page["failures"] == 0, page["failure_examples"]
    printed = capsys.readouterr().out
    assert "child record" in printed
    assert "peak RSS MB" in printed
