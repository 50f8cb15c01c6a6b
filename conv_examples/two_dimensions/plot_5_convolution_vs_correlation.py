"""
Convolution or cross-correlation?
=================================

Deep-learning libraries slide the kernel without flipping it: that is
cross-correlation, not convolution. The difference shows on a single bright
pixel. Convolution stamps a copy of the kernel where the pixel is;
cross-correlation stamps the kernel rotated by 180°.
"""

# %%
# Cross-correlation is convolution with the kernel flipped in both
# directions, ``kernel[::-1, ::-1]``.
import numpy as np

from conv_examples.convolution import convolve2d
from conv_examples.drawing import new_figure, show_kernel

kernel = np.array([[1, 2, 3], [0, 0, 4], [0, 0, 5]], dtype=float)
point = np.zeros((7, 7))
point[3, 3] = 1.0
convolved = convolve2d(point, kernel, mode="same")
correlated = convolve2d(point, kernel[::-1, ::-1], mode="same")
print("convolution around the pixel:\n", convolved[2:5, 2:5])
print("cross-correlation around the pixel:\n", correlated[2:5, 2:5])

# %%
fig, (kernel_ax, conv_ax, corr_ax) = new_figure(height=2.6, ncols=3)
show_kernel(kernel_ax, kernel)
for ax, result, title in (
    (conv_ax, convolved, "convolution"),
    (corr_ax, correlated, "cross-correlation"),
):
    show_kernel(ax, result[1:6, 1:6], title)

# %%
# .. admonition:: References
#
#    ``conv_examples.convolution.convolve2d``
