"""The drawing helpers whose output is printed on the figures."""

import matplotlib
import numpy as np
import pytest

from conv_examples import drawing
from conv_examples.drawing import common_factor, fmt, number_label, show_kernel

matplotlib.use("Agg")


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (0.115, "0.115"),
        (0.04000000000000001, "0.04"),
        (0.0375, "0.0375"),
        (0.25, "0.25"),
        (1.0, "1"),
        (0.0, "0"),
        (-0.5, "−0.5"),
        (-0.00001, "0"),
        (0.123456, "0.1235"),
    ],
)
def test_fmt_writes_at_most_four_decimals_and_a_typographic_minus(value, text):
    assert fmt(value) == text


@pytest.mark.parametrize(
    ("value", "fractions", "text"),
    [
        (1 / 9, True, "1/9"),
        (-1 / 9, True, "−1/9"),
        (6 / 256, True, "3/128"),
        (5.0, True, "5"),
        (-1.0, True, "−1"),
        (0.0, True, "0"),
        (-0.0, True, "0"),
        (1 / 9, False, "0.111"),
        (0.5, False, "0.5"),
        (-2.0, False, "−2"),
        (0.1 + 0.2, True, "3/10"),
        (np.sqrt(2), True, "1.41"),
    ],
)
def test_number_label(value, fractions, text):
    assert number_label(value, fractions) == text


def test_no_label_uses_a_hyphen_for_minus():
    for value in np.linspace(-3, 3, 61):
        assert "-" not in number_label(value) and "-" not in fmt(value)


def test_common_factor_of_the_gaussian_kernel_is_256():
    row = np.array([1, 4, 6, 4, 1])
    integers, factor = common_factor(np.outer(row, row) / 256)
    assert factor == 256
    np.testing.assert_array_equal(integers, np.outer(row, row))


def test_common_factor_of_a_kernel_of_ninths_is_9():
    integers, factor = common_factor(np.full((3, 3), 1 / 9))
    assert factor == 9 and integers.tolist() == [[1] * 3] * 3


def test_a_kernel_of_whole_numbers_or_of_no_simple_fractions_has_no_common_factor():
    whole = np.array([[0, -1, 0], [-1, 5, -1], [0, -1, 0]], dtype=float)
    assert common_factor(whole)[1] == 1
    irrational = np.array([[np.sqrt(2), 1.0]])
    values, factor = common_factor(irrational)
    assert factor == 1 and np.array_equal(values, irrational)


def texts_of(ax):
    return [text.get_text() for text in ax.texts]


def test_show_kernel_writes_a_large_kernel_as_whole_numbers_times_a_factor():
    fig, ax = drawing.new_figure()
    row = np.array([1, 4, 6, 4, 1])
    show_kernel(ax, np.outer(row, row) / 256)
    texts = texts_of(ax)
    assert "1/256 ×" in texts
    cells = [t for t in texts if t != "1/256 ×"]
    assert cells == [str(int(v)) for v in np.outer(row, row).flat]
    matplotlib.pyplot.close(fig)


def test_show_kernel_writes_a_3_by_3_kernel_cell_by_cell():
    fig, ax = drawing.new_figure()
    show_kernel(ax, np.full((3, 3), 1 / 9))
    assert texts_of(ax) == ["1/9"] * 9
    matplotlib.pyplot.close(fig)


def test_show_kernel_writes_signed_weights_with_a_typographic_minus():
    fig, ax = drawing.new_figure()
    show_kernel(ax, np.array([[-1.0, 0.0, 1.0]] * 3))
    assert texts_of(ax) == ["−1", "0", "1"] * 3
    matplotlib.pyplot.close(fig)


def test_every_text_of_a_new_figure_is_at_least_the_smallest_size():
    fig, ax = drawing.new_figure()
    ax.plot([0, 1], [0, 1], label="line")
    ax.set(title="title", xlabel="x", ylabel="y")
    ax.legend()
    fig.canvas.draw()
    sizes = [t.get_fontsize() for t in fig.findobj(matplotlib.text.Text) if t.get_text()]
    assert min(sizes) == drawing.SMALLEST
    matplotlib.pyplot.close(fig)
