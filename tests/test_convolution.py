"""Tests of conv_examples.convolution: convolve and Distribution."""

import math

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from scipy import signal
from scipy.stats import poisson

from conv_examples import ball, convolution
from conv_examples.convolution import SUM_TOLERANCE, Distribution, convolve

MODES = ("full", "same", "valid")
METHODS = ("direct", "fft", "auto")
PROPERTY = settings(max_examples=50, deadline=None)

# --------------------------------------------------------------------------
# Hypothesis strategies
# --------------------------------------------------------------------------

int_seqs = st.lists(st.integers(-1000, 1000), min_size=1, max_size=12)
float_seqs = st.lists(
    st.floats(-1e3, 1e3, allow_nan=False, allow_infinity=False),
    min_size=1,
    max_size=12,
)
modes = st.sampled_from(MODES)


@st.composite
def distributions(draw):
    weights = draw(st.lists(st.floats(0.0, 1.0), min_size=1, max_size=10))
    assume(sum(weights) > 1e-3)
    weights = np.array(weights)
    return Distribution(weights / weights.sum(), start=draw(st.integers(-50, 50)))


def float_tolerance(f, g):
    """An absolute tolerance for comparing two float convolutions of f and g."""
    scale = np.max(np.abs(f)) * np.max(np.abs(g)) * min(len(f), len(g))
    return 1e-12 * max(1.0, scale)


# --------------------------------------------------------------------------
# convolve: hand-computed values
# --------------------------------------------------------------------------


def test_convolve_full_by_hand():
    result = convolve([1, 2, 3], [0, 1, 0.5])
    np.testing.assert_array_equal(result, [0, 1, 2.5, 4, 1.5])


def test_convolve_default_mode_is_full():
    np.testing.assert_array_equal(
        convolve([1, 2, 3], [0, 1, 0.5]),
        convolve([1, 2, 3], [0, 1, 0.5], mode="full"),
    )


def test_convolve_same_by_hand():
    result = convolve([1, 2, 3], [0, 1, 0.5], mode="same")
    np.testing.assert_array_equal(result, [1, 2.5, 4])


def test_convolve_valid_by_hand():
    result = convolve([1, 2, 3], [0, 1, 0.5], mode="valid")
    np.testing.assert_array_equal(result, [2.5])


def test_convolve_valid_by_hand_with_longer_g():
    # c = 1: 1*2 + 1*1; c = 2: 1*3 + 1*2.
    np.testing.assert_array_equal(convolve([1, 1], [1, 2, 3], mode="valid"), [3, 5])


def test_convolve_counts_splits_of_each_total():
    result = convolve([1, 1, 1], [1, 1])
    np.testing.assert_array_equal(result, [1, 2, 2, 1])
    assert result.dtype.kind == "i"


def test_convolve_integers_are_exact_beyond_float_precision():
    """2**53 + 1 is not a float64; a float detour would lose the + 1."""
    big = 2**53 + 1
    result = convolve([big], [1, 2])
    assert result.dtype.kind == "i"
    assert result.tolist() == [big, 2 * big]


def test_convolve_integer_sum_of_products_is_exact():
    result = convolve([3, -1, 2], [5, 7])
    assert result.dtype == np.int64
    assert result.tolist() == [15, 21 - 5, -7 + 10, 14]


def test_convolve_with_unit_impulse_is_identity():
    f = [0.5, -2.0, 3.25, 7.0]
    np.testing.assert_array_equal(convolve(f, [1]), f)
    np.testing.assert_array_equal(convolve([1], f), f)


def test_convolve_with_shifted_impulse_shifts():
    np.testing.assert_array_equal(convolve([4, 5, 6], [0, 0, 1]), [0, 0, 4, 5, 6])
    np.testing.assert_array_equal(convolve([0, 1], [4, 5, 6]), [0, 4, 5, 6])


def test_convolve_length_one_inputs():
    np.testing.assert_array_equal(convolve([3], [4]), [12])
    for mode in MODES:
        np.testing.assert_array_equal(convolve([3], [4], mode=mode), [12])


def test_convolve_complex_by_hand():
    # c0 = 1j*1; c1 = 1j*(-1j) + 1*1 = 2; c2 = 1*(-1j).
    result = convolve([1j, 1], [1, -1j])
    assert result.dtype.kind == "c"
    np.testing.assert_array_equal(result, [1j, 2, -1j])


