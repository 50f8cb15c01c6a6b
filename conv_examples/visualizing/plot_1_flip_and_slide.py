"""
Flip, slide, multiply, add
==========================

For a fixed end point c, the chance that the ball passed through a is
f(a)·g(c − a). Read as a function of a, g(c − a) is g flipped and slid so that
its zero sits at c (the dashed line). Top: f(a); middle: the products
f(a)·g(c − a), whose sum, written in, is (f∗g)(c); bottom: g(c − a). The sum is large
where f and the flipped g overlap well and shrinks as they separate.
"""

# %%
# The flipped g is the distribution of −Y; sliding it by c moves its support
# to start at c + its start. The products must add up to the module's f∗g.
import numpy as np

from conv_examples.ball import f, g
from conv_examples.drawing import COLORS, TICKS, fmt, new_figure

flipped = g.reversed()
ends = (1, 3, 5)
positions = np.arange(-3, 9)
products = {c: f.pmf(positions) * flipped.pmf(positions - c) for c in ends}
total = f.convolve(g)
for c in ends:
    assert np.isclose(products[c].sum(), total.pmf(c))
    print(f"c = {c}: products sum to {products[c].sum():.6g} = (f∗g)({c})")

# %%
fig, axes = new_figure(height=4.6, nrows=3, ncols=len(ends), sharex=True, sharey="row")
for column, c in enumerate(ends):
    top, middle, bottom = axes[:, column]
    top.bar(positions, f.pmf(positions), color=COLORS["f"])
    middle.bar(positions, products[c], color=COLORS["f*g"])
    bottom.bar(positions, flipped.pmf(positions - c), color=COLORS["g"])
    bottom.invert_yaxis()
    for ax in (top, middle, bottom):
        ax.axvline(c, color=COLORS["ink"], lw=1, ls="--", zorder=0)
    top.set_title(f"c = {c}")
    middle.text(
        0.97,
        0.95,
        f"sum\n{fmt(products[c].sum())}",
        transform=middle.transAxes,
        ha="right",
        va="top",
        bbox={"facecolor": "white", "edgecolor": "none", "pad": 1},
    )
    bottom.set_xticks([0, 4, 8])
    bottom.set_xlabel("a")
for ax, label, ticks in zip(
    axes[:, 0], ("f(a)", "f(a)·g(c−a)", "g(c−a)"), ([0, 0.4], [0, 0.1], [0, 0.3]), strict=True
):
    ax.set_ylabel(label)
    ax.set_yticks(ticks)
    ax.yaxis.set_major_formatter(TICKS)

# %%
# .. admonition:: References
#
#    ``conv_examples.convolution.Distribution.reversed``,
#    ``conv_examples.convolution.Distribution.pmf``
