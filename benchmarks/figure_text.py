"""The smallest figure text on every narrative page, in CSS px, at 390 and 1280 px."""

import shutil
import sys
from pathlib import Path

from pages import Server

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "docs" / "_ext"))
from figure_legibility import measure_pages  # noqa: E402

CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def bench_figure_text(site, table):
    chromium = shutil.which("chromium")
    if chromium is None:
        print("\nSmallest figure text: skipped, chromium is not installed")
        return
    from playwright.sync_api import sync_playwright

    pages = sorted(path.with_suffix(".html").name for path in (ROOT / "docs").glob("*.md"))
    with Server(site) as origin, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS)
        rows = measure_pages(browser, origin, pages)
        browser.close()
    table(
        "Smallest figure text, CSS px, in dark mode (figures on a padded card); must be ≥ 12",
        ["page", "figure", "390 px", "1280 px"],
        [(page, name, by_width[390], by_width[1280]) for page, name, by_width in rows],
    )