def test_convolve_complex_with_real_matches_numpy():
    f = np.array([1 + 2j, -0.5j, 3.0])
    g = np.array([0.25, -1.0, 2.0, 0.5])
    for mode in MODES:
        np.testing.assert_allclose(
            convolve(f, g, mode=mode), np.convolve(f, g, mode=mode), rtol=0, atol=1e-14
        )


def test_convolve_does_not_modify_its_inputs():
    f = np.array([1.0, 2.0, 3.0])
    g = np.array([4.0, 5.0])
    convolve(f, g)
    convolve(g, f)
    np.testing.assert_array_equal(f, [1.0, 2.0, 3.0])
    np.testing.assert_array_equal(g, [4.0, 5.0])


LENGTH_PAIRS = [(n, m) for n in (1, 2, 3, 4, 5, 8) for m in (1, 2, 3, 4, 5, 8)]


@pytest.mark.parametrize(("n", "m"), LENGTH_PAIRS)
def test_convolve_mode_lengths(n, m):
    f, g = np.ones(n), np.ones(m)
    assert len(convolve(f, g, mode="full")) == n + m - 1
    assert len(convolve(f, g, mode="same")) == max(n, m)
    assert len(convolve(f, g, mode="valid")) == max(n, m) - min(n, m) + 1


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("n", "m"), LENGTH_PAIRS)
def test_convolve_matches_numpy(n, m, mode):
    rng = np.random.default_rng(1000 * n + m)
    f = rng.normal(size=n)
    g = rng.normal(size=m)
    expected = np.convolve(f, g, mode=mode)
    result = convolve(f, g, mode=mode)
    assert result.shape == expected.shape
    np.testing.assert_allclose(result, expected, rtol=1e-12, atol=1e-12)
    # The direct path calls numpy itself, so scipy's own direct sum is the
    # independent oracle here (its 'same' is centred on f, hence full mode).
    np.testing.assert_allclose(
        convolve(f, g), signal.convolve(f, g, method="direct"), rtol=1e-12, atol=1e-12
    )


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("n", "m"), LENGTH_PAIRS)
def test_convolve_matches_numpy_exactly_on_integers(n, m, mode):
    rng = np.random.default_rng(7 * n + 13 * m)
    f = rng.integers(-50, 50, size=n)
    g = rng.integers(-50, 50, size=m)
    result = convolve(f, g, mode=mode)
    assert result.dtype.kind == "i"
    np.testing.assert_array_equal(result, np.convolve(f, g, mode=mode))


# --------------------------------------------------------------------------
# convolve: properties
# --------------------------------------------------------------------------


@PROPERTY
@given(int_seqs, int_seqs, modes)
def test_property_convolve_equals_numpy_on_integers(f, g, mode):
    np.testing.assert_array_equal(convolve(f, g, mode=mode), np.convolve(f, g, mode=mode))


@PROPERTY
@given(float_seqs, float_seqs, modes)
def test_property_convolve_close_to_numpy_on_floats(f, g, mode):
    expected = np.convolve(f, g, mode=mode)
    result = convolve(f, g, mode=mode)
    assert result.shape == expected.shape
    np.testing.assert_allclose(result, expected, rtol=1e-12, atol=float_tolerance(f, g))


@PROPERTY
@given(int_seqs, int_seqs)
def test_property_convolve_commutes_exactly_on_integers(f, g):
    np.testing.assert_array_equal(convolve(f, g), convolve(g, f))


@PROPERTY
@given(float_seqs, float_seqs)
def test_property_convolve_commutes_on_floats(f, g):
    np.testing.assert_allclose(
        convolve(f, g), convolve(g, f), rtol=1e-12, atol=float_tolerance(f, g)
    )


@PROPERTY
@given(int_seqs, int_seqs, int_seqs)
def test_property_convolve_is_associative_on_integers(f, g, h):
    np.testing.assert_array_equal(convolve(convolve(f, g), h), convolve(f, convolve(g, h)))


