"""
Multiplying polynomials
=======================

The coefficients of a product of two polynomials are the convolution of
their coefficients. Evaluating both polynomials at enough points, multiplying
the values and interpolating back gives the same coefficients: the idea
behind the convolution theorem, checked here with real points and with the
FFT's roots of unity.
"""

# %%
# Coefficients run from the constant term up: p(x) = 1 + 2x + 3x², q(x) = 4 + 5x.
import matplotlib.pyplot as plt
import numpy as np

from conv_examples.convolution import convolve
from conv_examples.drawing import COLORS, STYLE

p = np.array([1, 2, 3])
q = np.array([4, 5])
product = convolve(p, q, method="direct")
assert product.tolist() == np.polynomial.polynomial.polymul(p, q).tolist()

# %%
# The product has degree 3, so four points fix it. Evaluate p and q there,
# multiply the values, and solve for the four coefficients that fit them.
count = len(p) + len(q) - 1
points = np.linspace(-1, 1, count)
p_values = np.polynomial.polynomial.polyval(points, p)
q_values = np.polynomial.polynomial.polyval(points, q)
vandermonde = np.vander(points, count, increasing=True)
by_points = np.linalg.solve(vandermonde, p_values * q_values)

# %%
# The FFT evaluates a polynomial at the roots of unity, e^(2πik/L), and its
# inverse interpolates back: the same route, with points that make it fast.
by_fft = np.fft.ifft(np.fft.fft(p, count) * np.fft.fft(q, count)).real
fft_error = np.abs(by_fft - product).max()
points_error = np.abs(by_points - product).max()
assert fft_error < 1e-12 and points_error < 1e-12

# %%
plt.rcParams.update(STYLE)
fig, (value_ax, coefficient_ax) = plt.subplots(
    2, 1, figsize=(4.0, 6.0), layout="constrained", height_ratios=[1.3, 1]
)
x = np.linspace(-1.15, 1.15, 200)
polyval = np.polynomial.polynomial.polyval
for coefficients, values, color, label in (
    (p, p_values, COLORS["f"], "p"),
    (q, q_values, COLORS["g"], "q"),
    (product, p_values * q_values, COLORS["f*g"], "p·q"),
):
    value_ax.plot(x, polyval(x, coefficients), color=color, lw=2, label=label)
    value_ax.plot(points, values, "o", color=color, ms=7)
value_ax.axhline(0, color=COLORS["faint"], lw=1, zorder=0)
value_ax.set(title="evaluate, multiply", xlabel="x")  # autoscaled: no curve is cut off
value_ax.legend(loc="upper left", frameon=False, fontsize=12)
powers = np.arange(count)
coefficient_ax.bar(powers, product, width=0.7, color=COLORS["f*g"], label="p ∗ q")
coefficient_ax.plot(powers, by_fft, "o", color=COLORS["ink"], ms=7, label="via FFT")
for power, value in zip(powers, product, strict=True):
    coefficient_ax.text(power, value + 0.8, f"{value}", ha="center", va="bottom")
coefficient_ax.set(
    title="interpolate back",
    xticks=powers,
    xticklabels=["1", "x", "x²", "x³"],
    xlabel="coefficient of",
    ylim=(0, max(product) * 1.35),
    yticks=[],
)
coefficient_ax.spines["left"].set_visible(False)
coefficient_ax.legend(loc="upper left", frameon=False, fontsize=12)

# %%
# .. admonition:: References
#
#    ``conv_examples.convolution.convolve``
