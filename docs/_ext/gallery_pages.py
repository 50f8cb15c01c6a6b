"""Finish sphinx-gallery's generated pages as they are read.

* matplotlib's JavaScript animation player links Font Awesome from a CDN for
  its button icons: the link is dropped, and ``animation.css`` draws the icons
  with plain characters (every button keeps its aria-label).
* The player names itself with a random id: it is replaced by one derived from
  the page's name, so that two builds of the same sources give the same HTML.
* The player's frame image and the gallery's thumbnails come without alt
  text: they get the example's title.
* The zip downloads store each file's modification time: once sphinx-gallery
  has written them, they are rewritten with one fixed time.
* matplotlib writes full-colour PNGs: once written, each is re-encoded with a
  palette of 256 colours (the figures use far fewer, photographs are gray)
  and optimised, about a third of the size.
* An animation's thumbnail is a GIF of every frame (200 KB here): it keeps
  one frame, from two thirds of the way through, where there is most to see.
* A page that embeds a gallery figure with MyST's figure directive gets only
  its 1x image: the 2x version sphinx-gallery made is added as a srcset, for
  high-density screens.
"""

import hashlib
import os
import re
import zipfile
from contextlib import contextmanager
from pathlib import Path

from PIL import Image

CDN_LINK = re.compile(r'<link rel="stylesheet"\s+href="https://[^"]*font-awesome[^"]*">\s*')
PLAYER_ID = re.compile(r"_anim_img([0-9a-f]{32})")
FRAME_IMAGE = re.compile(r'<img id="(_anim_img[0-9a-f]{32})">')
THUMBNAIL = re.compile(
    r"(\.\. image:: /(\S+)/images/thumb/sphx_glr_(\S+)_thumb\.\w+\n(\s+):alt:)[ \t]*$", re.MULTILINE
)
TITLE = re.compile(r"^(\S.*)\n=+$", re.MULTILINE)


def example_title(srcdir, folder, stem):
    page = Path(srcdir, folder, f"{stem}.rst")
    found = TITLE.search(page.read_text(encoding="utf-8")) if page.is_file() else None
    return found.group(1) if found else stem


def finish_page(app, docname, source):
    text = source[0]
    if "sphx-glr-animation" in text:
        text = CDN_LINK.sub("", text)
        alt = (
            f"Animation: {example_title(app.srcdir, *docname.rsplit('/', 1))}. "
            "The buttons below play it or step through its frames."
        )
        text = FRAME_IMAGE.sub(lambda match: f'<img id="{match.group(1)}" alt="{alt}">', text)
        for number, random_id in enumerate(dict.fromkeys(PLAYER_ID.findall(text))):
            stable = hashlib.sha256(f"{docname}:{number}".encode()).hexdigest()[:32]
            text = text.replace(random_id, stable)
    if "sphx-glr-thumbcontainer" in text:
        text = THUMBNAIL.sub(
            lambda match: (
                f"{match.group(1)} {example_title(app.srcdir, match.group(2), match.group(3))}"
            ),
            text,
        )
    source[0] = text


FIXED_TIME = (1980, 1, 1, 0, 0, 0)


@contextmanager
def keep_modification_time(path):
    """Rewrite *path* in place but keep its time: a file newer than the pages
    that use it would make Sphinx re-read those pages on every build."""
    before = path.stat()
    yield
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))


def fix_zip_times(app):
    for gallery in gallery_dirs(app):
        for archive in sorted(Path(app.srcdir, gallery).rglob("*.zip")):
            with zipfile.ZipFile(archive) as source:
                entries = [(info, source.read(info)) for info in source.infolist()]
            if all(info.date_time == FIXED_TIME for info, _ in entries):
                continue
            with (
                keep_modification_time(archive),
                zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as target,
            ):
                for info, data in entries:
                    target.writestr(zipfile.ZipInfo(info.filename, FIXED_TIME), data)


def optimise_images(app):
    for gallery in gallery_dirs(app):
        for path in sorted(Path(app.srcdir, gallery).rglob("images/**/*.png")):
            with Image.open(path) as image:
                if image.mode == "P":
                    continue  # already done in an earlier build
                palette = image.convert("RGB").quantize(256, dither=Image.Dither.NONE)
            with keep_modification_time(path):
                palette.save(path, optimize=True)


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


def gallery_dirs(app):
    galleries = app.config.sphinx_gallery_conf["gallery_dirs"]
    return [galleries] if isinstance(galleries, str) else galleries


def setup(app):
    app.connect("source-read", finish_page)
    # After sphinx-gallery's own builder-inited handler (priority 500).
    app.connect("builder-inited", fix_zip_times, priority=900)
    app.connect("builder-inited", optimise_images, priority=900)
    app.connect("builder-inited", still_thumbnails, priority=900)
    app.connect("html-page-context", add_high_density_images)
    app.add_css_file("animation.css")
    return {"parallel_read_safe": True, "parallel_write_safe": True}
