"""
One neuron, copied along the input
==================================

A 1-D convolutional layer: the same neuron A looks at every window of three
neighbouring inputs, x_n, x_{n+1}, x_{n+2}, and gives one output y_n. Nine
inputs make seven windows, so seven copies of A and seven outputs, all
sharing one set of weights.
"""

# %%
# The wiring comes from the window width alone: output n reads inputs n … n+2.
import numpy as np

from conv_examples.drawing import COLORS, new_figure

INPUTS, WIDTH = 9, 3
outputs = INPUTS - WIDTH + 1
windows = [np.arange(n, n + WIDTH) for n in range(outputs)]

# %%
fig, ax = new_figure(height=2.6)
x_positions = np.arange(INPUTS)
y_positions = np.arange(outputs) + (WIDTH - 1) / 2
for n, window in enumerate(windows):
    for i in window:
        ax.plot([i, y_positions[n]], [0, 1], color=COLORS["faint"], lw=1.2, zorder=1)
    ax.plot([y_positions[n]] * 2, [1, 2], color=COLORS["faint"], lw=1.2, zorder=1)
ax.scatter(x_positions, np.zeros(INPUTS), s=380, color=COLORS["f"], zorder=2)
ax.scatter(y_positions, np.ones(outputs), s=420, marker="s", color=COLORS["g"], zorder=2)
ax.scatter(y_positions, np.full(outputs, 2), s=380, color=COLORS["f*g"], zorder=2)
for i in x_positions:
    ax.text(i, 0, f"x$_{i}$", ha="center", va="center", color="white", fontsize=11)
for n, y in enumerate(y_positions):
    ax.text(y, 1, "A", ha="center", va="center", fontsize=11, weight="bold")
    ax.text(y, 2, f"y$_{n}$", ha="center", va="center", color="white", fontsize=11)
ax.set_xlim(-0.6, INPUTS - 0.4)
ax.set_ylim(-0.4, 2.4)
ax.set_axis_off()

# %%
# .. admonition:: References
#
#    ``conv_examples.drawing.new_figure``
