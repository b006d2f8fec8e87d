"""Benchmark of SSDA903 reading and validation: `python -m benchmarks.bench_903 [--sizes ...]`.

For each size (children in the collection year's Header), a synthetic extract of that council
for 2025/26 and 2024/25 is generated into a temporary folder by one subprocess (not timed,
`incare.interop.ssda903.synth`), then a fresh subprocess (so that peak memory belongs to that
size alone) loads the postcode store and imports the rules (not timed), and times

* reading: `open_extract` of both years with the postcode store (placements located), and
* validation: `validate` of that extract, with the previous year and every rule in force.

Peak RSS is the measuring subprocess's `ru_maxrss` (store, rules, both years and the report).

Targets: read + validate in at most 1.5 s for 1,000 children, 5 s for 20,000 and 20 s for
100,000, with at most 3 GB (3,072 MiB) peak RSS for 100,000; validation at most 10 times the
reading time. When a target is missed, each rule is timed alone (`validate(x, only={code})`)
on the 20,000-children extract and the 15 slowest are listed (`--profile` does it anyway).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.sizes import parse_sizes

DEFAULT_SIZES = (1_000, 20_000, 100_000)
TARGET_SECONDS = {1_000: 1.5, 20_000: 5.0, 100_000: 20.0}
TARGET_MB = {100_000: 3072.0}
TARGET_RATIO = 10.0
PROFILE_SIZE = 20_000
SLOWEST = 15
LA = "E10000014"  # Hampshire: a large county council
YEAR = 2026
ROOT = Path(__file__).resolve().parent.parent


def _peak_rss_mb() -> float:
    """Peak resident set size of this process so far, in MiB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports kilobytes, macOS bytes.
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def generate(n: int, seed: int, out: Path) -> dict[str, Any]:
    """Write the synthetic extract of `n` children (both years) into `out`."""
    from incare.interop.ssda903.synth import generate as synthesise

    started = time.perf_counter()
    made = synthesise(n, la=LA, year=YEAR, seed=seed)
    made.write(out)
    rows = {str(y): sum(f.height for f in tables.values()) for y, tables in made.tables.items()}
    return {"generation_s": time.perf_counter() - started, "rows": rows}


def _open(folder: Path) -> Any:
    from incare.interop.ssda903.load import open_extract
    from incare.interop.ssda903.postcodes import bundled_sample
    from incare.interop.ssda903.years import CollectionYear

    return open_extract(
        folder / str(YEAR),
        year=CollectionYear(YEAR),
        la=LA,
        previous=folder / str(YEAR - 1),
        postcodes=bundled_sample(),
    )


def measure(folder: Path) -> dict[str, Any]:
    """Time reading and validating the extract in `folder` (both years)."""
    from incare.interop.ssda903.postcodes import bundled_sample
    from incare.interop.ssda903.registry import load_rules
    from incare.interop.ssda903.validator import validate

    # Not timed: the postcode store and the rule modules, loaded once per process.
    bundled_sample()
    load_rules()
    baseline_mb = _peak_rss_mb()

    started = time.perf_counter()
    extract = _open(folder)
    read_s = time.perf_counter() - started

    started = time.perf_counter()
    report = validate(extract)
    validate_s = time.perf_counter() - started

    ran = sum(1 for o in report.outcomes if o.status == "ran")
    return {
        "children": extract.frame("Header").height,
        "episodes": extract.frame("Episodes").height,
        "read_s": read_s,
        "validate_s": validate_s,
        "rules_ran": ran,
        "rules_failed": len(report.failed),
        "findings": report.findings.height,
        "baseline_mb": baseline_mb,
        "peak_rss_mb": _peak_rss_mb(),
    }


def profile(folder: Path) -> list[tuple[str, float, int]]:
    """(rule, seconds, findings) for every rule in force, each validated alone, slowest first."""
    from incare.interop.ssda903.registry import load_rules
    from incare.interop.ssda903.rulesets import ruleset
    from incare.interop.ssda903.validator import validate

    load_rules()
    extract = _open(folder)
    validate(extract, only={"101"})  # warm-up: the first collection pays for thread pools
    timings = []
    for code in sorted(ruleset(extract.year)):
        started = time.perf_counter()
        report = validate(extract, only={code})
        timings.append((code, time.perf_counter() - started, report.findings.height))
    return sorted(timings, key=lambda t: -t[1])


