"""The reference libraries' own test cases, run against our functions and each method.

Inputs and expected values are taken from the tests of numpy and scipy (facts,
credited in a comment above each case: repository, file, test); the tests are
our own. Where a reference test needs something this module does not offer, it
is listed as skipped, with the reason, so that the gaps are visible.

Sources, read at these commits:

* numpy/numpy 1f90bbb5: numpy/_core/tests/test_numeric.py (``NUMERIC``),
  numpy/ma/tests/test_core.py (``MASKED``)
* scipy/scipy 3dbf660a: scipy/signal/tests/test_signaltools.py (``SIGNAL``)

scipy's 1-D ``'same'`` keeps the length of the first input, numpy's (and ours)
that of the longer one; our ``convolve2d`` follows scipy. scipy's 1-D ``'same'``
cases whose first input is the shorter are therefore run on one-row arrays
through ``convolve2d``.
"""

import numpy as np
import pytest
from scipy import signal

from conv_examples.convolution import convolve, convolve2d

METHODS = ("direct", "fft", "auto")
NUMERIC = "numpy/_core/tests/test_numeric.py"
MASKED = "numpy/ma/tests/test_core.py"
SIGNAL = "scipy/signal/tests/test_signaltools.py"


def assert_matches(result, expected):
    """Exact for integers (and an int64 result); to 1e-12 of the largest value otherwise."""
    expected = np.asarray(expected)
    assert result.shape == expected.shape
    if expected.dtype.kind in "iu":
        assert result.dtype == np.int64
        assert result.tolist() == expected.tolist()
    else:
        scale = max(1.0, float(np.abs(expected).max()))
        assert np.abs(result - expected).max() <= 1e-12 * scale


def reversed_conjugate(values):
    """np.correlate(a, v) is the convolution of a with v reversed and conjugated."""
    return np.conj(np.asarray(values)[::-1])


# --------------------------------------------------------------------------
# 1-D: (f, g, mode, expected, source)
# --------------------------------------------------------------------------

X = [1, 2, 3, 4, 5]  # numpy TestCorrelate._setup: x
Y = [-1, -2, -3]  # numpy TestCorrelate._setup: y
XS = [1, 4, 7, 10, 13, 16, 19]  # numpy TestCorrelate._setup: xs = arange(1, 20)[::3]

