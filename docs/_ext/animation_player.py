"""Make matplotlib's JavaScript animation player work offline and reproducibly.

* The player links Font Awesome from a CDN for its button icons: the link is
  dropped, and ``animation.css`` draws the icons with plain characters (every
  button keeps its aria-label).
* The player names itself with a random id: it is replaced by one derived from
  the page's name, so that two builds of the same sources give the same HTML.
* Its frame image comes without alt text: it gets the example's title.
"""

import hashlib
import re

from gallery_output import example_title

CDN_LINK = re.compile(r'<link rel="stylesheet"\s+href="https://[^"]*font-awesome[^"]*">\s*')
PLAYER_ID = re.compile(r"_anim_img([0-9a-f]{32})")
FRAME_IMAGE = re.compile(r'<img id="(_anim_img[0-9a-f]{32})">')


def finish_player(app, docname, source):
    text = source[0]
    if "sphx-glr-animation" not in text:
        return
    text = CDN_LINK.sub("", text)
    alt = (
        f"Animation: {example_title(app.srcdir, *docname.rsplit('/', 1))}. "
        "The buttons below play it or step through its frames."
    )
    text = FRAME_IMAGE.sub(lambda match: f'<img id="{match.group(1)}" alt="{alt}">', text)
    for number, random_id in enumerate(dict.fromkeys(PLAYER_ID.findall(text))):
        stable = hashlib.sha256(f"{docname}:{number}".encode()).hexdigest()[:32]
        text = text.replace(random_id, stable)
    source[0] = text


def setup(app):
    app.connect("source-read", finish_player)
    app.add_css_file("animation.css")
    return {"parallel_read_safe": True, "parallel_write_safe": True}
