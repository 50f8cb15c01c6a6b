"""Discrete convolution: the one piece of math behind every figure on the site.

The module depends on numpy alone. It offers

* :func:`convolve`, the convolution of two 1-D sequences;
* :func:`convolve2d`, the convolution of two 2-D arrays, such as an image and
  a kernel;
* :class:`Distribution`, a probability distribution over consecutive integers,
  whose :meth:`Distribution.convolve` is the distribution of a sum of two
  independent draws.

Every public function checks its input at the boundary and raises a
``ValueError`` or ``TypeError`` that names the argument at fault, so bad input
never turns into a silently wrong answer.
"""

import functools
import math
import numbers

import numpy as np

__all__ = ["convolve", "convolve2d", "Distribution"]

MODES = ("full", "same", "valid")
METHODS = ("auto", "direct", "fft")
SUM_TOLERANCE = 1e-9
# Integer convolutions are computed, exactly, in int64.
INT64_MAX = 2**63 - 1

# The cost model that picks a method for ``method="auto"``, in seconds by
# number of dimensions, calibrated with ``make bench`` on a 2-core x86_64
# machine: one multiply-add of the direct sum (numpy's C loop in 1-D, one
# array operation per kernel entry in 2-D, which also costs SHIFT_COST), and
# one unit of L·log2(L) for the three real FFTs of L values in all, plus
# their fixed cost.
DIRECT_COST = {1: 1.2e-10, 2: 9e-10}
SHIFT_COST = 2e-6
FFT_COST = {1: 2.4e-9, 2: 1.0e-9}
FFT_OVERHEAD = {1: 15e-6, 2: 35e-6}
# Inputs with at most this many products (N·M) always take the direct sum
# under "auto", whatever the calibration: the FFT could save some tens of
# microseconds at most, and the direct sum keeps the exact zeros that the
# figures print (FFT round-off would show as 1e-17 where 0 belongs).
ALWAYS_DIRECT_PRODUCTS = 1024


def _as_array(values, name, ndim=1):
    """Return *values* as a non-empty, finite numeric array of *ndim* dimensions.

    Everything is checked here, before any work, so that a NaN or an infinity
    is refused even where a mode would crop away every output it reaches.
    """
    array = np.asarray(values)
    kind = array.dtype.kind
    if kind not in "iufc":
        raise TypeError(
            f"{name} must hold numbers (integers, floats or complex), "
            f"got an array of dtype {array.dtype}"
        )
    if array.ndim != ndim:
        raise ValueError(f"{name} must be {ndim}-D, got an array of shape {array.shape}")
    if array.size == 0:
        raise ValueError(f"{name} must not be empty, got shape {array.shape}")
    if kind in "fc" and not _all_finite(array):
        index = tuple(int(i) for i in np.argwhere(~np.isfinite(array))[0])
        raise ValueError(
            f"{name} must be finite, but {name}[{', '.join(map(str, index))}] is {array[index]}"
        )
    if kind == "u" and array.dtype.itemsize == 8 and array.max() > INT64_MAX:
        raise ValueError(
            f"{name} holds {array.max()}, beyond 64-bit signed integers, in which "
            "integer convolutions are computed; pass it as floats instead"
        )
    return array


def _all_finite(array):
    """True if no element is NaN or infinite.

    One dot product (fast, BLAS) screens the whole array: a NaN or an infinity
    anywhere makes it non-finite. Only then, since huge finite values can
    overflow it too, is every element checked.
    """
    flat = array.ravel()
    return bool(np.isfinite(np.vdot(flat, flat).real)) or bool(np.isfinite(array).all())


