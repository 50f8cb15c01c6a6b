"""Numbers printed in higher-dimensions.md, computed from the module.

The ball on the plane and the box blur repeat the computations of the gallery
examples auto_examples/two_dimensions/plot_1_ball_on_a_plane and plot_2_box_blur.
"""

import numpy as np

from conv_examples.ball import f, g
from conv_examples.convolution import convolve, convolve2d
from conv_examples.drawing import grayscale_photo


def peak(grid, start):
    """The (row, column) position of a grid's largest value, as text."""
    row, column = np.unravel_index(np.argmax(grid), grid.shape)
    return f"({start + column}, {start + row})"


def values():
    fg = f.convolve(g)
    plane = convolve2d(np.outer(f.probs, f.probs), np.outer(g.probs, g.probs))
    assert np.allclose(plane, np.outer(fg.probs, fg.probs)), "a trip across is two trips along"
    v = {
        "plane_total": repr(float(plane.sum())),
        "f_peak": peak(np.outer(f.probs, f.probs), f.start),
        "g_peak": peak(np.outer(g.probs, g.probs), g.start),
        "fg_peak": peak(plane, fg.start),
    }

    photo = grayscale_photo()[50:150, 40:140]
    blurred = convolve2d(photo, np.full((3, 3), 1 / 9), mode="same")
    v["blur_mean_before"] = f"{photo.mean():.4f}"
    v["blur_mean_after"] = f"{blurred.mean():.4f}"

    # Exercise: a step in a row, found by [−1, 1].
    row = [2, 2, 5, 5]
    v["ex_step_row"] = ", ".join(map(str, row))
    v["ex_step_full"] = ", ".join(map(str, convolve(row, [-1, 1])))
    v["ex_step_valid"] = ", ".join(map(str, convolve(row, [-1, 1], mode="valid")))
    # Exercise: the binomial row of five copies of [1, 1].
    binomial = np.array([1])
    for _ in range(5):
        binomial = convolve(binomial, [1, 1])
    v["ex_binomial_row"] = ", ".join(map(str, binomial))
    v["ex_binomial_sum"] = str(binomial.sum())
    return v
