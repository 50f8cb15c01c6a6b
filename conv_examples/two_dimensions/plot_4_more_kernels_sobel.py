"""
Sobel edges
===========

The Sobel kernel finds vertical edges while smoothing along them: a
[−1, 0, 1] difference across, a [1, 2, 1] average down. Like the other
kernels it keeps only the pixels whose whole neighbourhood lies in the
photograph (``mode="valid"``), so the border shows no false edge.
"""

# %%
import numpy as np

from conv_examples.convolution import convolve2d
from conv_examples.drawing import grayscale_photo, kernel_figure

photo = grayscale_photo()
# The outer product of the average down and the difference across.
sobel = np.outer([1, 2, 1], [-1, 0, 1]).astype(float)
edges = convolve2d(photo, sobel, mode="valid")

# %%
kernel_figure(photo, sobel, edges, "Sobel edges", signed=True)

# %%
# .. admonition:: References
#
#    ``conv_examples.convolution.convolve2d``
