"""Drawing helpers shared by every figure, so that all of them read as one family.

One colour each for f, g and f∗g, one colour for a highlighted path, the same
fonts and axis conventions, opaque white backgrounds (figures stay visible in
dark mode) and sizes that stay legible on a 390 px wide phone screen.

The helpers only draw: every height, weight and printed number they show is
passed in, computed by :mod:`conv_examples.convolution`.
"""

from fractions import Fraction

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import FancyArrowPatch

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

#: Figure width in inches; wider figures get shrunk by the page theme.
WIDTH = 6.4

#: Matplotlib settings applied by :func:`new_figure`. They are applied there,
#: not once at import, because sphinx-gallery resets matplotlib's settings
#: before each example while this module stays imported.
STYLE = {
    "font.size": 13,
    "axes.titlesize": 14,
    "axes.labelsize": 13,
    "figure.facecolor": "white",
    "axes.facecolor": "white",
    "savefig.facecolor": "white",
    "axes.spines.top": False,
    "axes.spines.right": False,
    "svg.hashsalt": "conv-examples",
    # Animations: no ffmpeg needed for sphinx-gallery's GIF thumbnail.
    "animation.writer": "pillow",
}


def new_figure(height=3.4, ncols=1, nrows=1, **kwargs):
    """A figure of the shared width, white and laid out with constrained layout."""
    plt.rcParams.update(STYLE)
    return plt.subplots(nrows, ncols, figsize=(WIDTH, height), layout="constrained", **kwargs)


def fmt(p):
    """A probability as text: up to four decimals, no trailing zeros."""
    return f"{p:.4f}".rstrip("0").rstrip(".")


def position_axis(ax, lo, hi, label="position", ylabel=None):
    """An integer x axis from *lo* to *hi*: the line the ball lands on.

    Without *ylabel* the y axis is hidden (heights are drawn to scale, not
    read off); with it, the y axis stays, labelled.
    """
    ax.set_xlim(lo - 0.6, hi + 0.6)
    ax.set_xticks(np.arange(lo, hi + 1))
    ax.set_xlabel(label)
    if ylabel:
        ax.set_ylabel(ylabel)
    else:
        ax.set_yticks([])
        ax.spines["left"].set_visible(False)


def ball(ax, x, y, color=COLORS["ball"], size=14, **kwargs):
    """A ball: a filled circle, drawn above everything else."""
    ax.plot(x, y, "o", color=color, markersize=size, zorder=5, **kwargs)


def drop_arrow(ax, x, y, length=0.35):
    """A short downward arrow over a ball at (x, y): the ball is dropped."""
    ax.annotate(
        "",
        xy=(x, y + 0.12),
        xytext=(x, y + 0.12 + length),
        arrowprops={"arrowstyle": "-|>", "color": COLORS["ink"], "lw": 1.5},
    )


def bracket(ax, x0, x1, y, text, color=COLORS["ink"]):
    """A horizontal bracket from x0 to x1 at height y, labelled below."""
    tick = 0.06
    ax.plot([x0, x0, x1, x1], [y + tick, y, y, y + tick], color=color, lw=1.5)
    ax.text((x0 + x1) / 2, y - 0.05, text, ha="center", va="top", color=color)


def bars(ax, dist, origin=0, base=0.0, height=0.8, color=COLORS["f"], highlight=None):
    """Draw *dist* as bars over positions origin + support, standing on *base*.

    Bar heights are the probabilities scaled so that the tallest is *height*.
    The bar at position *highlight*, if given, is drawn solid; the rest paler.
    Returns the scale factor (data units per unit of probability).
    """
    scale = height / dist.probs.max()
    positions = origin + dist.support
    alphas = np.where(positions == highlight, 1.0, 0.45 if highlight is not None else 0.85)
    for x, p, alpha in zip(positions, dist.probs, alphas, strict=True):
        ax.bar(x, p * scale, bottom=base, width=0.8, color=color, alpha=alpha)
    ax.axhline(base, color=COLORS["faint"], lw=1, zorder=0)
    return scale