def _magnitude_bound(first, second):
    """min(Σ|f|·max|g|, max|f|·Σ|g|), which no value of f∗g exceeds in size.

    float64 gets it within far less than a factor of 2 (one rounding per value
    and per addition), so only an estimate near 2^63 is redone exactly, in
    Python integers. (numpy's abs is no help: it wraps at the int64 minimum.)
    """
    f, g = np.abs(first.astype(float)), np.abs(second.astype(float))
    estimate = float(min(f.sum() * g.max(), f.max() * g.sum()))
    if estimate < 2.0**62 or estimate >= 2.0**64:
        return estimate
    f = [abs(value) for value in first.ravel().tolist()]
    g = [abs(value) for value in second.ravel().tolist()]
    return min(sum(f) * max(g), max(f) * sum(g))


def _result_dtype(first, second):
    """The dtype of a convolution: integers widen to 64 bits, and must fit there.

    numpy keeps small integer types (``uint8`` from an image, say), whose sums
    wrap around silently, and turns uint64 with int64 into float64, which
    rounds beyond 2^53; this module computes every integer convolution exactly
    in int64 and refuses inputs whose result could exceed it.
    """
    if first.dtype.kind not in "iu" or second.dtype.kind not in "iu":
        return np.result_type(first, second)
    if _magnitude_bound(first, second) > INT64_MAX:
        raise ValueError(
            "the integer inputs are too large: their convolution could exceed "
            "64-bit integers; pass them as floats instead"
        )
    return np.dtype(np.int64)


def _check_mode(mode, method):
    if mode not in MODES:
        raise ValueError(f"mode must be one of 'full', 'same' or 'valid', got {mode!r}")
    if method not in METHODS:
        raise ValueError(f"method must be one of 'auto', 'direct' or 'fft', got {method!r}")


@functools.lru_cache(maxsize=256)
def _fast_length(n):
    """The smallest length of the form 2^a·3^b·5^c that holds *n* values.

    FFTs of such lengths are fast; padding to one costs far less than an FFT
    of an awkward length (a large prime, say).
    """
    best = 1 << (n - 1).bit_length()
    power_of_five = 1
    while power_of_five < best:
        candidate = power_of_five
        while candidate < best:
            length = candidate
            while length < n:
                length *= 2
            best = min(best, length)
            candidate *= 3
        power_of_five *= 5
    return best


def _fft_is_exact_for_integers(first, second, length):
    """True if rounding an FFT result gives the exact integer convolution.

    The FFT's round-off stays below about eps·(log2(L) + 1)·‖f‖·‖g‖ (the + 1
    for rounding the inputs to float64, all there is at L = 1); with a safety
    factor of 8 it must stay below 0.25 for rounding to recover every value.
    """
    norms = np.linalg.norm(first.astype(float)) * np.linalg.norm(second.astype(float))
    return 8 * np.finfo(float).eps * (math.log2(length) + 1) * norms < 0.25


def _use_fft(method, first, second, dtype, full_shape):
    """Whether to take the FFT path: asked for, or cheaper by the cost model.

    Integers whose exact result the FFT could miss always take the direct sum.
    """
    if method == "direct":
        return False
    ndim = first.ndim
    if ndim == 1:
        direct = DIRECT_COST[1] * first.size * second.size
    else:
        shifts = min(first.size, second.size)
        direct = shifts * (DIRECT_COST[2] * max(first.size, second.size) + SHIFT_COST)
    if method == "auto":
        if first.size * second.size <= ALWAYS_DIRECT_PRODUCTS:
            return False
        # Padding only lengthens the FFT: if even the unpadded one costs
        # more, skip sizing it (short kernels, small inputs).
        unpadded = math.prod(full_shape)
        if FFT_COST[ndim] * unpadded * math.log2(max(unpadded, 2)) + FFT_OVERHEAD[ndim] >= direct:
            return False
    size = math.prod(_fast_length(n) for n in full_shape)
    if dtype.kind in "iu" and not _fft_is_exact_for_integers(first, second, size):
        return False
    fft = FFT_COST[ndim] * size * math.log2(max(size, 2)) + FFT_OVERHEAD[ndim]
    return method == "fft" or fft < direct


