"""Discrete convolution: the one piece of math behind every figure on the site.

The module depends on numpy alone. It offers

* :func:`convolve`, the convolution of two 1-D sequences;
* :class:`Distribution`, a probability distribution over consecutive integers,
  whose :meth:`Distribution.convolve` is the distribution of a sum of two
  independent draws.

Every public function checks its input at the boundary and raises a
``ValueError`` or ``TypeError`` that names the argument at fault, so bad input
never turns into a silently wrong answer.
"""

import numbers

import numpy as np

__all__ = ["convolve", "Distribution"]

MODES = ("full", "same", "valid")
SUM_TOLERANCE = 1e-9


def _as_sequence(values, name):
    """Return *values* as a finite, non-empty 1-D numeric array, or raise."""
    array = np.asarray(values)
    if array.dtype.kind not in "iufc":
        raise TypeError(
            f"{name} must hold numbers (integers, floats or complex), "
            f"got an array of dtype {array.dtype}"
        )
    if array.ndim != 1:
        raise ValueError(f"{name} must be 1-D, got an array of shape {array.shape}")
    if array.size == 0:
        raise ValueError(f"{name} must not be empty")
    if not np.all(np.isfinite(array)):
        raise ValueError(f"{name} must be finite, but it holds NaN or infinity")
    return array


def _check_mode(mode):
    if mode not in MODES:
        raise ValueError(
            f"mode must be one of 'full', 'same' or 'valid', got {mode!r}"
        )


def _trim(full, n, m, mode):
    """Cut the full convolution of lengths *n* and *m* down to *mode*."""
    longest, shortest = max(n, m), min(n, m)
    if mode == "same":
        start = (shortest - 1) // 2
        return full[start : start + longest]
    if mode == "valid":
        return full[shortest - 1 : longest]
    return full


def convolve(f, g, mode="full"):
    r"""Convolve two 1-D sequences.

    Parameters
    ----------
    f : (N,) array_like
        First sequence, read as the values f(0), f(1), ..., f(N-1).
    g : (M,) array_like
        Second sequence, read as g(0), g(1), ..., g(M-1).
    mode : {'full', 'same', 'valid'}, optional
        How much of the result to return:

        * ``'full'`` (default): every c where a term is non-zero, length N+M-1.
        * ``'same'``: the centre of the full result, length max(N, M).
        * ``'valid'``: only the c where one sequence lies wholly inside the
          other, length max(N, M) - min(N, M) + 1.

    Returns
    -------
    ndarray
        The convolution f∗g. Integer inputs give an exact integer result.
        Same values and length as :func:`numpy.convolve`.

    Raises
    ------
    TypeError
        If f or g holds something other than numbers.
    ValueError
        If f or g is empty, not 1-D, or holds NaN or infinity, or if mode is
        not one of the three above.

    Notes
    -----
    The full convolution is

    .. math:: (f \ast g)(c) = \sum_a f(a)\, g(c - a),

    the sum over every way of splitting c into a + b. It is computed as the
    definition reads: each value f(a) adds a copy of g, shifted by a and
    scaled by f(a).

    Examples
    --------
    Two sequences of ones count the ways to split each total:

    >>> convolve([1, 1, 1], [1, 1])
    array([1, 2, 2, 1])

    ``'same'`` keeps the centre, as long as the longer input:

    >>> convolve([1, 2, 3], [0, 1, 0.5], mode="same")
    array([1. , 2.5, 4. ])
    """
    f = _as_sequence(f, "f")
    g = _as_sequence(g, "g")
    _check_mode(mode)
    n, m = len(f), len(g)
    # Loop over the shorter sequence so the Python loop stays short.
    longer, shorter = (f, g) if n >= m else (g, f)
    full = np.zeros(n + m - 1, dtype=np.result_type(f, g))
    for a, weight in enumerate(shorter):
        full[a : a + len(longer)] += weight * longer
    return _trim(full, n, m, mode)


def _as_integer(value, name):
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise TypeError(f"{name} must be an integer, got {value!r}")
    return int(value)


