"""`nox -s bench`: extraction, rendering and MkDocs build on synthetic corpora of growing size.

Each step runs as its own process, as a user would run it; wall time is measured around the
process and peak memory is the largest resident set of the process tree (parent plus the largest
worker, from getrusage). Prints a table and the ratios the performance issue asks for.
Usage: python -m benchmarks.bench [--sizes 100,1000,10000] [--repeat 3] [--build-max 1000] [--work DIR]
Sizes above --build-max are extracted and rendered but not built by MkDocs ("nan" in the table).
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from benchmarks.corpus import write_corpus

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(ROOT)}

_MEASURE = """
import resource, runpy, sys, time, json
argv = sys.argv[1:]
sys.argv = argv
start = time.perf_counter()
code = 0
try:
    runpy.run_module(argv[0], run_name="__main__", alter_sys=True)
except SystemExit as exit:
    code = exit.code or 0
wall = time.perf_counter() - start
own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"wall": wall, "own_kb": own, "child_kb": kids, "code": code}), file=sys.__stderr__)
sys.exit(code)
"""


def measured(cwd: Path, module: str, *args: str) -> dict:
    """Run `python -m module args` in `cwd`; return wall seconds and peak memory in MB."""
    proc = subprocess.run([sys.executable, "-c", _MEASURE, module, *args], cwd=cwd, env=ENV,
                          capture_output=True, text=True)
    lines = [line for line in proc.stderr.splitlines() if line.startswith("{\"wall\"")]
    if proc.returncode != 0 or not lines:
        raise SystemExit(f"{module} {' '.join(args)} failed in {cwd}:\n{proc.stderr[-3000:]}")
    data = json.loads(lines[-1])
    jobs = os.cpu_count() or 1
    # Workers run side by side: the tree's peak is at most the parent plus `jobs` of the largest.
    data["peak_mb"] = (data["own_kb"] + jobs * data["child_kb"]) / 1024
    return data


def make_project(folder: Path, size: int) -> Path:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    shutil.copytree(ROOT / "site_config", folder / "site_config")
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    write_corpus(folder / "seeds", size)
    return folder


def folder_size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def clean(project: Path) -> None:
    for name in ("content", ".briefing-cache", "rendered", "site", "plain"):
        shutil.rmtree(project / name, ignore_errors=True)


def bench_size(work: Path, size: int, repeat: int, build: bool) -> dict:
    project = make_project(work / f"corpus-{size}", size)
    runs = []
    nan = float("nan")
    for n in range(repeat):
        clean(project)
        extract = measured(project, "generator", "extract", "--quiet")
        render = measured(project, "generator", "render", "--out", "rendered/docs",
                          "--mkdocs-yml", "rendered/mkdocs.yml")
        run = {"extract": extract["wall"], "extract_mb": extract["peak_mb"], "render": render["wall"],
               "plain_build": nan, "build": nan, "site_mb": nan,
               "pages": sum(1 for _ in (project / "rendered" / "docs").rglob("*.md"))}
        if build:
            plain = measured(project, "mkdocs", "build", "--quiet", "-f", "rendered/mkdocs.yml", "--site-dir",
                             str(project / "plain"))
            site = measured(project, "mkdocs", "build", "--quiet", "--site-dir", "site")
            run.update(plain_build=plain["wall"], build=site["wall"], site_mb=folder_size_mb(project / "site"))
        runs.append(run)
        print(f"  {size:>6} articles, run {n + 1}/{repeat}: extract {extract['wall']:.1f}s, "
              f"render {render['wall']:.1f}s, mkdocs build {run['build']:.1f}s", file=sys.stderr, flush=True)
    row = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
    row["size"] = size
    row["project"] = project
    return row


def bench_incremental(project: Path, repeat: int) -> float:
    """Re-extraction after one seed changed, over a full extraction (both with the cache in place)."""
    ratios = []
    seeds = sorted((project / "seeds").glob("*.txt"))
    for n in range(repeat):
        clean(project)
        full = measured(project, "generator", "extract", "--quiet")["wall"]
        victim = seeds[(n * 7919) % len(seeds)]
        victim.write_text(victim.read_text() + f"\nThe minister said talks would resume on day {n}.\n")
        again = measured(project, "generator", "extract", "--quiet")["wall"]
        ratios.append(again / full)
    return statistics.median(ratios)


def bench_preview(work: Path, repeat: int) -> float:
    """Seconds from saving a YAML edit to the rebuilt page being served, on the five-seed site."""
    project = work / "five-seeds"
    if project.exists():
        shutil.rmtree(project)
    project.mkdir(parents=True)
    for name in ("site_config", "seeds"):
        shutil.copytree(ROOT / name, project / name)
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    subprocess.run([sys.executable, "-m", "generator", "extract", "--quiet"], cwd=project, env=ENV, check=True)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--livereload", "--dev-addr",
                               f"127.0.0.1:{port}"], cwd=project, env=ENV,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/briefing/demands/"

    def fetch() -> str:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return response.read().decode("utf-8")
        except OSError:
            return ""

    try:
        deadline = time.monotonic() + 60
        while not fetch() and time.monotonic() < deadline:
            time.sleep(0.1)
        demands = project / "content" / "demands.yaml"
        times = []
        for n in range(repeat):
            text = demands.read_text()
            line = next(x for x in text.splitlines() if x.startswith("  summary:"))
            marker = f"Preview benchmark edit {n}"
            time.sleep(1.0)  # let the watcher settle after the previous rebuild
            start = time.monotonic()
            demands.write_text(text.replace(line, f"  summary: {marker}", 1))
            while marker not in fetch():
                if time.monotonic() - start > 30:
                    raise SystemExit("the edit never reached the served page")
                time.sleep(0.05)
            times.append(time.monotonic() - start)
        return statistics.median(times)
    finally:
        server.terminate()
        server.wait(timeout=10)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--repeat", type=int, default=3, help="runs per size below 10,000 (median reported)")
    parser.add_argument("--work", default=str(ROOT / "build" / "bench"))
    parser.add_argument("--build-max", type=int, default=1000,
                        help="run MkDocs builds only up to this many articles (10,000 pages take "
                             "MkDocs itself over ten minutes on two cores)")
    args = parser.parse_args()
    # Installed packages run from compiled bytecode; an editable checkout only gets it on first
    # import, and never where PYTHONDONTWRITEBYTECODE is set (as on this project's machines).
    # Compile once up front so that every measured run starts like an installed tool.
    compileall.compile_dir(ROOT / "generator", quiet=1)
    work = Path(args.work)
    sizes = [int(s) for s in args.sizes.split(",")]
    rows = {}
    for size in sizes:
        rows[size] = bench_size(work, size, args.repeat if size < 10_000 else 1, size <= args.build_max)
    incremental_size = 1000 if 1000 in rows else sizes[0]
    incremental = bench_incremental(rows[incremental_size]["project"], args.repeat)
    preview = bench_preview(work, args.repeat)

    print(f"\ncores: {os.cpu_count()}; medians of {args.repeat} runs (one at 10,000)\n")
    print("| articles | pages | extract s | extract peak MB | render s | mkdocs build s | plain build s | site MB |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for size, row in rows.items():
        print(f"| {size:,} | {row['pages']:,.0f} | {row['extract']:.1f} | {row['extract_mb']:.0f} | "
              f"{row['render']:.1f} | {row['build']:.1f} | {row['plain_build']:.1f} | {row['site_mb']:.1f} |")
    print()
    if 1000 in rows and 10_000 in rows:
        growth = rows[10_000]["extract"] / rows[1000]["extract"]
        print(f"growth      extract(10,000) / extract(1,000)            = {growth:.2f}  (target <= 11)")
    for size, row in rows.items():
        if row["plain_build"] == row["plain_build"]:  # measured (not NaN)
            overhead = (row["extract"] + row["render"]) / row["plain_build"]
            print(f"overhead    (extract + render) / MkDocs build, {size:>6,} = {overhead:.2f}  (target <= 0.25)")
    print(f"incremental one seed of {incremental_size:,} changed / full extraction   = {incremental:.3f} "
          "(target <= 0.05)")
    print(f"preview     YAML edit -> rebuilt page under mkdocs serve = {preview:.2f} s (target <= 1.5)")
    peak = max(row["extract_mb"] for row in rows.values())
    print(f"peak memory of extraction (largest corpus)            = {peak:.0f} MB (target <= 1024)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
