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
from urllib.parse import urlparse

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


class Tab:
    """A browser tab that records everything that goes wrong while it shows a page.

    Tabs are reused (see the ``tabs`` fixture): a new tab starts a renderer
    process, which costs three times the CPU of loading a page in a tab that
    has the site's stylesheets and scripts in its cache.
    """

    def __init__(self, context, width, home):
        self.width, self.home = width, home
        self.origin = self.path = None
        self.problems = []
        self.page = context.new_page()
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda error: self.problems.append(f"page error: {error}"))
        self.page.on("requestfailed", self._failed)
        self.page.on("request", self._request)
        self.page.on(
            "response",
            lambda response: (
                response.status >= 400
                and self.problems.append(f"HTTP {response.status}: {response.url}")
            ),
        )

    def open(self, path, origin=None):
        """Load *path* of the site afresh, at the tab's width, with a clean
        record of problems; from *origin* (``file://`` too) if given, else
        from the site served for the tests."""
        self.origin, self.path, self.problems = (origin or self.home).rstrip("/"), path, []
        self.page.set_viewport_size({"width": self.width, "height": 900})
        url = f"{self.origin}/{path}"
        if is_redirect(path):  # wait for where it sends the reader
            with self.page.expect_navigation(url=lambda to: to != url, wait_until="load"):
                self.page.goto(url)
        else:
            self.page.goto(url, wait_until="load")
        return self

    def _console(self, message):
        if message.type == "error":
            self.problems.append(f"console error: {message.text}")

    def _failed(self, request):
        # Aborted is what the browser calls a request it dropped itself, such
        # as the last page's favicon when the tab moves on; a missing file
        # shows as an HTTP error instead.
        if request.failure != "net::ERR_ABORTED":
            self.problems.append(f"failed request: {request.url} ({request.failure})")

    def _request(self, request):
        url, home = urlparse(request.url), urlparse(self.origin)
        if url.scheme not in ("data", "blob") and (url.scheme, url.netloc) != (
            home.scheme,
            home.netloc,
        ):
            self.problems.append(f"request to another origin: {request.url}")

    def load_all_images(self):
        """Make lazy images load now, and wait until every image has finished."""
        self.page.evaluate("""async () => {
            for (const img of document.images) img.loading = "eager";
            await Promise.all(Array.from(document.images, img =>
                img.complete ? null : new Promise(done => {
                    img.addEventListener("load", done); img.addEventListener("error", done);
                })));
        }""")


@functools.cache
def read_page(path):
    """The text of the built page at *path* (relative to the site)."""
    return (SITE / path).read_text(encoding="utf-8")


def is_redirect(path):
    """Whether the built page at *path* only sends the reader on to where a
    renamed page now lives."""
    return 'http-equiv="refresh"' in read_page(path)


def site_pages():
    """The built site's pages, as paths relative to it, sorted, redirects
    left out; the theme's and Sphinx's own files (``_static/`` …) aside."""
    return sorted(
        path.relative_to(SITE).as_posix()
        for path in SITE.rglob("*.html")
        if not path.relative_to(SITE).parts[0].startswith("_")
        and not is_redirect(path.relative_to(SITE).as_posix())
    )


CONTEXT_DEFAULTS = {
    "color_scheme": "light",
    "java_script_enabled": True,
    "reduced_motion": "no-preference",
    "has_touch": False,
}


@pytest.fixture(scope="session")
def tabs(browser, site_origin):
    """``tabs(width=1280, **options)``: the one tab of this test process with
    those options, each a Playwright context option (``color_scheme``,
    ``java_script_enabled``, ``reduced_motion``, ``has_touch``). ``.open(path)``
    on it loads a page of the site afresh; the document's state never carries
    over from one test to the next, only the cache does."""
    made = {}

    def tab(width=1280, **options):
        # Options at Playwright's defaults name the same tab as leaving them out.
        key = (width, *sorted(o for o in options.items() if o not in CONTEXT_DEFAULTS.items()))
        if key not in made:
            context = browser.new_context(viewport={"width": width, "height": 900}, **options)
            made[key] = Tab(context, width, site_origin)
        return made[key]

    return tab  # closing the browser closes their contexts


@pytest.fixture(scope="session")
def axe_script():
    script = ROOT / "node_modules" / "axe-core" / "axe.min.js"
    if not script.is_file():
        unavailable("axe-core is not installed: run `npm ci`")
    return script.read_text(encoding="utf-8")
