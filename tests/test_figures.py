"""Figures on the narrative pages: the right one embedded, and legible on a phone."""

import re
import sys

import numpy as np
import pytest
from conftest import ROOT
from PIL import Image

sys.path.insert(0, str(ROOT / "docs" / "_ext"))
from figure_legibility import GALLERY, gallery_sizes, measure_pages  # noqa: E402

EMBED = re.compile(r"auto_examples/(\w+)/images/sphx_glr_(\w+?)_(\d{3})\.png")
PAGES = sorted((ROOT / "docs").glob("*.md"))
EMBEDS = [(page.name, *match) for page in PAGES for match in EMBED.findall(page.read_text())]
NARRATIVE_PAGES = [page.with_suffix(".html").name for page in PAGES]
SMALLEST_CSS_PX = 12


def test_the_pages_embed_figures():
    assert len(EMBEDS) >= 20


@pytest.mark.parametrize(("page", "section", "script", "number"), EMBEDS)
def test_an_embedded_figure_is_the_only_figure_of_its_script(page, section, script, number):
    # Pages embed figures by the ordinal sphinx-gallery gives them: with one
    # figure per embedded script, a figure added to a script cannot shift a
    # page onto the wrong picture unnoticed.
    assert number == "001", f"{page} embeds figure {number} of {script}: split the script"
    assert (ROOT / "conv_examples" / section / f"{script}.py").is_file()
    # The example page sphinx-gallery wrote on its last run shows every figure
    # the script makes (old images may linger in images/; the page does not).
    example = GALLERY / section / f"{script}.rst"
    if not example.is_file():
        pytest.skip("the gallery is not built: run `make html` first")
    made = set(re.findall(rf"sphx_glr_{script}_(\d{{3}})\.png", example.read_text()))
    assert made == {"001"}


def test_every_gallery_figure_records_its_smallest_text():
    if not GALLERY.is_dir():
        pytest.skip("the gallery is not built: run `make html` first")
    sizes = gallery_sizes()
    for *_, script, _ in EMBEDS:
        size = sizes[f"sphx_glr_{script}_001"]
        assert 3 <= size["width_in"] <= 7.2 and 6 <= size["smallest_pt"] <= 30


def test_figure_text_is_at_least_12_css_px_at_phone_and_desktop_widths(browser, site_origin):
    rows = measure_pages(browser, site_origin, NARRATIVE_PAGES)
    shown = {name for _, name, _ in rows}
    # Every embed was found in the browser, and the try-it page's three figures.
    assert {f"sphx_glr_{script}_001" for _, _, script, _ in EMBEDS} <= shown
    assert sum(name.startswith("notebook figure") for name in shown) == 3
    too_small = [
        f"{page} {name}: {px} CSS px at {width} px"
        for page, name, by_width in rows
        for width, px in by_width.items()
        if px < SMALLEST_CSS_PX
    ]
    assert not too_small, "\n".join(too_small)


@pytest.mark.parametrize(("scheme", "padding"), [("light", "0px"), ("dark", "6px")])
def test_figures_sit_on_a_padded_card_in_dark_mode(tabs, scheme, padding):
    page = tabs(390, color_scheme=scheme).open("understanding-convolutions.html").page
    style = page.evaluate(
        """() => {
          const s = getComputedStyle(document.querySelector('article img[src*="sphx_glr_"]'));
          return [s.paddingLeft, s.filter];
        }"""
    )
    assert style[0] == padding
    assert (style[1] != "none") == (scheme == "dark")


def test_a_thumbnail_shows_its_figures_main_panel():
    # The sum of shifted copies stacks one strip per copy above the sum, the
    # panel that says what the figure is about: the thumbnail shows that one.
    images = GALLERY / "visualizing" / "images"
    if not images.is_dir():
        pytest.skip("the gallery is not built: run `make html` first")
    sidecar = gallery_sizes()["sphx_glr_plot_4_shifted_copies_001"]
    if "main_panel" not in sidecar:
        pytest.skip("the gallery was built before sidecars recorded panels: run `make clean html`")
    left, top, right, bottom = sidecar["main_panel"]
    assert top > 0.6 and bottom > 0.95, "the sum is the bottom panel"
    with Image.open(images / "thumb" / "sphx_glr_plot_4_shifted_copies_thumb.png") as thumb:
        assert thumb.size == (400, 280)
        shown = thumb.convert("L")
    with Image.open(images / "sphx_glr_plot_4_shifted_copies_001_2_00x.png") as figure:
        width, height = figure.size
        box = (left * width, top * height, right * width, bottom * height)
        panel = figure.convert("L").crop(tuple(round(value) for value in box))
        whole = figure.convert("L")

    def on_card(image):
        """*image* as the thumbnail draws it: fitted, centred on white."""
        image = image.copy()
        image.thumbnail((400, 280))
        card = Image.new("L", (400, 280), 255)
        card.paste(image, ((400 - image.width) // 2, (280 - image.height) // 2))
        return np.asarray(card, dtype=float)

    def difference(image):
        return np.abs(on_card(image) - np.asarray(shown, dtype=float)).mean()

    assert difference(panel) < 3 < 10 < difference(whole)
