"""
Convolution or cross-correlation?
=================================

Deep-learning libraries slide the kernel without flipping it: that is
cross-correlation, not convolution. The difference shows on a single bright
pixel. Convolution stamps a copy of the kernel where the pixel is;
cross-correlation stamps the kernel rotated by 180°. Blank cells are 0; the
centre cell, where the pixel is, is framed.
"""

# %%
# Cross-correlation is convolution with the kernel flipped in both
# directions, ``kernel[::-1, ::-1]``.
import numpy as np

from conv_examples.convolution import convolve2d
from conv_examples.drawing import cell_grid, new_figure

kernel = np.array([[1, 2, 3], [0, 0, 4], [0, 0, 5]], dtype=float)
point = np.zeros((7, 7))
point[3, 3] = 1.0
convolved = convolve2d(point, kernel, mode="same")
correlated = convolve2d(point, kernel[::-1, ::-1], mode="same")
assert np.array_equal(convolved[2:5, 2:5], kernel)
assert np.array_equal(correlated[2:5, 2:5], kernel[::-1, ::-1])

# %%
# One axes, so that every cell of every grid has the same size.
fig, ax = new_figure(height=4.2)
window = slice(1, 6)
grids = (
    (point[window, window], (0, 0), "input: one pixel", "gray"),
    (kernel, (7, 1), "kernel", None),
    (convolved[window, window], (0, 7), "convolution", None),
    (correlated[window, window], (6, 7), "cross-correlation", None),
)
for values, (x, y), title, cmap in grids:
    centre = (values.shape[0] // 2, values.shape[1] // 2)
    options = {"cmap": "gray", "limit": 1} if cmap else {"limit": 2 * kernel.max()}
    cell_grid(ax, values, (x, y), blank_zeros=values is not kernel, outline=centre, **options)
    ax.text(x + (values.shape[1] - 1) / 2, y - 0.75, title, ha="center", va="bottom", fontsize=12)
ax.set_xlim(-0.6, 10.6)
ax.set_ylim(11.6, -1.7)
ax.set_aspect("equal")
ax.set_axis_off()

# %%
# .. admonition:: References
#
#    ``conv_examples.convolution.convolve2d``
