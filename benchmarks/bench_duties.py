"""Benchmark of the duties engine: `python -m benchmarks.bench_duties [--sizes ...] [--seed N]`.

For each size, a fresh subprocess (so that peak memory is per size) generates that many
synthetic timelines (`benchmarks.timelines`, timed separately), warms the working-day
calendar, then times `compute_duties` over every timeline in one process, consuming each
report (duties counted by status, nothing else kept). Peak RSS is the subprocess's
`ru_maxrss`, so it includes holding all the timelines. Small sizes are noisy on a shared
machine, so the engine pass is repeated (by default 5 times up to 10,000 children, once from
50,000) and the best pass is reported, as `timeit` does.

Target: 100,000 children in at most 20 s of engine time and 2 GB (2048 MiB) peak RSS. Other
sizes are judged proportionally: engine time at most 20 s x n / 100,000, and peak RSS at most
the process's baseline (interpreter, imports, calendar) plus (2048 MiB - baseline) x n /
100,000, which is exactly 2048 MiB at 100,000 children.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from collections import Counter
from operator import attrgetter
from pathlib import Path
from typing import Any

from benchmarks.sizes import parse_sizes

TARGET_CHILDREN = 100_000
TARGET_SECONDS = 20.0
TARGET_MB = 2048.0
DEFAULT_SIZES = (1_000, 10_000, 100_000)
ROOT = Path(__file__).resolve().parent.parent


def _peak_rss_mb() -> float:
    """Peak resident set size of this process so far, in MiB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports kilobytes, macOS bytes.
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def default_repeat(n: int) -> int:
    """Engine passes for `n` children: enough that a short run is not all noise."""
    return max(1, min(5, 50_000 // n))


def measure(n: int, seed: int, repeat: int = 1) -> dict[str, Any]:
    """Generate `n` timelines and time the engine over them (best of `repeat` passes)."""
    from benchmarks.timelines import AS_AT, generate
    from incare.domain.calendar import england
    from incare.domain.duties.engine import DEFAULT_CONFIG, compute_duties

    # Warm-up, not timed: the calendar tables and one child through the engine.
    england()
    for timeline in generate(1, seed + 1):
        compute_duties(timeline, AS_AT, DEFAULT_CONFIG)
    baseline_mb = _peak_rss_mb()

    started = time.perf_counter()
    timelines = list(generate(n, seed))
    generation_s = time.perf_counter() - started
    events = sum(len(t.events) for t in timelines)

    status = attrgetter("status")
    passes = []
    for _ in range(repeat):
        statuses: Counter[str] = Counter()
        started = time.perf_counter()
        for timeline in timelines:
            statuses.update(map(status, compute_duties(timeline, AS_AT, DEFAULT_CONFIG).duties))
        passes.append(time.perf_counter() - started)

    return {
        "children": n,
        "events": events,
        "duties": sum(statuses.values()),
        "statuses": dict(statuses),
        "generation_s": generation_s,
        "engine_s": min(passes),
        "engine_passes_s": passes,
        "baseline_mb": baseline_mb,
        "peak_rss_mb": _peak_rss_mb(),
    }


def _run_size(n: int, seed: int, repeat: int) -> dict[str, Any]:
    """`measure` in a fresh interpreter, so that peak RSS belongs to this size alone."""
    command = [sys.executable, "-m", "benchmarks.bench_duties", "--worker", str(n)]
    command += ["--seed", str(seed), "--repeat", str(repeat)]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"benchmark of {n} children failed:\n{done.stderr}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def verdict(result: dict[str, Any]) -> tuple[bool, float, float]:
    """Whether a result meets the target scaled to its size, and the two budgets."""
    share = result["children"] / TARGET_CHILDREN
    seconds = TARGET_SECONDS * share
    baseline = result["baseline_mb"]
    megabytes = baseline + max(TARGET_MB - baseline, 0.0) * share
    ok = result["engine_s"] <= seconds and result["peak_rss_mb"] <= megabytes
    return ok, seconds, megabytes


def _report(results: list[dict[str, Any]], seed: int) -> None:
    from rich.console import Console
    from rich.table import Table

    from incare.domain.duties.model import STATUSES

    table = Table(
        title=f"Duties engine benchmark (seed {seed})",
        caption=(
            f"Target: {TARGET_CHILDREN:,} children in ≤ {TARGET_SECONDS:g} s and "
            f"≤ {TARGET_MB:g} MB peak RSS, scaled to each size (MB = MiB); "
            "engine s is the best of the passes."
        ),
    )
    for heading in ("children", "events", "duties computed", "generation s", "engine s"):
        table.add_column(heading, justify="right", no_wrap=True)
    table.add_column("passes", justify="right", no_wrap=True)
    table.add_column("children/s", justify="right", no_wrap=True)
    table.add_column("peak RSS MB", justify="right", no_wrap=True)
    table.add_column("budget s / MB", justify="right", no_wrap=True)
    table.add_column("target", justify="center", no_wrap=True)
    for result in results:
        ok, seconds, megabytes = verdict(result)
        table.add_row(
            f"{result['children']:,}",
            f"{result['events']:,}",
            f"{result['duties']:,}",
            f"{result['generation_s']:.2f}",
            f"{result['engine_s']:.2f}",
            str(len(result["engine_passes_s"])),
            f"{result['children'] / result['engine_s']:,.0f}",
            f"{result['peak_rss_mb']:,.0f}",
            f"{seconds:.2f} / {megabytes:,.0f}",
            "[green]PASS[/green]" if ok else "[red]MISS[/red]",
        )

    by_status = Table(title="Duties by status")
    by_status.add_column("children", justify="right")
    for name in STATUSES:
        by_status.add_column(name, justify="right")
    for result in results:
        counts = result["statuses"]
        by_status.add_row(
            f"{result['children']:,}", *(f"{counts.get(name, 0):,}" for name in STATUSES)
        )

    console = Console()
    if console.width < 140:  # not a terminal, or a narrow one: keep each row on one line
        console = Console(width=140)
    console.print(table)
    console.print(by_status)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.bench_duties",
        description="Time the duties engine over synthetic children, one subprocess per size.",
    )
    parser.add_argument(
        "--sizes",
        type=parse_sizes,
        default=list(DEFAULT_SIZES),
        help="comma-separated numbers of children (default: 1000,10000,100000)",
    )
    parser.add_argument("--seed", type=int, default=1, help="generator seed (default: 1)")
    parser.add_argument(
        "--repeat",
        type=int,
        help="engine passes per size, best reported (default: 5 up to 10,000, 1 from 50,000)",
    )
    parser.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.worker is not None:
        print(json.dumps(measure(args.worker, args.seed, args.repeat or 1)))
        return 0

    results = []
    for n in args.sizes:
        print(f"benchmarking {n:,} children ...", file=sys.stderr, flush=True)
        results.append(_run_size(n, args.seed, args.repeat or default_repeat(n)))
    _report(results, args.seed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
