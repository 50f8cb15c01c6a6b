"""
Blurring with a box
===================

Convolving a photograph with a 3 × 3 kernel of ninths replaces every pixel by
the average of itself and its eight neighbours: a box blur. The photograph is
Grace Hopper's portrait from matplotlib's sample data.
"""

# %%
# ``mode="same"`` keeps the image's size; pixels past the edge count as 0,
# which darkens a one-pixel border. A 3 × 3 blur is subtle, so the figure
# zooms in on one eye.
import numpy as np

from conv_examples.convolution import convolve2d
from conv_examples.drawing import kernel_figure
from conv_examples.photo import close_up

photo = close_up()
box = np.full((3, 3), 1 / 9)
blurred = convolve2d(photo, box, mode="same")
print(f"image {photo.shape}, mean before {photo.mean():.4f}, after {blurred.mean():.4f}")

# %%
kernel_figure(photo, box, blurred, "box blur")

# %%
# .. admonition:: References
#
#    ``conv_examples.convolution.convolve2d``
