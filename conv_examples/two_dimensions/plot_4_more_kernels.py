"""
Sharpening
==========

Sharpening adds back the difference between a pixel and its neighbours: 5
times the pixel minus its four nearest neighbours. The result keeps only the
pixels whose whole neighbourhood lies in the photograph (``mode="valid"``)
and is clipped to the displayable range 0 … 1. Two more kernels follow: the
Sobel edge finder and the Gaussian blur.
"""

# %%
import numpy as np

from conv_examples.convolution import convolve2d
from conv_examples.drawing import grayscale_photo, kernel_figure

photo = grayscale_photo()
sharpen = np.array([[0, -1, 0], [-1, 5, -1], [0, -1, 0]], dtype=float)
sharpened = np.clip(convolve2d(photo, sharpen, mode="valid"), 0, 1)

# %%
kernel_figure(photo, sharpen, sharpened, "sharpened")

# %%
# .. admonition:: References
#
#    ``conv_examples.convolution.convolve2d``
