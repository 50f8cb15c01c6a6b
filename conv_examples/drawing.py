"""Drawing helpers shared by every figure, so that all of them read as one family.

One colour each for f, g and f∗g, one colour for a highlighted path, one
diverging colour map for signed values (kernels, edges), the same fonts and
axis conventions, opaque white backgrounds, and a narrow width with large text,
so that a figure shown at a phone's full width (about 358 CSS px) prints its
smallest text at 12 CSS px or more.

The helpers only draw: every position, height, weight and printed number they
show is passed in, computed by the caller with :mod:`conv_examples.convolution`.
"""

from fractions import Fraction

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import FancyArrowPatch, Rectangle
from matplotlib.ticker import FuncFormatter

# Re-exported: the figure scripts take the photograph from here with the helpers.
from conv_examples.photo import grayscale_photo  # noqa: F401

#: Okabe–Ito colours, distinguishable with the common colour-vision deficiencies.
COLORS = {
    "f": "#0072B2",
    "g": "#E69F00",
    "f*g": "#009E73",
    "path": "#D55E00",
    "ball": "#3C2F80",
    "ink": "#222222",
    "faint": "#8C8C8C",
}

#: The one colour map for signed values (kernel weights, edge responses): blue
#: below zero, white at zero, red above. Orange is g's colour, so not PuOr.
DIVERGING = "RdBu_r"

#: Figure width in inches. Shown at a phone's 358 CSS px, 1 pt of text is
#: 358 / 72 / 4.2 ≈ 1.18 CSS px, so the smallest text, 11 pt, is 13 px.
WIDTH = 4.2

#: The smallest font size (pt) any figure may use.
SMALLEST = 11

#: Matplotlib settings applied by :func:`new_figure`. They are applied there,
#: not once at import, because sphinx-gallery resets matplotlib's settings
#: before each example while this module stays imported.
STYLE = {
    "font.size": SMALLEST,
    "axes.titlesize": 12,
    "axes.labelsize": SMALLEST,
    "xtick.labelsize": SMALLEST,
    "ytick.labelsize": SMALLEST,
    "legend.fontsize": SMALLEST,
    "figure.facecolor": "white",
    "axes.facecolor": "white",
    "savefig.facecolor": "white",
    "axes.spines.top": False,
    "axes.spines.right": False,
    "svg.hashsalt": "conv-examples",
    # Animations: no ffmpeg needed for sphinx-gallery's GIF thumbnail.
    "animation.writer": "pillow",
}


def new_figure(height=3.0, ncols=1, nrows=1, width=WIDTH, **kwargs):
    """A figure of the shared width (or narrower, for a narrower place on the
    page), white and laid out with constrained layout."""
    plt.rcParams.update(STYLE)
    return plt.subplots(nrows, ncols, figsize=(width, height), layout="constrained", **kwargs)


def new_mosaic(mosaic, height, **kwargs):
    """Like :func:`new_figure`, with axes laid out by matplotlib's subplot_mosaic."""
    plt.rcParams.update(STYLE)
    fig = plt.figure(figsize=(WIDTH, height), layout="constrained")
    return fig, fig.subplot_mosaic(mosaic, **kwargs)


def fmt(p):
    """A number as text: up to four decimals, no trailing zeros, a typographic minus."""
    text = f"{p:.4f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text.replace("-", "−")


def number_label(value, fractions=True):
    """A number as short text: a simple fraction where one fits, if *fractions*,
    and a typographic minus sign."""
    fraction = Fraction(float(value)).limit_denominator(256)
    exact = abs(float(fraction) - value) < 1e-12
    if fractions and exact and fraction.denominator != 1:
        text = f"{fraction.numerator}/{fraction.denominator}"
    else:
        text = f"{value:.3g}"
    return "0" if text == "-0" else text.replace("-", "−")


#: Tick labels written by :func:`fmt`: one format on every axis.
TICKS = FuncFormatter(lambda value, _: fmt(value))


