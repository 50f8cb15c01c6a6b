"""
Finding vertical edges with [−1, 1]
===================================

The kernel [−1, 1] takes the difference of neighbouring pixels: zero where
the image is flat, large where brightness jumps. Laid along a row it finds
vertical edges. Convolution flips the kernel, so each output is the left
neighbour minus the pixel: red where the image gets darker going right, blue
where it gets lighter.
"""

# %%
# ``mode="valid"`` keeps only the pixels whose whole neighbourhood lies in the
# photograph: zeros assumed past its edge would draw a false edge there.
import numpy as np

from conv_examples.convolution import convolve2d
from conv_examples.drawing import grayscale_photo, kernel_figure

photo = grayscale_photo()
horizontal = np.array([[-1.0, 1.0]])
differences = convolve2d(photo, horizontal, mode="valid")
assert np.allclose(differences, photo[:, :-1] - photo[:, 1:])

# %%
# Along each row: the left neighbour minus the pixel.
kernel_figure(photo, horizontal, differences, "horizontal differences", signed=True)

# %%
# .. admonition:: References
#
#    ``conv_examples.convolution.convolve2d``
