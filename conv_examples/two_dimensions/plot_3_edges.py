"""
Finding edges with [−1, 1]
==========================

The kernel [−1, 1] takes the difference of neighbouring pixels: zero where
the image is flat, large where brightness jumps. Laid horizontally it finds
vertical edges; stood on end, horizontal ones. Convolution flips the kernel,
so each output is the previous pixel minus the current one: red where the
image gets darker going right (or down), blue where it gets lighter.
"""

# %%
# ``mode="valid"`` keeps only the pixels whose whole neighbourhood lies in the
# photograph: zeros assumed past its edge would draw a false edge there.
import numpy as np

from conv_examples.convolution import convolve2d
from conv_examples.drawing import grayscale_photo, kernel_figure

photo = grayscale_photo()
horizontal = np.array([[-1.0, 1.0]])
vertical = horizontal.T

# %%
# Along each row: the left neighbour minus the pixel.
kernel_figure(
    photo,
    horizontal,
    convolve2d(photo, horizontal, mode="valid"),
    "horizontal differences",
    signed=True,
)

# %%
# Along each column: the pixel above minus the pixel.
kernel_figure(
    photo, vertical, convolve2d(photo, vertical, mode="valid"), "vertical differences", signed=True
)

# %%
# .. admonition:: References
#
#    ``conv_examples.convolution.convolve2d``