def _fft_convolve(first, second, full_shape, dtype):
    """The full convolution through the FFT, padded to fast lengths."""
    fast_shape = [_fast_length(n) for n in full_shape]
    axes = tuple(range(len(full_shape)))
    if dtype.kind == "c":
        spectrum = np.fft.fftn(first, fast_shape, axes) * np.fft.fftn(second, fast_shape, axes)
        full = np.fft.ifftn(spectrum, fast_shape, axes=axes)
    else:
        spectrum = np.fft.rfftn(first, fast_shape, axes) * np.fft.rfftn(second, fast_shape, axes)
        full = np.fft.irfftn(spectrum, fast_shape, axes=axes)
    full = full[tuple(slice(0, n) for n in full_shape)]
    if dtype.kind in "iu":
        return np.rint(full).astype(dtype)
    return full.astype(dtype, copy=False)


def _trim(full, n, m, mode):
    """Cut the full convolution of lengths *n* and *m* down to *mode*."""
    longest, shortest = max(n, m), min(n, m)
    if mode == "same":
        start = (shortest - 1) // 2
        return full[start : start + longest]
    if mode == "valid":
        return full[shortest - 1 : longest]
    return full


def convolve(f, g, mode="full", method="auto"):
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
        * ``'same'``: the centre of the full result, length max(N, M), as
          in ``numpy.convolve``. :func:`convolve2d` follows scipy instead
          and keeps the shape of its first argument (see Examples).
        * ``'valid'``: only the c where one sequence lies wholly inside the
          other, length max(N, M) - min(N, M) + 1.
    method : {'auto', 'direct', 'fft'}, optional
        How to compute it: ``'direct'`` sums the products (numpy's C loop),
        ``'fft'`` multiplies Fourier transforms, padded to a fast length.
        ``'auto'`` (default) sums inputs of at most 1024 products (N·M)
        directly, so that their zeros stay exact, and otherwise picks the
        one a cost model expects to be faster. Integers whose exact result
        the FFT could miss always take the direct sum, even with ``'fft'``.

    Returns
    -------
    ndarray
        The convolution f∗g, with the values and length of
        ``numpy.convolve``. When both inputs hold integers, of any types
        from int8 to uint64, the result is exact, in int64, where numpy would
        wrap small types around and round uint64 with int64 to float64 (with
        a float input, the result is float, as in numpy). Inputs whose result
        could exceed int64, because min(Σ|f|·max|g|, max|f|·Σ|g|) > 2^63 − 1,
        are refused, and so are uint64 values above 2^63 − 1.

    Raises
    ------
    TypeError
        If f or g holds something other than numbers (booleans included).
    ValueError
        If f or g is empty, not 1-D, or holds NaN or infinity (checked before
        any work, whatever the mode); if mode or method is not one of those
        above; or if integer inputs are too large for their result to fit in
        int64, as stated under Returns.

    Notes
    -----
    The full convolution is

    .. math:: (f \ast g)(c) = \sum_a f(a)\, g(c - a),

    the sum over every way of splitting c into a + b: each value f(a) adds a
    copy of g, shifted by a and scaled by f(a). The direct sum costs N·M
    multiplications. By the convolution theorem the Fourier transform of f∗g
    is the product of those of f and g, so three FFTs of length L ≥ N+M-1
    give the same result in O(L log L) operations, with a round-off of about
    1e-16·log2(L)·‖f‖·‖g‖ (integers are then rounded, and only sent this way
    when that round-off cannot change them).

    Examples
    --------
    Two sequences of ones count the ways to split each total:

    >>> convolve([1, 1, 1], [1, 1])
    array([1, 2, 2, 1])

    ``'same'`` keeps the centre, as long as the longer input:

    >>> convolve([1, 2, 3], [0, 1, 0.5], mode="same")
    array([1. , 2.5, 4. ])

    That is numpy's rule. :func:`convolve2d` follows scipy's and keeps the
    shape of its first argument, even when the second is larger:

    >>> f = [1, 2, 3]
    >>> g = [1, 2, 3, 4, 5]
    >>> convolve(f, g, mode="same")
    array([ 4, 10, 16, 22, 22])
    >>> convolve2d([f], [g], mode="same")
    array([[10, 16, 22]])
    """
    f = _as_array(f, "f")
    g = _as_array(g, "g")
    _check_mode(mode, method)
    dtype = _result_dtype(f, g)
    f, g = f.astype(dtype, copy=False), g.astype(dtype, copy=False)
    full_shape = (len(f) + len(g) - 1,)
    if _use_fft(method, f, g, dtype, full_shape):
        return _trim(_fft_convolve(f, g, full_shape, dtype), len(f), len(g), mode)
    return np.convolve(f, g, mode=mode)


def convolve2d(image, kernel, mode="full", method="auto"):
    r"""Convolve two 2-D arrays, such as a grayscale image and a kernel.

    Parameters
    ----------
    image : (M1, M2) array_like
        The first array; a colour image is the caller's to split into channels.
    kernel : (N1, N2) array_like
        The second array.
    mode : {'full', 'same', 'valid'}, optional
        How much of the result to return, with zeros assumed outside both
        arrays:

        * ``'full'`` (default): shape (M1+N1-1, M2+N2-1).
        * ``'same'``: the centre of the full result, shaped like *image*, as
          in ``scipy.signal.convolve2d``, even when *kernel* is larger;
          :func:`convolve` follows numpy instead and keeps the length of
          the longer input (see Examples).
        * ``'valid'``: only where one array lies wholly inside the other,
          shape (abs(M1-N1)+1, abs(M2-N2)+1); one array must be at least as large
          as the other in both dimensions.
    method : {'auto', 'direct', 'fft'}, optional
        As for :func:`convolve`: ``'auto'`` sums small inputs (at most 1024
        products) directly, and takes the FFT when a cost model expects it
        to be faster, as it is for large kernels.

    Returns
    -------
    ndarray
        Same values and shape as ``scipy.signal.convolve2d`` with its
        default zero fill. Integer inputs give an exact result in int64, under
        the same rule as :func:`convolve`.

    Raises
    ------
    TypeError
        If image or kernel holds something other than numbers (booleans
        included).
    ValueError
        If image or kernel is empty, not 2-D, or holds NaN or infinity (checked
        before any work, whatever the mode); if mode or method is unknown; if
        mode is 'valid' and neither array fits inside the other; or if integer
        inputs are too large for their result to fit in int64.

    Notes
    -----
    .. math:: (f \ast g)(c_1, c_2) = \sum_{a_1} \sum_{a_2}
              f(a_1, a_2)\, g(c_1 - a_1, c_2 - a_2)

    Each entry of the smaller array adds a shifted, scaled copy of the
    larger one, exactly as :func:`convolve` does in one dimension.

    Examples
    --------
    Convolving with a single 1 shifts the image by that 1's position:

    >>> convolve2d([[1, 2], [3, 4]], [[0, 1]])
    array([[0, 1, 2],
           [0, 3, 4]])

    A 3 × 3 box of ninths averages each pixel with its neighbours:

    >>> convolve2d([[9, 9, 9], [9, 9, 9], [9, 9, 9]], [[1/9] * 3] * 3, mode="valid")
    array([[9.]])

    ``'same'`` follows scipy and keeps the shape of *image*, here one row of
    3, though the kernel is longer; :func:`convolve` follows numpy and keeps
    the length of the longer input, 5:

    >>> image = [[1, 2, 3]]
    >>> kernel = [[1, 2, 3, 4, 5]]
    >>> convolve2d(image, kernel, mode="same")
    array([[10, 16, 22]])
    >>> convolve(image[0], kernel[0], mode="same")
    array([ 4, 10, 16, 22, 22])
    """
    image = _as_array(image, "image", ndim=2)
    kernel = _as_array(kernel, "kernel", ndim=2)
    _check_mode(mode, method)
    image_fits = all(m >= n for m, n in zip(image.shape, kernel.shape, strict=True))
    kernel_fits = all(n >= m for m, n in zip(image.shape, kernel.shape, strict=True))
    if mode == "valid" and not (image_fits or kernel_fits):
        raise ValueError(
            "mode 'valid' needs one of image and kernel to be at least as large "
            f"as the other in both dimensions, got shapes {image.shape} and "
            f"{kernel.shape}"
        )
    dtype = _result_dtype(image, kernel)
    image, kernel = image.astype(dtype, copy=False), kernel.astype(dtype, copy=False)
    full_shape = tuple(m + n - 1 for m, n in zip(image.shape, kernel.shape, strict=True))
    if _use_fft(method, image, kernel, dtype, full_shape):
        full = _fft_convolve(image, kernel, full_shape, dtype)
    else:
        full = _direct_2d(image, kernel, full_shape, dtype)
    if mode == "same":
        starts = [(n - 1) // 2 for n in kernel.shape]
        full = full[starts[0] : starts[0] + image.shape[0], starts[1] : starts[1] + image.shape[1]]
    elif mode == "valid":
        starts = [min(m, n) - 1 for m, n in zip(image.shape, kernel.shape, strict=True)]
        sizes = [abs(m - n) + 1 for m, n in zip(image.shape, kernel.shape, strict=True)]
        full = full[starts[0] : starts[0] + sizes[0], starts[1] : starts[1] + sizes[1]]
    return full


def _direct_2d(image, kernel, full_shape, dtype):
    """The 2-D sum as the definition reads: each entry of the smaller array
    adds a copy of the larger one, shifted to its place and scaled by it."""
    larger, smaller = (image, kernel) if image.size >= kernel.size else (kernel, image)
    rows, columns = larger.shape
    full = np.zeros(full_shape, dtype=dtype)
    for (a1, a2), weight in np.ndenumerate(smaller):
        full[a1 : a1 + rows, a2 : a2 + columns] += weight * larger
    return full


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
        probs = _as_array(probs, "probs")
        if probs.dtype.kind == "c":
            raise TypeError("probs must hold real numbers, got complex values")
        if np.any(probs < 0):
            raise ValueError(
                f"probs must be non-negative, got {probs.min()!r} at index {int(np.argmin(probs))}"
            )
        total = probs.sum()
        if abs(total - 1) > SUM_TOLERANCE:
            raise ValueError(
                f"probs must sum to 1 (within {SUM_TOLERANCE:g}), got a sum of {total!r}"
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
        if not np.all(np.isfinite(values)):
            raise ValueError("x must be finite, but it holds NaN or infinity")
        if values.dtype.kind == "f" and not np.all(values == np.round(values)):
            raise ValueError("x must hold integers, got a non-integral value")
        # Clip first, so that huge values cannot wrap around when cast.
        last = self._start + len(self._probs)
        index = np.clip(values, self._start - 1, last).astype(np.int64) - self._start
        inside = (index >= 0) & (index < len(self._probs))
        result = np.where(inside, self._probs[np.where(inside, index, 0)], 0.0)
        return float(result) if result.ndim == 0 else result

    def convolve(self, other):
        """The distribution of X + Y for independent X ~ self and Y ~ other.

        Its support starts at ``self.start + other.start``. For long
        distributions the convolution is taken through the FFT, whose
        round-off leaves tiny negative values (about 1e-17) where the true
        probability is 0 or nearly so: those are set to 0. The probabilities
        are then divided by their sum, which differs from 1 only by that
        round-off and by each input's own (up to 1e-9).

        Examples
        --------
        >>> coin = Distribution([0.5, 0.5])
        >>> coin.convolve(coin).probs
        array([0.25, 0.5 , 0.25])
        """
        if not isinstance(other, Distribution):
            raise TypeError(f"other must be a Distribution, got {type(other).__name__}")
        probs = np.clip(convolve(self._probs, other._probs), 0, None)
        return Distribution(probs / probs.sum(), self._start + other._start)

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
            A seed or a generator, passed to ``numpy.random.default_rng``.

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
