"""
Finding horizontal edges with [−1, 1] stood on end
==================================================

Stood on end, the kernel [−1, 1] compares each pixel with the one above it
and finds horizontal edges. Convolution flips the kernel, so each output is
the pixel above minus the pixel: red where the image gets darker going down,
blue where it gets lighter.
"""

# %%
# ``mode="valid"``, as for the horizontal differences: no false edge at the
# photograph's border.
import numpy as np

from conv_examples.convolution import convolve2d
from conv_examples.drawing import grayscale_photo, kernel_figure

photo = grayscale_photo()
vertical = np.array([[-1.0], [1.0]])
differences = convolve2d(photo, vertical, mode="valid")
assert np.allclose(differences, photo[:-1, :] - photo[1:, :])

# %%
# Along each column: the pixel above minus the pixel.
kernel_figure(photo, vertical, differences, "vertical differences", signed=True)

# %%
# .. admonition:: References
#
#    ``conv_examples.convolution.convolve2d``