def position_axis(ax, lo, hi, label="position", ylabel=None):
    """An integer x axis from *lo* to *hi*: the line the ball lands on.

    Without *ylabel* the y axis is hidden (heights are drawn to scale, not
    read off); with it, the y axis stays, labelled, its ticks written by fmt.
    """
    ax.set_xlim(lo - 0.6, hi + 0.6)
    ax.set_xticks(np.arange(lo, hi + 1))
    ax.set_xlabel(label)
    if ylabel:
        ax.set_ylabel(ylabel)
        ax.yaxis.set_major_formatter(TICKS)
    else:
        ax.set_yticks([])
        ax.spines["left"].set_visible(False)


def ball(ax, x, y, color=COLORS["ball"], size=13, **kwargs):
    """A ball: a filled circle, drawn above everything else."""
    ax.plot(x, y, "o", color=color, markersize=size, zorder=5, **kwargs)


def drop_arrow(ax, x, y, length=0.3):
    """A short downward arrow over a ball at (x, y): the ball is dropped."""
    ax.annotate(
        "",
        xy=(x, y + 0.14),
        xytext=(x, y + 0.14 + length),
        arrowprops={"arrowstyle": "-|>", "color": COLORS["ink"], "lw": 1.5},
    )


def bracket(ax, x0, x1, y, text, color=COLORS["ink"]):
    """A horizontal bracket from x0 to x1 at height y, labelled below."""
    tick = 0.08
    ax.plot([x0, x0, x1, x1], [y + tick, y, y, y + tick], color=color, lw=2)
    ax.text((x0 + x1) / 2, y - 0.06, text, ha="center", va="top", color=color)


def bars(ax, dist, scale, origin=0, base=0.0, color=COLORS["f"], highlight=None):
    """Draw *dist* as bars over positions origin + support, standing on *base*.

    A probability p is drawn p × *scale* data units tall: pass one scale for
    every distribution of a figure, so that equal heights mean equal chances.
    The bar at position *highlight*, if given, is drawn solid; the rest paler.
    """
    positions = origin + dist.support
    alphas = np.where(positions == highlight, 1.0, 0.4 if highlight is not None else 0.85)
    for x, p, alpha in zip(positions, dist.probs, alphas, strict=True):
        ax.bar(x, p * scale, bottom=base, width=0.8, color=color, alpha=alpha)
    ax.axhline(base, color=COLORS["faint"], lw=1, zorder=0)


def two_drops(
    ax,
    f,
    g,
    a,
    b,
    labels=("a", "b"),
    row_labels=("f(a)", "g(b)"),
    total_label=None,
    total_color=COLORS["ink"],
    lo=-3,
    hi=5,
):
    """The draft's two-row picture of a ball dropped twice.

    Row 1: dropped at 0, it lands *a* away, drawn over the bars of *f*.
    Row 2: dropped again from there, it rolls *b* further, over the bars of *g*
    centred where it landed. Both rows share one height scale. Brackets on one
    line under the rows measure a and b, one below them a + b; the x axis
    marks every integer position from *lo* to *hi*.
    """
    top, bottom = 2.0, 0.0
    scale = 0.9 / max(f.probs.max(), g.probs.max())
    bars(ax, f, scale, origin=0, base=top, color=COLORS["f"], highlight=a)
    bars(ax, g, scale, origin=a, base=bottom, color=COLORS["g"], highlight=a + b)
    ball(ax, 0, top + 1.15)
    drop_arrow(ax, 0, top + 1.15)
    ball(ax, a, bottom + 1.2)
    drop_arrow(ax, a, bottom + 1.2)
    ball(ax, a + b, bottom + 0.1, size=9)
    ball(ax, a, top + 0.1, size=9)
    ax.plot([a, a], [bottom + 1.7, top + 0.02], ls=":", color=COLORS["faint"], lw=1.2)

    for y, text, color in (
        (top + 0.5, row_labels[0], COLORS["f"]),
        (bottom + 0.5, row_labels[1], COLORS["g"]),
    ):
        ax.text(hi + 0.7, y, text, color=color, va="center", fontsize=12)
    line = bottom - 0.3
    if a != 0:
        bracket(ax, 0, a, line, labels[0], COLORS["f"])
    else:
        # A first drop of 0 has no length to bracket: its label stands just
        # left of where the second drop's bracket starts.
        ax.text(-0.2, line, labels[0], ha="right", va="center", color=COLORS["f"])
    bracket(ax, a, a + b, line, labels[1], COLORS["g"])
    if total_label:
        bracket(ax, 0, a + b, line - 0.75, total_label, total_color)
    position_axis(ax, lo, hi)
    ax.set_xlim(lo - 0.6, hi + 3.0)
    ax.set_ylim(line - (1.2 if total_label else 0.45), top + 1.7)
    ax.spines["bottom"].set_bounds(lo - 0.5, hi + 0.5)


