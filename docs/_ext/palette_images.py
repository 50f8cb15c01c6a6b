"""Smaller figure files: matplotlib writes full-colour PNGs; once written, each
is re-encoded with a palette of 256 colours (the figures use far fewer,
photographs are grey) and optimised, about a third of the size."""

from pathlib import Path

from gallery_output import gallery_dirs, keep_modification_time
from PIL import Image


def optimise_images(app):
    for gallery in gallery_dirs(app):
        for path in sorted(Path(app.srcdir, gallery).rglob("images/**/*.png")):
            with Image.open(path) as image:
                if image.mode == "P":
                    continue  # already done in an earlier build
                palette = image.convert("RGB").quantize(256, dither=Image.Dither.NONE)
            with keep_modification_time(path):
                palette.save(path, optimize=True)


def setup(app):
    # After sphinx-gallery's own builder-inited handler (priority 500).
    app.connect("builder-inited", optimise_images, priority=900)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
