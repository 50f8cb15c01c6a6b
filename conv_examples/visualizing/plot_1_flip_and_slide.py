"""
Flip, slide, multiply, add
==========================

For a fixed end point c, the chance that the ball passed through a is
f(a)·g(c − a). Read as a function of a, g(c − a) is g flipped and slid so that
its zero sits at c. Top: f(a); middle: the products f(a)·g(c − a), whose sum
is (f∗g)(c); bottom: g(c − a). The sum is large where f and the flipped g
overlap well and shrinks as they separate.
"""

# %%
# The flipped g is the distribution of −Y; sliding it by c moves its support
# to start at c + its start.
import numpy as np

from conv_examples.ball import f, g
from conv_examples.drawing import COLORS, fmt, new_figure

flipped = g.reversed()
ends = (1, 3, 5)
positions = np.arange(-3, 9)
products = {c: f.pmf(positions) * flipped.pmf(positions - c) for c in ends}
for c in ends:
    print(
        f"c = {c}: products sum to {products[c].sum():.6g}, (f∗g)({c}) = {f.convolve(g).pmf(c):.6g}"
    )

# %%
fig, axes = new_figure(height=4.6, nrows=3, ncols=len(ends), sharex=True, sharey="row")
for column, c in enumerate(ends):
    top, middle, bottom = axes[:, column]
    top.bar(positions, f.pmf(positions), color=COLORS["f"])
    middle.bar(positions, products[c], color=COLORS["f*g"])
    bottom.bar(positions, flipped.pmf(positions - c), color=COLORS["g"])
    bottom.invert_yaxis()
    top.set_title(f"c = {c}\n(f∗g)({c}) = {fmt(products[c].sum())}", fontsize=13)
    bottom.set_xticks([-2, 0, 2, 4, 6, 8])
    bottom.set_xlabel("a")
for ax, label in zip(axes[:, 0], ("f(a)", "f(a)·g(c−a)", "g(c−a)"), strict=True):
    ax.set_ylabel(label)

# %%
# .. admonition:: References
#
#    ``conv_examples.convolution.Distribution.reversed``,
#    ``conv_examples.convolution.Distribution.pmf``
