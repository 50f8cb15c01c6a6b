"""Benchmarks: build times, the convolution module against numpy and scipy, page weight.

Run with ``make bench``. Every time is the median of at least three runs.
Builds happen in temporary copies of the project, so the working tree and
its ``_build/`` are left alone.
"""

import argparse
import os
import platform
import re
import shutil
import statistics
import sys
import tempfile
import time
import timeit
from functools import partial
from pathlib import Path

import numpy as np
from bs4 import BeautifulSoup
from explorers import bench_explorers
from figure_text import bench_figure_text
from math_font import bench_math_font
from pages import bench_pages
from scipy import signal

from conv_examples.convolution import convolve, convolve2d

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
import build as site_build  # noqa: E402  (tools/ is a folder of scripts, not a package)

RUNS = 3


def median_time(function, runs=RUNS):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def table(title, header, rows):
    print(f"\n{title}\n")
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join("---" for _ in header) + "|")
    for row in rows:
        print("| " + " | ".join(str(cell) for cell in row) + " |")


# Builds -------------------------------------------------------------------


class Site:
    """A copy of a project in a temporary folder, built as `make html` does."""

    def __init__(self, project):
        self.project = project
        self.executed = None

    def build(self):
        result = site_build.build(self.project)
        if result.returncode:
            sys.exit(
                f"build failed in {self.project}:\n{result.stdout[-3000:]}{result.stderr[-3000:]}"
            )
        found = re.search(r"executed (\d+) out of", result.stdout)
        self.executed = int(found.group(1)) if found else 0

    def clean(self):
        site_build.clean(self.project)

    def timed(self, prepare=None):
        """Median time of a build after *prepare*, and the scripts it ran each time."""
        times, executed = [], set()
        for run in range(RUNS):
            if prepare:
                prepare(run)
            start = time.perf_counter()
            self.build()
            times.append(time.perf_counter() - start)
            executed.add(self.executed)
        return statistics.median(times), "/".join(map(str, sorted(executed)))


def append(path, text):
    with open(path, "a", encoding="utf-8") as file:
        file.write(text)


def make_skeleton(workdir, scripts_per_folder):
    """The same configuration and extensions, one trivial page, trivial scripts."""
    skeleton = workdir / "skeleton"
    for part in ("docs/_ext", "docs/_static", "docs/_templates"):
        shutil.copytree(ROOT / part, skeleton / part)
    shutil.copy(ROOT / "conf.py", skeleton)
    (skeleton / "docs" / "index.md").write_text(
        "# Skeleton\n\n:::{toctree}\nauto_examples/index\n:::\n", encoding="utf-8"
    )
    gallery = skeleton / "conv_examples"
    gallery.mkdir()
    (gallery / "GALLERY_HEADER.rst").write_text("Gallery\n=======\n", encoding="utf-8")
    for folder, count in scripts_per_folder.items():
        (gallery / folder).mkdir()
        (gallery / folder / "GALLERY_HEADER.rst").write_text(
            f"{folder}\n{'-' * len(folder)}\n", encoding="utf-8"
        )
        for number in range(count):
            (gallery / folder / f"plot_{folder}_{number}.py").write_text(
                f'"""\nTrivial {number}\n=========\n\nA line.\n"""\n\n'
                "import matplotlib.pyplot as plt\n\nfig, ax = plt.subplots()\nax.plot([0, 1])\n",
                encoding="utf-8",
            )
    return skeleton


def bench_builds():
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        project = site_build.copy_sources(workdir / "project")
        site = Site(project)
        scripts = sorted((project / "conv_examples").rglob("plot_*.py"))
        per_folder = {}
        for script in scripts:
            per_folder[script.parent.name] = per_folder.get(script.parent.name, 0) + 1

        clean, clean_runs = site.timed(lambda run: site.clean())
        noop, noop_runs = site.timed()
        page, page_runs = site.timed(
            lambda run: append(project / "docs" / "evidence.md", f"\nEdit number {run}.\n")
        )
        script, script_runs = site.timed(
            lambda run: append(
                project / "conv_examples" / "evidence" / "plot_2_two_dice.py",
                f'\n# %%\nprint("edit {run}")\n',
            )
        )
        module, module_runs = site.timed(
            lambda run: append(project / "conv_examples" / "convolution.py", f"# edit {run}\n")
        )

        skeleton = Site(make_skeleton(workdir, per_folder))
        skeleton_clean, _ = skeleton.timed(lambda run: skeleton.clean())
        skeleton_noop, _ = skeleton.timed()

    rows = [
        (
            "clean build",
            f"{clean:.1f}",
            clean_runs,
            f"{skeleton_clean:.1f}",
            f"{clean / skeleton_clean:.2f} (target ≤ 3)",
        ),
        (
            "no-op rebuild",
            f"{noop:.1f}",
            noop_runs,
            f"{skeleton_noop:.1f}",
            f"{noop / skeleton_noop:.2f} (target ≤ 1.3)",
        ),
        ("edit one page's text", f"{page:.1f}", page_runs, "", ""),
        ("edit one gallery script", f"{script:.1f}", script_runs, "", ""),
        ("edit the convolution module", f"{module:.1f}", module_runs, "", ""),
    ]
    table(
        f"Builds (seconds; {len(scripts)} gallery scripts; -j auto)",
        ["build", "this site", "scripts run", "skeleton site", "ratio"],
        rows,
    )


