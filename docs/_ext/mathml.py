"""Typeset math as MathML while building, so pages need no script and no network.

Sphinx's default renderer loads MathJax from a CDN when a page is read. This
renderer converts each formula with latex2mathml instead; browsers display
MathML natively and screen readers read it aloud. Pages with math also get
``math.css``, which serves a math font from the site itself (a subset of Noto
Sans Math, made by ``tools/subset_math_font.py``): without a font that has an
OpenType MATH table a display Σ comes out no taller than the letters beside it.

latex2mathml writes each formula as one flat row, so the browser cannot tell
a minus sign's role from the structure; ``_typeset`` marks the unary ones as
prefix operators. A display formula is cut at its top-level relations into
pieces that wrap on a narrow screen, and inline math is glued to the
punctuation that touches it, so that neither ends up alone on a line.
"""

import base64
import hashlib
import html
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from docutils import nodes
from latex2mathml.converter import convert
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.util import logging
from unchanged_files import write_if_changed

logger = logging.getLogger(__name__)

MATHML = "http://www.w3.org/1998/Math/MathML"
FONT = "fonts/noto-sans-math-subset.woff2"
FONT_CSS = "math-font.css"
FONT_FAMILY = "Noto Sans Math"

# Elements whose children form a row, in which an operator's neighbours decide its role.
ROWS = {"math", "mrow", "msqrt", "mtd", "mstyle", "mpadded", "mphantom", "menclose"}
SIGNS = {"−", "+", "±", "∓"}
RELATIONS = {"=", "<", ">", "≤", "≥", "≠", "≈", "≡", "∼", "≃", "∝", "→", "⇒", "⟹", "⇔"}
OPENING = {"(", "[", "{", "⟨", "⌊", "⌈"}
CLOSING = {")", "]", "}", "⟩", "⌋", "⌉"}
# After these a sign has no left operand, so it is unary: -x, (-x), a = -1, [-1, 1].
BEFORE_UNARY = OPENING | RELATIONS | SIGNS | {",", ";", ":", "·", "⋅", "×", "∗", "/", "∑", "∏"}


def _tag(element):
    return element.tag.rpartition("}")[2]


def _is_operator(element, texts):
    return element is not None and _tag(element) == "mo" and element.text in texts


def _mark_unary_signs(root):
    for row in root.iter():
        if _tag(row) not in ROWS:
            continue
        previous = None
        for child in row:
            if _is_operator(child, SIGNS) and (
                previous is None or _is_operator(previous, BEFORE_UNARY)
            ):
                child.set("form", "prefix")
            previous = child


def _centred_asterisks(root):
    # \ast is the centred asterisk operator in print, not the raised text asterisk.
    for element in root.iter(f"{{{MATHML}}}mo"):
        if element.text == "*":
            element.text = "∗"


def _pieces(root):
    """The top-level row cut before each relation: [lhs], [= rhs], [= …]."""
    (row,) = root
    pieces, depth = [[]], 0
    for child in row:
        # Brackets are flat in the row too: a relation between them is not top-level.
        depth += _is_operator(child, OPENING) - _is_operator(child, CLOSING)
        if depth == 0 and _is_operator(child, RELATIONS) and pieces[-1]:
            child.set("form", "infix")  # it starts a piece, but it is still a relation
            pieces.append([])
        pieces[-1].append(child)
    return pieces


def _serialize(element, root=True):
    """The element as HTML: MathML tag names without a prefix, the namespace on <math> only."""
    tag = _tag(element)
    attributes = {"xmlns": MATHML} if root else {}
    attributes.update(element.attrib)
    opening = tag + "".join(f' {name}="{html.escape(value)}"' for name, value in attributes.items())
    inner = html.escape(element.text or "", quote=False) + "".join(
        _serialize(child, root=False) for child in element
    )
    tail = html.escape(element.tail or "", quote=False) if not root else ""
    return f"<{opening}>{inner}</{tag}>{tail}"


def _typeset(node, latex, display):
    """The MathML for *latex*: one <math> element, or several pieces for a display formula."""
    try:
        root = ET.fromstring(convert(latex, display="block" if display else "inline"))
    except Exception as error:  # latex2mathml raises many kinds of error
        logger.warning("cannot convert math %r to MathML: %s", latex, error, location=node)
        return f"<code>{html.escape(latex)}</code>"
    _mark_unary_signs(root)
    _centred_asterisks(root)
    if not display:
        return _serialize(root)
    pieces = _pieces(root)
    if len(pieces) == 1:
        return _serialize(root)
    # Inline <math> elements in display style, so a flex row can wrap them at a relation.
    parts = []
    for children in pieces:
        piece = ET.Element(f"{{{MATHML}}}math", displaystyle="true")
        ET.SubElement(piece, f"{{{MATHML}}}mrow").extend(children)
        parts.append(_serialize(piece))
    return "".join(parts)


