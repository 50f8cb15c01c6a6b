"""
Padding, output size and stride
===============================

The same input and kernel give outputs of three sizes: 'full' keeps every
position where the kernel touches the input (n + k − 1 values), 'same' keeps
the input's size (n), 'valid' only the positions where the kernel lies wholly
inside it (n − k + 1). A stride of 2 keeps every second valid output.
"""

# %%
# Each output is written under the centre of the window it reads, so that the
# three sizes line up with the input and its zero padding.
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Rectangle

from conv_examples.convolution import convolve
from conv_examples.drawing import COLORS, STYLE

x = np.array([3, 1, 4, 1, 5, 9, 2])
kernel = np.array([1, 0, -1])
n, k = len(x), len(kernel)
STRIDE = 2
outputs = {mode: convolve(x, kernel, mode=mode) for mode in ("full", "same", "valid")}
strided = outputs["valid"][::STRIDE]
assert len(outputs["full"]) == n + k - 1
assert len(outputs["same"]) == n
assert len(outputs["valid"]) == n - k + 1
assert len(strided) == (n - k) // STRIDE + 1

# Position of an output's window centre: full output c reads x[c − k + 1 … c].
half = (k - 1) // 2
first_centre = {"full": -half, "same": 0, "valid": half}

# %%
plt.rcParams.update(STYLE)
fig, ax = plt.subplots(figsize=(4.0, 3.2), layout="constrained")
padded = np.concatenate([np.zeros(k - 1, int), x, np.zeros(k - 1, int)])
rows = [
    ("input x, padded with zeros", -(k - 1), padded, 1, COLORS["f"]),
    (f"full: {len(outputs['full'])} = n + k − 1", first_centre["full"], outputs["full"], 1, None),
    (f"same: {len(outputs['same'])} = n", first_centre["same"], outputs["same"], 1, None),
    (
        f"valid: {len(outputs['valid'])} = n − k + 1",
        first_centre["valid"],
        outputs["valid"],
        1,
        None,
    ),
    (f"valid, stride {STRIDE}: {len(strided)}", first_centre["valid"], strided, STRIDE, None),
]
ROW = 1.75  # a row of cells and the label above it
for row, (label, start, values, step, color) in enumerate(rows):
    y = -row * ROW
    ax.text(-(k - 1) - 0.5, y + 0.45, label, va="bottom", fontsize=12)
    for i, value in enumerate(values):
        position = start + i * step
        inside = 0 <= position < n
        fill = color if color else COLORS["f*g"]
        is_padding = color and not inside
        ax.add_patch(
            Rectangle(
                (position - 0.45, y - 0.4),
                0.9,
                0.8,
                facecolor="white" if is_padding else fill,
                edgecolor=COLORS["faint"] if is_padding else fill,
                alpha=1 if is_padding else 0.35,
                ls="--" if is_padding else "-",
            )
        )
        ax.text(position, y, f"{value}".replace("-", "−"), ha="center", va="center", fontsize=12)
ax.set_xlim(-(k - 1) - 0.6, n + k - 1.4)
ax.set_ylim(-(len(rows) - 1) * ROW - 0.5, 1.3)
ax.set_aspect("equal")
ax.set_axis_off()

# %%
# .. admonition:: References
#
#    ``conv_examples.convolution.convolve``