# The module ------------------------------------------------------------------


def timed_call(function):
    timer = timeit.Timer(function)
    number, _ = timer.autorange()
    return statistics.median(timer.repeat(max(RUNS, 5), number)) / number


def seconds(value):
    if value is None:
        return "–"
    for unit, scale in (("s", 1), ("ms", 1e-3), ("µs", 1e-6)):
        if value >= scale:
            return f"{value / scale:.3g} {unit}"
    return f"{value / 1e-9:.3g} ns"


def bench_module(sizes):
    rng = np.random.default_rng(0)
    rows = []
    for shape_name, kernel_length in (("equal lengths", None), ("kernel of 5", 5)):
        for n in sizes:
            m = n if kernel_length is None else kernel_length
            f, g = rng.normal(size=n), rng.normal(size=m)
            ours = timed_call(partial(convolve, f, g))
            # numpy's direct sum takes minutes past 10^10 multiply-adds.
            numpy_time = timed_call(partial(np.convolve, f, g)) if n * m <= 1e10 else None
            scipy_time = timed_call(partial(signal.convolve, f, g, method="auto"))
            best = min(t for t in (numpy_time, scipy_time) if t is not None)
            error = "–"
            if n * m <= 1e10:
                direct = np.convolve(f, g)
                error = f"{np.abs(convolve(f, g) - direct).max() / np.abs(direct).max():.1e}"
            rows.append(
                (
                    shape_name,
                    f"{n:,} × {m:,}",
                    seconds(ours),
                    seconds(numpy_time),
                    seconds(scipy_time),
                    f"{ours / best:.2f}",
                    error,
                )
            )
    table(
        "convolve(f, g), method='auto', against numpy.convolve and "
        "scipy.signal.convolve(method='auto')",
        ["shape", "sizes", "ours", "numpy", "scipy", "ours / faster", "error / max"],
        rows,
    )

    rows = []
    image = rng.random((256, 256))
    for k in (3, 9, 15, 31):
        kernel = rng.normal(size=(k, k))
        ours = timed_call(partial(convolve2d, image, kernel))
        direct = timed_call(partial(signal.convolve2d, image, kernel))
        auto = timed_call(partial(signal.convolve, image, kernel, method="auto"))
        rows.append(
            (
                f"256 × 256 with {k} × {k}",
                seconds(ours),
                seconds(direct),
                seconds(auto),
                f"{ours / min(direct, auto):.2f}",
            )
        )
    table(
        "convolve2d(image, kernel), method='auto', against scipy.signal",
        ["sizes", "ours", "convolve2d", "convolve(auto)", "ours / faster"],
        rows,
    )


# Page weight ---------------------------------------------------------------------


def bench_page_weight(site):
    page = site / "understanding-convolutions.html"
    if not page.is_file():
        print("\nPage weight: build the site first (make html).")
        return
    html = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    parts = {"html": page.stat().st_size, "css": 0, "js": 0, "images (1x)": 0, "images (2x)": 0}

    def size(reference):
        return (page.parent / reference.split("#")[0].split("?")[0]).stat().st_size

    for link in html.find_all("link", rel="stylesheet"):
        parts["css"] += size(link["href"])
    for script in html.find_all("script", src=True):
        parts["js"] += size(script["src"])
    largest = 0
    for image in html.find_all("img"):
        parts["images (1x)"] += size(image["src"])
        largest = max(largest, size(image["src"]))
        # A 2x screen takes the largest candidate ("2x", or the widest "1280w").
        candidates = [c.split() + ["1x"] for c in image.get("srcset", "").split(",") if c.strip()]
        largest_candidate = max(
            candidates, key=lambda c: float(c[1].rstrip("wx")), default=[image["src"]]
        )
        parts["images (2x)"] += size(largest_candidate[0])
    rows = [(name, f"{value / 1024:.0f}") for name, value in parts.items()]
    total_1x = sum(v for k, v in parts.items() if k != "images (2x)")
    total_2x = sum(v for k, v in parts.items() if k != "images (1x)")
    rows += [
        ("total, 1x screen", f"{total_1x / 1024:.0f}"),
        ("total, 2x screen", f"{total_2x / 1024:.0f}"),
        ("largest image", f"{largest / 1024:.0f}"),
    ]
    animation = site / "auto_examples" / "visualizing" / "plot_2_sliding_animation.html"
    if animation.is_file():
        rows.append(
            ("animation page (HTML with its frames)", f"{animation.stat().st_size / 1024:.0f}")
        )
    table("Page weight of the post, understanding-convolutions.html (KB)", ["part", "KB"], rows)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--skip-builds", action="store_true", help="only the module and page weight"
    )
    args = parser.parse_args()
    print(
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, "
        f"numpy {np.__version__}"
    )
    if not args.skip_builds:
        bench_builds()
    bench_module([10, 100, 1_000, 10_000, 100_000, 1_000_000])
    bench_page_weight(ROOT / "_build" / "html")
    bench_math_font()
    bench_explorers(ROOT / "_build" / "html", table)
    bench_figure_text(ROOT / "_build" / "html", table)
    bench_pages(ROOT / "_build" / "html", table)


if __name__ == "__main__":
    main()
