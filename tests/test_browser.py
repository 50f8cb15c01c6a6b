"""The built site in a real browser: Playwright driving Debian's Chromium.

Every page of ``_build/html`` is served on localhost and opened once, at
desktop width, then narrowed to a phone's. ``make screenshots`` saves pictures
of every page, 390 px and 1280 px wide, light and dark, in ``_build/screenshots/``.
"""

import re

import pytest
from conftest import ROOT, Tab, site_pages

SCREENSHOTS = ROOT / "_build" / "screenshots"
# Redirect pages are left out: each names its target (test_site_html.py), and
# one is followed below.
PAGES = site_pages()


@pytest.fixture(scope="module")
def tab(browser, site_origin):
    """A tab of this module's own, which keeps each page loaded for all the
    per-page tests below (a shared tab from ``tabs`` may be used by others)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    yield Tab(context, 1280, site_origin)
    context.close()


@pytest.fixture(scope="module", params=PAGES)
def loaded(request, tab):
    """Each page, opened once for all the per-page tests below (pytest runs
    every test of one page before it opens the next)."""
    tab.open(request.param)
    tab.load_all_images()
    return tab


def test_an_old_gallery_address_takes_the_reader_to_the_page_now_there(tabs):
    tab = tabs().open("auto_examples/images/plot_3_edges.html")
    assert tab.page.url.endswith("/auto_examples/two_dimensions/plot_3_edges.html")
    assert tab.page.locator("h1").first.text_content().strip()
    assert tab.problems == []


def test_the_site_has_its_pages():
    assert {
        "index.html",
        "understanding-convolutions.html",
        "try-it.html",
        "auto_examples/index.html",
    } <= set(PAGES)


def test_page_loads_cleanly_from_its_own_origin(loaded):
    assert loaded.problems == []


def test_every_image_loads_and_has_alt_text(loaded):
    images = loaded.page.evaluate("""() => Array.from(document.images, img =>
        ({src: img.currentSrc || img.src, width: img.naturalWidth, alt: img.alt}))""")
    broken = [image["src"] for image in images if image["width"] == 0]
    unlabelled = [image["src"] for image in images if not image["alt"].strip()]
    assert broken == []
    assert unlabelled == []


def test_page_has_a_title_a_language_and_no_raw_math(loaded):
    page = loaded.page
    assert page.title().strip()
    assert page.evaluate("document.documentElement.lang") == "en"
    text = page.evaluate("document.body.innerText")
    assert "$$" not in text
    assert not re.search(r"\\(sum|cdot|ast|frac)\b", text)


@pytest.mark.parametrize("width", [390, 1280])
def test_no_sideways_scrolling(loaded, width):
    loaded.page.set_viewport_size({"width": width, "height": 900})
    overflow = loaded.page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, f"{loaded.path} scrolls sideways by {overflow}px at {width}px"


@pytest.mark.parametrize(
    "query, expected",
    [
        # The API entry of the function: its index entry and its object.
        ("convolve2d", "api.html#conv_examples.convolution.convolve2d"),
        # A phrase of the prose: the gallery example that sets the two apart.
        (
            "cross-correlation",
            "auto_examples/two_dimensions/plot_5_convolution_vs_correlation.html",
        ),
    ],
)
def test_search_finds_what_a_reader_types(tabs, query, expected):
    page = tabs().open("search.html").page
    page.locator("input.sidebar-search").fill(query)
    page.keyboard.press("Enter")
    page.locator("#search-results .search-summary").wait_for()
    results = page.locator("#search-results ul.search li a").evaluate_all(
        "links => links.map(a => a.getAttribute('href'))"
    )
    assert results, f"searching {query!r} found nothing"
    assert any(href.startswith(expected.split("#")[0]) for href in results), results
    if "#" in expected:
        assert expected in results, results


@pytest.mark.screenshots
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("path", PAGES)
def test_screenshot(tabs, path, width, scheme):
    """Not a check: pictures of every page to look at (make screenshots)."""
    page = tabs(width, color_scheme=scheme).open(path)
    page.load_all_images()
    name = path.removesuffix(".html").replace("/", "--")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.page.screenshot(path=SCREENSHOTS / f"{name}-{width}-{scheme}.png", full_page=True)


def test_the_animation_steps_one_frame_forward(tabs):
    page = tabs().open("auto_examples/visualizing/plot_2_sliding_animation.html").page
    slider = page.locator(".sphx-glr-animation input[type=range]").first
    image = page.locator(".sphx-glr-animation img").first
    # It may have started playing on its own.
    page.locator(".sphx-glr-animation button[title='Pause']").first.click()
    start_value, start_frame = slider.input_value(), image.get_attribute("src")
    page.locator(".sphx-glr-animation button[title='Next frame']").first.click()
    assert int(slider.input_value()) == int(start_value) + 1
    assert image.get_attribute("src") != start_frame