@PROPERTY
@given(float_seqs, float_seqs, float_seqs)
def test_property_convolve_is_associative_on_floats(f, g, h):
    left = convolve(convolve(f, g), h)
    right = convolve(f, convolve(g, h))
    scale = np.sum(np.abs(f)) * np.sum(np.abs(g)) * np.sum(np.abs(h))
    np.testing.assert_allclose(left, right, rtol=1e-10, atol=1e-12 * max(1.0, scale))


@PROPERTY
@given(float_seqs, float_seqs)
def test_property_total_mass_is_product_of_sums(f, g):
    scale = np.sum(np.abs(f)) * np.sum(np.abs(g))
    assert convolve(f, g).sum() == pytest.approx(
        np.sum(f) * np.sum(g), rel=1e-10, abs=1e-12 * max(1.0, scale)
    )


@PROPERTY
@given(int_seqs, int_seqs)
def test_property_total_mass_is_product_of_sums_exactly_on_integers(f, g):
    assert int(convolve(f, g).sum()) == sum(f) * sum(g)


# --------------------------------------------------------------------------
# convolve: bad input
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("f", "g", "message"),
    [
        ([], [1, 2], r"^f must not be empty"),
        ([1, 2], [], r"^g must not be empty"),
        (np.empty(0), [1.0], r"^f must not be empty"),
        ([[1, 2], [3, 4]], [1, 2], r"^f must be 1-D"),
        ([1, 2], [[1], [2]], r"^g must be 1-D"),
        (5, [1, 2], r"^f must be 1-D"),
        ([1, 2], np.float64(2.0), r"^g must be 1-D"),
        ([1, np.nan], [1, 2], r"^f must be finite"),
        ([1, 2], [np.inf, 1], r"^g must be finite"),
        ([1, 2], [1, -np.inf], r"^g must be finite"),
        ([complex(1, np.nan)], [1], r"^f must be finite"),
    ],
)
def test_convolve_rejects_bad_values(f, g, message):
    with pytest.raises(ValueError, match=message):
        convolve(f, g)


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("bad", [np.nan, np.inf, -np.inf])
def test_convolve_refuses_non_finite_values_at_either_end(bad, mode, method):
    for position in (0, -1):
        values = np.ones(7)
        values[position] = bad
        with pytest.raises(ValueError, match=rf"^f must be finite, but f\[{position % 7}\] is"):
            convolve(values, [1.0, 2.0, 3.0], mode=mode, method=method)
        with pytest.raises(ValueError, match=rf"^g must be finite, but g\[{position % 7}\] is"):
            convolve([1.0, 2.0, 3.0], values, mode=mode, method=method)


def test_convolve_checks_its_inputs_before_computing(monkeypatch):
    def no_work(*args, **kwargs):
        raise AssertionError("computed a convolution of an input it should have refused")

    monkeypatch.setattr(convolution.np, "convolve", no_work)
    monkeypatch.setattr(convolution, "_fft_convolve", no_work)
    for method in ("direct", "fft", "auto"):
        with pytest.raises(ValueError, match=r"^g must be finite"):
            convolve(np.ones(5000), [1.0, np.nan], method=method)


@pytest.mark.parametrize("mode", ["FULL", "Same", "circular", "", None, 0])
def test_convolve_rejects_unknown_mode(mode):
    with pytest.raises(ValueError, match=r"^mode must be one of"):
        convolve([1, 2], [3, 4], mode=mode)


@pytest.mark.parametrize(
    ("f", "g", "message"),
    [
        ("123", [1], r"^f must hold numbers"),
        (["1", "2"], [1], r"^f must hold numbers"),
        ([1, 2], ["a"], r"^g must hold numbers"),
        (None, [1], r"^f must hold numbers"),
        ([1], None, r"^g must hold numbers"),
        ([1, None], [1], r"^f must hold numbers"),
        (np.array([1, 2], dtype=object), [1], r"^f must hold numbers"),
        ([True, False], [1, 2], r"^f must hold numbers"),
        ([1, 2], np.array([True]), r"^g must hold numbers"),
    ],
)
def test_convolve_rejects_non_numbers(f, g, message):
    with pytest.raises(TypeError, match=message):
        convolve(f, g)


# --------------------------------------------------------------------------
# Distribution: construction and properties
# --------------------------------------------------------------------------


