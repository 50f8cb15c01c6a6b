"""
A Gaussian blur
===============

The Gaussian blur weights close neighbours more than far ones. Its 5 × 5
weights are the binomial coefficients 1, 4, 6, 4, 1 in both directions,
divided by 256, themselves made by convolution. The result keeps only the
pixels whose whole neighbourhood lies in the photograph (``mode="valid"``).
"""

# %%
import numpy as np

from conv_examples.convolution import convolve, convolve2d
from conv_examples.drawing import grayscale_photo, kernel_figure

photo = grayscale_photo()
# The row [1, 4, 6, 4, 1] is four copies of [1, 1] convolved together, so
# this kernel is itself built by convolution.
row = np.array([1.0])
for _ in range(4):
    row = convolve(row, [1.0, 1.0])
assert row.tolist() == [1, 4, 6, 4, 1]
gaussian = np.outer(row, row) / row.sum() ** 2
blurred = convolve2d(photo, gaussian, mode="valid")

# %%
kernel_figure(photo, gaussian, blurred, "Gaussian blur")

# %%
# .. admonition:: References
#
#    ``conv_examples.convolution.convolve``, ``conv_examples.convolution.convolve2d``
