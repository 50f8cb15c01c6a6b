"""The FFT path: same results as the direct sum, chosen only where it pays and is exact."""

import contextlib
import math
from fractions import Fraction
from unittest import mock

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import signal, stats

from conv_examples import convolution
from conv_examples.convolution import Distribution, convolve, convolve2d


def smooth(n):
    """True if n has no prime factor other than 2, 3 and 5."""
    for p in (2, 3, 5):
        while n % p == 0:
            n //= p
    return n == 1


EPS = np.finfo(float).eps
MODES = ("full", "same", "valid")
FFT_PROPERTY = settings(max_examples=40, deadline=None)


def norm(values):
    """‖values‖₂, without the underflow of squaring values below 1e-154."""
    return math.hypot(*np.ravel(values).tolist())


def fft_tolerance(f, g):
    """How far an FFT convolution of f and g may stray from the exact one.

    The round-off of a convolution through FFTs of L values stays below about
    eps·log2(L)·‖f‖₂·‖g‖₂. The module trusts that bound, times a safety
    factor of 8 and plus one for rounding the inputs, to decide that rounding
    an FFT recovers integers exactly; so the test holds the FFT to that same
    bound. Padding to fast lengths at most doubles each axis: L ≤ 4·(full size).
    Products below float64's smallest normal number lose their digits to
    underflow, in any method: that much is allowed per value summed.
    """
    full_size = math.prod(n + m - 1 for n, m in zip(np.shape(f), np.shape(g), strict=True))
    underflow = np.finfo(float).tiny * full_size
    return 8 * EPS * (math.log2(4 * full_size) + 1) * norm(f) * norm(g) + underflow


def direct_tolerance(f, g):
    """The round-off of a direct sum: each output adds at most k = min(size)
    products, so its error is at most k·eps·Σ|f(a)·g(c−a)| ≤ k·eps·‖f‖₂·‖g‖₂
    (Cauchy–Schwarz)."""
    return min(np.size(f), np.size(g)) * EPS * norm(f) * norm(g)


@contextlib.contextmanager
def fft_spy():
    """Record whether a call took the FFT path: the tests below must exercise it."""
    with mock.patch.object(convolution, "_fft_convolve", wraps=convolution._fft_convolve) as spy:
        yield spy


def exactly(values, number=Fraction):
    """An object array of exact numbers: numpy then adds and multiplies them exactly."""
    return np.array([number(v) for v in values], dtype=object)


def test_fast_lengths_are_the_smallest_5_smooth_lengths_that_fit():
    for n in range(1, 3000):
        length = convolution._fast_length(n)
        assert length >= n and smooth(length)
        assert not any(smooth(k) for k in range(n, length))


@pytest.mark.parametrize("mode", ["full", "same", "valid"])
@pytest.mark.parametrize(
    ("n", "m"),
    [(1, 1), (7, 3), (1000, 1000), (8000, 8000), (100_000, 7), (3, 5000), (997, 1009)],
)
def test_fft_agrees_with_the_direct_sum_to_1e_12_of_the_largest_value(n, m, mode):
    rng = np.random.default_rng(n + m)
    f, g = rng.normal(size=n), rng.normal(size=m)
    direct = convolve(f, g, mode=mode, method="direct")
    fast = convolve(f, g, mode=mode, method="fft")
    assert fast.shape == direct.shape
    assert np.abs(fast - direct).max() <= 1e-12 * np.abs(direct).max()


def test_complex_inputs_take_the_full_fft():
    rng = np.random.default_rng(1)
    f = rng.normal(size=300) + 1j * rng.normal(size=300)
    g = rng.normal(size=200) - 2j * rng.normal(size=200)
    np.testing.assert_allclose(
        convolve(f, g, method="fft"),
        np.convolve(f, g),
        rtol=1e-12,
        atol=1e-12 * np.abs(np.convolve(f, g)).max(),
    )


# --------------------------------------------------------------------------
# The choice of 'auto': properties that hold whatever make bench calibrates
# --------------------------------------------------------------------------

COST_CONSTANTS = [
    ("DIRECT_COST", 1),
    ("DIRECT_COST", 2),
    ("SHIFT_COST", None),
    ("FFT_COST", 1),
    ("FFT_COST", 2),
    ("FFT_OVERHEAD", 1),
    ("FFT_OVERHEAD", 2),
]
RECALIBRATIONS = [None] + [
    (constant, factor) for constant in COST_CONSTANTS for factor in (3, 1 / 3)
]


