"""Numbers printed in higher-dimensions.md, computed from the module.

The ball on the plane and the box blur repeat the computations of the gallery
examples auto_examples/two_dimensions/plot_1_ball_on_a_plane and plot_2_box_blur.
"""

import numpy as np

from conv_examples.ball import f, g
from conv_examples.convolution import convolve, convolve2d
from conv_examples.drawing import fmt
from conv_examples.photo import close_up


def peak(grid, start):
    """The (row, column) position of a grid's largest value, as text."""
    row, column = np.unravel_index(np.argmax(grid), grid.shape)
    return f"({start + column}, {start + row})"


def plane_total_note(total):
    """The computed total in words: exactly 1, or 1 up to floating-point rounding."""
    if total == 1:
        return "the sum comes out as exactly 1.0"
    return f"the sum comes out as {total!r}, {abs(total - 1):.1g} away from 1 by rounding"


def values():
    fg = f.convolve(g)
    plane = convolve2d(np.outer(f.probs, f.probs), np.outer(g.probs, g.probs))
    assert np.allclose(plane, np.outer(fg.probs, fg.probs)), "a trip across is two trips along"
    f_plane, g_plane = np.outer(f.probs, f.probs), np.outer(g.probs, g.probs)
    v = {
        "plane_total": plane_total_note(float(plane.sum())),
        "f_peak": peak(f_plane, f.start),
        "g_peak": peak(g_plane, g.start),
        "fg_peak": peak(plane, fg.start),
        # The top of the figure's shared colour scale, and the darkest square of each map.
        "plane_scale_top": fmt(max(f_plane.max(), g_plane.max(), plane.max())),
        "f_plane_max": fmt(f_plane.max()),
        "g_plane_max": fmt(g_plane.max()),
        "fg_plane_max": fmt(plane.max()),
    }

    photo = close_up()
    blurred = convolve2d(photo, np.full((3, 3), 1 / 9), mode="same")
    v["blur_mean_before"] = f"{photo.mean():.4f}"
    v["blur_mean_after"] = f"{blurred.mean():.4f}"

    # The Gaussian kernel of plot_4_more_kernels_gaussian: four copies of [1, 1],
    # the row times itself stood on end.
    row = np.array([1])
    for _ in range(4):
        row = convolve(row, [1, 1])
    gaussian = np.outer(row, row)
    v["gaussian_rows"] = "; then ".join(", ".join(map(str, r)) for r in gaussian)
    v["gaussian_total"] = str(gaussian.sum())
    v["gaussian_centre"] = str(gaussian.max())

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