def path_arrow(ax, start, end, color=COLORS["faint"], lw=2.5, alpha=1.0, head=True, shrink=(8, 8)):
    """A curved leg from *start* to *end*, with an arrowhead if *head*."""
    ax.add_patch(
        FancyArrowPatch(
            start,
            end,
            connectionstyle="arc3,rad=0.15",
            arrowstyle="-|>,head_length=5,head_width=3" if head else "-",
            shrinkA=shrink[0],
            shrinkB=shrink[1],
            color=color,
            lw=lw,
            alpha=alpha,
            zorder=3 if color == COLORS["path"] else 2,
        )
    )


def ball_size(p, largest):
    """Marker size (diameter) for a ball whose area is proportional to *p*."""
    return 4 + 16 * np.sqrt(p / largest)


def row_label(ax, y, text, color=COLORS["ink"]):
    """A label at the right edge of the axes, level with the row at height y."""
    ax.annotate(
        text,
        xy=(1.0, y),
        xycoords=("axes fraction", "data"),
        ha="right",
        va="center",
        color=color,
        fontsize=12,
    )


def fan(ax, hub, dist, y, inward=False):
    """Arrows between one ball at *hub* and a row of balls at height *y*.

    The row holds a ball at every x of *dist*'s support, its area and its
    arrow's opacity following the probability. Arrows run from the hub out to
    the row, or, if *inward*, from the row into the hub, ending on a ring
    around it so that their heads do not pile up on one point.
    """
    largest = dist.probs.max()
    ring = ball_size(largest, largest) / 2 + 5
    for x, p in zip(dist.support, dist.probs, strict=True):
        size = ball_size(p, largest)
        ends, shrink = (
            (((x, y), hub), (size / 2 + 2, ring))
            if inward
            else ((hub, (x, y)), (ring, size / 2 + 2))
        )
        path_arrow(ax, *ends, alpha=0.25 + 0.75 * p / largest, shrink=shrink)
        ball(ax, x, y, color=COLORS["f"], size=size)
    ball(ax, *hub, size=ball_size(largest, largest))