ONE_D = [
    # numpy TestCorrelate.test_float: correlate(x, y) = z1, and its variants.
    (X, reversed_conjugate(Y), "full", [-3, -8, -14, -20, -26, -14, -5], f"{NUMERIC} z1"),
    (X, reversed_conjugate(Y[:-1]), "full", [-2, -5, -8, -11, -14, -5], f"{NUMERIC} z1_4"),
    (Y, reversed_conjugate(X), "full", [-5, -14, -26, -20, -14, -8, -3], f"{NUMERIC} z2"),
    (X[::-1], reversed_conjugate(Y), "full", [-15, -22, -22, -16, -10, -4, -1], f"{NUMERIC} z1r"),
    (Y, X, "full", [-1, -4, -10, -16, -22, -22, -15], f"{NUMERIC} z2r"),
    (
        XS,
        reversed_conjugate(Y),
        "full",
        [-3, -14, -30, -48, -66, -84, -102, -54, -19],
        f"{NUMERIC} zs",
    ),
    # numpy TestCorrelate.test_complex: correlate(y, x) = conj(r_z reversed).
    (
        [-1, -2j, 3 + 1j],
        reversed_conjugate([1, 2, 3, 4 + 1j]),
        "full",
        np.conj([3 - 1j, 6, 8 + 1j, 11 + 5j, -5 + 8j, -4 - 1j][::-1]),
        f"{NUMERIC} TestCorrelate.test_complex",
    ),
    # numpy TestConvolve.test_object: ones(100) with ones(3) is 3 away from the ends.
    (
        [1.0] * 100,
        [1.0] * 3,
        "full",
        [1.0, 2.0] + [3.0] * 98 + [2.0, 1.0],
        f"{NUMERIC} test_object",
    ),
    # numpy TestMaskedArrayFunctions.test_convolve, propagate_mask=False: the masked
    # value counts as 0.
    ([0, 1, 0, 3, 4], [1, 1], "full", [0, 1, 1, 3, 7, 4], f"{MASKED} test_convolve"),
    ([0, 1, 0, 3, 4], [1, 1], "same", [0, 1, 1, 3, 7], f"{MASKED} test_convolve"),
    ([0, 1, 0, 3, 4], [1, 1], "valid", [1, 1, 3, 7], f"{MASKED} test_convolve"),
    ([1, 1], [1, 1, 1], "full", [1, 2, 2, 1], f"{MASKED} test_convolve"),
    ([1, 1], [1, 0, 0, 1], "full", [1, 1, 0, 1, 1], f"{MASKED} test_convolve"),
    # scipy TestConvolve
    (
        [3, 4, 5, 6, 5, 4],
        [1, 2, 3],
        "full",
        [3, 10, 22, 28, 32, 32, 23, 12],
        f"{SIGNAL} test_basic",
    ),
    ([3, 4, 5], [1, 2, 3], "same", [10, 22, 22], f"{SIGNAL} test_same_eq"),
    (
        [1 + 1j, 2 + 1j, 3 + 1j],
        [1 + 1j, 2 + 1j],
        "full",
        [2j, 2 + 6j, 5 + 8j, 5 + 5j],
        f"{SIGNAL} TestConvolve.test_complex",
    ),
    ([4967], [3920], "full", [19470640], f"{SIGNAL} test_single_element"),
    (
        [1, 2, 3, 6, 5, 3],
        [2, 3, 4, 5, 3, 4, 2, 2, 1],
        "valid",
        [70, 78, 73, 65],
        f"{SIGNAL} test_valid_mode2",
    ),
    (
        [2, 3, 4, 5, 3, 4, 2, 2, 1],
        [1, 2, 3, 6, 5, 3],
        "valid",
        [70, 78, 73, 65],
        f"{SIGNAL} test_valid_mode2",
    ),
    ([1 + 5j, 2 - 1j, 3], [2 - 3j, 1], "valid", [2 - 3j, 8 - 10j], f"{SIGNAL} test_valid_mode2"),
    ([2 - 3j, 1], [1 + 5j, 2 - 1j, 3], "valid", [2 - 3j, 8 - 10j], f"{SIGNAL} test_valid_mode2"),
    # scipy TestFFTConvolve
    ([1, 2, 3], [1, 2, 3], "full", [1, 4, 10, 12, 9], f"{SIGNAL} TestFFTConvolve.test_real"),
    (
        [1 + 1j, 2 + 2j, 3 + 3j],
        [1 + 1j, 2 + 2j, 3 + 3j],
        "full",
        [2j, 8j, 20j, 24j, 18j],
        f"{SIGNAL} TestFFTConvolve.test_complex",
    ),
    (
        [3, 3, 5, 6, 8, 7, 9, 0, 1],
        [1, 2, 3],
        "same",
        [9, 20, 25, 35, 41, 47, 39, 28, 2],
        f"{SIGNAL} test_real_same_mode expected_2",
    ),
    # numpy's 'same' of the shorter input first keeps the longer length: it is
    # scipy's 'same' with the inputs swapped, expected_2 again.
    (
        [1, 2, 3],
        [3, 3, 5, 6, 8, 7, 9, 0, 1],
        "same",
        [9, 20, 25, 35, 41, 47, 39, 28, 2],
        f"{SIGNAL} test_real_same_mode expected_2, inputs swapped",
    ),
    (
        [3, 2, 1],
        [3, 3, 5, 6, 8, 7, 9, 0, 1],
        "valid",
        [24, 31, 41, 43, 49, 25, 12],
        f"{SIGNAL} test_valid_mode_real",
    ),
    (
        [3, 3, 5, 6, 8, 7, 9, 0, 1],
        [3, 2, 1],
        "valid",
        [24, 31, 41, 43, 49, 25, 12],
        f"{SIGNAL} test_valid_mode_real",
    ),
    (
        [3 - 1j, 2 + 7j, 1],
        [3 + 2j, 3 - 3j, 5, 6 - 1j, 8],
        "valid",
        [45 + 12j, 30 + 23j, 48 + 32j],
        f"{SIGNAL} test_valid_mode_complex",
    ),
    (
        [3 + 2j, 3 - 3j, 5, 6 - 1j, 8],
        [3 - 1j, 2 + 7j, 1],
        "valid",
        [45 + 12j, 30 + 23j, 48 + 32j],
        f"{SIGNAL} test_valid_mode_complex",
    ),
]


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize(("f", "g", "mode", "expected", "source"), ONE_D)
def test_1d_reference_case(f, g, mode, expected, source, method):
    assert_matches(convolve(f, g, mode=mode, method=method), expected)


