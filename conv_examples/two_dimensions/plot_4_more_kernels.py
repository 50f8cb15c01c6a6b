"""
Sharpen, Sobel and Gaussian kernels
===================================

Three more kernels on the same photograph. Sharpening adds back the
difference between a pixel and its neighbours; the Sobel kernel finds
vertical edges while smoothing along them; the Gaussian blur weights close
neighbours more than far ones. Its 5 × 5 weights are the binomial
coefficients 1, 4, 6, 4, 1 in both directions, themselves made by convolution.
Each result keeps only the pixels whose whole neighbourhood lies in the
photograph (``mode="valid"``), so the border shows no false edge.
"""

# %%
import numpy as np

from conv_examples.convolution import convolve, convolve2d
from conv_examples.drawing import grayscale_photo, kernel_figure

photo = grayscale_photo()

# %%
# Sharpening: 5 times the pixel minus its four nearest neighbours. The
# result is clipped to the displayable range 0 … 1.
sharpen = np.array([[0, -1, 0], [-1, 5, -1], [0, -1, 0]], dtype=float)
kernel_figure(photo, sharpen, np.clip(convolve2d(photo, sharpen, mode="valid"), 0, 1), "sharpened")

# %%
# Sobel: a [−1, 0, 1] difference across, a [1, 2, 1] average down.
sobel = np.outer([1, 2, 1], [-1, 0, 1]).astype(float)
kernel_figure(photo, sobel, convolve2d(photo, sobel, mode="valid"), "Sobel edges", signed=True)

# %%
# Gaussian: the row [1, 4, 6, 4, 1] is four copies of [1, 1] convolved
# together, so this kernel is itself built by convolution.
row = np.array([1.0])
for _ in range(4):
    row = convolve(row, [1.0, 1.0])
gaussian = np.outer(row, row) / row.sum() ** 2
kernel_figure(photo, gaussian, convolve2d(photo, gaussian, mode="valid"), "Gaussian blur")

# %%
# .. admonition:: References
#
#    ``conv_examples.convolution.convolve``, ``conv_examples.convolution.convolve2d``
