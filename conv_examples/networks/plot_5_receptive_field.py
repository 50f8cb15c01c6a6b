"""
The receptive field of stacked layers
=====================================

Three layers of width 3, one on top of the other: one output of the top layer
depends on 7 inputs, two more with every layer. The counts of paths from each
input up to that output are the three kernels convolved together.
"""

# %%
# Follow one top output down: each layer widens the set of inputs it reads by
# k − 1. Convolving an indicator of that output with the layer's window, once
# per layer, finds the inputs, and counts the paths to each.
import matplotlib.pyplot as plt
import numpy as np

from conv_examples.convolution import convolve
from conv_examples.drawing import COLORS, STYLE

WIDTH, LAYERS, INPUTS = 3, 3, 11
window = np.ones(WIDTH, dtype=int)
paths = [np.array([1])]
for _ in range(LAYERS):
    paths.append(convolve(paths[-1], window))
field = len(paths[-1])
assert field == 1 + LAYERS * (WIDTH - 1)
composed = convolve(convolve(window, window), window)
assert paths[-1].tolist() == composed.tolist()

# %%
# Layer l has INPUTS − l·(WIDTH − 1) units, each centred over the window it reads.
plt.rcParams.update(STYLE)
fig, ax = plt.subplots(figsize=(4.0, 3.6), layout="constrained")
half, centre = (WIDTH - 1) // 2, INPUTS // 2
for level in range(LAYERS + 1):
    counts = paths[LAYERS - level]
    reached = dict(zip(centre - len(counts) // 2 + np.arange(len(counts)), counts, strict=True))
    for x in range(level * half, INPUTS - level * half):
        count = reached.get(x, 0)
        fill = "white" if not count else COLORS["f"] if level == 0 else COLORS["f*g"]
        ax.plot(x, level, "o", ms=18, mfc=fill, mec=COLORS["faint"], zorder=3)
        if count:
            ax.text(x, level, count, ha="center", va="center", color="white", zorder=4)
        if count and level:
            for below in range(x - half, x + half + 1):
                ax.plot([x, below], [level, level - 1], color=COLORS["path"], lw=1.2, zorder=1)
for level, label in enumerate(["input", "layer 1", "layer 2", "layer 3"]):
    ax.text(-0.7, level, label, ha="right", va="center", fontsize=12)
ax.set_xlim(-3.3, INPUTS - 0.4)
ax.set_ylim(-0.5, LAYERS + 0.5)
ax.set_axis_off()

# %%
# .. admonition:: References
#
#    ``conv_examples.convolution.convolve``
