"""Drawing for the sliding animation: f(a), the flipped and shifted g(c − a),
their products, and f∗g traced up to c.

Like :mod:`conv_examples.drawing`, this module only draws: every height and
every printed number is passed in, computed by :mod:`conv_examples.convolution`.
"""

import matplotlib.pyplot as plt
import numpy as np

from conv_examples.drawing import COLORS, STYLE, fmt

#: Portrait, so that a phone shows it large; drawn at twice the resolution it
#: is shown at on a desktop (450 CSS px wide), so it stays sharp on 2x screens.
SIZE = (5.0, 6.6)
DPI = 180
BAR = 0.8


def minus(text):
    """Typographic minus signs."""
    return str(text).replace("-", "−")


def number(c):
    """c as text, with no trailing zeros."""
    return minus(f"{c:g}")


class SlidingPicture:
    """Three panels over one axis of positions *a*.

    Top: f(a) as filled bars (heights *f_values*) and g(c − a) as outlined
    bars: the bars of *flipped*, the distribution of −Y, moved right by c.
    Middle: at whole c, the products f(a)·g(c − a) given in *products* (a dict
    from c to one product per a); between whole numbers, none. Bottom: the
    distribution *total* of f∗g, drawn up to c.
    """

    def __init__(self, a, f_values, flipped, products, total):
        plt.rcParams.update(STYLE)
        self.figure, (self.top, self.middle, self.bottom) = plt.subplots(
            3, 1, figsize=SIZE, dpi=DPI, sharex=True, layout="constrained"
        )
        self.flipped_support = flipped.support
        self.products = products
        self.total_support, self.totals = total.support, total.probs

        self.top.bar(a, f_values, width=BAR, color=COLORS["f"], alpha=0.85, label="f(a)")
        self.g_bars = self.top.bar(
            self.flipped_support,
            flipped.probs,
            width=BAR,
            fill=False,
            edgecolor=COLORS["g"],
            lw=2.5,
            label="g(c − a)",
        )
        top_height = 1.3 * max(np.max(f_values), np.max(flipped.probs))
        self.top.set(ylim=(0, top_height), ylabel="probability")
        self.top.legend(loc="upper left", frameon=False, ncols=2, handlelength=1.2)

        self.product_bars = self.middle.bar(a, np.zeros(len(a)), width=BAR, color=COLORS["f*g"])
        self.middle.set(
            ylabel="f(a)·g(c − a)", xlabel="a", ylim=(0, 1.3 * max(map(np.max, products.values())))
        )
        self.middle.tick_params(labelbottom=True)
        self.between = self.middle.text(
            0.5, 0.5, "", transform=self.middle.transAxes, ha="center", color=COLORS["faint"]
        )

        self.trace = self.bottom.bar(
            self.total_support, self.totals, width=BAR, color=COLORS["f*g"], alpha=0.45
        )
        self.bottom.set(ylabel="(f∗g)(c)", xlabel="c", ylim=(0, 1.25 * self.totals.max()))
        self.marker = self.bottom.axvline(0, color=COLORS["path"], lw=2.5)
        self.bottom.set_xticks(a[::2], [minus(x) for x in a[::2]])
        self.bottom.set_xlim(a[0] - 0.6, a[-1] + 0.6)
        # Lay the panels out once, around a two-line title like every frame's,
        # so that they stay put from frame to frame.
        self.top.set_title("c\n(f∗g)(c)", fontsize=13)
        self.figure.get_layout_engine().execute(self.figure)
        self.figure.set_layout_engine("none")

    def draw(self, c):
        """The frame at shift *c*."""
        products = self.products.get(c)
        for bar, x in zip(self.g_bars, self.flipped_support + c, strict=True):
            bar.set_x(x - BAR / 2)
        heights = np.zeros(len(self.product_bars)) if products is None else products
        for bar, value in zip(self.product_bars, heights, strict=True):
            bar.set_height(value)
        for bar, x in zip(self.trace, self.total_support, strict=True):
            bar.set_visible(x <= c)
            bar.set_alpha(1.0 if x == c else 0.45)
        self.marker.set_xdata([c])
        if products is None:
            title = f"c = {number(c)}: between whole numbers,\nno products, no sum"
            self.between.set_text("g(c − a) lies between the points of f")
        else:
            value = self.totals[self.total_support == c]
            total = fmt(value[0]) if len(value) else "0"
            title = f"c = {number(c)}\n(f∗g)({number(c)}) = Σ f(a)·g({number(c)} − a) = {total}"
            self.between.set_text("")
        self.top.set_title(title, fontsize=13)
        return [*self.g_bars, *self.product_bars, *self.trace, self.marker]