def test_distribution_stores_probs_start_and_support():
    d = Distribution([0.2, 0.3, 0.5], start=-1)
    assert d.start == -1
    np.testing.assert_array_equal(d.probs, [0.2, 0.3, 0.5])
    assert d.probs.dtype == np.float64
    np.testing.assert_array_equal(d.support, [-1, 0, 1])


def test_distribution_default_start_is_zero():
    assert Distribution([1.0]).start == 0


def test_distribution_accepts_integer_probs_and_numpy_integer_start():
    d = Distribution([0, 1, 0], start=np.int64(3))
    assert d.start == 3 and type(d.start) is int
    assert d.probs.dtype == np.float64
    assert d.pmf(4) == 1.0


def test_distribution_probs_are_read_only():
    d = Distribution([0.5, 0.5])
    with pytest.raises(ValueError):
        d.probs[0] = 1.0


def test_distribution_copies_its_input():
    probs = np.array([0.25, 0.75])
    d = Distribution(probs)
    probs[0] = 99.0
    np.testing.assert_array_equal(d.probs, [0.25, 0.75])


def test_distribution_mean_and_var_by_hand():
    # Values 1, 2, 3 with probs 0.2, 0.3, 0.5: mean 2.3, E[X^2] = 5.9.
    d = Distribution([0.2, 0.3, 0.5], start=1)
    assert d.mean == pytest.approx(2.3, abs=1e-14)
    assert d.var == pytest.approx(5.9 - 2.3**2, abs=1e-14)


def test_distribution_repr_round_trips():
    d = Distribution([0.25, 0.75], start=-3)
    assert repr(d) == "Distribution([0.25, 0.75], start=-3)"
    again = eval(repr(d), {"Distribution": Distribution})
    assert again.start == d.start
    np.testing.assert_array_equal(again.probs, d.probs)


@pytest.mark.parametrize("error", [1e-12, -1e-12, 0.5 * SUM_TOLERANCE])
def test_distribution_accepts_a_sum_within_tolerance(error):
    d = Distribution([0.5, 0.5 + error])
    assert d.probs.sum() == pytest.approx(1 + error, abs=1e-15)


# --------------------------------------------------------------------------
# Distribution: the dice, binomial and Poisson oracles
# --------------------------------------------------------------------------


def test_two_fair_dice():
    die = Distribution([1 / 6] * 6, start=1)
    two = die.convolve(die)
    assert two.start == 2
    np.testing.assert_array_equal(two.support, np.arange(2, 13))
    for total in range(2, 13):
        ways = min(total - 1, 13 - total)
        assert abs(two.pmf(total) - ways / 36) <= 1e-15, total
    assert two.pmf(7) == pytest.approx(6 / 36, abs=1e-15)
    assert two.mean == pytest.approx(7.0, abs=1e-12)
    assert two.var == pytest.approx(35 / 6, abs=1e-12)
    assert two.pmf(1) == 0.0 and two.pmf(13) == 0.0


@pytest.mark.parametrize("p", [0.1, 0.5, 0.73])
@pytest.mark.parametrize("n", [1, 2, 5, 12])
def test_binomial_as_repeated_bernoulli(n, p):
    bernoulli = Distribution([1 - p, p])
    total = bernoulli
    for _ in range(n - 1):
        total = total.convolve(bernoulli)
    assert total.start == 0
    assert len(total.probs) == n + 1
    for k in range(n + 1):
        expected = math.comb(n, k) * p**k * (1 - p) ** (n - k)
        assert total.pmf(k) == pytest.approx(expected, abs=1e-12), k
    assert total.mean == pytest.approx(n * p, abs=1e-12)
    assert total.var == pytest.approx(n * p * (1 - p), abs=1e-12)


def truncated_poisson(lam, last):
    """Poisson(lam) on 0..last, renormalised; the dropped tail must be < 1e-12."""
    assert poisson.sf(last, lam) < 1e-12
    probs = poisson.pmf(np.arange(last + 1), lam)
    return Distribution(probs / probs.sum())