def _subprocess(*args: str) -> dict[str, Any] | list[Any]:
    command = [sys.executable, "-m", "benchmarks.bench_903", *args]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed:\n{done.stderr}")
    loaded: dict[str, Any] | list[Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return loaded


def _run_size(n: int, seed: int, work: Path) -> dict[str, Any]:
    folder = work / str(n)
    made = _subprocess("--generate", str(n), "--seed", str(seed), "--out", str(folder))
    result = _subprocess("--worker", str(folder))
    assert isinstance(made, dict)
    assert isinstance(result, dict)
    return {"size": n, **made, **result}


def verdict(result: dict[str, Any]) -> tuple[bool, str]:
    """Whether a result meets its targets, and the targets as text."""
    n = result["size"]
    total = result["read_s"] + result["validate_s"]
    ratio = result["validate_s"] / result["read_s"]
    ok = ratio <= TARGET_RATIO and result["rules_failed"] == 0
    text = [f"ratio ≤ {TARGET_RATIO:g}"]
    if n in TARGET_SECONDS:
        ok = ok and total <= TARGET_SECONDS[n]
        text.insert(0, f"≤ {TARGET_SECONDS[n]:g} s")
    if n in TARGET_MB:
        ok = ok and result["peak_rss_mb"] <= TARGET_MB[n]
        text.insert(1, f"≤ {TARGET_MB[n] / 1024:g} GB")
    return ok, ", ".join(text)


def _report(results: list[dict[str, Any]], slow: list[Any] | None, seed: int) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(
        title=f"SSDA903 read and validate benchmark ({LA}, {YEAR - 1}/{YEAR % 100} with "
        f"{YEAR - 2}/{(YEAR - 1) % 100}, seed {seed})",
        caption=(
            "read: open_extract of both years with the postcode store; validate: every rule in "
            "force, with the previous year; peak RSS of the measuring process (MB = MiB)."
        ),
    )
    for heading in ("children", "episodes", "generate s", "read s", "validate s", "total s"):
        table.add_column(heading, justify="right", no_wrap=True)
    for heading in ("validate/read", "peak RSS MB", "rules run", "findings", "targets"):
        table.add_column(heading, justify="right", no_wrap=True)
    table.add_column("verdict", justify="center", no_wrap=True)
    for result in results:
        ok, targets = verdict(result)
        table.add_row(
            f"{result['children']:,}",
            f"{result['episodes']:,}",
            f"{result['generation_s']:.1f}",
            f"{result['read_s']:.2f}",
            f"{result['validate_s']:.2f}",
            f"{result['read_s'] + result['validate_s']:.2f}",
            f"{result['validate_s'] / result['read_s']:.1f}",
            f"{result['peak_rss_mb']:,.0f}",
            f"{result['rules_ran']}"
            + (f" ({result['rules_failed']} failed)" * bool(result["rules_failed"])),
            f"{result['findings']:,}",
            targets,
            "[green]PASS[/green]" if ok else "[red]MISS[/red]",
        )
    console = Console()
    if console.width < 180:  # not a terminal, or a narrow one: keep each row on one line
        console = Console(width=180)
    console.print(table)
    if slow:
        rules = Table(
            title=f"The {SLOWEST} slowest rules, each validated alone ({PROFILE_SIZE:,} children)"
        )
        for heading in ("rule", "seconds", "findings"):
            rules.add_column(heading, justify="right")
        for code, seconds, findings in slow[:SLOWEST]:
            rules.add_row(code, f"{seconds:.3f}", f"{findings:,}")
        total = sum(s for _, s, _ in slow)
        rules.caption = f"All {len(slow)} rules alone: {total:.1f} s"
        console.print(rules)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.bench_903",
        description="Time reading and validating synthetic 903 extracts, one subprocess per size.",
    )
    parser.add_argument(
        "--sizes",
        type=parse_sizes,
        default=list(DEFAULT_SIZES),
        help="comma-separated numbers of children (default: 1000,20000,100000)",
    )
    parser.add_argument("--seed", type=int, default=1, help="generator seed (default: 1)")
    parser.add_argument(
        "--profile", action="store_true", help="time every rule alone even if targets are met"
    )
    parser.add_argument("--generate", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--profile-worker", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.generate is not None:
        print(json.dumps(generate(args.generate, args.seed, args.out)))
        return 0
    if args.worker is not None:
        print(json.dumps(measure(args.worker)))
        return 0
    if args.profile_worker is not None:
        print(json.dumps(profile(args.profile_worker)))
        return 0

    results = []
    with tempfile.TemporaryDirectory(prefix="bench903-") as temp:
        work = Path(temp)
        for n in args.sizes:
            print(f"benchmarking {n:,} children ...", file=sys.stderr, flush=True)
            results.append(_run_size(n, args.seed, work))
        slow = None
        if args.profile or not all(verdict(r)[0] for r in results):
            print(f"timing each rule alone on {PROFILE_SIZE:,} children ...", file=sys.stderr)
            folder = work / str(PROFILE_SIZE)
            if not folder.exists():
                _subprocess(
                    "--generate", str(PROFILE_SIZE), "--seed", str(args.seed), "--out", str(folder)
                )
            found = _subprocess("--profile-worker", str(folder))
            assert isinstance(found, list)
            slow = found
    _report(results, slow, args.seed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
