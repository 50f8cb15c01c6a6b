"""Make matplotlib's JavaScript animation player light, offline, accessible and reproducible.

* :func:`player_rst` renders an animation once, as the player (the gallery's
  scraper calls it): sphinx-gallery would also render every frame again for a
  GIF thumbnail. The player's last frame, where the animation has drawn all
  it shows, is saved as the example's image instead, and the thumbnail is
  made from it like any figure's.
* Its frames come as base64 PNGs inside the page (700 KB of text): each is
  written once as a small file (24 colours, lossless WebP, 11–14 KB) beside
  the gallery's images, copied to ``_images/`` like them, and the player loads
  them by URL. The frame image gets the first frame as its ``src``, its size
  in CSS pixels (half the frame's pixels: sharp on 2x screens) and alt text.
* The player links Font Awesome from a CDN for its button icons: the link is
  dropped, and ``animation.css`` draws the icons (every button keeps its
  aria-label); its inline ``<style>`` (invalid inside the body) moves there too.
* Its slider gets a label. It plays once when it first comes into view,
  unless the reader's system asks for reduced motion.
* The player names itself with a random id: it is replaced by one derived from
  the page's name, so that two builds of the same sources give the same HTML.
"""

import base64
import hashlib
import io
import re
from pathlib import Path
from textwrap import indent

from docutils import nodes
from gallery_output import example_title
from PIL import Image
from unchanged_files import write_if_changed

CDN_LINK = re.compile(r'<link rel="stylesheet"\s+href="https://[^"]*font-awesome[^"]*">\s*')
INLINE_STYLE = re.compile(r"<style>\s*\.animation \{.*?</style>\s*", re.DOTALL)
PLAYER_ID = re.compile(r"_anim_img([0-9a-f]{32})")
FRAME_IMAGE = re.compile(r'<img id="(_anim_img[0-9a-f]{32})">')
EMBEDDED_FRAME = re.compile(r'frames\[(\d+)\] = "data:image/\w+;base64,([^"]*)"')
SLIDER = re.compile(r'(<input id="_anim_slider[0-9a-f]{32}" type="range")')
FRAME_FILE = re.compile(r"_images/(sphx_glr_\w+_frame_\d+\.webp)")
# Bars, lines and text need few colours; fewer colours compress better.
COLOURS = 24

AUTOPLAY = """<script>
  /* Play once on first sight, unless the reader asked for less motion. */
  window.addEventListener("load", function () {{
    var still = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    if (still || !("IntersectionObserver" in window)) return;
    var seen = new IntersectionObserver(function (entries) {{
      if (!entries[0].isIntersecting) return;
      seen.disconnect();
      anim{id}.play_animation();
    }}, {{ threshold: 0.6 }});
    seen.observe(document.getElementById("_anim_img{id}"));
  }});
</script>
"""


# As sphinx-gallery wraps a player; the class is what finish_player looks for.
PLAYER_RST = """
.. container:: sphx-glr-animation

    .. raw:: html

{0}
"""


def player_rst(animation, image_path):
    """The reStructuredText of *animation*'s player; its still saved as *image_path*."""
    html = animation.to_jshtml()
    _, last = EMBEDDED_FRAME.findall(html)[-1]
    Path(image_path).write_bytes(base64.b64decode(last))
    return PLAYER_RST.format(indent(html, " " * 8))


def encode_frame(data):
    """A frame as lossless WebP of few colours, and its size in pixels."""
    with Image.open(io.BytesIO(base64.b64decode(data))) as frame:
        quantised = frame.convert("RGB").quantize(COLOURS, dither=Image.Dither.NONE)
    out = io.BytesIO()
    quantised.convert("RGB").save(out, "WEBP", lossless=True, quality=100, method=4)
    return out.getvalue(), quantised.size


def frames_to_files(text, images, stem, to_images):
    """Write the embedded frames into *images*; return the text loading them by URL
    and the first frame's URL and size."""
    first, written = None, set()

    def as_file(match):
        nonlocal first
        content, size = encode_frame(match.group(2))
        name = f"sphx_glr_{stem}_frame_{int(match.group(1)):02d}.webp"
        write_if_changed(images / name, content)
        written.add(name)
        url = f"{to_images}{name}"
        first = first or (url, size)
        return f'frames[{match.group(1)}] = "{url}"'

    text = EMBEDDED_FRAME.sub(as_file, text)
    for stale in images.glob(f"sphx_glr_{stem}_frame_*.webp"):
        if stale.name not in written:
            stale.unlink()
    return text, first


def finish_player(app, docname, source):
    text = source[0]
    if "sphx-glr-animation" not in text:
        return
    folder, stem = docname.rsplit("/", 1)
    images = Path(app.srcdir, folder, "images")
    text = CDN_LINK.sub("", text)
    text = INLINE_STYLE.sub("", text)
    text, (first_url, (width, height)) = frames_to_files(
        text, images, stem, "../" * docname.count("/") + "_images/"
    )
    alt = (
        f"Animation: {example_title(app.srcdir, folder, stem)}. "
        "The buttons below play it or step through its frames."
    )
    text = FRAME_IMAGE.sub(
        lambda match: (
            f'<img id="{match.group(1)}" src="{first_url}" width="{width // 2}" '
            f'height="{height // 2}" alt="{alt}">'
        ),
        text,
    )
    text = SLIDER.sub(r'\1 aria-label="Frame"', text)
    for number, random_id in enumerate(dict.fromkeys(PLAYER_ID.findall(text))):
        stable = hashlib.sha256(f"{docname}:{number}".encode()).hexdigest()[:32]
        text = text.replace(random_id, stable)
        # After the script that starts this player (the raw HTML is indented).
        start = re.compile(rf"anim{stable} = new Animation\(.*?\n([ \t]*)</script>\n", re.DOTALL)
        text = start.sub(
            lambda match, stable=stable: (
                match.group(0) + indent(AUTOPLAY.format(id=stable), match.group(1))
            ),
            text,
            count=1,
        )
    source[0] = text


def copy_frames(app, doctree, docname):
    """Have Sphinx copy the frame files a page loads into ``_images/``."""
    if not hasattr(app.builder, "images"):
        return
    folder = Path(docname).parent
    for raw in doctree.findall(nodes.raw):
        for name in FRAME_FILE.findall(raw.astext()):
            app.builder.images[(folder / "images" / name).as_posix()] = name


def setup(app):
    app.connect("source-read", finish_player)
    app.connect("doctree-resolved", copy_frames)
    app.add_css_file("animation.css")
    return {"parallel_read_safe": True, "parallel_write_safe": True}
