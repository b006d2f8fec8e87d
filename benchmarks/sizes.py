"""The `--sizes 1000,20000,100000` option every benchmark takes."""

import argparse


def parse_sizes(text: str) -> list[int]:
    """Comma-separated positive numbers of children (underscores allowed: 100_000)."""
    try:
        sizes = [int(part.replace("_", "")) for part in text.split(",") if part.strip()]
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not a list of integers: {text!r}") from error
    if not sizes or min(sizes) < 1:
        raise argparse.ArgumentTypeError(f"sizes must be positive integers: {text!r}")
    return sizes