@pytest.mark.parametrize(("lam1", "lam2"), [(2.0, 3.5), (0.5, 0.5), (4.0, 1.25)])
def test_poisson_sum_is_poisson(lam1, lam2):
    total = truncated_poisson(lam1, 40).convolve(truncated_poisson(lam2, 40))
    assert total.start == 0
    ks = np.arange(20)
    np.testing.assert_allclose(total.pmf(ks), poisson.pmf(ks, lam1 + lam2), rtol=0, atol=1e-9)
    assert total.mean == pytest.approx(lam1 + lam2, abs=1e-9)
    assert total.var == pytest.approx(lam1 + lam2, abs=1e-9)


# --------------------------------------------------------------------------
# Distribution: pmf
# --------------------------------------------------------------------------


@pytest.fixture
def step():
    return Distribution([0.1, 0.2, 0.3, 0.4], start=-1)


def test_pmf_inside_support(step):
    assert step.pmf(-1) == 0.1
    assert step.pmf(0) == 0.2
    assert step.pmf(2) == 0.4
    assert type(step.pmf(0)) is float


@pytest.mark.parametrize("x", [-100, -2, 3, 4, 10**9])
def test_pmf_outside_support_is_zero(step, x):
    assert step.pmf(x) == 0.0
    assert type(step.pmf(x)) is float


def test_pmf_of_array_keeps_shape(step):
    result = step.pmf([[-2, -1, 0], [1, 2, 3]])
    assert isinstance(result, np.ndarray)
    np.testing.assert_array_equal(result, [[0, 0.1, 0.2], [0.3, 0.4, 0]])


def test_pmf_of_list_and_empty_list(step):
    np.testing.assert_array_equal(step.pmf([2, -1, 5]), [0.4, 0.1, 0.0])
    assert step.pmf([]).shape == (0,)


def test_pmf_accepts_integral_floats_and_numpy_integers(step):
    assert step.pmf(1.0) == 0.3
    assert step.pmf(-1.0) == 0.1
    assert step.pmf(np.int32(2)) == 0.4
    assert step.pmf(np.uint8(1)) == 0.3
    np.testing.assert_array_equal(step.pmf(np.array([0.0, 2.0, 7.0])), [0.2, 0.4, 0.0])


@pytest.mark.parametrize("x", ["1", ["0", "1"], True, np.array([True]), None, 1j])
def test_pmf_rejects_non_integers_with_type_error(step, x):
    with pytest.raises(TypeError, match=r"^x must hold integers"):
        step.pmf(x)


@pytest.mark.parametrize("x", [1.5, [0, 0.5], -0.25])
def test_pmf_rejects_non_integral_floats(step, x):
    with pytest.raises(ValueError, match=r"^x must hold integers"):
        step.pmf(x)


@pytest.mark.parametrize("x", [np.nan, np.inf, [0, -np.inf]])
def test_pmf_rejects_nan_and_infinity(step, x):
    with pytest.raises(ValueError, match=r"^x must be finite"):
        step.pmf(x)


def test_pmf_of_huge_integral_floats_is_zero_not_a_wrapped_index(step):
    assert step.pmf([1e30, -1e30]).tolist() == [0.0, 0.0]


# --------------------------------------------------------------------------
# Distribution: reversed
# --------------------------------------------------------------------------


def test_reversed_mirrors_about_zero(step):
    back = step.reversed()
    assert back.start == -2
    np.testing.assert_array_equal(back.probs, [0.4, 0.3, 0.2, 0.1])
    for x in range(-5, 6):
        assert back.pmf(-x) == step.pmf(x)


def test_reversed_negates_mean_and_keeps_variance(step):
    back = step.reversed()
    assert back.mean == pytest.approx(-step.mean, abs=1e-14)
    assert back.var == pytest.approx(step.var, abs=1e-14)


def test_reversed_twice_is_the_original(step):
    twice = step.reversed().reversed()
    assert twice.start == step.start
    np.testing.assert_array_equal(twice.probs, step.probs)


def test_reversed_of_a_point_mass():
    back = Distribution([1.0], start=7).reversed()
    assert back.start == -7
    assert back.pmf(-7) == 1.0


@PROPERTY
@given(distributions())
def test_property_reversed(d):
    back = d.reversed()
    assert back.start == -(d.start + len(d.probs) - 1)
    np.testing.assert_array_equal(back.probs, d.probs[::-1])
    assert back.mean == pytest.approx(-d.mean, rel=1e-12, abs=1e-12)
    assert back.var == pytest.approx(d.var, rel=1e-9, abs=1e-12)
    again = back.reversed()
    assert again.start == d.start
    np.testing.assert_array_equal(again.probs, d.probs)


