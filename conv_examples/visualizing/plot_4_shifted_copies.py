"""
A sum of shifted copies
=======================

Each value f(a) puts down a copy of g, slid along by a and scaled by f(a); the
convolution f∗g is the sum of those copies. At c = 3 only three copies reach
that far, and their heights there are the three routes to 3.
"""

# %%
# Row a holds f(a)·g(x − a); stacking the rows position by position gives
# (f∗g)(x). The script asserts that the stack is the module's f∗g.
import numpy as np

from conv_examples.ball import c, f, g
from conv_examples.drawing import COLORS, fmt, new_figure

total = f.convolve(g)
positions = total.support
copies = {a: f.pmf(a) * g.pmf(positions - a) for a in f.support}
assert np.allclose(sum(copies.values()), total.probs), "the copies must add up to f∗g"
reaching_c = [a for a, copy in copies.items() if copy[positions == c][0] > 0]


def shifted_g(a):
    """g slid along by a, as a formula in x."""
    return "g(x)" if a == 0 else f"g(x - {a})" if a > 0 else f"g(x + {-a})"


# %%
# Narrow and stacked, so that the text stays readable on a phone.
WIDTH, ROW = 4.0, 0.8
fig, axes = new_figure(height=ROW * (len(copies) + 2.4), nrows=len(copies) + 1, sharex=True)
fig.set_size_inches(WIDTH, ROW * (len(copies) + 2.4))
largest_copy = max(copy.max() for copy in copies.values())
for ax, (a, copy) in zip(axes, copies.items(), strict=False):
    ax.bar(positions, copy, width=0.8, color=COLORS["g"], alpha=1.0 if a in reaching_c else 0.45)
    ax.set_ylim(0, largest_copy * 1.6)  # headroom for the row's label
    label = f"a = {a}:  {fmt(f.pmf(a))} × {shifted_g(a)}".replace("-", "−")
    ax.text(0.0, 0.95, label, transform=ax.transAxes, va="top", fontsize=12)
stack = axes[-1]
bottom = np.zeros_like(total.probs)
for copy in copies.values():
    stack.bar(positions, copy, bottom=bottom, width=0.8, color=COLORS["f*g"], edgecolor="white")
    bottom += copy
stack.set_title(f"the sum: f∗g, with (f∗g)({c}) = {fmt(total.pmf(c))}", fontsize=12, loc="left")
for ax in axes:
    ax.axvline(c, color=COLORS["path"], lw=1.5, ls="--", zorder=0)
    ax.set_yticks([])
    ax.spines["left"].set_visible(False)
stack.set_xticks(positions)
stack.set_xlabel("position x")

# %%
# .. admonition:: References
#
#    ``conv_examples.convolution.Distribution.convolve``,
#    ``conv_examples.convolution.Distribution.pmf``
