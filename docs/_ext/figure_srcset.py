"""Images sized for the screen that shows them, on every page.

sphinx-gallery saves every figure at 1x and at the densities of its
``image_srcset`` option. Each ``<img>`` of a gallery figure, on the gallery's
own pages and on the pages that embed it with MyST's figure directive, gets:

* one ``srcset`` naming every saved size by its width in pixels, with
  ``sizes`` saying how wide the page shows it, so that a phone downloads the
  size its screen needs, not the largest (sphinx-gallery's own srcset, by
  density only, is replaced rather than repeated);
* ``width`` and ``height``, its size at 1x, so that nothing shifts as it loads;
* ``loading="lazy"``, except the page's first image, which may be in view at once.
* a link to its largest file around it (unless it is in a link already), so
  that a reader on a phone can open it at full size and zoom in.

Where ``palette_images`` made WebP copies (photographs), the srcset names
those instead of the PNGs, and the ``src`` keeps the PNG. Every size a page
names is copied to ``_images/`` with the page's own images.

Every other local image (thumbnails, the animation's frame) gets its
``width`` and ``height`` too.
"""

import functools
import re
from pathlib import Path

from docutils import nodes
from gallery_output import gallery_dirs
from PIL import Image

IMG = re.compile(r"<img\b([^>]*?)\s*/?>")
# An <a> opened just before the image.
IN_A_LINK = re.compile(r"<a\b[^>]*>\s*\Z")
ATTRIBUTE = re.compile(r'([\w:-]+)="([^"]*)"')
FIGURE_1X = re.compile(r"sphx_glr_\w+_\d{3}\.png")
# The page's text column: the viewport less 2 × 16 px of margin, at most 736 px
# wide (Furo), measured at widths from 360 to 1280 px.
MARGIN, COLUMN = 32, 736


@functools.cache
def pixel_size(path):
    with Image.open(path) as image:
        return image.size


def gallery_images(app):
    """Every image sphinx-gallery made, by file name."""
    return {
        path.name: path
        for gallery in gallery_dirs(app)
        for path in Path(app.srcdir, gallery).rglob("images/**/sphx_glr_*")
        if path.is_file()
    }


def sizes(width):
    shown = min(width, COLUMN)
    return f"(max-width: {shown + MARGIN}px) calc(100vw - {MARGIN}px), {shown}px"


def sizes_of(path):
    """Every saved size of the figure whose 1x PNG is *path*, smallest first,
    each as a WebP copy if there is one."""
    pngs = [path, *path.parent.glob(f"{path.stem}_*x.png")]
    files = [
        png.with_suffix(".webp") if png.with_suffix(".webp").is_file() else png for png in pngs
    ]
    return sorted(files, key=lambda file: pixel_size(file)[0])


def responsive(attributes, path, eager):
    """The attributes of a gallery figure's 1x image at *path*."""
    folder = attributes["src"][: -len(path.name)]
    width, height = pixel_size(path)
    candidates = [(file.name, pixel_size(file)[0]) for file in sizes_of(path)]
    attributes["srcset"] = ", ".join(f"{folder}{name} {w}w" for name, w in candidates)
    attributes["sizes"] = sizes(width)
    attributes.setdefault("width", str(width))
    attributes.setdefault("height", str(height))
    if not eager:
        attributes.setdefault("loading", "lazy")
    return attributes


def size_images(app, pagename, templatename, context, doctree):
    if "body" not in context or "<img" not in context["body"]:
        return
    made = gallery_images(app)
    # Images the page's own doctree holds (notebook outputs among them).
    for source, name in getattr(app.builder, "images", {}).items():
        made.setdefault(name, Path(app.srcdir, source))
    first = True

    def finish(match):
        nonlocal first
        attributes = dict(ATTRIBUTE.findall(match.group(1)))
        name = attributes.get("src", "").rsplit("/", 1)[-1]
        path = made.get(name)
        linked = IN_A_LINK.search(match.string, 0, match.start())
        full_size = None
        if path and FIGURE_1X.fullmatch(name):
            attributes = responsive(attributes, path, eager=first)
            full_size = attributes["srcset"].rsplit(", ", 1)[-1].split()[0]
        elif path and "width" not in attributes:
            attributes["width"], attributes["height"] = map(str, pixel_size(path))
        first = False
        tag = "<img " + " ".join(f'{key}="{value}"' for key, value in attributes.items()) + " />"
        if full_size and not linked:
            return f'<a class="full-size-figure" href="{full_size}">{tag}</a>'
        return tag

    context["body"] = IMG.sub(finish, context["body"])


def copy_sizes(app, doctree, docname):
    """Have Sphinx copy every size of the figures a page shows into ``_images/``."""
    if not hasattr(app.builder, "images"):
        return
    for node in doctree.findall(nodes.Element):
        uri = str(node.get("uri", "")).lstrip("/")
        if FIGURE_1X.fullmatch(uri.rsplit("/", 1)[-1]) and Path(app.srcdir, uri).is_file():
            for file in sizes_of(Path(app.srcdir, uri)):
                app.builder.images[file.relative_to(app.srcdir).as_posix()] = file.name


def setup(app):
    app.connect("doctree-resolved", copy_sizes)
    app.connect("html-page-context", size_images)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