class Distribution:
    r"""A probability distribution over consecutive integers.

    Parameters
    ----------
    probs : (N,) array_like
        Probabilities of the integers start, start+1, ..., start+N-1. They
        must be non-negative and sum to 1 within 1e-9; nothing is renormalised.
    start : int, optional
        The smallest integer of the support. Default 0.

    Raises
    ------
    TypeError
        If probs holds something other than real numbers, or start is not an
        integer.
    ValueError
        If probs is empty, not 1-D, holds NaN, infinity or a negative value, or
        does not sum to 1.

    Notes
    -----
    If X has this distribution and Y, independent of X, has another, then X+Y
    has their convolution:

    .. math:: P(X + Y = c) = \sum_a P(X = a)\, P(Y = c - a).

    Examples
    --------
    One fair die, then the total of two:

    >>> die = Distribution([1/6] * 6, start=1)
    >>> two_dice = die.convolve(die)
    >>> two_dice.start, len(two_dice.probs)
    (2, 11)
    >>> round(two_dice.pmf(7) * 36)
    6
    >>> round(two_dice.mean, 12)
    7.0
    """

    def __init__(self, probs, start=0):
        probs = _as_sequence(probs, "probs")
        if probs.dtype.kind == "c":
            raise TypeError("probs must hold real numbers, got complex values")
        if np.any(probs < 0):
            raise ValueError(
                f"probs must be non-negative, got {probs.min()!r} "
                f"at index {int(np.argmin(probs))}"
            )
        total = probs.sum()
        if abs(total - 1) > SUM_TOLERANCE:
            raise ValueError(
                f"probs must sum to 1 (within {SUM_TOLERANCE:g}), "
                f"got a sum of {total!r}"
            )
        self._probs = probs.astype(float)
        self._probs.flags.writeable = False
        self._start = _as_integer(start, "start")

    @property
    def probs(self):
        """Probabilities of the support, as a read-only array."""
        return self._probs

    @property
    def start(self):
        """The smallest integer of the support."""
        return self._start

    @property
    def support(self):
        """The integers start, start+1, ..., as an array."""
        return np.arange(self._start, self._start + len(self._probs))

    @property
    def mean(self):
        """The expected value, Σ x·p(x)."""
        return float(np.dot(self.support, self._probs))

    @property
    def var(self):
        """The variance, Σ (x − mean)²·p(x)."""
        return float(np.dot((self.support - self.mean) ** 2, self._probs))

    def pmf(self, x):
        """Probability of the integer(s) *x*; 0 outside the support.

        Parameters
        ----------
        x : int or array_like of int
            Integers, or floats with integral values.

        Returns
        -------
        float or ndarray
            A float for a scalar x, otherwise an array shaped like x.

        Examples
        --------
        >>> coin = Distribution([0.5, 0.5])
        >>> coin.pmf([-1, 0, 1, 2])
        array([0. , 0.5, 0.5, 0. ])
        """
        values = np.asarray(x)
        if values.dtype.kind not in "iuf":
            raise TypeError(f"x must hold integers, got dtype {values.dtype}")
        if values.dtype.kind == "f" and not np.all(values == np.round(values)):
            raise ValueError("x must hold integers, got a non-integral value")
        index = values.astype(np.int64) - self._start
        inside = (index >= 0) & (index < len(self._probs))
        result = np.where(inside, self._probs[np.where(inside, index, 0)], 0.0)
        return float(result) if result.ndim == 0 else result

    def convolve(self, other):
        """The distribution of X + Y for independent X ~ self and Y ~ other.

        Its support starts at ``self.start + other.start``.

        Examples
        --------
        >>> coin = Distribution([0.5, 0.5])
        >>> coin.convolve(coin).probs
        array([0.25, 0.5 , 0.25])
        """
        if not isinstance(other, Distribution):
            raise TypeError(
                f"other must be a Distribution, got {type(other).__name__}"
            )
        return Distribution(
            convolve(self._probs, other._probs), self._start + other._start
        )

    def reversed(self):
        """The distribution of −X: the same probabilities, mirrored about 0.

        Examples
        --------
        >>> step = Distribution([0.25, 0.75], start=1)
        >>> back = step.reversed()
        >>> back.start, back.pmf(-2)
        (-2, 0.75)
        """
        return Distribution(self._probs[::-1], -(self._start + len(self._probs) - 1))

    def sample(self, n, rng=None):
        """Draw *n* independent integers from the distribution.

        Parameters
        ----------
        n : int
            How many draws; zero or more.
        rng : None, int or numpy.random.Generator, optional
            A seed or a generator, passed to :func:`numpy.random.default_rng`.

        Examples
        --------
        >>> sure = Distribution([1.0], start=4)
        >>> sure.sample(3, rng=0)
        array([4, 4, 4])
        """
        n = _as_integer(n, "n")
        if n < 0:
            raise ValueError(f"n must be zero or more, got {n}")
        rng = np.random.default_rng(rng)
        return self._start + rng.choice(len(self._probs), size=n, p=self._probs)

    def __repr__(self):
        return f"Distribution({self._probs.tolist()!r}, start={self._start})"
