"""Interactive explorers around static figures: the ``explorer`` directive.

::

    ::::{explorer} flip-and-slide
    :::{figure} ...
    :::
    ::::

wraps a static figure (its content) in a container for the explorer. The page
loads ``_static/explorers/<name>.js`` (and ``.css``) only if it holds that
explorer; the script builds the explorer and hides the figure, so with
JavaScript off the figure stands. Its data, computed here with
:mod:`conv_examples` when the build starts, is a script of its own,
``_static/explorers/<name>-data.js``, loaded (deferred) just before it: a
script file loads on ``file://`` pages, where Chromium refuses ``fetch()`` of
JSON, and the playground's photograph (65 KB compressed) no longer delays the
page's first paint.

The flip-and-slide data holds every number the slider shows, written here; its
script only looks them up. The kernel playground's script convolves the
reader's own kernel, so it gets the photograph (as channel sums, from which it
rebuilds the module's exact gray levels), the presets and the colour map.
"""

import json
from pathlib import Path

import numpy as np
from docutils import nodes
from matplotlib import colormaps
from sphinx.util.docutils import SphinxDirective
from unchanged_files import write_if_changed

import conv_examples
from conv_examples import ball
from conv_examples.convolution import Distribution, convolve
from conv_examples.photo import photo_rgb

PACKAGE_DIR = Path(conv_examples.__file__).parent
#: The diverging map of the static figures' signed results (``show_image``).
DIVERGING_MAP = "RdBu_r"


def number_text(value):
    """A number as the post prints it: four significant digits, a true minus sign."""
    return f"{value:.4g}".replace("-", "−")


def sum_sentence(c, products, total):
    """What the live region reads, e.g. ``c = 3: 0.04 + 0.0375 + 0.0375 = 0.115``."""
    if not products:
        return f"c = {number_text(c)}: no overlap, so (f∗g)({number_text(c)}) = 0"
    terms = number_text(products[0])
    for product in products[1:]:
        sign = "−" if product < 0 else "+"
        terms += f" {sign} {number_text(abs(product))}"
    return f"c = {number_text(c)}: {terms} = {number_text(total)}"


def as_sequence(x):
    """Values and first index of a :class:`Distribution` or a ``(values, start)`` pair."""
    if isinstance(x, Distribution):
        return x.probs, x.start
    values, start = x
    return np.asarray(values), start


def slide_example(key, label, f, g):
    """Everything the slider shows for f ∗ g, each a Distribution or (values, start).

    The sum is the module's: ``Distribution.convolve`` for two distributions,
    ``convolve`` otherwise. The slider runs one step past each end of f ∗ g,
    where the sum is 0; the axis of a holds f and every position of the flipped g.
    """
    if isinstance(f, Distribution) and isinstance(g, Distribution):
        full = f.convolve(g).probs
    else:
        full = convolve(as_sequence(f)[0], as_sequence(g)[0])
    (f, f_start), (g, g_start) = as_sequence(f), as_sequence(g)
    full_start = f_start + g_start
    c_lo, c_hi = full_start - 1, full_start + len(full)
    a_lo = min(f_start, c_lo - (g_start + len(g) - 1))
    a_hi = max(f_start + len(f) - 1, c_hi - g_start)
    positions = np.arange(a_lo, a_hi + 1)

    def value(values, start, at):
        index = np.asarray(at) - start
        inside = (index >= 0) & (index < len(values))
        return np.where(inside, values[np.clip(index, 0, len(values) - 1)], 0)

    steps = []
    for c in range(c_lo, c_hi + 1):
        flipped = value(g, g_start, c - positions)
        products = value(f, f_start, positions) * flipped
        # Terms of the sum: every a where both f and the flipped g are defined.
        overlap = (value(np.ones(len(f)), f_start, positions) != 0) & (
            value(np.ones(len(g)), g_start, c - positions) != 0
        )
        total = value(full, full_start, c).item()
        steps.append(
            {
                "c": c,
                "g": flipped.tolist(),
                "products": products.tolist(),
                "sum": total,
                "sumText": number_text(total),
                "sentence": sum_sentence(c, products[overlap].tolist(), total),
            }
        )
    return {
        "key": key,
        "label": label,
        "a": positions.tolist(),
        "f": value(f, f_start, positions).tolist(),
        "conv": [step["sum"] for step in steps],
        "steps": steps,
    }


#: The slider's examples: key, label, f and g (each a Distribution or (values, start)).
SLIDE_EXAMPLES = [
    ("ball", "the dropped ball: f and g", ball.f, ball.g),
    ("dice", "two dice", Distribution([1 / 6] * 6, start=1), Distribution([1 / 6] * 6, start=1)),
    ("boxes", "box ∗ box: a triangle", ([1] * 4, 0), ([1] * 4, 0)),
    # A short wobbly rise, averaged three values at a time.
    (
        "average",
        "a moving average of 3",
        ([0.2, 0.5, 0.1, 0.4, 0.7, 0.3, 0.6, 1.0, 0.5, 0.9, 1.2, 0.7], 0),
        ([1 / 3] * 3, 0),
    ),
    ("echo", "a clap and its echo", ([1, 0.6, 0.3, 0.1], 0), ([1, 0, 0, 0, 0.5], 0)),
]


