"""The photograph that the two-dimensional examples convolve: Grace Hopper's portrait.

It ships with matplotlib's sample data, so nothing is downloaded. The figure
scripts and the kernel playground on the two-dimensions page share this crop,
so the page's JavaScript works on exactly the gray levels the module sees.
"""

import numpy as np
from matplotlib import cbook
from PIL import Image

#: Rows and columns kept: her face, whose glasses and cap give clear edges.
CROP = (slice(130, 370), slice(140, 380))


def photo_rgb():
    """The cropped photograph as 8-bit red, green and blue, shape (240, 240, 3)."""
    # Pillow decodes it, as matplotlib's imread would, without loading pyplot.
    with cbook.get_sample_data("grace_hopper.jpg") as file, Image.open(file) as image:
        return np.asarray(image)[CROP]


def grayscale(rgb):
    """Gray levels from 0 to 1: the mean of the three channels, over 255.

    For 8-bit input every value is exactly ``(r + g + b) / 3 / 255`` in
    floating point, so anyone holding the channel sums can rebuild them.
    """
    return rgb.mean(axis=2) / 255


def grayscale_photo():
    """The cropped photograph as gray levels from 0 to 1, shape (240, 240)."""
    return grayscale(photo_rgb())


#: Within that crop, one eye behind her glasses: the box blur's close-up.
CLOSE_UP = (slice(50, 150), slice(40, 140))


def close_up():
    """The 100 × 100 close-up of :func:`grayscale_photo` that the box blur shows."""
    return grayscale_photo()[CLOSE_UP]