@pytest.mark.parametrize("method", METHODS)
def test_numpy_x_and_y_as_floats_too(method):
    # numpy TestCorrelate.test_float runs z1 with dtype float.
    result = convolve(np.array(X, float), reversed_conjugate(np.array(Y, float)), method=method)
    assert_matches(result, np.array([-3, -8, -14, -20, -26, -14, -5], float))


# scipy's 1-D 'same', first input shorter: scipy's rule is convolve2d's.
SCIPY_SAME_SHORTER_FIRST = [
    ([3, 4, 5], [1, 2, 3, 4], [10, 22, 34], f"{SIGNAL} TestConvolve.test_same"),
    (
        [1, 2, 3, 3, 1, 2],
        [1, 4, 3, 4, 5, 6, 7, 4, 3, 2, 1, 1, 3],
        [57, 61, 63, 57, 45, 36],
        f"{SIGNAL} TestConvolve.test_same_mode",
    ),
    ([1, 2, 3], [3, 3, 5, 6, 8, 7, 9, 0, 1], [35, 41, 47], f"{SIGNAL} test_real_same_mode"),
]


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize(("f", "g", "expected", "source"), SCIPY_SAME_SHORTER_FIRST)
def test_scipy_1d_same_with_the_shorter_input_first_as_one_row(f, g, expected, source, method):
    assert_matches(convolve2d([f], [g], mode="same", method=method), [expected])
    # In 1-D ours keeps the longer length, numpy's rule.
    assert len(convolve(f, g, mode="same", method=method)) == len(g)


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("n", [10, 20, 31, 32, 50, 51, 52, 53, 54, 60, 62])
def test_scipy_large_integers_squared(n, method):
    """SIGNAL test_convolve_method_large_input: [2**n] with itself is [2**(2n)],
    which scipy checks below n = 50; ours is exact up to int64, and refuses above."""
    z = np.array([2**n], dtype=np.int64)
    if 2 * n < 63:
        assert_matches(convolve(z, z, method=method), np.array([2 ** (2 * n)]))
    else:
        with pytest.raises(ValueError, match="too large"):
            convolve(z, z, method=method)


INTEGER_TYPES = ["int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64"]
REAL_TYPES = ["float16", "float32", "float64"]
COMPLEX_TYPES = ["complex64", "complex128"]


@pytest.mark.parametrize("mode", ["valid", "full", "same"])
@pytest.mark.parametrize("second", INTEGER_TYPES + REAL_TYPES + COMPLEX_TYPES)
@pytest.mark.parametrize("first", INTEGER_TYPES + REAL_TYPES + COMPLEX_TYPES)
def test_scipy_every_pair_of_types_fft_and_direct_agree(first, second, mode):
    """SIGNAL test_convolve_method: 100 random values of each type (0 or 1 for
    integers, normal for floats, f + 0.5j·f for complex), fft against direct, with
    the tolerances scipy found by experiment; integers here must agree exactly."""
    rng = np.random.RandomState(42)
    values = {"i": rng.choice([0, 1], size=100), "f": rng.randn(100)}
    values["u"] = values["i"]
    values["c"] = values["f"] + 0.5j * values["f"]
    x1 = values[np.dtype(first).kind].astype(first)
    x2 = values[np.dtype(second).kind].astype(second)
    fft = convolve(x1, x2, mode=mode, method="fft")
    direct = convolve(x1, x2, mode=mode, method="direct")
    assert fft.dtype == direct.dtype
    if fft.dtype == np.int64:
        assert fft.tolist() == direct.tolist()
    elif {first, second} & {"complex64", "float32"}:
        np.testing.assert_allclose(fft, direct, rtol=1e-4, atol=1e-6)
    elif "float16" in (first, second):
        np.testing.assert_allclose(fft, direct, rtol=1e-3, atol=1e-3)
    else:
        np.testing.assert_allclose(fft, direct, rtol=1e-5, atol=1e-8)


