"""
Two channels in, two channels out
=================================

A layer with several input channels gives each output channel one kernel per
input channel, and adds up the convolutions. Here two input channels and two
output channels make four kernels of width 3; each output is written under the
centre of its window.
"""

# %%
# Output channel o is x_1 ∗ w_{o,1} + x_2 ∗ w_{o,2}, kept where the windows fit
# (no bias or activation, so that the sums can be read off).
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Rectangle

from conv_examples.convolution import convolve
from conv_examples.drawing import COLORS, STYLE

x = np.array([[1, 2, 3, 4, 5, 6], [0, 1, 0, 0, 2, 0]])
w = np.array([[[1, 0, -1], [1, 1, 1]], [[0, 1, 0], [0, -1, 0]]])
y = np.array(
    [sum(convolve(x_i, w_oi, mode="valid") for x_i, w_oi in zip(x, w_o, strict=True)) for w_o in w]
)
# Each output sums one window of each input channel, weighted by that pair's
# kernel flipped (convolution, not correlation).
by_windows = np.array(
    [
        [sum(w[o, i, ::-1] @ x[i, n : n + 3] for i in range(2)) for n in range(x.shape[1] - 2)]
        for o in range(2)
    ]
)
assert np.array_equal(y, by_windows)


def kernel_text(kernel):
    return "[" + ", ".join(str(v) for v in kernel).replace("-", "−") + "]"


# %%
plt.rcParams.update(STYLE)
fig, ax = plt.subplots(figsize=(4.0, 3.2), layout="constrained")
ROW = 1.75  # a row of cells and the label above it
rows = [
    ("input channel x₁", 0, x[0], COLORS["f"]),
    ("input channel x₂", 0, x[1], COLORS["f"]),
    (f"y₁ = x₁ ∗ {kernel_text(w[0, 0])} + x₂ ∗ {kernel_text(w[0, 1])}", 1, y[0], COLORS["f*g"]),
    (f"y₂ = x₁ ∗ {kernel_text(w[1, 0])} + x₂ ∗ {kernel_text(w[1, 1])}", 1, y[1], COLORS["f*g"]),
]
for row, (label, start, values, color) in enumerate(rows):
    top = -row * ROW
    ax.text(-0.5, top + 0.45, label, va="bottom", fontsize=12)
    for i, value in enumerate(values):
        ax.add_patch(
            Rectangle((start + i - 0.45, top - 0.4), 0.9, 0.8, facecolor=color, alpha=0.35)
        )
        ax.text(start + i, top, f"{value}".replace("-", "−"), ha="center", va="center")
ax.set_xlim(-0.6, x.shape[1] + 1.2)
ax.set_ylim(-(len(rows) - 1) * ROW - 0.5, 1.3)
ax.set_aspect("equal")
ax.set_axis_off()

# %%
# .. admonition:: References
#
#    ``conv_examples.convolution.convolve``
