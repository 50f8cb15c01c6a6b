"""The built HTML read as files: links, anchors, headings and link text."""

import functools
import itertools
import json
import re
from urllib.parse import unquote, urlparse

import pytest
from conftest import SITE, read_html

REDIRECT = re.compile(r'<meta http-equiv="refresh" content="0; url=([^"]+)">')
HTML_FILES = sorted(
    path for path in SITE.rglob("*.html") if not path.relative_to(SITE).parts[0].startswith("_")
)
# Pages that only send the reader to where a renamed page now lives.
REDIRECTS = [path for path in HTML_FILES if REDIRECT.search(path.read_text(encoding="utf-8"))]
PAGES = [path for path in HTML_FILES if path not in REDIRECTS]
# The only other sites the pages link to (the last four are in the theme's and
# sphinx-gallery's footers); README.md lists them too.
EXTERNAL_LINKS = {
    "https://colah.github.io/posts/2014-07-Understanding-Convolutions/",
    "https://colah.github.io/posts/2014-07-Conv-Nets-Modular/",
    "https://www.sphinx-doc.org/",
    "https://github.com/pradyunsg/furo",
    "https://sphinx-gallery.github.io",
    "https://pradyunsg.me",
}
VAGUE_LINK_TEXT = {"here", "click here", "this", "link", "more", "this page", "read more"}


@functools.cache
def ids_of(path):
    page = read_html(path)
    return {tag["id"] for tag in page.find_all(id=True)} | {
        tag["name"] for tag in page.find_all("a", attrs={"name": True})
    }


def references(page):
    for tag, attribute in (("a", "href"), ("link", "href"), ("img", "src"), ("script", "src")):
        for element in page.find_all(tag, attrs={attribute: True}):
            yield element[attribute]
    for element in page.find_all(srcset=True):
        for candidate in element["srcset"].split(","):
            yield candidate.split()[0]


def test_the_site_is_built():
    assert len(PAGES) > 20, "run `make html` first"


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.relative_to(SITE).as_posix())
def test_every_internal_link_and_anchor_resolves(path):
    broken, external = [], set()
    for reference in references(read_html(path)):
        url = urlparse(reference)
        if url.scheme in ("http", "https"):
            external.add(reference)
            continue
        if url.scheme in ("data", "mailto", "javascript"):
            continue
        target = (path.parent / unquote(url.path)).resolve() if url.path else path
        if target.is_dir():
            target = target / "index.html"
        if not target.is_file():
            broken.append(reference)
        elif (
            url.fragment
            and target.suffix == ".html"
            and unquote(url.fragment) not in ids_of(target)
        ):
            broken.append(reference)
    assert broken == []
    assert external <= EXTERNAL_LINKS, f"unlisted external links: {external - EXTERNAL_LINKS}"


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.relative_to(SITE).as_posix())
def test_headings_form_an_outline(path):
    article = read_html(path).find("article")
    levels = [int(h.name[1]) for h in article.find_all(re.compile(r"^h[1-6]$"))]
    assert levels.count(1) == 1, f"{levels.count(1)} top-level headings"
    assert levels[0] == 1
    jumps = [(a, b) for a, b in itertools.pairwise(levels) if b > a + 1]
    assert jumps == [], f"heading levels skip: {jumps}"


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.relative_to(SITE).as_posix())
def test_link_text_makes_sense_on_its_own(path):
    vague = [
        a.get_text(" ", strip=True)
        for a in read_html(path).find_all("a", href=True)
        if a.get_text(" ", strip=True).lower() in VAGUE_LINK_TEXT
    ]
    assert vague == []


def test_no_image_weighs_more_than_200_kilobytes():
    heavy = {
        path.name: path.stat().st_size // 1024
        for path in (SITE / "_images").iterdir()
        if path.stat().st_size > 200 * 1024
    }
    assert heavy == {}


def test_the_animation_page_stays_within_its_budget():
    page = SITE / "auto_examples" / "visualizing" / "plot_2_sliding_animation.html"
    assert page.stat().st_size <= 800 * 1024


def test_renamed_gallery_section_redirects_every_old_page():
    old = {path.relative_to(SITE).as_posix() for path in REDIRECTS}
    assert old == {
        f"auto_examples/images/{page}.html"
        for page in (
            "index",
            "plot_1_ball_on_a_plane",
            "plot_2_box_blur",
            "plot_3_edges",
            "plot_4_more_kernels",
            "plot_5_convolution_vs_correlation",
        )
    }
    for path in REDIRECTS:
        text = path.read_text(encoding="utf-8")
        target = (path.parent / REDIRECT.search(text).group(1)).resolve()
        assert target.is_file(), f"{path.name} redirects to a missing page"
        assert target.parent.name == "two_dimensions"
        assert read_html(path).find("a", href=True)["href"] == REDIRECT.search(text).group(1)


def test_the_search_index_keeps_the_apis_index_entries():
    # Sphinx dropped them on every rebuild until docs/_ext/stable_rebuilds.py.
    text = (SITE / "searchindex.js").read_text(encoding="utf-8")
    index = json.loads(text.removeprefix("Search.setIndex(").removesuffix(")"))
    entries = index["indexentries"]
    api = index["docnames"].index("api")
    for function in ("convolve", "convolve2d"):
        places = entries[f"{function}() (in module conv_examples.convolution)"]
        assert [api, f"conv_examples.convolution.{function}", False] in places


def test_code_gets_a_copy_button_from_the_site_and_output_does_not():
    page = read_html(SITE / "try-it.html")
    scripts = [s["src"] for s in page.find_all("script", src=True)]
    assert any(src.startswith("_static/copybutton.js") for src in scripts)
    script = (SITE / "_static" / "copybutton.js").read_text(encoding="utf-8")
    selector = re.search(r"const COPYBUTTON_SELECTOR = '([^']+)'", script).group(1)
    # What the selector picks on the page: the notebook's code, none of its output.
    picked = page.select(selector)
    assert picked and all(pre.find_parent(class_="cell_input") for pre in picked)
    assert page.select("div.cell_output pre")