@pytest.mark.parametrize("method", ["fft", "auto"])
def test_scipy_random_complex_data(method):
    """SIGNAL TestFFTConvolve.test_random_data: complex inputs of 1233 and 1321
    values against numpy's direct sum, to rtol 1e-10."""
    rng = np.random.default_rng(1234)
    a = rng.random(1233) + 1j * rng.random(1233)
    b = rng.random(1321) + 1j * rng.random(1321)
    np.testing.assert_allclose(convolve(a, b, method=method), np.convolve(a, b), rtol=1e-10)


@pytest.mark.parametrize("n", [*range(1, 100), 1000, 1024, 1031, 1249, 1499, 1665, 2319])
def test_scipy_many_sizes(n):
    """SIGNAL TestFFTConvolve.test_many_sizes: complex n and n through the FFT
    against numpy's direct sum, atol 1e-10 (scipy's sizes 1..99, a few of its
    1000..1499, and the two smallest of its five random ones, to stay fast)."""
    rng = np.random.default_rng(n)
    a = rng.random(n) + 1j * rng.random(n)
    b = rng.random(n) + 1j * rng.random(n)
    np.testing.assert_allclose(convolve(a, b, method="fft"), np.convolve(a, b), atol=1e-10)


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("bad", [np.nan, np.inf])
def test_scipy_fft_nan_is_refused_naming_the_signal(bad, method):
    """SIGNAL TestFFTConvolve.test_fft_nan: a NaN or infinity at index 100 of 1000
    values, with firwin(200, 0.2): scipy warns; ours refuses before computing."""
    values = np.random.default_rng(43876432987).standard_normal(1000)
    values[100] = bad
    with pytest.raises(ValueError, match=r"^f must be finite, but f\[100\] is"):
        convolve(values, signal.firwin(200, 0.2), mode="same", method=method)


# --------------------------------------------------------------------------
# 2-D: (image, kernel, mode, expected, source)
# --------------------------------------------------------------------------

A = [[1, 2, 3], [3, 4, 5]]  # scipy TestConvolve2d: a, and e/f of the valid cases
B = [[2, 3, 4], [4, 5, 6]]
WIDE = [[2, 3, 4, 5, 6, 7, 8], [4, 5, 6, 7, 8, 9, 10]]
A_B_FULL = [[2, 7, 16, 17, 12], [10, 30, 62, 58, 38], [12, 31, 58, 49, 30]]
COMPLEX_2X3 = [[1 + 2j, 3 + 4j, 5 + 6j], [2 + 1j, 4 + 3j, 6 + 5j]]

