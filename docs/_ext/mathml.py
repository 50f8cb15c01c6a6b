"""Typeset math as MathML while building, so pages need no script and no network.

Sphinx's default renderer loads MathJax from a CDN when a page is read. This
renderer converts each formula with latex2mathml instead; browsers display
MathML natively and screen readers read it aloud.
"""

import html

from docutils import nodes
from latex2mathml.converter import convert
from sphinx.util import logging

logger = logging.getLogger(__name__)


def _to_mathml(node, latex, display):
    try:
        return convert(latex, display=display)
    except Exception as error:  # latex2mathml raises many kinds of error
        logger.warning("cannot convert math %r to MathML: %s", latex, error, location=node)
        return f"<code>{html.escape(latex)}</code>"


def visit_math(self, node):
    self.body.append(_to_mathml(node, node.astext(), "inline"))
    raise nodes.SkipNode


def visit_displaymath(self, node):
    self.body.append(self.starttag(node, "div", CLASS="math-display"))
    if node.get("number"):
        self.body.append(f'<span class="eqno">({node["number"]})</span>')
    self.body.append(_to_mathml(node, node.astext(), "block"))
    self.body.append("</div>\n")
    raise nodes.SkipNode


def setup(app):
    app.add_html_math_renderer("mathml", (visit_math, None), (visit_displaymath, None))
    return {"parallel_read_safe": True, "parallel_write_safe": True}
