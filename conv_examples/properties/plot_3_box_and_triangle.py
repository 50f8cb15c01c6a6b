"""
Box ∗ box = triangle
====================

Two numbers drawn uniformly between 0 and 1 have a sum whose density is a
triangle: the convolution of two boxes. Sums over a grid of step h approach
it as h shrinks; the script measures the largest error for each step.
"""

# %%
# A grid of step h = 1/N splits [0, 1) into N cells. The box density, 1 on
# each cell, becomes a die with N faces at 0, h, 2h, …, each of chance 1/N;
# the sum of two such dice, divided by h, estimates the density of the sum.
import matplotlib.pyplot as plt
import numpy as np

from conv_examples.convolution import Distribution
from conv_examples.drawing import COLORS, STYLE


def triangle(c):
    """The exact box ∗ box: the length of [0, 1] ∩ [c − 1, c]."""
    return np.clip(np.minimum(c, 2 - c), 0, None)


def grid_estimate(cells):
    die = Distribution(np.full(cells, 1 / cells))
    total = die.convolve(die)
    step = 1 / cells
    return total.support * step, total.probs / step


STEPS = [2, 4, 8, 16, 32]
largest_error = {}
for cells in STEPS:
    c, density = grid_estimate(cells)
    largest_error[cells] = np.abs(density - triangle(c)).max()
# The error is the step itself: each estimate runs one step ahead of the triangle.
assert all(abs(largest_error[n] - 1 / n) < 1e-12 for n in STEPS)

# %%
plt.rcParams.update(STYLE)
fig, (shape_ax, error_ax) = plt.subplots(
    2, 1, figsize=(4.0, 6.2), layout="constrained", height_ratios=[1.4, 1]
)
c = np.linspace(-0.2, 2.2, 481)
shape_ax.fill_between(c, np.where((c >= 0) & (c < 1), 1.0, 0.0), color=COLORS["f"], alpha=0.25)
shape_ax.text(0.05, 1.04, "box", color=COLORS["f"], va="bottom", fontsize=13)
for cells, marker, size in ((2, "s", 9), (4, "o", 7), (16, ".", 6)):
    grid, density = grid_estimate(cells)
    shape_ax.plot(grid, density, marker, color=COLORS["ink"], ms=size, label=f"h = 1/{cells}")
shape_ax.plot(c, triangle(c), color=COLORS["f*g"], lw=3, label="box ∗ box")
shape_ax.set(title="grid sums approach the triangle", xlabel="c", ylim=(0, 1.45))
shape_ax.legend(loc="upper right", frameon=False, fontsize=12, ncols=2, columnspacing=0.8)
steps = np.array([1 / n for n in STEPS])
errors = np.array([largest_error[n] for n in STEPS])
error_ax.loglog(steps, errors, "o-", color=COLORS["f*g"], lw=2, ms=7, base=2)
error_ax.set(
    title="largest error",
    xlabel="step h",
    xticks=steps,
    xticklabels=[f"1/{n}" for n in STEPS],
    yticks=steps,
    yticklabels=[f"1/{n}" for n in STEPS],
)
error_ax.minorticks_off()

# %%
# .. admonition:: References
#
#    ``conv_examples.convolution.Distribution``
