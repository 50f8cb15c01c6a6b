"""Budgets of the two explorers: script and data sizes, and the playground's re-render time.

Budgets (issue 9): JavaScript ≤ 10 KB gzip per explorer; data ≤ 100 KB gzip per
page, the photograph included; a kernel change re-renders the 240 × 240 result
in ≤ 16 ms in headless Chromium (median of 20 changes).
"""

import gzip
import shutil
import statistics

PAGES = {
    "flip-and-slide": "understanding-convolutions.html",
    "kernel-playground": "higher-dimensions.html",
}
CHANGES = 20

# Each change edits the centre weight and times the page's own handler, which
# convolves, colours and draws synchronously. Odd steps leave the weights
# adding up to 1 (gray), even ones not (the diverging map, with its percentile).
RERENDER = """() => {
    const cell = document.querySelector(".kp-grid input[id$='w11']");
    document.querySelector(".kp select").value = "box";
    document.querySelector(".kp select").dispatchEvent(new Event("change"));
    const times = [];
    for (let i = 0; i < CHANGES; i++) {
        cell.value = i % 2 ? "1" : String(i + 2);
        const start = performance.now();
        cell.dispatchEvent(new Event("input"));
        times.push(performance.now() - start);
    }
    const result = document.querySelector('.explorer[data-explorer="kernel-playground"]')
        .kernelPlayground.result();
    return {times, size: result.length};
}""".replace("CHANGES", str(CHANGES))


def gzip_kb(data):
    return len(gzip.compress(data, compresslevel=9, mtime=0)) / 1024


def rerender_times(site):
    """Milliseconds of each of CHANGES kernel changes, or None without Chromium."""
    executable = shutil.which("chromium")
    if executable is None:
        return None
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable, args=["--no-sandbox", "--disable-gpu"]
        )
        page = browser.new_page()
        page.goto((site / PAGES["kernel-playground"]).resolve().as_uri())
        measured = page.evaluate(RERENDER)
        browser.close()
    assert measured["size"] == 240 * 240
    return measured["times"]


def bench_explorers(site, table):
    """Print the explorers' budgets as a table (with the bench's *table* helper)."""
    static = site / "_static" / "explorers"
    if not static.is_dir():
        print("\nExplorers: build the site first (make html).")
        return
    rows = []
    for name, page in PAGES.items():
        script = gzip_kb((static / f"{name}.js").read_bytes())
        style = gzip_kb((static / f"{name}.css").read_bytes())
        data = gzip_kb((static / f"{name}-data.js").read_bytes())
        rows.append((f"{name}: JavaScript, gzip", f"{script:.1f} KB", "≤ 10 KB"))
        rows.append((f"{name}: CSS, gzip", f"{style:.1f} KB", ""))
        rows.append((f"{name}: data for {page}, gzip", f"{data:.1f} KB", "≤ 100 KB"))
    times = rerender_times(site)
    if times is None:
        rows.append(("kernel re-render", "skipped: chromium not installed", "≤ 16 ms"))
    else:
        rows.append(
            (
                f"kernel re-render, 240 × 240, median of {CHANGES} (max)",
                f"{statistics.median(times):.1f} ms ({max(times):.1f} ms)",
                "≤ 16 ms",
            )
        )
    table("Explorers (headless Chromium)", ["what", "measured", "budget"], rows)
