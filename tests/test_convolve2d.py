"""convolve2d against hand-computed cases and scipy.signal.convolve2d."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays
from scipy import signal

from conv_examples import convolution
from conv_examples.convolution import convolve2d

MODES = ("full", "same", "valid")
METHODS = ("direct", "fft", "auto")


def test_hand_computed_full_convolution():
    image = [[1, 2], [3, 4]]
    kernel = [[1, 1], [1, 1]]
    # Each output sums the image entries under a 2 × 2 window.
    assert convolve2d(image, kernel).tolist() == [[1, 3, 2], [4, 10, 6], [3, 7, 4]]


def test_a_single_one_shifts_the_image():
    image = np.arange(6).reshape(2, 3)
    shifted = convolve2d(image, [[0, 0], [0, 1]])
    assert shifted.tolist() == [[0, 0, 0, 0], [0, 0, 1, 2], [0, 3, 4, 5]]


def test_box_blur_of_a_constant_image_is_constant_inside():
    image = np.full((5, 4), 0.6)
    blurred = convolve2d(image, np.full((3, 3), 1 / 9), mode="valid")
    assert blurred.shape == (3, 2)
    np.testing.assert_allclose(blurred, 0.6, rtol=1e-14)


def test_same_mode_keeps_the_image_shape_and_zero_fills_the_edges():
    image = np.ones((3, 4))
    result = convolve2d(image, np.ones((3, 3)), mode="same")
    assert result.shape == (3, 4)
    assert result[1, 1] == 9
    assert result[0, 0] == 4


def test_integer_inputs_give_an_exact_integer_result():
    result = convolve2d(np.array([[3, 1]], dtype=np.uint8), np.array([[200]], dtype=np.uint8))
    assert result.tolist() == [[600, 200]]
    assert result.dtype.kind == "i"


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("image_shape", "kernel_shape"),
    [
        ((5, 7), (3, 2)),
        ((7, 5), (2, 3)),
        ((1, 9), (1, 4)),
        ((6, 6), (6, 6)),
        ((2, 3), (4, 5)),
        ((9, 2), (3, 1)),
        ((1, 1), (1, 1)),
    ],
)
def test_agrees_with_scipy_on_non_square_shapes(image_shape, kernel_shape, mode):
    rng = np.random.default_rng(sum(image_shape) * 31 + sum(kernel_shape))
    image = rng.normal(size=image_shape)
    kernel = rng.normal(size=kernel_shape)
    expected = signal.convolve2d(image, kernel, mode=mode)
    result = convolve2d(image, kernel, mode=mode)
    assert result.shape == expected.shape
    np.testing.assert_allclose(result, expected, rtol=1e-12, atol=1e-12)


small_2d = arrays(
    np.float64, st.tuples(st.integers(1, 6), st.integers(1, 6)), elements=st.floats(-100, 100)
)


@settings(max_examples=75, deadline=None)
@given(small_2d, small_2d, st.sampled_from(("full", "same")))
def test_agrees_with_scipy_on_random_arrays(image, kernel, mode):
    np.testing.assert_allclose(
        convolve2d(image, kernel, mode=mode),
        signal.convolve2d(image, kernel, mode=mode),
        rtol=1e-9,
        atol=1e-9,
    )


@settings(max_examples=50, deadline=None)
@given(small_2d, small_2d)
def test_valid_mode_agrees_with_scipy_or_both_refuse(image, kernel):
    try:
        expected = signal.convolve2d(image, kernel, mode="valid")
    except ValueError:
        with pytest.raises(ValueError, match="valid"):
            convolve2d(image, kernel, mode="valid")
    else:
        np.testing.assert_allclose(
            convolve2d(image, kernel, mode="valid"), expected, rtol=1e-9, atol=1e-9
        )


@pytest.mark.parametrize(
    ("image", "kernel", "error", "message"),
    [
        ([1, 2, 3], [[1]], ValueError, r"^image must be 2-D"),
        ([[1]], np.ones((1, 1, 1)), ValueError, r"^kernel must be 2-D"),
        (np.zeros((0, 3)), [[1]], ValueError, r"^image must not be empty"),
        ([[1]], np.zeros((2, 0)), ValueError, r"^kernel must not be empty"),
        ([[1, np.nan]], [[1]], ValueError, r"^image must be finite"),
        ([[1]], [[np.inf]], ValueError, r"^kernel must be finite"),
        ([["a"]], [[1]], TypeError, r"^image must hold numbers"),
        ([[1]], [[None]], TypeError, r"^kernel must hold numbers"),
        ([[True]], [[1]], TypeError, r"^image must hold numbers"),
    ],
)
def test_bad_input_names_the_argument(image, kernel, error, message):
    with pytest.raises(error, match=message):
        convolve2d(image, kernel)


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("bad", [np.nan, np.inf, -np.inf])
def test_non_finite_values_are_refused_even_where_the_mode_crops_them(bad, mode, method):
    """A 7 × 7 kernel's corner meets no 'same' output of a 3 × 3 image, so the result
    alone cannot show a NaN there (scipy returns NaN everywhere, numpy-style)."""
    for corner in ((0, 0), (0, -1), (-1, 0), (-1, -1)):
        kernel = np.ones((7, 7))
        kernel[corner] = bad
        row, column = (i % 7 for i in corner)
        with pytest.raises(
            ValueError, match=rf"^kernel must be finite, but kernel\[{row}, {column}\] is"
        ):
            convolve2d(np.ones((3, 3)), kernel, mode=mode, method=method)
        with pytest.raises(ValueError, match=r"^image must be finite"):
            convolve2d(kernel, np.ones((3, 3)), mode=mode, method=method)


def test_inputs_are_checked_before_computing(monkeypatch):
    def no_work(*args, **kwargs):
        raise AssertionError("computed a convolution of an input it should have refused")

    monkeypatch.setattr(convolution, "_direct_2d", no_work)
    monkeypatch.setattr(convolution, "_fft_convolve", no_work)
    kernel = np.ones((7, 7))
    kernel[0, 0] = np.nan
    for method in METHODS:
        with pytest.raises(ValueError, match=r"^kernel must be finite"):
            convolve2d(np.ones((3, 3)), kernel, mode="same", method=method)


def test_unknown_mode_is_refused():
    with pytest.raises(ValueError, match=r"^mode must be one of 'full', 'same' or 'valid'"):
        convolve2d([[1]], [[1]], mode="circular")


def test_valid_mode_refuses_arrays_where_neither_fits_inside_the_other():
    with pytest.raises(ValueError, match=r"mode 'valid' needs one of image and kernel"):
        convolve2d(np.ones((2, 5)), np.ones((5, 2)), mode="valid")
