"""Math on the built site: the MathML the extension writes, the font it is drawn in.

The first tests read the extension's output and the files of ``_build/html``;
the browser tests measure what a reader sees in Chromium at phone width.
"""

import base64
import re
import sys
import xml.etree.ElementTree as ET

import pytest
from conftest import ROOT, SITE, Tab, read_html
from fontTools.ttLib import TTFont

sys.path.insert(0, str(ROOT / "docs" / "_ext"))
import mathml  # noqa: E402  (the extension under test lives beside the pages)

POST = "understanding-convolutions.html"
FONT = SITE / "_static" / "fonts" / "noto-sans-math-subset.woff2"
MATH_PAGES = sorted(
    path
    for path in SITE.glob("*.html")
    if "<math" in path.read_text(encoding="utf-8") and path.name != "genindex.html"
)


def operators(mathml_text, text):
    """The <mo> elements of every <math> in *mathml_text* whose text is *text*."""
    wrapped = ET.fromstring(f"<root>{mathml_text}</root>")
    return [mo for mo in wrapped.iter(f"{{{mathml.MATHML}}}mo") if mo.text == text]


def typeset(latex, display=False):
    return mathml._typeset(None, latex, display=display)


# The MathML the extension writes ------------------------------------------------


@pytest.mark.parametrize("latex", ["f(-x)", "a = -1", "[-1, 1]", "-1, 0, 1", "x_{-1}"])
def test_a_minus_with_no_left_operand_is_a_prefix_operator(latex):
    (minus,) = operators(typeset(latex), "−")
    assert minus.get("form") == "prefix"


@pytest.mark.parametrize("latex", ["c - a", "g(c - a)", "n + m - 1", "(c_1 - a_1, c_2)"])
def test_a_minus_between_two_operands_stays_binary(latex):
    for minus in operators(typeset(latex), "−"):
        assert minus.get("form") is None


def test_ast_is_the_centred_asterisk_operator():
    assert operators(typeset(r"f \ast g"), "∗")
    assert not operators(typeset(r"f \ast g"), "*")


def test_a_display_formula_is_cut_before_each_top_level_relation():
    pieces = ET.fromstring(
        "<root>" + typeset(r"P(a) = f(a) \cdot g(x = 1) \leq 1", display=True) + "</root>"
    )
    texts = ["".join(piece.itertext()) for piece in pieces]
    # The relation inside the brackets is not at the top level: no cut there.
    assert texts == ["P(a)", "=f(a)·g(x=1)", "≤1"]
    for piece in pieces:
        assert piece.get("displaystyle") == "true"
    assert [mo.get("form") for mo in operators(typeset("a = b", display=True), "=")] == ["infix"]


def test_a_display_formula_without_a_relation_stays_whole():
    assert typeset(r"\sum_a f(a)", display=True).count("<math") == 1


def test_math_that_cannot_be_converted_warns_and_shows_the_source():
    assert typeset(r"x^") == "<code>x^</code>"


# The built pages ------------------------------------------------------------------


def test_the_pages_with_math_are_built():
    # Every page whose source holds math, named by hand.
    assert {path.name for path in MATH_PAGES} >= {
        POST,
        "higher-dimensions.html",
        "properties.html",
        "neural-networks.html",
        "conclusion.html",
        "api.html",
    }


def test_the_post_writes_unary_minus_as_prefix():
    page = read_html(SITE / POST)
    prefix = {math.get_text() for math in page.find_all("math") if math.find("mo", form="prefix")}
    assert {"f(−x)", "a=−1"} <= prefix
    hd = read_html(SITE / "higher-dimensions.html")
    assert "[−1,1]" in {m.get_text() for m in hd.find_all("math") if m.find("mo", form="prefix")}


@pytest.mark.parametrize("path", MATH_PAGES, ids=lambda path: path.name)
def test_no_text_touches_inline_math_outside_a_no_break_span(path):
    touching = []
    for math in read_html(path).find_all("math"):
        if math.find_parent("div", class_="math-display"):
            continue
        outer = math.parent if "math-nowrap" in math.parent.get("class", []) else math
        before, after = outer.previous_sibling, outer.next_sibling
        if isinstance(before, str) and before and not before[-1].isspace():
            touching.append(f"{before[-10:]!r} before {math.get_text()}")
        if isinstance(after, str) and after and not after[0].isspace():
            touching.append(f"{after[:10]!r} after {math.get_text()}")
    assert touching == []


