"""Time the example site's build and measure what a reader downloads.

    .venv/bin/python scripts/benchmark_build.py [--runs 3]

Prints the time of a cold build (no chart cache), of warm builds (charts
cached, the usual case when only text changes), the number of pages, and the
largest page before and after gzip. Run it before and after a change that
could make builds slower or pages heavier; the numbers are for comparison on
one machine, not targets.
"""

from __future__ import annotations

import argparse
import gzip
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]


def build_once(output: Path) -> float:
    """Seconds for one full build of the example into ``output``."""
    from lantern.cli.build import build_site

    started = time.perf_counter()
    build_site(PROJECT / "pelicanconf.py", output)
    return time.perf_counter() - started


def page_sizes(output: Path) -> list[tuple[int, int, Path]]:
    """(bytes, gzipped bytes, path) of every HTML page, largest first."""
    sizes = []
    for page in output.rglob("*.html"):
        raw = page.read_bytes()
        sizes.append((len(raw), len(gzip.compress(raw)), page.relative_to(output)))
    return sorted(sizes, reverse=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="warm builds to time")
    args = parser.parse_args(argv)
    import os

    os.chdir(PROJECT)
    cache = PROJECT / "cache"
    kept = Path(tempfile.mkdtemp()) / "cache"
    if cache.exists():
        shutil.move(str(cache), kept)
    with tempfile.TemporaryDirectory() as folder:
        output = Path(folder) / "output"
        try:
            cold = build_once(output)
            warm = [build_once(output) for _ in range(args.runs)]
        finally:
            if kept.exists():
                shutil.rmtree(cache, ignore_errors=True)
                shutil.move(str(kept), cache)
        sizes = page_sizes(output)
        print(f"cold build: {cold:.1f} s (charts rendered)")
        print(f"warm build: median {statistics.median(warm):.1f} s over {args.runs} runs")
        print(f"pages: {len(sizes)}")
        for raw, zipped, path in sizes[:3]:
            print(f"  {path}: {raw / 1024:.0f} KiB, {zipped / 1024:.0f} KiB gzipped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
