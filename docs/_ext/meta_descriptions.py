"""A meta description for every page: its first paragraph of plain prose,
trimmed at a word boundary to the length search results show."""

import html
import re

from docutils import nodes

LENGTH = 155
# The LaTeX of inline math as plain text; math with anything else is skipped.
SYMBOLS = {r"\ast": "∗", r"\cdot": "·", r"\sum": "Σ", r"\times": "×", "-": "−", r"\,": ""}
SPECIAL_PAGES = {
    "genindex": "Index of the terms and functions of {project}.",
    "py-modindex": "The Python modules documented in {project}.",
    "search": "Search the pages of {project}.",
}
# Paragraphs inside these say something about something else.
NOT_THE_PAGE = (nodes.Admonition, nodes.caption, nodes.footnote, nodes.sidebar, nodes.topic)


def first_paragraph(doctree):
    for paragraph in doctree.findall(nodes.paragraph):
        if any(isinstance(parent, NOT_THE_PAGE) for parent in ancestors(paragraph)):
            continue
        text = plain_text(paragraph)
        if text and len(text) > 40:
            return text
    return None


def plain_text(paragraph):
    """The paragraph's text, or None if its math does not read as plain text."""
    parts = []
    for node in paragraph.findall(nodes.Text):
        text = str(node)
        if isinstance(node.parent, nodes.math):
            for latex, symbol in SYMBOLS.items():
                text = text.replace(latex, symbol)
            if re.search(r"[\\{}^_]", text):
                return None
        parts.append(text)
    return " ".join("".join(parts).split())


def ancestors(node):
    while node.parent is not None:
        node = node.parent
        yield node


def trimmed(text):
    if len(text) <= LENGTH:
        return text
    return text[: LENGTH - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def add_description(app, pagename, templatename, context, doctree):
    text = first_paragraph(doctree) if doctree is not None else None
    if text is None:
        special = SPECIAL_PAGES.get(pagename, "{title}: {project}.")
        text = special.format(project=app.config.project, title=context.get("title", pagename))
    tag = f'<meta name="description" content="{html.escape(trimmed(text))}">\n'
    context["metatags"] = context.get("metatags", "") + tag


def setup(app):
    app.connect("html-page-context", add_description)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