def test_punctuation_after_inline_math_is_glued_to_it():
    page = read_html(SITE / POST)
    glued = {span.get_text() for span in page.find_all("span", class_="math-nowrap")}
    assert {"c;", "f(a);", "a=c.", "c”"} <= glued
    # No inline formula on the page is followed by loose punctuation.
    for math in page.find_all("math", display="inline"):
        after = math.next_sibling
        if isinstance(after, str) and after[:1] in ".,;:?!”)":
            assert math.parent.get("class") == ["math-nowrap"], f"{math.get_text()}{after[:1]}"


def test_the_font_is_served_with_its_licence_and_a_math_table():
    licence = (FONT.parent / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence
    font = TTFont(FONT)
    assert font.flavor == "woff2"
    assert font["name"].getDebugName(1) == "Noto Sans Math"
    math_table = font["MATH"].table
    # The display Σ the browser picks must be in the subset: a larger variant of ∑.
    variants = math_table.MathVariants
    summation = font.getBestCmap()[ord("∑")]
    construction = variants.VertGlyphConstruction[
        variants.VertGlyphCoverage.glyphs.index(summation)
    ]
    heights = [record.AdvanceMeasurement for record in construction.MathGlyphVariantRecord]
    assert max(heights) >= 1.25 * heights[0]


def drawn_characters(math):
    """The characters a browser draws for a <math>: one-letter <mi> in mathematical italic."""
    for token in math.find_all(["mi", "mo", "mn", "mtext"]):
        text = token.get_text()
        if token.name == "mi" and len(text) == 1 and not token.get("mathvariant"):
            yield italic(text)
        else:
            yield from text


def italic(letter):
    if letter == "h":
        return "ℎ"
    for first, last, italic_first in (("A", "Z", 0x1D434), ("a", "z", 0x1D44E)):
        if first <= letter <= last:
            return chr(italic_first + ord(letter) - ord(first))
    for first, last, italic_first in (("Α", "Ω", 0x1D6E2), ("α", "ω", 0x1D6FC)):
        if first <= letter <= last:
            return chr(italic_first + ord(letter) - ord(first))
    return letter


def test_the_font_has_every_character_the_math_uses():
    cmap = TTFont(FONT).getBestCmap()
    missing = {
        f"{character} (U+{ord(character):04X}) on {path.name}"
        for path in MATH_PAGES
        for math in read_html(path).find_all("math")
        for character in drawn_characters(math)
        if not character.isspace() and ord(character) not in cmap
    }
    assert not missing, (
        f"add these to CHARACTERS in tools/subset_math_font.py and run it: {sorted(missing)}"
    )


@pytest.mark.parametrize("path", MATH_PAGES, ids=lambda path: path.name)
def test_pages_with_math_carry_the_font_inline(path):
    stylesheets = [
        link["href"].split("?")[0] for link in read_html(path).find_all("link", rel="stylesheet")
    ]
    assert any(href.endswith("_static/math.css") for href in stylesheets)
    (font_css,) = [href for href in stylesheets if href.endswith("_static/math-font.css")]
    css = (path.parent / font_css).read_text(encoding="utf-8")
    # Inline, so that pages opened from the file system get the font too.
    (encoded,) = re.findall(r'url\("data:font/woff2;base64,([A-Za-z0-9+/=]+)"\)', css)
    assert base64.b64decode(encoded) == FONT.read_bytes()


PAGES_WITHOUT_MATH = [
    path for path in sorted(SITE.glob("*.html")) if "<math" not in path.read_text(encoding="utf-8")
]


@pytest.mark.parametrize("path", PAGES_WITHOUT_MATH, ids=lambda path: path.name)
def test_pages_without_math_do_not_load_the_math_stylesheet_or_font(path):
    text = path.read_text(encoding="utf-8")
    assert "math.css" not in text and "math-font.css" not in text
    assert "noto-sans-math" not in text


def test_some_pages_have_no_math():
    assert {"try-it.html", "search.html"} <= {path.name for path in PAGES_WITHOUT_MATH}


# In the browser --------------------------------------------------------------------


@pytest.fixture(scope="module")
def phone_page(browser, site_origin):
    """The tab showing a page at 390 px once its fonts are in: a tab of this
    module's own, which keeps the page loaded until a test asks for another."""
    context = browser.new_context(viewport={"width": 390, "height": 900})
    tab = Tab(context, 390, site_origin)

    def open_page(path):
        if tab.path != path:
            tab.open(path)
            tab.page.evaluate("document.fonts.ready")
        return tab

    yield open_page
    context.close()


SUM_RATIOS = """() => Array.from(document.querySelectorAll("div.math-display"), block => {
    const sum = Array.from(block.querySelectorAll("mo")).find(mo => mo.textContent === "∑");
    if (!sum) return null;
    const letters = Array.from(block.querySelectorAll("mi"))
        .filter(mi => [...mi.textContent].length === 1)
        .map(mi => mi.getBoundingClientRect().height);
    return [block.textContent.trim(), sum.getBoundingClientRect().height / Math.max(...letters)];
}).filter(Boolean)"""


def test_display_sums_are_taller_than_their_letters(phone_page):
    page = phone_page(POST).page
    ratios = page.evaluate(SUM_RATIOS)
    assert len(ratios) >= 3
    short = [(text, round(ratio, 2)) for text, ratio in ratios if ratio < 1.25]
    assert short == []


def test_the_math_font_loads_from_the_site_itself(phone_page):
    tab = phone_page(POST)
    page = tab.page
    faces = page.evaluate(
        """() => Array.from(document.fonts, face => [face.family.replace(/"/g, ""), face.status])"""
    )
    assert ["Noto Sans Math", "loaded"] in faces
    family = page.evaluate('getComputedStyle(document.querySelector("math")).fontFamily')
    assert family.startswith('"Noto Sans Math"')
    assert tab.problems == []


def test_a_prefix_minus_sits_against_its_operand(phone_page):
    gaps = phone_page(POST).page.evaluate("""() => {
        const gap = (a, b) => b.getBoundingClientRect().left - a.getBoundingClientRect().right;
        const minus = Array.from(document.querySelectorAll("mo"))
            .filter(mo => mo.textContent === "−" && mo.nextElementSibling);
        const unary = minus.find(mo => mo.getAttribute("form") === "prefix");
        const binary = minus.find(mo => !mo.getAttribute("form"));
        return [gap(unary, unary.nextElementSibling), gap(binary, binary.nextElementSibling)];
    }""")
    unary, binary = gaps
    assert unary < 0.5 < binary


@pytest.mark.parametrize("path", [p.name for p in MATH_PAGES])
def test_math_is_drawn_and_fits_a_phone_and_glued_punctuation_stays_on_its_line(phone_page, path):
    page = phone_page(path).page
    # MathML the browser draws: Chromium knows the element, and gives it a
    # size, unless the page hides it on purpose (an explorer's static figure).
    sizes = page.evaluate("""() => Array.from(document.querySelectorAll("math"), m =>
        m.closest("[hidden]") ? null
            : m instanceof MathMLElement ? m.getBoundingClientRect().height : -1
    ).filter(size => size !== null)""")
    assert sizes and min(sizes) > 0, sizes
    overflow = page.evaluate("""() => ({
        page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        clipped: Array.from(document.querySelectorAll("div.math-display"))
            .filter(block => block.scrollWidth > block.clientWidth
                || block.getBoundingClientRect().right
                   > document.querySelector("article").getBoundingClientRect().right)
            .map(block => block.textContent.trim()),
        split: Array.from(document.querySelectorAll("span.math-nowrap"))
            .filter(span => span.getClientRects().length > 1)
            .map(span => span.textContent),
    })""")
    assert overflow == {"page": 0, "clipped": [], "split": []}


def test_scripts_are_set_smaller_as_in_print(phone_page):
    ratio = phone_page("higher-dimensions.html").page.evaluate("""() => {
        const sub = document.querySelector("msub");
        const size = element => parseFloat(getComputedStyle(element).fontSize);
        return size(sub.children[1]) / size(sub.children[0]);
    }""")
    assert 0.6 <= ratio <= 0.8


@pytest.mark.parametrize("path", ["evidence.html", "understanding-convolutions.html"])
def test_the_math_font_moves_nothing_once_the_page_is_shown(browser, site_origin, path):
    # Decoded only when text first asked for it, the font used to arrive after
    # the first layout and reflow every paragraph with math (0.21 on evidence).
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.add_init_script("""window.shifts = 0;
        new PerformanceObserver(list => {
            for (const shift of list.getEntries()) window.shifts += shift.value;
        }).observe({type: "layout-shift", buffered: true});""")
    page.goto(f"{site_origin}/{path}", wait_until="load")
    page.evaluate("document.fonts.ready")
    page.wait_for_timeout(500)  # a shift is reported a frame after it happens
    shifts = page.evaluate("window.shifts")
    family = page.evaluate("getComputedStyle(document.querySelector('math')).fontFamily")
    loaded = page.evaluate(f"document.fonts.check('16px \"{mathml.FONT_FAMILY}\"')")
    context.close()
    assert mathml.FONT_FAMILY in family and loaded
    assert shifts < 0.01, f"the page shifted by {shifts:.3f} after its first paint"
