"""Thumbnails of the gallery that say what they show.

* sphinx-gallery's thumbnails come without alt text: each gets its example's
  title, on the gallery indexes and in the API page's mini-galleries alike.
* Their links hold the title in a span that sphinx-gallery's CSS hides, which
  leaves the link without an accessible name: each gets it as its aria-label.
* The description shown on hover sits in an attribute HTML does not have
  (``tooltip``): it becomes the ``title`` the browser shows natively.
* An empty ``<div id='sg-tag-list'>`` stands in every section of the index
  (the same id several times); the site uses no tags, so they go.
* A thumbnail is shown 160 px wide, where a whole figure of stacked panels
  shrinks to specks: each shows its figure's main panel instead (the largest,
  recorded by ``figure_legibility.scraper``), cut from the 2x image with its
  labels and centred on the thumbnail's white card.
"""

import json
import re
from pathlib import Path

from docutils import nodes
from gallery_output import example_title, gallery_dirs, keep_modification_time
from PIL import Image

THUMBNAIL = re.compile(r"^/?(\S+)/images/thumb/sphx_glr_(\S+)_thumb\.\w+$")
TAG_LIST = re.compile(
    r"\.\. raw:: html\n\n\s*<div id='sg-tag-list' class='sphx-glr-tag-list'></div>\n"
)
THUMBNAIL_LINK = re.compile(
    r'(<div class="sphx-glr-thumbcontainer"[^>]*>.*?<a class="reference internal" href="[^"]*")'
    r'(><span class="doc">([^<]*)</span></a>)',
    re.DOTALL,
)


def tidy_index_source(app, docname, source):
    if "sphx-glr-thumbcontainer" not in source[0]:
        return
    source[0] = TAG_LIST.sub("", source[0])


def add_alt_text(app, doctree):
    for image in doctree.findall(nodes.image):
        found = THUMBNAIL.match(image["uri"])
        if found and not image.get("alt", "").strip():
            image["alt"] = example_title(app.srcdir, found.group(1), found.group(2))


def name_links(app, pagename, templatename, context, doctree):
    body = context.get("body", "")
    if "sphx-glr-thumbcontainer" in body:
        # Here, not in the source: the API page's mini-galleries have no source text.
        body = body.replace(
            '<div class="sphx-glr-thumbcontainer" tooltip="',
            '<div class="sphx-glr-thumbcontainer" title="',
        )
        context["body"] = THUMBNAIL_LINK.sub(
            lambda match: f'{match.group(1)} aria-label="{match.group(3)}"{match.group(2)}', body
        )


def panel_thumbnails(app):
    size = app.config.sphinx_gallery_conf.get("thumbnail_size", (400, 280))
    for gallery in gallery_dirs(app):
        for thumb in sorted(Path(app.srcdir, gallery).rglob("images/thumb/sphx_glr_*_thumb.png")):
            with Image.open(thumb) as image:
                if image.mode == "P":
                    continue  # made here in an earlier build (and since made smaller)
            stem = thumb.name.removesuffix("_thumb.png")
            # The 2x image; an animation has one density only (animation_player.py).
            figure = thumb.parent.parent / f"{stem}_001_2_00x.png"
            if not figure.is_file():
                figure = figure.with_name(f"{stem}_001.png")
            sidecar = thumb.parent.parent / f"{stem}_001.json"
            if not (figure.is_file() and sidecar.is_file()):
                continue
            box = json.loads(sidecar.read_text()).get("main_panel")
            if box is None:
                continue  # a figure drawn before sidecars said where its panel is
            with Image.open(figure) as image:
                left, top, right, bottom = box
                width, height = image.size
                panel = image.convert("RGB").crop(
                    (
                        round(left * width),
                        round(top * height),
                        round(right * width),
                        round(bottom * height),
                    )
                )
            panel.thumbnail(size, Image.Resampling.LANCZOS)
            # Centred on a white card of the thumbnail's size, as sphinx-gallery's own.
            card = Image.new("RGB", size, "white")
            card.paste(panel, ((size[0] - panel.width) // 2, (size[1] - panel.height) // 2))
            with keep_modification_time(thumb):
                card.save(thumb)


def setup(app):
    app.connect("source-read", tidy_index_source)
    app.connect("doctree-read", add_alt_text)
    app.connect("html-page-context", name_links)
    # After sphinx-gallery's own builder-inited handler (priority 500).
    app.connect("builder-inited", panel_thumbnails, priority=900)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
