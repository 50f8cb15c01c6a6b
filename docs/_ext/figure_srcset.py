"""High-density images for gallery figures embedded in the pages.

A page that embeds a gallery figure with MyST's figure directive gets only its
1x image: the 2x version sphinx-gallery made is added as a srcset, for
high-density screens.
"""

import re
from pathlib import Path

from gallery_output import gallery_dirs

FIGURE_IMAGE = re.compile(r'<img (alt="[^"]*" )?src="([^"]*/)(sphx_glr_\w+_\d{3})\.png"')


def add_high_density_images(app, pagename, templatename, context, doctree):
    if "body" not in context or "sphx_glr_" not in context["body"]:
        return
    available = {
        path.name
        for gallery in gallery_dirs(app)
        for path in Path(app.srcdir, gallery).rglob("images/*_2_00x.png")
    }

    def with_srcset(match):
        folder, stem = match.group(2), match.group(3)
        if f"{stem}_2_00x.png" not in available:
            return match.group(0)
        return f'{match.group(0)} srcset="{folder}{stem}.png, {folder}{stem}_2_00x.png 2x"'

    context["body"] = FIGURE_IMAGE.sub(with_srcset, context["body"])


def setup(app):
    app.connect("html-page-context", add_high_density_images)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
