"""How large a figure's smallest text is on screen, in CSS px.

On screen, text of *s* pt in a figure *w* inches wide, shown *r* CSS px wide,
is s / 72 × r / w CSS px tall. The figure knows s and w; only the browser
knows r. So:

* :func:`scraper`, sphinx-gallery's matplotlib scraper (``image_scrapers`` in
  conf.py), also writes beside each PNG a sidecar ``<name>.json`` with the
  figure's width in inches, its smallest font size in pt and where its main
  panel is (which the gallery's thumbnail shows), and gives each
  image alt text that describes it: its example's title and first paragraph
  (sphinx-gallery's own alt text is the axes titles, or the file name). It
  hands an animation to :mod:`animation_player`, which renders its frames once.
* :func:`notebook_figures` measures the figures the try-it page's code cells
  make, by running those cells as the page does.
* :func:`measure_pages` opens pages in a browser at given widths and returns,
  for every figure image, the smallest text in CSS px. The legibility test
  and ``make bench`` share it.
"""

import contextlib
import io
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GALLERY = ROOT / "docs" / "auto_examples"
DOCSTRING = re.compile(r'^"""\s*\n(.+?)\n=+\n\n(.+?)(?:\n\n|\n""")', re.DOTALL)


def smallest_text(fig):
    """The smallest font size (pt) of the text on *fig*, once it has been drawn
    (tick labels exist only then)."""
    from matplotlib.text import Text

    return min(
        text.get_fontsize()
        for text in fig.findobj(Text)
        if text.get_visible() and text.get_text().strip()
    )


def main_panel(fig):
    """Where the figure's largest panel (the last, of about equal ones) is drawn,
    with its labels: [left, top, right, bottom] as fractions of the figure,
    from its top left, once it has been drawn. The gallery's thumbnail shows it
    (gallery_thumbnails.py)."""
    width, height = fig.bbox.width, fig.bbox.height
    panels = [ax for ax in fig.axes if ax.get_visible()]
    if not panels:
        return [0, 0, 1, 1]
    from matplotlib.transforms import Bbox

    # Of panels about as large (a colour bar narrows one) the last: the figures
    # run from what goes in to what comes out.
    areas = [ax.bbox.width * ax.bbox.height for ax in panels]
    largest = [ax for ax, area in zip(panels, areas, strict=True) if area >= 0.8 * max(areas)][-1]
    drawn = largest.get_tightbbox(fig.canvas.get_renderer())
    box = Bbox.intersection(drawn, fig.bbox) or fig.bbox
    return [
        round(value, 4)
        for value in (box.x0 / width, 1 - box.y1 / height, box.x1 / width, 1 - box.y0 / height)
    ]


def sidecar(fig):
    """What the sidecar of *fig* records. The figure is laid out once, without
    rendering pixels: the scraper renders it next, at each density."""
    fig.draw_without_rendering()
    return {
        "smallest_pt": float(smallest_text(fig)),
        "width_in": round(fig.get_figwidth(), 4),
        "main_panel": main_panel(fig),
    }


def description(src_file):
    """An example's title and first paragraph, on one line, as alt text."""
    found = DOCSTRING.search(Path(src_file).read_text(encoding="utf-8"))
    if not found:
        return None
    title, paragraph = (" ".join(part.split()) for part in found.groups())
    text = f"{title}: {paragraph}".replace("``", "")
    # sphinx-gallery writes alt text into its HTML unescaped: no straight quotes.
    return re.sub(r'"([^"]*)"', "“\\1”", text).replace('"', "")


def scraper(block, block_vars, gallery_conf):
    """sphinx-gallery's matplotlib scraper, plus a sidecar of text sizes and alt text."""
    import matplotlib.pyplot as plt
    from animation_player import player_rst
    from matplotlib.animation import Animation
    from sphinx_gallery.scrapers import matplotlib_scraper

    figures = [plt.figure(number) for number in plt.get_fignums()]
    sizes = [sidecar(fig) for fig in figures]
    # sphinx-gallery would render an animation twice: as a GIF for the
    # thumbnail, then as its player. Here its player's frames serve both.
    animated = {
        value._fig: value  # the figure it draws on, as sphinx-gallery finds it
        for value in block_vars["example_globals"].values()
        if isinstance(value, Animation)
    }
    if gallery_conf["matplotlib_animations"] == (True, "jshtml") and animated.keys() & set(figures):
        if len(figures) > 1:
            raise ValueError(
                f"{block_vars['src_file']}: an animation must be the only figure of its code block"
            )
        rst = player_rst(animated[figures[0]], next(block_vars["image_path_iterator"]))
        plt.close("all")
    else:
        rst = matplotlib_scraper(block, block_vars, gallery_conf)
    paths = block_vars["image_path_iterator"].paths[-len(sizes) :] if sizes else []
    for path, size in zip(paths, sizes, strict=True):
        Path(path).with_suffix(".json").write_text(json.dumps(size, sort_keys=True) + "\n")
    alt = description(block_vars.get("src_file", ""))
    if alt:
        rst = re.sub(r"(:alt: ).*", lambda match: match.group(1) + alt, rst)
    return rst