def path_tree(ax, first, last, legs, c, paths, labels):
    """The draft's tree of paths from a start ball at 0 to the final positions.

    *first* and *last* are the two rows of balls, each (positions, chances):
    the first landings and the final positions; *legs* holds (a, x, p) for every second leg
    drawn, from a to x, with p the chance of the whole path 0 → a → x; *paths*
    maps each intermediate a of a path into *c* to that path's chance, printed
    beside its red leg. Ball area follows probability on one scale for both
    rows; grey legs are drawn without heads and paler the less likely they
    are, the red ones solid. *labels* name the two rows.
    """
    (first_x, first_p), (last_x, last_p) = first, last
    largest = max(np.max(first_p), np.max(last_p))
    for x, p in zip(first_x, first_p, strict=True):
        red = x in paths
        path_arrow(
            ax,
            (0, 2),
            (x, 1),
            color=COLORS["path"] if red else COLORS["faint"],
            alpha=1.0 if red else 0.3 + 0.7 * p / largest,
            shrink=(10, ball_size(p, largest) / 2 + 2),
        )
        ball(ax, x, 1, color=COLORS["f"], size=ball_size(p, largest))
    ball(ax, 0, 2, size=ball_size(largest, largest))
    drop_arrow(ax, 0, 2.0)
    strongest = max(p for _, _, p in legs)
    for a, x, p in legs:
        if a in paths and x == c:
            continue
        path_arrow(ax, (a, 1), (x, 0), alpha=0.15 + 0.6 * p / strongest, lw=1.5, head=False)
    for step, (a, p) in enumerate(sorted(paths.items())):
        path_arrow(ax, (a, 1), (c, 0), color=COLORS["path"], shrink=(8, 11))
        # Staggered along the leg so that neighbouring values do not collide.
        t = 0.35 + 0.2 * step
        ax.text(
            a + t * (c - a) - 0.15,
            1 - t,
            fmt(p),
            color=COLORS["path"],
            ha="right",
            va="center",
            bbox={"facecolor": "white", "edgecolor": "none", "pad": 0.5, "alpha": 0.85},
            zorder=6,
        )
    for x, p in zip(last_x, last_p, strict=True):
        ball(ax, x, 0, color=COLORS["f*g"], size=ball_size(p, largest))
    ax.plot(c, 0, "o", ms=22, mfc="none", mec=COLORS["path"], mew=2.5, zorder=6)
    lo, hi = min(first_x[0], last_x[0]), max(first_x[-1], last_x[-1])
    position_axis(ax, lo, hi)
    ax.set_xlim(lo - 0.6, hi + 2.9)
    ax.set_ylim(-0.3, 2.6)
    ax.spines["bottom"].set_bounds(lo - 0.5, hi + 0.5)
    ax.tick_params(axis="x", length=0)
    row_label(ax, 1, labels[0], COLORS["f"])
    row_label(ax, 0, labels[1], COLORS["f*g"])


def common_factor(values):
    """Whole numbers and their common factor, if every value is a simple fraction
    with one denominator above 1: ([[1, 2], [2, 1]], 6) for [[1/6, 1/3], [1/3, 1/6]].
    Otherwise (values, 1)."""
    values = np.asarray(values, dtype=float)
    fractions = [Fraction(float(v)).limit_denominator(256) for v in values.flat]
    common = int(np.lcm.reduce([q.denominator for q in fractions]))
    if common > 1 and np.allclose(values * common, np.round(values * common), rtol=0, atol=1e-9):
        return np.round(values * common), common
    return values, 1


def cell_grid(
    ax,
    values,
    corner=(0, 0),
    cmap=DIVERGING,
    limit=None,
    fractions=True,
    blank_zeros=False,
    outline=None,
    fontsize=SMALLEST,
):
    """A grid of coloured unit cells with their numbers written in.

    The top-left cell is centred on *corner* (x, y); rows go down the page
    (the axes' y axis must point down). Signed values use the diverging map,
    from −*limit* to *limit* (by default twice the largest magnitude, so every
    cell stays light enough for dark text). *outline* is a (row, column) to
    frame. Zeros are left unwritten if *blank_zeros*.
    """
    values = np.asarray(values, dtype=float)
    rows, columns = values.shape
    x0, y0 = corner
    if limit is None:
        limit = 2 * np.abs(values).max() or 1
    vmin = 0 if cmap == "gray" else -limit
    ax.imshow(
        values,
        cmap=cmap,
        vmin=vmin,
        vmax=limit,
        extent=(x0 - 0.5, x0 + columns - 0.5, y0 + rows - 0.5, y0 - 0.5),
        interpolation="nearest",
    )
    for (row, column), value in np.ndenumerate(values):
        if blank_zeros and value == 0:
            continue
        dark = cmap == "gray" and value < 0.5 * limit
        ax.text(
            x0 + column,
            y0 + row,
            number_label(value, fractions),
            ha="center",
            va="center",
            fontsize=fontsize,
            color="white" if dark else COLORS["ink"],
        )
    # Thin white lines between cells, so equal neighbours still read as cells.
    for k in range(columns + 1):
        ax.plot([x0 - 0.5 + k] * 2, [y0 - 0.5, y0 + rows - 0.5], color="white", lw=1)
    for k in range(rows + 1):
        ax.plot([x0 - 0.5, x0 + columns - 0.5], [y0 - 0.5 + k] * 2, color="white", lw=1)
    if outline is not None:
        row, column = outline
        ax.add_patch(
            Rectangle(
                (x0 + column - 0.5, y0 + row - 0.5),
                1,
                1,
                fill=False,
                ec=COLORS["ink"],
                lw=2.5,
                zorder=4,
            )
        )