TWO_D = [
    (A, B, "full", A_B_FULL, f"{SIGNAL} TestConvolve2d.test_2d_arrays"),
    (WIDE, A, "valid", [[62, 80, 98, 116, 134]], f"{SIGNAL} TestConvolve2d.test_valid_mode"),
    (A, WIDE, "valid", [[62, 80, 98, 116, 134]], f"{SIGNAL} TestConvolve2d.test_valid_mode"),
    (
        WIDE,
        np.array(A) + 1j,
        "valid",
        [[62 + 24j, 80 + 30j, 98 + 36j, 116 + 42j, 134 + 48j]],
        f"{SIGNAL} test_valid_mode_complx",
    ),
    (
        np.array(A) + 1j,
        WIDE,
        "valid",
        [[62 + 24j, 80 + 30j, 98 + 36j, 116 + 42j, 134 + 48j]],
        f"{SIGNAL} test_valid_mode_complx",
    ),
    (A, WIDE, "same", [[22, 28, 34], [80, 98, 116]], f"{SIGNAL} TestConvolve2d.test_same_mode"),
    (
        [[1 + 1j, 2 - 3j], [3 + 1j, 4]],
        [[2 - 1j, 3 + 2j, 4], [4, 5 + 1j, 6 - 3j]],
        "valid",
        [[27 - 1j, 46 + 2j]],
        f"{SIGNAL} TestConvolve2d.test_valid_mode2",
    ),
    (
        [[2 - 1j, 3 + 2j, 4], [4, 5 + 1j, 6 - 3j]],
        [[1 + 1j, 2 - 3j], [3 + 1j, 4]],
        "valid",
        [[27 - 1j, 46 + 2j]],
        f"{SIGNAL} TestConvolve2d.test_valid_mode2",
    ),
    (
        [[1.0, 2, 3], [4, 5, 6]],
        [[1.0, 2, 3], [4, 5, 6]],
        "full",
        [[1.0, 4, 10, 12, 9], [8, 26, 56, 54, 36], [16, 40, 73, 60, 36]],
        f"{SIGNAL} TestFFTConvolve.test_2d_real_same",
    ),
    (
        COMPLEX_2X3,
        COMPLEX_2X3,
        "full",
        [
            [-3 + 4j, -10 + 20j, -21 + 56j, -18 + 76j, -11 + 60j],
            [10j, 44j, 118j, 156j, 122j],
            [3 + 4j, 10 + 20j, 21 + 56j, 18 + 76j, 11 + 60j],
        ],
        f"{SIGNAL} TestFFTConvolve.test_2d_complex_same",
    ),
    (
        [[3, 3, 5, 6, 8, 7, 9, 0, 1]],
        [[1, 2, 3]],
        "same",
        [[9, 20, 25, 35, 41, 47, 39, 28, 2]],
        f"{SIGNAL} test_real_same_mode expected_2, as one row",
    ),
]


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize(("image", "kernel", "mode", "expected", "source"), TWO_D)
def test_2d_reference_case(image, kernel, mode, expected, source, method):
    assert_matches(convolve2d(image, kernel, mode=mode, method=method), expected)


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("mode", ["full", "valid", "same"])
def test_scipy_consistency_of_1d_and_one_row_2d(mode, method):
    """SIGNAL TestConvolve2d.test_consistency_convolve_funcs: arange(5) with
    [3.2, 1.4, 3] gives numpy's values in 1-D and as one row in 2-D."""
    a, b = np.arange(5), np.array([3.2, 1.4, 3])
    expected = np.convolve(a, b, mode=mode)
    assert_matches(convolve(a, b, mode=mode, method=method), expected)
    assert_matches(convolve2d(a[None, :], b[None, :], mode=mode, method=method), expected[None, :])


# --------------------------------------------------------------------------
# Bad input the references refuse, and so do we
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "message"),
    [
        # numpy TestConvolve.test_mode: an unknown mode ('f', -1, None).
        (lambda: convolve(np.ones(100), np.ones(3), mode="f"), "^mode must be one of"),
        (lambda: convolve(np.ones(100), np.ones(3), mode=-1), "^mode must be one of"),
        (lambda: convolve(np.ones(100), np.ones(3), mode=None), "^mode must be one of"),
        # numpy TestConvolve.test_convolve_empty_input_error_message: name the empty one.
        (lambda: convolve(np.array([]), np.array([1, 2])), "^f must not be empty"),
        (lambda: convolve(np.array([1, 2]), np.array([])), "^g must not be empty"),
        # scipy TestConvolve.test_invalid_params
        (lambda: convolve([3, 4, 5], [1, 2, 3], mode="spam"), "^mode must be one of"),
        (lambda: convolve([3, 4, 5], [1, 2, 3], mode="eggs", method="fft"), "^mode must be"),
        (lambda: convolve([3, 4, 5], [1, 2, 3], mode="ham", method="direct"), "^mode must be"),
        (lambda: convolve([3, 4, 5], [1, 2, 3], method="bacon"), "^method must be one of"),
        (lambda: convolve([3, 4, 5], [1, 2, 3], mode="same", method="bacon"), "^method must"),
        # scipy TestConvolve.test_mismatched_dims
        (lambda: convolve([1], 2, method="direct"), "^g must be 1-D"),
        (lambda: convolve(1, [2], method="fft"), "^f must be 1-D"),
        (lambda: convolve([1], [[2]]), "^g must be 1-D"),
        (lambda: convolve([3], 2), "^g must be 1-D"),
        # scipy TestConvolve2d.test_invalid_shapes: 'valid' with neither array inside.
        (
            lambda: convolve2d(
                np.arange(1, 7).reshape(2, 3), np.arange(-6, 0).reshape(3, 2), "valid"
            ),
            "^mode 'valid' needs one of image and kernel",
        ),
        (
            lambda: convolve2d(
                np.arange(-6, 0).reshape(3, 2), np.arange(1, 7).reshape(2, 3), "valid"
            ),
            "^mode 'valid' needs one of image and kernel",
        ),
        # scipy TestConvolve2d.test_invalid_dims
        (lambda: convolve2d(3, 4), "^image must be 2-D"),
        (lambda: convolve2d([3], [4]), "^image must be 2-D"),
        (lambda: convolve2d([[[3]]], [[[4]]]), "^image must be 2-D"),
    ],
)
def test_reference_refusals(call, message):
    with pytest.raises(ValueError, match=message):
        call()


