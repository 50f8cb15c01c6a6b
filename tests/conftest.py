"""Shared fixtures: the site `make html` built, one clean build, a browser.

How a test should get a site (CONTRIBUTING.md says the same):

- Read ``SITE`` (``_build/html``), which ``make test`` builds before the tests
  run. Most tests need nothing else.
- ``fresh_site`` is one clean build of a copy of the working tree, made once a
  session (about a minute); only tests about the build itself need it, and
  they live in test_reproducible.py: ``make test`` runs each test file on one
  of two workers (pytest-xdist), and each worker would build its own.
- ``sphinx_build`` builds a small project of a test's own, for what the real
  site cannot show (a failing example, say). Pass ``-D plot_gallery=0`` when
  figures do not matter.
"""

import functools
import os
import shutil
import sys
import threading
from dataclasses import dataclass
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parents[1]
SITE = ROOT / "_build" / "html"

sys.path.insert(0, str(ROOT / "tools"))
import build  # noqa: E402  (tools/ is not a package: the Makefile runs build.py as a script)


def sphinx_build(srcdir, confdir, outdir, *options):
    """Build the site of the project at *confdir* (sources in its ``docs/``) into
    *outdir*, as ``make html`` does, and return the finished process."""
    assert Path(srcdir) == Path(confdir) / "docs", "a project keeps its sources in docs/"
    return build.build(confdir, outdir, *options)


@functools.cache
def read_html(path):
    """The HTML file at *path*, parsed once per test process: several test
    files read the same pages. Read it; never change it."""
    return BeautifulSoup(Path(path).read_text(encoding="utf-8"), "html.parser")


def pytest_addoption(parser):
    parser.addoption(
        "--screenshots",
        action="store_true",
        help="also save screenshots of every page to _build/screenshots/ (make screenshots)",
    )


def pytest_collection_modifyitems(config, items):
    if not config.getoption("--screenshots"):
        kept = [item for item in items if "screenshots" not in item.keywords]
        config.hook.pytest_deselected(items=[i for i in items if i not in kept])
        items[:] = kept
    # make test hands each test file to one of two workers, in this order
    # (pytest-xdist's --dist loadscope --no-loadscope-reorder): the clean build
    # first, a minute on one worker while the other starts on the browser
    # tests; the quick files last, to even out the end.
    items.sort(key=cost_class)


def cost_class(item):
    if "fresh_build" in item.fixturenames:
        return 0
    if {"browser", "site_origin"} & set(item.fixturenames):
        return 1
    return 2


@dataclass
class Build:
    project: Path  # the copy of the working tree that was built
    outdir: Path  # its _build/html
    log: str  # everything sphinx-build printed


@pytest.fixture(scope="session")
def fresh_build(tmp_path_factory):
    """A clean build, from nothing, of a copy of the working tree."""
    project = build.copy_sources(tmp_path_factory.mktemp("clean") / "project")
    outdir = project / "_build" / "html"
    result = build.build(project, outdir)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return Build(project, outdir, result.stdout + result.stderr)


@pytest.fixture(scope="session")
def fresh_site(fresh_build):
    """The site of that clean build (its _build/html)."""
    return fresh_build.outdir


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
    """Debian's Chromium, headless, driven by Playwright (which downloads no
    browser); one for the whole session, each test opens its own context."""
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
