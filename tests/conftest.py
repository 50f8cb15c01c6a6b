"""Shared fixtures: paths of the project and of the site `make html` built."""

import functools
import os
import shutil
import subprocess
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SITE = ROOT / "_build" / "html"


def sphinx_build(srcdir, confdir, outdir, *options):
    """Run sphinx-build warning-free (-W) and return the finished process."""
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "sphinx",
            "-b",
            "html",
            "-c",
            str(confdir),
            "-d",
            str(Path(outdir).parent / f"{Path(outdir).name}-doctrees"),
            str(srcdir),
            str(outdir),
            "-W",
            "--keep-going",
            "-j",
            "auto",
            *options,
        ],
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture(scope="session")
def fresh_site(tmp_path_factory):
    """The site built by Sphinx into a temporary folder, from the working tree."""
    outdir = tmp_path_factory.mktemp("html")
    result = sphinx_build(ROOT / "docs", ROOT, outdir)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return outdir


def unavailable(reason):
    """Skip a test that needs something this machine lacks; in CI, fail instead."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI must provide it: see .ci/run)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def site_origin():
    """Serve _build/html on a free localhost port for the whole session."""
    if not (SITE / "index.html").is_file():
        unavailable("the site is not built: run `make html` first")
    handler = functools.partial(QuietHandler, directory=str(SITE))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium, headless, driven by Playwright (which downloads no browser)."""
    executable = shutil.which("chromium")
    if executable is None:
        unavailable("chromium is not installed: apt-get install chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


# Without these Chromium keeps trying to reach Google's services.
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def axe_script():
    script = ROOT / "node_modules" / "axe-core" / "axe.min.js"
    if not script.is_file():
        unavailable("axe-core is not installed: run `npm ci`")
    return script.read_text(encoding="utf-8")
