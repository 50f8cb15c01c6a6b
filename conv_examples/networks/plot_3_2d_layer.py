"""
A 2-D layer on an image patch
=============================

A 2-D convolutional layer slides one neuron over every 3 × 3 window of an
image: each output is σ(W·window + b). Here a 6 × 6 patch of the photograph,
a vertical-edge kernel, a bias and a ReLU give a 4 × 4 map that lights up
where the patch has a vertical edge.
"""

# %%
# A network computes cross-correlation, so the layer's weights W are
# convolved flipped; the result must equal the window-by-window sum.
import numpy as np

from conv_examples.convolution import convolve2d
from conv_examples.drawing import grayscale_photo, new_mosaic, show_kernel

patch = grayscale_photo()[60:120:10, 70:130:10].round(1)
weights = np.array([[-1, 0, 1], [-1, 0, 1], [-1, 0, 1]], dtype=float)
bias = -0.1
layer = np.maximum(convolve2d(patch, weights[::-1, ::-1], mode="valid") + bias, 0)
windows = np.array(
    [[np.sum(weights * patch[i : i + 3, j : j + 3]) for j in range(4)] for i in range(4)]
)
assert np.allclose(layer, np.maximum(windows + bias, 0))
print("the layer equals the window sums, plus the bias, through a ReLU")

# %%
# The patch above, the weights and the output below it.
fig, axes = new_mosaic(
    [["x", "x"], ["W", "y"]], height=5.2, height_ratios=[6, 4], width_ratios=[3, 4]
)
show_kernel(axes["x"], patch, "6 × 6 patch x", fractions=False, photo=True)
show_kernel(axes["W"], weights, "weights W")
show_kernel(axes["y"], layer, "ReLU output", fractions=False)

# %%
# .. admonition:: References
#
#    ``conv_examples.convolution.convolve2d``
