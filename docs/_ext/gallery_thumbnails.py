"""Thumbnails of the gallery that say what they show.

* sphinx-gallery's thumbnails come without alt text: each gets its example's
  title.
* An animation's thumbnail is a GIF of every frame (200 KB here): it keeps one
  frame, from two thirds of the way through, where there is most to see.
"""

import re
from pathlib import Path

from docutils import nodes
from gallery_output import example_title, gallery_dirs, keep_modification_time
from PIL import Image

THUMBNAIL = re.compile(r"^/?(\S+)/images/thumb/sphx_glr_(\S+)_thumb\.\w+$")


def add_alt_text(app, doctree):
    """On the gallery indexes and in the mini-galleries of the API page alike."""
    for image in doctree.findall(nodes.image):
        found = THUMBNAIL.match(image["uri"])
        if found and not image.get("alt", "").strip():
            image["alt"] = example_title(app.srcdir, found.group(1), found.group(2))


def still_thumbnails(app):
    for gallery in gallery_dirs(app):
        for path in sorted(Path(app.srcdir, gallery).rglob("images/thumb/*.gif")):
            with Image.open(path) as animation:
                if getattr(animation, "n_frames", 1) == 1:
                    continue
                animation.seek(animation.n_frames * 2 // 3)
                frame = animation.convert("RGB")
            with keep_modification_time(path):
                frame.quantize(256, dither=Image.Dither.NONE).save(path, optimize=True)


def setup(app):
    app.connect("doctree-read", add_alt_text)
    # After sphinx-gallery's own builder-inited handler (priority 500).
    app.connect("builder-inited", still_thumbnails, priority=900)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