def two_drops(ax, f, g, a, b, labels=("a", "b"), row_labels=("f(a)", "g(b)"), total_label=None):
    """The draft's two-row picture of a ball dropped twice.

    Row 1: dropped at 0, it lands *a* away, drawn over the bars of *f*.
    Row 2: dropped again from there, it rolls *b* further, over the bars of *g*
    centred where it landed. Brackets under the rows measure a, b and a + b.
    """
    top, bottom = 1.55, 0.0
    bars(ax, f, origin=0, base=top, color=COLORS["f"], highlight=a)
    bars(ax, g, origin=a, base=bottom, color=COLORS["g"], highlight=a + b)
    ball(ax, 0, top + 1.05)
    drop_arrow(ax, 0, top + 1.05)
    ball(ax, a, bottom + 1.05)
    drop_arrow(ax, a, bottom + 1.05)
    ball(ax, a + b, bottom + 0.08, size=10, alpha=0.9)
    ball(ax, a, top + 0.08, size=10, alpha=0.9)
    ax.plot([a, a], [bottom + 0.9, top], ls=":", color=COLORS["faint"], lw=1)

    lo = min(f.support[0], a + g.support[0])
    hi = max(f.support[-1], a + g.support[-1])
    for y, text, color in (
        (top + 0.45, row_labels[0], COLORS["f"]),
        (bottom + 0.45, row_labels[1], COLORS["g"]),
    ):
        ax.text(hi + 0.9, y, text, color=color, va="center", fontsize=14)
    if a != 0:
        bracket(ax, 0, a, bottom - 0.25, labels[0], COLORS["f"])
    else:
        # A first drop of 0 has no length to bracket: its label stands just
        # left of where the second drop's bracket starts.
        ax.text(-0.25, bottom - 0.25, labels[0], ha="right", va="center", color=COLORS["f"])
    bracket(ax, a, a + b, bottom - 0.25 if a == 0 else bottom - 0.75, labels[1], COLORS["g"])
    if total_label:
        bracket(ax, 0, a + b, bottom - 1.3, total_label)
    ax.set_xlim(lo - 0.6, hi + 2.6)
    ax.set_ylim(bottom - 1.75 if total_label else bottom - 1.2, top + 1.55)
    ax.set_axis_off()


def path_arrow(ax, start, end, weight, color=COLORS["faint"], lw=2.5):
    """A curved arrow from *start* to *end* whose opacity is *weight* (0 … 1)."""
    ax.add_patch(
        FancyArrowPatch(
            start,
            end,
            connectionstyle="arc3,rad=0.15",
            arrowstyle="-|>,head_length=5,head_width=3",
            shrinkA=8,
            shrinkB=8,
            color=color,
            lw=lw,
            alpha=min(1.0, float(weight)),
        )
    )


def ball_size(p, largest):
    """Marker size for a ball whose area is proportional to probability *p*."""
    return 6 + 16 * np.sqrt(p / largest)


def row_label(ax, y, text, color=COLORS["ink"]):
    """A label at the right edge of the axes, level with the row at height y."""
    ax.annotate(
        text,
        xy=(1.0, y),
        xycoords=("axes fraction", "data"),
        ha="right",
        va="center",
        color=color,
        fontsize=14,
    )


def fan(ax, hub, dist, y, inward=False, highlight=()):
    """Arrows between one ball at *hub* and a row of balls at height *y*.

    The row holds a ball at every x of *dist*'s support, its area and its
    arrow's opacity following the probability. Arrows run from the hub out to
    the row, or, if *inward*, from the row into the hub (a landing seen from
    where the ball may have come). Arrows to an x in *highlight* are drawn in
    the highlight colour.
    """
    largest = dist.probs.max()
    for x, p in zip(dist.support, dist.probs, strict=True):
        ends = ((x, y), hub) if inward else (hub, (x, y))
        path_arrow(
            ax,
            *ends,
            0.2 + 0.8 * p / largest,
            color=COLORS["path"] if x in highlight else COLORS["faint"],
        )
        ball(ax, x, y, color=COLORS["f"], size=ball_size(p, largest))
    ball(ax, *hub)