def recalibration_id(recalibration):
    if recalibration is None:
        return "as calibrated"
    (name, ndim), factor = recalibration
    return f"{name}{'' if ndim is None else [ndim]} {'x 3' if factor == 3 else '/ 3'}"


@pytest.fixture(params=RECALIBRATIONS, ids=recalibration_id)
def any_calibration(request, monkeypatch):
    """The cost model as calibrated here, and with each constant 3 times larger
    or smaller, as make bench might measure it on another machine."""
    if request.param is None:
        return
    (name, ndim), factor = request.param
    if ndim is None:
        monkeypatch.setattr(convolution, name, getattr(convolution, name) * factor)
    else:
        costs = getattr(convolution, name)
        monkeypatch.setitem(costs, ndim, costs[ndim] * factor)


def auto_takes_fft(first_shape, second_shape, dtype=np.float64):
    first, second = np.ones(first_shape, dtype), np.ones(second_shape, dtype)
    full_shape = tuple(n + m - 1 for n, m in zip(first_shape, second_shape, strict=True))
    return convolution._use_fft("auto", first, second, np.dtype(dtype), full_shape)


@pytest.mark.parametrize(
    ("first_shape", "second_shape"),
    [
        ((1,), (1,)),
        ((8,), (6,)),  # scipy's test_choose_conv_method: n = 8, k = 6 goes direct
        ((32,), (32,)),
        ((1024,), (1,)),
        ((1,), (1024,)),
        ((7, 7), (3, 3)),  # the point and kernel of the convolution-vs-correlation figure
        ((4, 8), (8, 4)),
        ((32, 32), (1, 1)),
    ],
)
def test_auto_sums_inputs_of_at_most_1024_products_directly(
    first_shape, second_shape, any_calibration
):
    assert math.prod(first_shape) * math.prod(second_shape) <= 1024
    assert not auto_takes_fft(first_shape, second_shape)
    assert not auto_takes_fft(second_shape, first_shape)


@pytest.mark.parametrize(
    ("first_shape", "second_shape"),
    [((2**16,), (2**16,)), ((2**16,), (2**12,)), ((512, 512), (64, 64)), ((256, 256), (32, 32))],
)
def test_auto_takes_the_fft_for_large_inputs_of_comparable_size(
    first_shape, second_shape, any_calibration
):
    """Billions of multiply-adds against FFTs of a few hundred thousand values."""
    assert auto_takes_fft(first_shape, second_shape)
    assert auto_takes_fft(second_shape, first_shape)


@pytest.mark.parametrize(
    ("first_shape", "second_shape"),
    [((10**6,), (3,)), ((10**6,), (1,)), ((512, 512), (1, 1)), ((512, 512), (2, 1))],
)
def test_auto_sums_a_tiny_kernel_on_a_long_input_directly(
    first_shape, second_shape, any_calibration
):
    """A few multiply-adds per value against an FFT of the whole input."""
    assert not auto_takes_fft(first_shape, second_shape)
    assert not auto_takes_fft(second_shape, first_shape)


def test_auto_never_returns_to_direct_as_equal_inputs_double(any_calibration):
    one_d = [auto_takes_fft((2**k,), (2**k,)) for k in range(18)]
    two_d = [auto_takes_fft((2**k, 2**k), (2 ** (k - 1), 2 ** (k - 1))) for k in range(1, 10)]
    for choices in (one_d, two_d):
        first_fft = choices.index(True)
        assert all(choices[first_fft:]), choices