# --------------------------------------------------------------------------
# Distribution: convolve
# --------------------------------------------------------------------------


def test_distribution_convolve_of_coins():
    coin = Distribution([0.5, 0.5])
    np.testing.assert_array_equal(coin.convolve(coin).probs, [0.25, 0.5, 0.25])


def test_distribution_convolve_adds_starts():
    a = Distribution([0.5, 0.5], start=-3)
    b = Distribution([0.25, 0.75], start=10)
    total = a.convolve(b)
    assert total.start == 7
    np.testing.assert_allclose(total.probs, [0.125, 0.5, 0.375], rtol=0, atol=1e-16)


def test_distribution_convolve_accepts_sums_at_the_tolerance_edge():
    """Two accepted distributions must convolve, though their masses multiply."""
    near = Distribution([0.5, 0.5 + 0.9 * SUM_TOLERANCE])
    total = near
    for _ in range(10):
        total = total.convolve(near)
    assert total.probs.sum() == pytest.approx(1.0, abs=SUM_TOLERANCE)
    assert total.mean == pytest.approx(11 * 0.5, abs=1e-7)


@pytest.mark.parametrize("other", [[0.5, 0.5], np.array([1.0]), None, 3, "coin"])
def test_distribution_convolve_rejects_non_distributions(other):
    coin = Distribution([0.5, 0.5])
    with pytest.raises(TypeError, match=r"^other must be a Distribution"):
        coin.convolve(other)


@PROPERTY
@given(distributions(), distributions())
def test_property_distribution_convolve_adds_means_variances_starts(x, y):
    total = x.convolve(y)
    assert total.start == x.start + y.start
    assert len(total.probs) == len(x.probs) + len(y.probs) - 1
    assert total.probs.sum() == pytest.approx(1.0, abs=1e-12)
    assert total.mean == pytest.approx(x.mean + y.mean, rel=1e-9, abs=1e-9)
    assert total.var == pytest.approx(x.var + y.var, rel=1e-9, abs=1e-9)


@PROPERTY
@given(distributions(), distributions())
def test_property_distribution_convolve_commutes(x, y):
    xy, yx = x.convolve(y), y.convolve(x)
    assert xy.start == yx.start
    np.testing.assert_allclose(xy.probs, yx.probs, rtol=0, atol=1e-15)


@PROPERTY
@given(distributions(), distributions())
def test_property_distribution_convolve_is_pmf_sum(x, y):
    """P(X+Y = c) = sum_a P(X = a) P(Y = c - a), straight from the definition."""
    total = x.convolve(y)
    for c in range(total.start - 1, total.start + len(total.probs) + 1):
        expected = sum(x.pmf(a) * y.pmf(c - a) for a in x.support)
        assert total.pmf(c) == pytest.approx(expected, abs=1e-14)


# --------------------------------------------------------------------------
# Distribution: bad input
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("probs", "message"),
    [
        ([0.5, -0.1, 0.6], r"^probs must be non-negative"),
        ([-1e-300, 1.0], r"^probs must be non-negative"),
        ([0.4, 0.5], r"^probs must sum to 1"),
        ([0.5, 0.5 + 1e-6], r"^probs must sum to 1"),
        ([0.5, 0.5 - 1e-6], r"^probs must sum to 1"),
        ([0.5, 0.5 + 2 * SUM_TOLERANCE], r"^probs must sum to 1"),
        ([1, 1], r"^probs must sum to 1"),
        ([], r"^probs must not be empty"),
        ([[0.5, 0.5]], r"^probs must be 1-D"),
        (1.0, r"^probs must be 1-D"),
        ([np.nan, 1.0], r"^probs must be finite"),
        ([np.inf, 0.0], r"^probs must be finite"),
    ],
)
def test_distribution_rejects_bad_probs(probs, message):
    with pytest.raises(ValueError, match=message):
        Distribution(probs)