def flip_and_slide_data():
    """The examples of the flip-and-slide explorer, the dropped ball first, at its c."""
    return {
        "start": ball.c,
        "examples": [slide_example(*example) for example in SLIDE_EXAMPLES],
    }


#: The playground's presets: whole-number weights and the scale that multiplies them.
KERNEL_PRESETS = [
    ("identity", "identity", [[0, 0, 0], [0, 1, 0], [0, 0, 0]], "1"),
    ("box", "box blur", [[1, 1, 1], [1, 1, 1], [1, 1, 1]], "1/9"),
    ("gaussian", "Gaussian blur (3 × 3)", [[1, 2, 1], [2, 4, 2], [1, 2, 1]], "1/16"),
    ("sharpen", "sharpen", [[0, -1, 0], [-1, 5, -1], [0, -1, 0]], "1"),
    # The 3 × 3 forms of the page's [−1, 1] differences: across finds upright edges.
    ("across", "vertical edges: difference across", [[0, 0, 0], [-1, 1, 0], [0, 0, 0]], "1"),
    ("down", "horizontal edges: difference down", [[0, -1, 0], [0, 1, 0], [0, 0, 0]], "1"),
    ("sobel", "Sobel (vertical edges)", [[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]], "1"),
    ("emboss", "emboss", [[-2, -1, 0], [-1, 1, 1], [0, 1, 2]], "1"),
    ("outline", "outline", [[-1, -1, -1], [-1, 8, -1], [-1, -1, -1]], "1"),
]


def kernel_playground_data():
    """The photograph, the presets and the diverging colour map for the playground.

    The photograph travels as the sum r + g + b of each pixel (0 … 765), row
    by row, each sent as its difference from the pixel above (that compresses
    better); the script rebuilds the module's gray level as ``sum / 3 / 255``,
    which is exactly the float that :func:`conv_examples.photo.grayscale` gives.
    """
    sums = photo_rgb().astype(np.int64).sum(axis=2)
    above = np.vstack([np.zeros((1, sums.shape[1]), np.int64), sums[:-1]])
    colours = colormaps[DIVERGING_MAP].resampled(256)(np.arange(256))[:, :3]
    return {
        # The page's figure shows the box blur: the playground opens on it too.
        "start": "box",
        "height": int(sums.shape[0]),
        "width": int(sums.shape[1]),
        "sumDifferences": (sums - above).ravel().tolist(),
        "presets": [
            {"key": key, "label": label, "weights": weights, "scale": scale}
            for key, label, weights, scale in KERNEL_PRESETS
        ],
        "diverging": "".join(f"{round(255 * v):02x}" for v in colours.ravel()),
    }


EXPLORERS = {"flip-and-slide": flip_and_slide_data, "kernel-playground": kernel_playground_data}


class explorer(nodes.General, nodes.Element):  # noqa: N801 (docutils names nodes in lower case)
    """A container: the static figure, then the explorer's data."""


class ExplorerDirective(SphinxDirective):
    required_arguments = 1
    has_content = True

    def run(self):
        name = self.arguments[0]
        if name not in EXPLORERS:
            raise self.error(f"unknown explorer {name!r}; known: {', '.join(EXPLORERS)}")
        if not self.content:
            raise self.error("an explorer wraps its static figure, but this one is empty")
        # The data comes from these files: a change to any of them re-reads the
        # page, which then links the new data file by its new checksum.
        for path in [Path(__file__), *sorted(PACKAGE_DIR.glob("*.py"))]:
            self.env.note_dependency(str(path))
        node = explorer(explorer=name)
        node += self.parse_content_to_nodes()
        return [node]


def visit_explorer_html(translator, node):
    translator.body.append(f'<div class="explorer" data-explorer="{node["explorer"]}">\n')


def depart_explorer_html(translator, node):
    translator.body.append("</div>\n")


def skip_explorer(translator, node):
    """Other formats show the static figure alone."""


def add_explorer_assets(app, pagename, templatename, context, doctree):
    """Load an explorer's script and style on the pages that hold it, and only there."""
    if doctree is None:
        return
    for name in sorted({node["explorer"] for node in doctree.findall(explorer)}):
        # Deferred scripts run in order: the data, then the explorer.
        app.add_js_file(f"explorers/{name}-data.js", defer="defer")
        app.add_js_file(f"explorers/{name}.js", defer="defer")
        app.add_css_file(f"explorers/{name}.css")


def write_data_files(app):
    """Each explorer's data as a script, before any page is written (Sphinx
    links a file with its checksum only if it is there)."""
    if app.builder.format != "html":
        return
    for name, compute in EXPLORERS.items():
        data = json.dumps(compute(), ensure_ascii=False, separators=(",", ":"))
        script = f'(window.explorerData ||= {{}})["{name}"] = {data};\n'
        write_if_changed(Path(app.outdir, "_static", "explorers", f"{name}-data.js"), script)


def setup(app):
    app.add_node(
        explorer,
        html=(visit_explorer_html, depart_explorer_html),
        **{
            builder: (skip_explorer, skip_explorer)
            for builder in ("latex", "text", "man", "texinfo")
        },
    )
    app.add_directive("explorer", ExplorerDirective)
    app.connect("html-page-context", add_explorer_assets)
    app.connect("builder-inited", write_data_files)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