def gallery_sizes():
    """Every gallery figure's sidecar, by image name (``sphx_glr_…_001``)."""
    return {path.stem: json.loads(path.read_text()) for path in GALLERY.rglob("images/*.json")}


def notebook_figures(page=ROOT / "docs" / "try-it.md"):
    """Width (in) and smallest text (pt) of each figure the notebook page shows,
    in order, measured as the notebook's inline backend saves them: cropped
    to the drawn content (``bbox_inches="tight"``)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from PIL import Image

    cells = re.findall(
        r"```\{code-cell\}[^\n]*\n(?:---\n.*?\n---\n)?(.*?)```", page.read_text(), re.DOTALL
    )
    namespace, sizes = {"__name__": "__main__"}, []
    for cell in cells:
        code = "\n".join(line for line in cell.splitlines() if not line.lstrip().startswith("%"))
        with contextlib.redirect_stdout(io.StringIO()):
            exec(compile(code, str(page), "exec"), namespace)
        for number in plt.get_fignums():
            fig = plt.figure(number)
            buffer = io.BytesIO()
            fig.savefig(buffer, format="png", bbox_inches="tight")
            with Image.open(buffer) as image:
                width_in = image.width / fig.dpi
            sizes.append({"smallest_pt": float(smallest_text(fig)), "width_in": width_in})
        plt.close("all")
    return sizes


#: JavaScript: every figure image of the article, with the file the browser
#: chose and the width it is shown at.
FIGURE_IMAGES = """() => Array.from(document.querySelectorAll('article img'))
  .filter(img => ((img.currentSrc || img.src).includes('sphx_glr_')
                  && !(img.currentSrc || img.src).includes('_thumb.'))  // mini-gallery thumbnails
                 || img.closest('.cell_output'))
  .map(img => {
    // The width the picture itself is drawn at: a dark-mode card's padding
    // and border are not part of it.
    const style = getComputedStyle(img);
    const frame = ['paddingLeft', 'paddingRight', 'borderLeftWidth', 'borderRightWidth']
      .reduce((sum, side) => sum + parseFloat(style[side]), 0);
    return {src: img.currentSrc || img.src, width: img.getBoundingClientRect().width - frame,
            notebook: !!img.closest('.cell_output')};
  })"""


# sphinx-gallery's name for a figure saved at another density: _1_50x, _2_00x.
DENSITY_SUFFIX = re.compile(r"_\d_\d\dx$")


def measure_pages(browser, origin, pages, widths=(390, 1280)):
    """Rows (page, figure, {width: smallest text in CSS px}) for every figure
    image on *pages* (paths relative to the site), at each viewport width."""
    gallery, notebook = gallery_sizes(), None
    rows = {}
    # With JavaScript, as most readers see the pages; without, as the
    # explorers' static fallback figures are seen (on the pages that have
    # one). Hidden images are skipped. Each page loads once and is measured at
    # every width: the size a figure is drawn at depends on the layout, not on
    # which file the browser chose.
    with_explorers = []
    for javascript in (True, False):
        # Dark, where figures sit on a padded card: the narrower case.
        context = browser.new_context(
            viewport={"width": widths[0], "height": 900},
            color_scheme="dark",
            java_script_enabled=javascript,
        )
        page = context.new_page()
        for path in pages if javascript else with_explorers:
            page.set_viewport_size({"width": widths[0], "height": 900})
            page.goto(f"{origin}/{path}", wait_until="load")
            if javascript and page.locator(".explorer").count():
                with_explorers.append(path)
            for width in widths:
                page.set_viewport_size({"width": width, "height": 900})
                notebook_index = 0
                for image in page.evaluate(FIGURE_IMAGES):
                    name = DENSITY_SUFFIX.sub("", Path(image["src"].split("?")[0]).stem)
                    if image["notebook"]:
                        if notebook is None:
                            notebook = notebook_figures()
                        size = notebook[notebook_index]
                        name = f"notebook figure {notebook_index + 1}"
                        notebook_index += 1
                    else:
                        size = gallery[name]
                    if image["width"] <= 0:
                        continue
                    px = round(size["smallest_pt"] / 72 * image["width"] / size["width_in"], 1)
                    by_width = rows.setdefault((path, name), {})
                    by_width[width] = min(px, by_width.get(width, px))
        context.close()
    return [(path, name, by_width) for (path, name), by_width in rows.items()]
