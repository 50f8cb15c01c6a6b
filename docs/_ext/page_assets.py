"""Each page loads only the stylesheets and scripts it uses.

Extensions add their files to every page: myst-nb's stylesheet (43 KB),
sphinx-gallery's four and its tag script, Pygments' colours, the animation
player's, sphinx-design's and the copy button's. Each is render-blocking, so
a page drops each one that nothing in its body uses. sphinx-design's 55 KB
stylesheet goes from every page: the only thing of it the site uses is the
dropdown that hides an exercise's answer, which ``answers.css`` styles in 1 KB.
"""

import re

# A file (by the start of its name) and what a page's body holds if it needs it.
NEEDED_BY = [
    (re.compile(r"mystnb\."), 'class="cell'),
    (re.compile(r"sg_gallery"), "sphx-glr-"),
    # Its styles for Binder badges, pandas tables and HTML output.
    (re.compile(r"sg_gallery-binder"), "binder-badge"),
    (re.compile(r"sg_gallery-dataframe"), "dataframe"),
    (re.compile(r"sg_gallery-rendered-html"), "rendered_html"),
    (re.compile(r"sg-tags\.js"), "sphx-glr-tag"),
    (re.compile(r"pygments\.css"), 'class="highlight'),
    (re.compile(r"animation\.css"), "sphx-glr-animation"),
    (re.compile(r"answers\.css"), "sd-dropdown"),
    (re.compile(r"design-tabs\.js"), "sd-tab-set"),
    # The copy button only on pages with code to copy.
    (re.compile(r"(copybutton|clipboard)"), 'class="highlight'),
]


REPLACED = re.compile(r"sphinx-design\.min\.css")


def needed(asset, body):
    name = str(asset.filename).rsplit("/", 1)[-1]
    return not REPLACED.match(name) and all(
        marker in body for pattern, marker in NEEDED_BY if pattern.match(name)
    )


def drop_unused_assets(app, pagename, templatename, context, doctree):
    body = context.get("body")
    if body is None:
        return
    for key in ("css_files", "script_files"):
        if key in context:
            context[key] = [asset for asset in context[key] if needed(asset, body)]


def setup(app):
    # After every extension that adds files in this event (priority 500).
    app.connect("html-page-context", drop_unused_assets, priority=900)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