def test_numpy_no_overwrite():
    """NUMERIC TestConvolve.test_no_overwrite: the inputs are left as they were."""
    d, k = np.ones(100), np.ones(3)
    for method in METHODS:
        convolve(d, k, method=method)
        convolve2d(d[None, :], k[None, :], method=method)
    assert d.tolist() == [1.0] * 100 and k.tolist() == [1.0] * 3


# --------------------------------------------------------------------------
# Reference cases out of scope, listed so the gaps are visible
# --------------------------------------------------------------------------

OUT_OF_SCOPE = [
    (
        f"{NUMERIC} TestConvolve.test_mode, mode=2",
        "numpy's integer mode codes: ours takes names only",
    ),
    (
        f"{NUMERIC} TestCorrelate.test_object",
        "object arrays (Decimal): ours takes numeric dtypes only",
    ),
    (f"{NUMERIC} TestCorrelate (correlate itself)", "no correlate: flip the kernel and convolve"),
    (f"{MASKED} test_convolve, propagate_mask=True", "masked arrays"),
    ("numpy/_core/tests/test_ufunc.py TestGUFuncProcessCoreDims", "gufunc broadcasting"),
    (f"{SIGNAL} TestConvolve.test_zero_rank(_python_scalars)", "0-d inputs: ours are 1-D or 2-D"),
    (f"{SIGNAL} TestFFTConvolve.test_zero_rank", "0-d inputs: ours are 1-D or 2-D"),
    (f"{SIGNAL} TestConvolve.test_broadcastable", "3-D arrays: ours are 1-D or 2-D"),
    (f"{SIGNAL} TestConvolve.test_input_swapping", "3-D arrays: ours are 1-D or 2-D"),
    (f"{SIGNAL} TestConvolve2d.test_fillvalue(_errors, _empty)", "fillvalue: ours pads with 0"),
    (f"{SIGNAL} TestConvolve2d.test_wrap_boundary", "boundary='wrap': ours pads with 0"),
    (f"{SIGNAL} TestConvolve2d.test_sym_boundary", "boundary='symm': ours pads with 0"),
    (f"{SIGNAL} TestConvolve2d.test_same_with_boundary", "boundary='symm'/'wrap'"),
    (f"{SIGNAL} TestConvolve2d.test_boundary_extension_*", "boundary='wrap'"),
    (f"{SIGNAL} TestConvolve2d.test_large_array", "needs gigabytes: int overflow of indices"),
    (f"{SIGNAL} TestFFTConvolve.test_*_axes", "axes=: ours convolves over every axis"),
    (f"{SIGNAL} TestFFTConvolve.test_empty", "scipy returns []; ours refuses empty input"),
    (f"{SIGNAL} TestOAConvolve", "overlap-add: ours offers direct and fft only"),
    (
        f"{SIGNAL} test_choose_conv_method, 2-D n = 8, k = 6",
        "scipy goes direct; above 1024 products ours leaves it to the calibrated cost model",
    ),
    (f"{SIGNAL} test_choose_conv_method, measure=True", "ours does not time both methods"),
    (f"{SIGNAL} test_choose_conv_method, complex256", "scipy goes direct; numpy's FFT takes it"),
    (f"{SIGNAL} TestConvolve.test_convolve_method, bool", "booleans are refused (TypeError)"),
]


@pytest.mark.parametrize(
    "source",
    [
        pytest.param(source, marks=pytest.mark.skip(reason=f"{source}: {reason}"))
        for source, reason in OUT_OF_SCOPE
    ],
)
def test_out_of_scope(source):
    """Never runs: each entry is a reference test this module does not take on."""