@pytest.mark.parametrize("mode", ["full", "same", "valid"])
@pytest.mark.parametrize("n", [2**k + 1 for k in range(0, 13, 2)])
def test_auto_agrees_with_both_methods_on_both_sides_of_the_crossover(n, mode):
    rng = np.random.default_rng(n)
    f, g = rng.normal(size=n), rng.normal(size=n // 2 + 1)
    direct = convolve(f, g, mode=mode, method="direct")
    fast = convolve(f, g, mode=mode, method="fft")
    auto = convolve(f, g, mode=mode)
    scale = np.abs(direct).max()
    assert np.abs(fast - direct).max() <= 1e-12 * scale
    assert np.abs(auto - direct).max() <= 1e-12 * scale


def test_integers_take_the_fft_when_rounding_recovers_them_exactly():
    rng = np.random.default_rng(2)
    f, g = rng.integers(-50, 50, size=5000), rng.integers(-50, 50, size=5000)
    with fft_spy() as spy:
        result = convolve(f, g, method="fft")
    assert spy.called
    assert result.dtype == np.int64
    assert np.array_equal(result, np.convolve(f, g))


@pytest.mark.parametrize("method", ["fft", "auto"])
def test_integers_too_large_for_an_exact_fft_take_the_direct_sum(method):
    rng = np.random.default_rng(3)
    f = rng.integers(-(2**40), 2**40, size=3000)
    g = rng.integers(-(2**10), 2**10, size=3000)
    with fft_spy() as spy:
        result = convolve(f, g, method=method)
    assert not spy.called
    expected = [
        sum(int(f[a]) * int(g[c - a]) for a in range(max(0, c - 2999), min(c, 2999) + 1))
        for c in (0, 1234, 2999, 5998)
    ]
    assert [int(result[c]) for c in (0, 1234, 2999, 5998)] == expected


def test_unknown_method_is_refused():
    with pytest.raises(ValueError, match=r"^method must be one of 'auto', 'direct' or 'fft'"):
        convolve([1, 2], [3], method="winograd")
    with pytest.raises(ValueError, match=r"^method must be one of"):
        convolve2d([[1]], [[1]], method="")


def test_long_distributions_through_the_fft_stay_probabilities():
    n = 2**15
    binomial = Distribution(stats.binom.pmf(np.arange(n + 1), n, 0.3), start=0)
    with fft_spy() as spy:
        twice = binomial.convolve(binomial)
    assert spy.called
    assert twice.probs.min() >= 0
    assert twice.probs.sum() == pytest.approx(1, abs=1e-12)
    expected = stats.binom.pmf(np.arange(2 * n + 1), 2 * n, 0.3)
    assert np.abs(twice.probs - expected).max() < 1e-13


@pytest.mark.parametrize("mode", ["full", "same", "valid"])
def test_2d_fft_agrees_with_the_direct_sum(mode):
    rng = np.random.default_rng(4)
    image, kernel = rng.random((120, 90)), rng.normal(size=(31, 17))
    direct = convolve2d(image, kernel, mode=mode, method="direct")
    fast = convolve2d(image, kernel, mode=mode, method="fft")
    assert np.abs(fast - direct).max() <= 1e-12 * np.abs(direct).max()


def test_small_images_take_the_direct_sum_and_keep_exact_zeros():
    """Figures print these grids: FFT round-off would show as 1e-17 where 0 belongs."""
    point = np.zeros((7, 7))
    point[3, 3] = 1.0
    kernel = np.arange(9.0).reshape(3, 3)
    with fft_spy() as spy:
        result = convolve2d(point, kernel, mode="same")
    assert not spy.called
    assert np.count_nonzero(result) == 8
    assert result[2:5, 2:5].tolist() == kernel.tolist()


# --------------------------------------------------------------------------
# The FFT path at random sizes, from one value up, against exact oracles
# --------------------------------------------------------------------------

small_ints = st.lists(st.integers(-20, 20), min_size=1, max_size=64)
# Any float of moderate size: the oracle turns each into its exact Fraction.
moderate_floats = st.lists(
    st.floats(-1e3, 1e3, allow_nan=False, allow_infinity=False), min_size=1, max_size=64
)


@FFT_PROPERTY
@given(small_ints, small_ints, st.sampled_from(MODES))
def test_property_fft_on_integers_is_exact_at_every_size(f, g, mode):
    with fft_spy() as spy:
        result = convolve(f, g, mode=mode, method="fft")
    assert spy.called
    assert result.dtype == np.int64
    # numpy's loop over Python integers (object arrays): exact, whatever the size.
    assert result.tolist() == np.convolve(exactly(f, int), exactly(g, int), mode=mode).tolist()


@FFT_PROPERTY
@given(moderate_floats, moderate_floats, st.sampled_from(MODES))
def test_property_fft_on_floats_is_within_its_round_off_of_the_exact_result(f, g, mode):
    with fft_spy() as spy:
        result = convolve(f, g, mode=mode, method="fft")
    assert spy.called
    exact = np.convolve(exactly(f), exactly(g), mode=mode)
    assert result.shape == exact.shape
    error = max(abs(Fraction(float(r)) - e) for r, e in zip(result, exact, strict=True))
    assert error <= fft_tolerance(f, g)


def arrays_2d(elements, largest=9):
    shapes = st.tuples(st.integers(1, largest), st.integers(1, largest))
    return shapes.flatmap(
        lambda shape: st.lists(
            st.lists(elements, min_size=shape[1], max_size=shape[1]),
            min_size=shape[0],
            max_size=shape[0],
        )
    )


def scipy_or_refusal(image, kernel, mode, **ours):
    """scipy's direct 2-D sum, or, where scipy refuses ('valid' with neither
    array inside the other), a check that ours refuses too."""
    try:
        expected = signal.convolve2d(image, kernel, mode=mode)
    except ValueError:
        with pytest.raises(ValueError, match="valid"):
            convolve2d(image, kernel, mode=mode, **ours)
        return None
    return expected


@FFT_PROPERTY
@given(arrays_2d(st.integers(-20, 20)), arrays_2d(st.integers(-20, 20)), st.sampled_from(MODES))
def test_property_2d_fft_on_integers_is_exact_at_every_shape(image, kernel, mode):
    # scipy sums int64 products directly in C: exact for values this small.
    expected = scipy_or_refusal(np.array(image), np.array(kernel), mode, method="fft")
    if expected is None:
        return
    with fft_spy() as spy:
        result = convolve2d(image, kernel, mode=mode, method="fft")
    assert spy.called
    assert result.dtype == np.int64
    assert result.tolist() == expected.tolist()


@FFT_PROPERTY
@given(
    arrays_2d(st.floats(-1e3, 1e3, allow_nan=False, allow_infinity=False)),
    arrays_2d(st.floats(-1e3, 1e3, allow_nan=False, allow_infinity=False)),
    st.sampled_from(MODES),
)
def test_property_2d_fft_on_floats_agrees_with_scipys_direct_sum(image, kernel, mode):
    expected = scipy_or_refusal(np.array(image), np.array(kernel), mode, method="fft")
    if expected is None:
        return
    with fft_spy() as spy:
        result = convolve2d(image, kernel, mode=mode, method="fft")
    assert spy.called
    assert result.shape == expected.shape
    # Both stray from the exact sum: the FFT by its round-off, scipy by its own.
    tolerance = fft_tolerance(image, kernel) + direct_tolerance(image, kernel)
    assert np.abs(result - expected).max() <= tolerance


@settings(max_examples=8, deadline=None)
@given(
    st.integers(2000, 3000),
    st.integers(2000, 3000),
    st.sampled_from(MODES),
    st.integers(0, 2**32 - 1),
)
def test_property_auto_at_sizes_that_choose_the_fft(n, m, mode, seed):
    """Millions of multiply-adds against a few FFTs of 5000 values: 'auto' takes the FFT."""
    rng = np.random.default_rng(seed)
    f, g = rng.normal(size=n), rng.normal(size=m)
    with fft_spy() as spy:
        result = convolve(f, g, mode=mode)
    assert spy.called
    # numpy's direct sum: the path under test here is the FFT.
    expected = np.convolve(f, g, mode=mode)
    assert np.abs(result - expected).max() <= fft_tolerance(f, g) + direct_tolerance(f, g)


@settings(max_examples=8, deadline=None)
@given(
    st.tuples(st.integers(60, 90), st.integers(60, 90)),
    st.tuples(st.integers(25, 40), st.integers(25, 40)),
    st.sampled_from(MODES),
    st.integers(0, 2**32 - 1),
)
def test_property_2d_auto_at_sizes_that_choose_the_fft(image_shape, kernel_shape, mode, seed):
    """A kernel of about a thousand entries on an image of about five thousand."""
    rng = np.random.default_rng(seed)
    image, kernel = rng.normal(size=image_shape), rng.normal(size=kernel_shape)
    with fft_spy() as spy:
        result = convolve2d(image, kernel, mode=mode)
    assert spy.called
    expected = signal.convolve2d(image, kernel, mode=mode)
    tolerance = fft_tolerance(image, kernel) + direct_tolerance(image, kernel)
    assert np.abs(result - expected).max() <= tolerance
