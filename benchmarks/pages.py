"""The built pages as a phone gets them: bytes transferred, and Lighthouse scores.

Weights come from Debian's Chromium (through Playwright) loading each page
from a local server, at 390 px wide on a 2x screen: first what the page loads
by itself, then everything once the reader has scrolled to the end (lazy
images included), by kind of file. Lighthouse 12.2.3 (npm, pinned in
package.json; 13 needs Node 22) then scores each page with its default mobile
settings (simulated slow 4G, a mid-range phone): the median of three runs.
The machine's load is printed with the scores: other work on its cores lowers
the performance score.
"""

import functools
import gzip
import io
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LIGHTHOUSE = ROOT / "benchmarks" / "node_modules" / ".bin" / "lighthouse"
NARRATIVE = sorted(f"{page.stem}.html" for page in (ROOT / "docs").glob("*.md"))
ANIMATION = "auto_examples/visualizing/plot_2_sliding_animation.html"
PAGES = [*NARRATIVE, ANIMATION]
RUNS = 3
KINDS = {
    "document": "html",
    "stylesheet": "css",
    "script": "js",
    "image": "images",
    "font": "fonts",
}


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


class CompressingHandler(QuietHandler):
    """Text gzipped for a browser that accepts it, as static hosts (GitHub
    Pages, Netlify, any nginx) serve it; images and fonts as they are."""

    TEXT = (".html", ".css", ".js", ".json", ".svg", ".txt")

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if (
            path.suffix not in self.TEXT
            or not path.is_file()
            or "gzip" not in self.headers.get("Accept-Encoding", "")
        ):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


class QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        # Lighthouse drops connections it no longer needs: not an error.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class Server:
    """The site on a free localhost port, for as long as the ``with`` lasts."""

    def __init__(self, site, compress=False):
        handler = functools.partial(
            CompressingHandler if compress else QuietHandler, directory=str(site)
        )
        self.server = QuietServer(("127.0.0.1", 0), handler)
        self.origin = f"http://127.0.0.1:{self.server.server_port}"

    def __enter__(self):
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self.origin

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


def transferred(browser, url):
    """KB by kind of file: loaded at first, and after scrolling to the end."""
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, device_scale_factor=2, reduced_motion="reduce"
    )
    page = context.new_page()
    sizes = {}
    page.on(
        "requestfinished",
        lambda request: sizes.__setitem__(
            request.url, (request.resource_type, request.sizes()["responseBodySize"])
        ),
    )
    page.goto(url, wait_until="networkidle")
    first = sum(size for _, size in sizes.values())
    page.evaluate("""async () => {
        for (let y = 0; y < document.documentElement.scrollHeight; y += 400) {
            window.scrollTo(0, y);
            await new Promise(done => setTimeout(done, 100));
        }
    }""")
    # Lazy images start loading after their scroll event: give them time.
    page.wait_for_timeout(1500)
    page.wait_for_load_state("networkidle")
    by_kind = dict.fromkeys([*KINDS.values(), "other"], 0)
    for kind, size in sizes.values():
        by_kind[KINDS.get(kind, "other")] += size
    context.close()
    return first / 1024, {kind: size / 1024 for kind, size in by_kind.items()}


def bench_weights(origin, table):
    from playwright.sync_api import sync_playwright

    rows = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=shutil.which("chromium"), args=["--no-sandbox"]
        )
        for page in PAGES:
            first, by_kind = transferred(browser, f"{origin}/{page}")
            rows.append(
                (
                    page,
                    f"{first:.0f}",
                    f"{sum(by_kind.values()):.0f}",
                    *(f"{by_kind[kind]:.0f}" for kind in [*KINDS.values(), "other"]),
                )
            )
        browser.close()
    table(
        "Page weight at 390 px on a 2x screen (KB transferred; targets: the post "
        "< 1536 after scrolling, the animation page ≤ 400)",
        ["page", "at load", "after scrolling", *KINDS.values(), "other"],
        rows,
    )


def lighthouse(url, workdir):
    report = workdir / "report.json"
    subprocess.run(
        [
            str(LIGHTHOUSE),
            url,
            "--only-categories=performance,accessibility",
            "--output=json",
            f"--output-path={report}",
            "--chrome-flags=--headless=new --no-sandbox",
            "--quiet",
        ],
        env={**os.environ, "CHROME_PATH": shutil.which("chromium")},
        check=True,
        timeout=300,
    )
    result = json.loads(report.read_text(encoding="utf-8"))
    audits = result["audits"]
    return {
        "performance": 100 * result["categories"]["performance"]["score"],
        "accessibility": 100 * result["categories"]["accessibility"]["score"],
        "lcp": audits["largest-contentful-paint"]["numericValue"] / 1000,
        "kb": audits["total-byte-weight"]["numericValue"] / 1024,
    }


def bench_lighthouse(origin, table):
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for page in PAGES:
            runs = [lighthouse(f"{origin}/{page}", Path(tmp)) for _ in range(RUNS)]
            median = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
            rows.append(
                (
                    page,
                    f"{median['performance']:.0f}",
                    "/".join(f"{run['performance']:.0f}" for run in runs),
                    f"{median['accessibility']:.0f}",
                    f"{median['lcp']:.1f}",
                    f"{median['kb']:.0f}",
                )
            )
    load = " / ".join(f"{value:.1f}" for value in os.getloadavg())
    table(
        f"Lighthouse 12.2.3, mobile, text gzipped, median of {RUNS} runs (targets: "
        f"performance ≥ 95, accessibility 100); load average during the runs {load} "
        f"on {os.cpu_count()} cores",
        ["page", "performance", "runs", "accessibility", "largest paint (s)", "KB"],
        rows,
    )


def bench_pages(site, table):
    """Page weights and Lighthouse scores of the built *site*."""
    if not (site / "index.html").is_file():
        print("\nPages: build the site first (make html).")
        return
    if shutil.which("chromium") is None:
        print("\nPages: chromium is not installed (apt-get install chromium).")
        return
    # Weights uncompressed (the budgets hold even on a host that does not
    # compress); Lighthouse served as a static host serves, text gzipped.
    with Server(site) as origin:
        bench_weights(origin, table)
    if not LIGHTHOUSE.is_file():
        print("\nLighthouse: not installed (make bench runs npm ci in benchmarks/).")
        return
    with Server(site, compress=True) as origin:
        bench_lighthouse(origin, table)


if __name__ == "__main__":
    from bench import table

    bench_pages(ROOT / "_build" / "html", table)
