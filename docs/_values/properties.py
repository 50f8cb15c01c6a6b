"""Numbers printed in properties.md, computed from the module.

The kernels, polynomials and steps are the ones the gallery scripts of
``conv_examples/properties/`` draw; ``tests/test_theory.py`` checks that they
agree, and checks every exercise's answer against an independent oracle.
"""

from fractions import Fraction

import numpy as np

from conv_examples.ball import c, f, g
from conv_examples.convolution import Distribution, convolve

#: The kernels of plot_1_composing_kernels.py.
K1 = np.array([1, 1, 1]) / 3
K2 = np.array([1, 2, 1]) / 4
#: The polynomials of plot_2_polynomials.py, constant term first.
P = np.array([1, 2, 3])
Q = np.array([4, 5])
#: The grid steps of plot_3_box_and_triangle.py, as numbers of cells per unit.
CELLS = [2, 4, 8, 16, 32]


def listed(values):
    """A list as the page prints it: [1, 3, 4, 3, 1] with typographic minus signs."""
    return "[" + ", ".join(f"{v:g}".replace("-", "−") for v in values) + "]"


def over_common_denominator(kernel):
    """A kernel of fractions as whole numbers over one denominator: [1, 3, 4, 3, 1] / 12."""
    fractions = [Fraction(float(w)).limit_denominator(1000) for w in kernel]
    common = int(np.lcm.reduce([q.denominator for q in fractions]))
    return f"{listed([int(q * common) for q in fractions])} / {common}"


def noisy_step():
    """The signal of plot_1_composing_kernels.py: a step of height 1, plus noise."""
    rng = np.random.default_rng(7)
    t = np.arange(30)
    return np.where((t >= 8) & (t < 20), 1.0, 0.0) + rng.normal(scale=0.25, size=t.size)


def box_grid_error(cells):
    """The largest gap between the grid sums of step 1/cells and the triangle."""
    die = Distribution(np.full(cells, 1 / cells))
    total = die.convolve(die)
    sums = total.support / cells
    return np.abs(total.probs * cells - np.minimum(sums, 2 - sums)).max()


def grid_estimate_at(cells, total):
    """The grid-sum estimate of the density of the sum at *total*, a multiple of 1/cells."""
    die = Distribution(np.full(cells, 1 / cells))
    return die.convolve(die).pmf(round(total * cells)) * cells


def kernel_values():
    combined = convolve(K1, K2)
    x = noisy_step()
    at_once = convolve(x, combined)
    gap = max(
        np.abs(convolve(convolve(x, K1), K2) - at_once).max(),
        np.abs(convolve(convolve(x, K2), K1) - at_once).max(),
    )
    return {
        "k1": over_common_denominator(K1),
        "k2": over_common_denominator(K2),
        "k12": over_common_denominator(combined),
        "k12_width": len(combined),
        "associativity_gap": small(gap),
    }


def commutativity_values():
    forward, backward = f.convolve(g), g.convolve(f)
    return {
        "commute_gap": small(np.abs(forward.probs - backward.probs).max()),
        "commute_c": c,
        "commute_value": f"{forward.pmf(c):.4g}",
    }


def polynomial_text(coefficients):
    """Coefficients, constant term first, as a polynomial: 4 + 13x + 22x^2 + 15x^3."""
    text = ""
    for power, value in enumerate(coefficients):
        if value == 0:
            continue
        variable = ["", "x", f"x^{power}"][min(power, 2)]
        number = "" if abs(value) == 1 and power else f"{abs(value):g}"
        sign = "-" if value < 0 else "+"
        text += f" {sign} {number}{variable}" if text else f"{sign.strip('+')}{number}{variable}"
    return text


def small(number):
    """A tiny number as text, e.g. 3 × 10⁻¹⁷: rounding errors, to one digit."""
    if number == 0:
        return "0"
    mantissa, exponent = f"{number:.0e}".split("e")
    superscript = str(int(exponent)).translate(str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹"))
    return f"{mantissa} × 10{superscript}"


def fraction_list(values):
    return listed_text(str(Fraction(float(v)).limit_denominator(100)) for v in values)


def listed_text(items):
    return "[" + ", ".join(items).replace("-", "−") + "]"


def polynomial_values():
    product = convolve(P, Q, method="direct")
    count = len(P) + len(Q) - 1
    by_fft = np.fft.ifft(np.fft.fft(P, count) * np.fft.fft(Q, count)).real
    short = count - 1
    too_short = np.fft.ifft(np.fft.fft(P, short) * np.fft.fft(Q, short)).real
    points = np.linspace(-1, 1, count)
    polyval = np.polynomial.polynomial.polyval
    pq_values = polyval(points, P) * polyval(points, Q)
    gap = np.abs(by_fft - product).max()
    interpolated = np.linalg.solve(np.vander(points, count, increasing=True), pq_values)
    return {
        "p_coefficients": listed(P),
        "q_coefficients": listed(Q),
        "product": listed(product),
        "product_poly": polynomial_text(product),
        "product_count": count,
        "product_degree": count - 1,
        "points": ", ".join(str(Fraction(float(x)).limit_denominator(10)) for x in points).replace(
            "-", "−"
        ),
        "pq_at_points": fraction_list(pq_values),
        "interpolated": listed(np.round(interpolated, 9) + 0.0),
        "fft_agreement": "matches the module's direct sum exactly"
        if gap == 0
        else f"differs from the module's direct sum by at most {small(gap)}",
        "fft_coefficients": listed(np.round(by_fft, 9) + 0.0),
        "short_length": short,
        "fft_short": listed(np.round(too_short, 9) + 0.0),
    }


def triangle_values():
    errors = {cells: box_grid_error(cells) for cells in CELLS}
    return {
        "grid_errors": ", ".join(
            f"{Fraction(float(e)).limit_denominator(1000)}" for e in errors.values()
        ),
        "grid_steps": ", ".join(f"1/{cells}" for cells in CELLS),
        "estimate_at_one_quarter_4": f"{grid_estimate_at(4, 0.25):g}",
    }


def exercise_values():
    box = np.ones(3, dtype=int)
    unit = convolve([3, 1, 4], [0, 0, 1])
    return {
        "ex_box_box": listed(convolve(box, box)),
        "ex_box_box_sum": int(convolve(box, box).sum()),
        "ex_poly": listed(convolve([2, 1], [1, -1, 3])),
        "ex_delay": listed(unit),
        "ex_identity": listed(convolve([3, 1, 4], [1])),
        "ex_grid_64": f"{grid_estimate_at(64, 0.5):g}",
        "ex_grid_64_error": f"{Fraction(float(box_grid_error(64))).limit_denominator(1000)}",
    }


def values():
    return {
        **kernel_values(),
        **commutativity_values(),
        **polynomial_values(),
        **triangle_values(),
        **exercise_values(),
    }
