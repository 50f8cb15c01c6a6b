"""Integer inputs: an exact int64 result, or a ValueError, never a wrapped or rounded one.

The oracle is Python's own integer arithmetic, which never overflows.
"""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conv_examples.convolution import convolve, convolve2d

METHODS = ("direct", "fft", "auto")
INT64_MAX = 2**63 - 1
INTEGER_DTYPES = [
    np.int8,
    np.int16,
    np.int32,
    np.int64,
    np.uint8,
    np.uint16,
    np.uint32,
    np.uint64,
]


def exact_convolution(f, g):
    """The full convolution in Python integers, straight from the definition."""
    f, g = [int(v) for v in f], [int(v) for v in g]
    return [
        sum(f[a] * g[c - a] for a in range(len(f)) if 0 <= c - a < len(g))
        for c in range(len(f) + len(g) - 1)
    ]


def documented_bound(f, g):
    """The bound the docstring promises to check: min(Σ|f|·max|g|, max|f|·Σ|g|)."""
    f, g = [abs(int(v)) for v in f], [abs(int(v)) for v in g]
    return min(sum(f) * max(g), max(f) * sum(g))


def assert_exact_or_refused(f, g, method):
    """The result is the exact one in int64, or refused exactly when the bound says so."""
    if documented_bound(f, g) > INT64_MAX:
        with pytest.raises(ValueError, match="too large"):
            convolve(f, g, method=method)
        return
    result = convolve(f, g, method=method)
    assert result.dtype == np.int64
    assert result.tolist() == exact_convolution(f, g)


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("dtype", [np.int64, np.uint64])
def test_integers_beyond_float_precision_stay_exact(dtype, method):
    """2**53 + 1 is no float64: a float detour would return 2**53."""
    big = 2**53 + 1
    for g in ([1], np.array([1], dtype=np.uint64), np.array([1, 2], dtype=dtype)):
        result = convolve(np.array([big], dtype=dtype), g, method=method)
        assert result.dtype == np.int64
        assert result.tolist() == exact_convolution([big], g)


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("second", INTEGER_DTYPES)
@pytest.mark.parametrize("first", INTEGER_DTYPES)
def test_every_pair_of_integer_dtypes_at_their_extremes(first, second, method):
    """Each type's extremes meet each other type's: exact, or refused when too large."""

    def extremes(dtype):
        info = np.iinfo(dtype)
        # uint64 values above int64's range are refused on their own (next test).
        return np.array([max(info.min, -INT64_MAX - 1), min(info.max, INT64_MAX), 0, 1], dtype)

    f, g = extremes(first), extremes(second)
    assert_exact_or_refused(f, g, method)
    assert_exact_or_refused(f[1:2], g[3:4], method)
    assert_exact_or_refused(f[:1], g[3:4], method)


@pytest.mark.parametrize("method", METHODS)
def test_uint64_beyond_int64_is_refused_naming_the_argument(method):
    huge = np.array([2**63, 1], dtype=np.uint64)
    with pytest.raises(ValueError, match=r"^f holds 9223372036854775808"):
        convolve(huge, [1], method=method)
    with pytest.raises(ValueError, match=r"^g holds 18446744073709551615"):
        convolve([1], np.array([2**64 - 1], dtype=np.uint64), method=method)
    with pytest.raises(ValueError, match=r"^kernel holds 9223372036854775808"):
        convolve2d([[1]], huge[None, :], method=method)


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize(
    ("f", "g"),
    [
        # np.abs(-2**63) overflows to -2**63: a bound taken with it passed, and wrapped.
        ([-(2**63)], [-1]),
        ([-(2**63)], [1, 1]),
        ([2**62, 2**62], [1, 1]),
        ([2**62, 1], [2]),
        ([2**31, -(2**31)], [2**32]),
        ([INT64_MAX], [2]),
        ([INT64_MAX, 1], [1, 1]),
    ],
)
def test_results_beyond_int64_are_refused(f, g, method):
    with pytest.raises(ValueError, match="too large"):
        convolve(f, g, method=method)
    with pytest.raises(ValueError, match="too large"):
        convolve(g, f, method=method)
    with pytest.raises(ValueError, match="too large"):
        convolve2d([f], [g], method=method)


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize(
    ("f", "g"),
    [
        ([INT64_MAX], [1]),
        ([-INT64_MAX], [-1]),
        ([-INT64_MAX, 0, INT64_MAX], [1]),
        ([2**62, 2**62 - 1], [1, 1]),
        ([2**62, 2**62], [1]),
        ([2**31, -(2**31)], [2**31 - 1, 1]),
        ([3037000499], [3037000499]),
    ],
)
def test_results_at_the_edge_of_int64_are_exact(f, g, method):
    expected = exact_convolution(f, g)
    assert max(abs(v) for v in expected) <= INT64_MAX
    for first, second in ((f, g), (g, f)):
        result = convolve(first, second, method=method)
        assert result.dtype == np.int64
        assert result.tolist() == expected
    result = convolve2d([f], [g], method=method)
    assert result.dtype == np.int64
    assert result.tolist() == [expected]


near_the_edge = st.one_of(
    st.integers(-(2**63), INT64_MAX),
    st.sampled_from([-(2**63), -INT64_MAX, -(2**62), 2**62, INT64_MAX, 2**32, 2**31 - 1]),
    st.integers(-3, 3),
)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(near_the_edge, min_size=1, max_size=4),
    st.lists(near_the_edge, min_size=1, max_size=4),
    st.sampled_from(METHODS),
)
def test_property_large_integers_are_exact_or_refused(f, g, method):
    assert_exact_or_refused(np.array(f, dtype=np.int64), np.array(g, dtype=np.int64), method)


def test_small_integer_types_are_widened_not_wrapped():
    result = convolve(np.array([200, 100], dtype=np.uint8), np.array([2], dtype=np.uint8))
    assert result.tolist() == [400, 200]
    assert result.dtype == np.int64