def path_tree(ax, f, g, c, a=None):
    """The draft's tree of paths from a start ball to the final positions.

    Row 1 holds every first landing a, row 2 every final position. Arrow
    opacity and ball area follow the probabilities. With *a* given, only the
    fan out of that intermediate position is drawn (one path to *c* in the
    highlight colour); without it, every fan is drawn and every path that
    ends at *c* is highlighted, and row 2 shows (f∗g)(x) for each x.
    """
    total = f.convolve(g)
    on_a_path = [a] if a is not None else [x for x in f.support if g.pmf(c - x) > 0]
    fan(ax, (0, 2), f, 1, highlight=on_a_path)
    drop_arrow(ax, 0, 2.0)
    starts = f.support if a is None else [a]
    largest_joint = max(f.pmf(x) * g.probs.max() for x in starts)
    for x in starts:
        for b, q in zip(g.support, g.probs, strict=True):
            joint = f.pmf(x) * q
            on_path = x + b == c
            # The highlighted legs stay solid: a faint red would read as grey.
            path_arrow(
                ax,
                (x, 1),
                (x + b, 0),
                1.0 if on_path else 0.1 + 0.9 * joint / largest_joint,
                color=COLORS["path"] if on_path else COLORS["faint"],
                lw=2.5 if on_path else 1.5,
            )
    if a is None:
        for x, p in zip(total.support, total.probs, strict=True):
            ball(ax, x, 0, color=COLORS["f*g"], size=ball_size(p, total.probs.max()))
    else:
        for b, q in zip(g.support, g.probs, strict=True):
            ball(ax, a + b, 0, color=COLORS["g"], size=ball_size(q, g.probs.max()))
    ax.plot(c, 0, "o", ms=26, mfc="none", mec=COLORS["path"], mew=2.5, zorder=6)
    if a is not None:
        bracket(ax, a, c, -0.4, "c − a", COLORS["path"])
    position_axis(ax, total.support[0], total.support[-1])
    ax.set_xlim(total.support[0] - 0.6, total.support[-1] + 3.4)
    ax.set_ylim(-0.85 if a is not None else -0.45, 2.6)
    ax.tick_params(axis="x", length=0)


def number_label(value, fractions=True):
    """A number as short text: a simple fraction where one fits, if *fractions*,
    and a typographic minus sign."""
    fraction = Fraction(float(value)).limit_denominator(256)
    exact = abs(float(fraction) - value) < 1e-12
    if fractions and exact and fraction.denominator != 1:
        text = f"{fraction.numerator}/{fraction.denominator}"
    else:
        text = f"{value:.3g}"
    return text.replace("-", "−")


def show_kernel(ax, kernel, title="kernel", fractions=True, photo=False):
    """A kernel (or any small grid) as coloured cells with its numbers written in.

    Weights are coloured from orange (negative) to purple (positive); a *photo*
    patch is drawn in light grays, brighter where the image is brighter. A
    kernel larger than 3 × 3 whose weights share a denominator is written as
    whole numbers times that common factor, so that its numbers stay legible.
    """
    limit = 2 * np.abs(kernel).max()
    if photo:
        # Gray levels 0 … 1 map to the lighter half of the scale: dark text
        # stays readable on every cell.
        ax.imshow(kernel, cmap="gray", vmin=-1, vmax=1)
    else:
        ax.imshow(kernel, cmap="PuOr", vmin=-limit, vmax=limit)
    common = np.lcm.reduce(
        [Fraction(float(v)).limit_denominator(256).denominator for v in kernel.flat]
    )
    if (
        fractions
        and max(kernel.shape) > 3
        and common > 1
        and np.allclose(kernel * common, np.round(kernel * common))
    ):
        kernel, title = np.round(kernel * common), f"1/{common} ×"
    for (row, column), value in np.ndenumerate(kernel):
        ax.text(
            column,
            row,
            number_label(value, fractions),
            ha="center",
            va="center",
            fontsize=12 if max(kernel.shape) <= 3 else 10,
        )
    ax.set_title(title)
    ax.set_xticks([])
    ax.set_yticks([])


def show_image(ax, image, title, signed=False):
    """A gray image; a *signed* one (edges) in a diverging map centred on 0.

    Pixels are drawn as crisp squares (no smoothing), which is what the
    image holds and keeps the saved figure small.
    """
    options = {"interpolation": "nearest"}
    if signed:
        # The 99th percentile, not the maximum, so that a few extreme
        # pixels do not wash out every other edge.
        limit = np.percentile(np.abs(image), 99)
        ax.imshow(image, cmap="RdBu_r", vmin=-limit, vmax=limit, **options)
    else:
        ax.imshow(image, cmap="gray", vmin=0, vmax=1, **options)
    ax.set_title(title)
    ax.set_axis_off()


def kernel_figure(image, kernel, result, title, signed=False):
    """The kernel's numbers beside the original image and the convolved result."""
    fig, (kernel_ax, image_ax, result_ax) = new_figure(height=2.8, ncols=3, width_ratios=[1, 2, 2])
    show_kernel(kernel_ax, kernel)
    show_image(image_ax, image, "original")
    show_image(result_ax, result, title, signed=signed)
    return fig