@pytest.mark.parametrize(
    ("probs", "message"),
    [
        ([0.5 + 0j, 0.5], r"^probs must hold real numbers"),
        ([0.5j, 0.5], r"^probs must hold real numbers"),
        (["0.5", "0.5"], r"^probs must hold numbers"),
        ([True], r"^probs must hold numbers"),
        (None, r"^probs must hold numbers"),
        ([0.5, None, 0.5], r"^probs must hold numbers"),
    ],
)
def test_distribution_rejects_non_real_probs(probs, message):
    with pytest.raises(TypeError, match=message):
        Distribution(probs)


@pytest.mark.parametrize("start", [1.5, 2.0, "0", True, False, None, np.bool_(True)])
def test_distribution_rejects_non_integer_start(start):
    with pytest.raises(TypeError, match=r"^start must be an integer"):
        Distribution([1.0], start=start)


# --------------------------------------------------------------------------
# Distribution: sample
# --------------------------------------------------------------------------


def test_sample_is_reproducible_with_a_seed(step):
    first = step.sample(1000, rng=123)
    np.testing.assert_array_equal(first, step.sample(1000, rng=123))
    assert not np.array_equal(first, step.sample(1000, rng=124))


def test_sample_values_lie_in_the_support(step):
    draws = step.sample(5000, rng=0)
    assert draws.shape == (5000,)
    assert draws.dtype.kind == "i"
    assert set(np.unique(draws)) == {-1, 0, 1, 2}


def test_sample_never_draws_zero_probability_values():
    d = Distribution([0.5, 0.0, 0.5], start=10)
    assert set(np.unique(d.sample(2000, rng=3))) == {10, 12}


def test_sample_point_mass():
    np.testing.assert_array_equal(Distribution([1.0], start=4).sample(3, rng=0), [4, 4, 4])


def test_sample_of_zero_draws_is_empty(step):
    assert step.sample(0, rng=0).shape == (0,)


def test_sample_frequencies_match_probs():
    n = 100_000
    d = Distribution([0.05, 0.15, 0.40, 0.25, 0.15], start=-2)
    draws = d.sample(n, rng=2024)
    for x, p in zip(d.support, d.probs, strict=True):
        frequency = np.count_nonzero(draws == x) / n
        assert abs(frequency - p) < 5 * math.sqrt(p * (1 - p) / n), x


def test_sample_with_a_generator(step):
    from_seed = step.sample(500, rng=42)
    generator = np.random.default_rng(42)
    from_generator = step.sample(500, rng=generator)
    np.testing.assert_array_equal(from_generator, from_seed)
    # The generator's state advanced, so the next draws differ.
    assert not np.array_equal(step.sample(500, rng=generator), from_seed)


def test_sample_accepts_numpy_integer_n(step):
    assert step.sample(np.int64(7), rng=0).shape == (7,)


@pytest.mark.parametrize("n", [-1, -100])
def test_sample_rejects_negative_n(step, n):
    with pytest.raises(ValueError, match=r"^n must be zero or more"):
        step.sample(n)


@pytest.mark.parametrize("n", [2.5, 3.0, "3", True, None])
def test_sample_rejects_non_integer_n(step, n):
    with pytest.raises(TypeError, match=r"^n must be an integer"):
        step.sample(n)


# --------------------------------------------------------------------------
# The running example of ball.py
# --------------------------------------------------------------------------


def test_ball_distributions():
    assert ball.f.start == -2 and ball.g.start == -1
    assert ball.c == 3
    assert ball.f.probs.sum() == pytest.approx(1.0, abs=1e-15)
    assert ball.g.probs.sum() == pytest.approx(1.0, abs=1e-15)


def test_ball_total_distance_three():
    f, g, c = ball.f, ball.g, ball.c
    total = f.convolve(g)
    by_hand = f.pmf(2) * g.pmf(1) + f.pmf(1) * g.pmf(2) + f.pmf(0) * g.pmf(3)
    assert by_hand == pytest.approx(0.15 * 0.25 + 0.25 * 0.15 + 0.40 * 0.10, abs=1e-15)
    assert total.pmf(c) == pytest.approx(0.115, abs=1e-12)
    assert total.pmf(c) == pytest.approx(by_hand, abs=1e-15)
    every_split = sum(f.pmf(a) * g.pmf(c - a) for a in range(-10, 11))
    assert total.pmf(c) == pytest.approx(every_split, abs=1e-15)
