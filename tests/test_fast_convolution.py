"""The FFT path: same results as the direct sum, chosen only where it pays and is exact."""

import numpy as np
import pytest
from scipy import stats

from conv_examples import convolution
from conv_examples.convolution import Distribution, convolve, convolve2d


def smooth(n):
    """True if n has no prime factor other than 2, 3 and 5."""
    for p in (2, 3, 5):
        while n % p == 0:
            n //= p
    return n == 1


def test_fast_lengths_are_the_smallest_5_smooth_lengths_that_fit():
    for n in range(1, 3000):
        length = convolution._fast_length(n)
        assert length >= n and smooth(length)
        assert not any(smooth(k) for k in range(n, length))


@pytest.mark.parametrize("mode", ["full", "same", "valid"])
@pytest.mark.parametrize(
    ("n", "m"),
    [(1, 1), (7, 3), (1000, 1000), (20_000, 20_000), (100_000, 7), (3, 5000), (997, 1009)],
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


@pytest.mark.parametrize(
    ("n", "m", "expected"),
    [
        (10, 10, False),
        (100_000, 5, False),
        (1_000_000, 5, False),
        (2000, 2000, True),
        (100_000, 100_000, True),
        (100_000, 1000, True),
    ],
)
def test_auto_chooses_the_fft_only_where_the_cost_model_says_it_pays(n, m, expected):
    f, g = np.ones(n), np.ones(m)
    assert convolution._use_fft("auto", f, g, f.dtype, (n + m - 1,)) is expected


def test_integers_take_the_fft_when_rounding_recovers_them_exactly():
    rng = np.random.default_rng(2)
    f, g = rng.integers(-50, 50, size=5000), rng.integers(-50, 50, size=5000)
    assert convolution._use_fft("auto", f, g, np.dtype(np.int64), (9999,))
    result = convolve(f, g)
    assert result.dtype == np.int64
    assert np.array_equal(result, np.convolve(f, g))


def test_integers_too_large_for_an_exact_fft_take_the_direct_sum():
    rng = np.random.default_rng(3)
    f = rng.integers(-(2**40), 2**40, size=3000)
    g = rng.integers(-(2**10), 2**10, size=3000)
    assert not convolution._use_fft("auto", f, g, np.dtype(np.int64), (5999,))
    result = convolve(f, g)
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
    n = 3000
    binomial = Distribution(stats.binom.pmf(np.arange(n + 1), n, 0.3), start=0)
    twice = binomial.convolve(binomial)
    assert convolution._use_fft(
        "auto", binomial.probs, binomial.probs, binomial.probs.dtype, (2 * n + 1,)
    )
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


def test_2d_auto_takes_the_fft_for_large_kernels_only():
    image = np.ones((256, 256))
    assert convolution._use_fft("auto", image, np.ones((32, 32)), image.dtype, (287, 287))
    assert not convolution._use_fft("auto", image, np.ones((3, 3)), image.dtype, (258, 258))


def test_small_images_take_the_direct_sum_and_keep_exact_zeros():
    """Figures print these grids: FFT round-off would show as 1e-17 where 0 belongs."""
    point = np.zeros((7, 7))
    point[3, 3] = 1.0
    kernel = np.arange(9.0).reshape(3, 3)
    assert not convolution._use_fft("auto", point, kernel, point.dtype, (9, 9))
    result = convolve2d(point, kernel, mode="same")
    assert np.count_nonzero(result) == 8
    assert result[2:5, 2:5].tolist() == kernel.tolist()