def show_kernel(ax, kernel, title="kernel", fractions=True, photo=False, outline=None):
    """A kernel (or any small grid) as coloured cells with its numbers written in.

    Weights use the diverging map; a *photo* patch is drawn in grays, brighter
    where the image is brighter. A kernel larger than 3 × 3 whose weights
    share a denominator is written as whole numbers with the common factor
    to its left ("1/16 ×"), so that its numbers stay short.
    """
    factor = 1
    if fractions and max(kernel.shape) > 3:
        kernel, factor = common_factor(kernel)
    rows, columns = kernel.shape
    cell_grid(
        ax,
        kernel,
        cmap="gray" if photo else DIVERGING,
        limit=1 if photo else None,
        fractions=fractions,
        outline=outline,
    )
    if factor > 1:
        ax.text(-0.7, (rows - 1) / 2, f"1/{factor} ×", ha="right", va="center")
    ax.set_title(title)
    ax.set_xlim(-0.5, columns - 0.5)
    ax.set_ylim(rows - 0.5, -0.5)
    ax.set_aspect("equal")
    ax.set_axis_off()


def show_image(ax, image, title, signed=False):
    """A gray image; a *signed* one (edges) in the diverging map centred on 0.

    Pixels are drawn as crisp squares (no smoothing), which is what the
    image holds and keeps the saved figure small.
    """
    options = {"interpolation": "nearest"}
    if signed:
        # The 99th percentile, not the maximum, so that a few extreme
        # pixels do not wash out every other edge.
        limit = np.percentile(np.abs(image), 99)
        ax.imshow(image, cmap=DIVERGING, vmin=-limit, vmax=limit, **options)
    else:
        ax.imshow(image, cmap="gray", vmin=0, vmax=1, **options)
    ax.set_title(title)
    ax.set_axis_off()


#: Side of one kernel cell in :func:`kernel_figure`, in inches: the same in
#: every kernel figure, and room for a two-digit number at 11 pt.
CELL = 0.32


def kernel_figure(image, kernel, result, title, signed=False):
    """The kernel's numbers above the original image and the convolved result.

    The two images sit side by side at half the width each; the kernel is
    centred above them, its cells CELL inches wide in every figure.
    """
    plt.rcParams.update(STYLE)
    common_rows = kernel.shape[0]
    photo, gap, title_room = (WIDTH - 0.15) / 2, 0.15, 0.32
    kernel_height = common_rows * CELL
    height = title_room + kernel_height + 0.2 + title_room + photo + 0.05
    fig = plt.figure(figsize=(WIDTH, height))

    def box(left, bottom, width, tall):
        return fig.add_axes((left / WIDTH, bottom / height, width / WIDTH, tall / height))

    kernel_width = kernel.shape[1] * CELL
    kernel_ax = box(
        (WIDTH - kernel_width) / 2, height - title_room - kernel_height, kernel_width, kernel_height
    )
    show_kernel(kernel_ax, kernel)
    image_ax = box(0, 0.05, photo, photo)
    result_ax = box(photo + gap, 0.05, photo, photo)
    show_image(image_ax, image, "original")
    show_image(result_ax, result, title, signed=signed)
    return fig