def visit_math(self, node):
    self.body.append(_typeset(node, node.astext(), display=False))
    raise nodes.SkipNode


def visit_displaymath(self, node):
    mathml = _typeset(node, node.astext(), display=True)
    classes = "math-display math-pieces" if mathml.count("<math") > 1 else "math-display"
    self.body.append(self.starttag(node, "div", CLASS=classes))
    if node.get("number"):
        self.body.append(f'<span class="eqno">({node["number"]})</span>')
    self.body.append(mathml)
    self.body.append("</div>\n")
    raise nodes.SkipNode


class GlueMathToPunctuation(SphinxPostTransform):
    """Wrap inline math and the text touching it ("$f$;", "($c$") in a no-break span.

    Browsers may break a line between a <math> element and the next character,
    which leaves a semicolon or a closing bracket at the start of a line.
    """

    default_priority = 400
    formats = ("html",)
    ATTACHED_BEFORE = re.compile(r"\S+$")
    ATTACHED_AFTER = re.compile(r"^\S+")

    def run(self, **kwargs):
        for math in list(self.document.findall(nodes.math)):
            parent = math.parent
            index = parent.index(math)
            before = self._text(parent, index - 1, self.ATTACHED_BEFORE)
            after = self._text(parent, index + 1, self.ATTACHED_AFTER)
            if not (before or after):
                continue
            glued = nodes.inline(classes=["math-nowrap"])
            if before:
                text, attached = before
                parent[index - 1] = nodes.Text(text[: -len(attached)])
                glued += nodes.Text(attached)
            parent.replace(math, glued)
            glued += math
            if after:
                text, attached = after
                glued += nodes.Text(attached)
                parent[parent.index(glued) + 1] = nodes.Text(text[len(attached) :])

    @staticmethod
    def _text(parent, index, pattern):
        """The text at parent[index] and its part that touches the math, if any."""
        if not 0 <= index < len(parent) or not isinstance(parent[index], nodes.Text):
            return None
        text = str(parent[index])
        found = pattern.search(text)
        return (text, found.group()) if found else None


def add_math_assets(app, pagename, templatename, context, doctree):
    """Only pages with math load the font and the stylesheet."""
    if not context.get("has_maths_elements"):
        return
    # The font is inline, but Chromium decodes it only once text asks for it,
    # after the first layout, and the math then swaps font and reflows its
    # paragraphs (a layout shift of 0.21 on evidence.html). Asked for as soon
    # as its stylesheet has loaded, it is ready before the body is laid out.
    app.add_css_file(FONT_CSS, onload=f"document.fonts.load('1em \"{FONT_FAMILY}\"')")
    app.add_css_file("math.css")


def write_font_css(app):
    """The @font-face rule with the font inline: a font file linked by URL is
    refused to pages opened from the file system (Chromium treats them as
    another origin), so the math font would be lost there. Written before any
    page, so that every page links it with the same ``?v=`` checksum."""
    if app.builder.format != "html":
        return
    font = Path(app.srcdir, "_static", FONT).read_bytes()
    css = (
        "/* The math font, inline; written by docs/_ext/mathml.py from _static/"
        f"{FONT} (licence: fonts/OFL.txt). */\n"
        f'@font-face {{\n  font-family: "{FONT_FAMILY}";\n  font-style: normal;\n'
        "  font-weight: 400;\n"
        f'  src: url("data:font/woff2;base64,{base64.b64encode(font).decode()}") format("woff2");\n'
        "}\n"
    )
    write_if_changed(Path(app.outdir, "_static", FONT_CSS), css)


def setup(app):
    app.add_html_math_renderer("mathml", (visit_math, None), (visit_displaymath, None))
    app.add_post_transform(GlueMathToPunctuation)
    app.connect("html-page-context", add_math_assets)
    app.connect("builder-inited", write_font_css)
    # A setting that changes with this file, so that editing it makes Sphinx write every page again.
    source_hash = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()
    app.add_config_value("mathml_source_hash", source_hash, "env")
    return {"parallel_read_safe": True, "parallel_write_safe": True}
